// The actions of WaitlistRisksPane: each one goes to the repository as one transaction (rows
// updated, intent queued in its undo window), then the models refresh and the undo bar counts
// down. Refusals (incompatible match, already handled) show inline and queue nothing.
#include "views/waitlist/WaitlistRisksPane.h"

#include "models/items/RiskModel.h"
#include "models/items/WaitlistLabels.h"
#include "models/items/WaitlistModel.h"
#include "models/store/OutboxRepository.h"
#include "models/store/RiskRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/WaitlistRepository.h"
#include "models/store/Workspace.h"
#include "views/waitlist/ContactLinks.h"
#include "views/waitlist/UndoBar.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>

namespace agentp::views {

namespace {

using models::WaitlistLabels;

const QString kWaitlistTable = QStringLiteral("waitlist_items");
const QString kRiskTable = QStringLiteral("risk_predictions");

QString nameOf(const QString &clientName)
{
    return clientName.isEmpty() ? WaitlistLabels::unknownClient()
                                : WaitlistLabels::shortName(clientName);
}

} // namespace

void WaitlistRisksPane::afterAction(const store::ActionResult &result,
                                    const store::StoreError &error, const QString &text,
                                    const QStringList &tables)
{
    switch (result.kind) {
    case store::ActionResult::Kind::Queued:
        m_lastTicket = result.ticket;
        showMessage(QString());
        m_undoBar->start(text, m_undoMs);
        break;
    case store::ActionResult::Kind::Incompatible:
    case store::ActionResult::Kind::NotAllowed:
        showMessage(result.message.toHtmlEscaped());
        break;
    case store::ActionResult::Kind::NotFound:
        showMessage(tr("This row is gone; the lists were refreshed.").toHtmlEscaped());
        break;
    case store::ActionResult::Kind::Failed:
        showMessage(error.message.toHtmlEscaped());
        emit notice(error.message);
        break;
    }
    // Refresh now for a snappy list; the notice also tells other panes and pokes the sync side.
    m_waitlist->refresh();
    m_risks->refresh();
    QStringList changed = tables;
    changed << QStringLiteral("outbox");
    m_workspace.notifier().notify(changed);
    updateActions();
}

bool WaitlistRisksPane::convertSelected()
{
    const domain::WaitlistItem *item = m_waitlist->itemAt(m_waitlist->rowOf(selectedItemId()));
    if (!item)
        return false;
    const QString text = tr("Converted %1").arg(nameOf(item->clientName));
    store::StoreError error;
    const auto result = store::WaitlistRepository(m_workspace.database().connection())
                            .convert(item->id, actionContext(), &error);
    afterAction(result, error, text, {kWaitlistTable});
    return result.ok();
}

bool WaitlistRisksPane::cancelSelected()
{
    const domain::WaitlistItem *item = m_waitlist->itemAt(m_waitlist->rowOf(selectedItemId()));
    if (!item)
        return false;
    const QString text = tr("Cancelled the request of %1").arg(nameOf(item->clientName));
    store::StoreError error;
    const auto result = store::WaitlistRepository(m_workspace.database().connection())
                            .cancel(item->id, actionContext(), &error);
    afterAction(result, error, text, {kWaitlistTable});
    return result.ok();
}

bool WaitlistRisksPane::contactSelected()
{
    const domain::WaitlistItem *item = m_waitlist->itemAt(m_waitlist->rowOf(selectedItemId()));
    if (!item)
        return false;
    const QString who = nameOf(item->clientName);
    if (item->clientPhone.trimmed().isEmpty()) {
        showMessage(tr("There is no phone number for %1.").arg(who).toHtmlEscaped());
        return false;
    }
    const QString phone = item->clientPhone.trimmed();
    const ContactLinks links = ContactLinks::forPhone(phone, item->clientChannel);
    store::StoreError error;
    const auto result = store::WaitlistRepository(m_workspace.database().connection())
                            .contact(item->id, actionContext(), &error);
    afterAction(result, error, tr("Contacted %1").arg(who), {kWaitlistTable});
    if (!result.ok())
        return false;
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(phone);
    QString html = tr("%1: <b>%2</b> — copied to the clipboard.")
                       .arg(who.toHtmlEscaped(), phone.toHtmlEscaped());
    if (!links.call.isEmpty())
        html += QStringLiteral(" <a href=\"%1\">%2</a>")
                    .arg(links.call.toString(QUrl::FullyEncoded), tr("Call"));
    if (!links.messenger.isEmpty())
        html += QStringLiteral(" · <a href=\"%1\">%2</a>")
                    .arg(links.messenger.toString(QUrl::FullyEncoded),
                         tr("Write in %1").arg(links.messengerName.toHtmlEscaped()));
    showMessage(html);
    return true;
}

bool WaitlistRisksPane::matchSelected()
{
    const domain::WaitlistItem *item = m_waitlist->itemAt(m_waitlist->rowOf(selectedItemId()));
    const domain::RiskyBooking *booking = m_risks->bookingAt(m_risks->rowOf(selectedBookingId()));
    if (!item || !booking) {
        showMessage(tr("Select a waiting client on the left and a risky slot on the right.")
                        .toHtmlEscaped());
        return false;
    }
    const QString text = tr("Matched %1 with the slot of %2 (%3)")
                             .arg(nameOf(item->clientName), nameOf(booking->clientName),
                                  WaitlistLabels::slot(*booking));
    store::StoreError error;
    // The repository checks the pair again against fresh rows and refuses an incompatible one.
    const auto result = store::WaitlistRepository(m_workspace.database().connection())
                            .match(item->id, booking->id, actionContext(), &error);
    afterAction(result, error, text, {kWaitlistTable, kRiskTable});
    if (result.kind == store::ActionResult::Kind::Incompatible)
        showMessage(tr("Cannot match: %1").arg(result.message).toHtmlEscaped());
    return result.ok();
}

bool WaitlistRisksPane::notifySelected()
{
    const domain::RiskyBooking *booking = m_risks->bookingAt(m_risks->rowOf(selectedBookingId()));
    if (!booking)
        return false;
    const QString text = tr("Notified %1 about the booking on %2")
                             .arg(nameOf(booking->clientName), WaitlistLabels::slot(*booking));
    store::StoreError error;
    const auto result = store::RiskRepository(m_workspace.database().connection())
                            .notify(booking->id, actionContext(), &error);
    afterAction(result, error, text, {kRiskTable});
    return result.ok();
}

bool WaitlistRisksPane::ignoreSelected()
{
    const domain::RiskyBooking *booking = m_risks->bookingAt(m_risks->rowOf(selectedBookingId()));
    if (!booking)
        return false;
    const QString text = tr("Ignored the risk of %1's booking").arg(nameOf(booking->clientName));
    store::StoreError error;
    const auto result = store::RiskRepository(m_workspace.database().connection())
                            .ignore(booking->id, actionContext(), &error);
    afterAction(result, error, text, {kRiskTable});
    return result.ok();
}

bool WaitlistRisksPane::retrySelected()
{
    const domain::WaitlistItem *item = m_waitlist->itemAt(m_waitlist->rowOf(selectedItemId()));
    const domain::RiskyBooking *booking = m_risks->bookingAt(m_risks->rowOf(selectedBookingId()));
    const auto failedIntent = [](const auto *row) -> qint64 {
        return row && row->pendingIntent &&
                       row->pendingIntent->state == domain::OutboxIntent::State::Failed
                   ? row->pendingIntent->id
                   : 0;
    };
    const qint64 id = failedIntent(item) ? failedIntent(item) : failedIntent(booking);
    if (!id)
        return false;
    store::StoreError error;
    const bool ok = store::OutboxRepository(m_workspace.database().connection()).retry(id, &error);
    if (error.isError())
        showMessage(error.message.toHtmlEscaped());
    m_workspace.notifier().notify({QStringLiteral("outbox")});
    return ok;
}

bool WaitlistRisksPane::undoLast()
{
    if (!m_lastTicket.isValid() || !m_undoBar->canUndo())
        return false;
    const QString what = m_undoBar->text();
    store::StoreError error;
    const store::UndoResult result =
        store::WaitlistRepository(m_workspace.database().connection()).undo(m_lastTicket, &error);
    switch (result) {
    case store::UndoResult::Undone:
        m_lastTicket = {};
        m_undoBar->showMessage(tr("Undone: %1").arg(what));
        break;
    case store::UndoResult::TooLate:
        m_lastTicket = {};
        m_undoBar->showMessage(tr("Too late to undo: “%1” has already been sent.").arg(what));
        break;
    case store::UndoResult::Failed:
        showMessage(error.message.toHtmlEscaped());
        emit notice(error.message);
        break;
    }
    m_waitlist->refresh();
    m_risks->refresh();
    m_workspace.notifier().notify({kWaitlistTable, kRiskTable, QStringLiteral("outbox")});
    updateActions();
    return result == store::UndoResult::Undone;
}

} // namespace agentp::views
