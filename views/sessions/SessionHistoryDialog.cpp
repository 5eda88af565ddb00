#include "views/sessions/SessionHistoryDialog.h"

#include "models/domain/BotSession.h"
#include "models/items/SessionHistoryModel.h"
#include "models/items/SessionLabels.h"
#include "views/sessions/MessageBubbleDelegate.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace agentp::views {

SessionHistoryDialog::SessionHistoryDialog(QSqlDatabase db, const domain::BotSession &session,
                                           QWidget *parent)
    : QDialog(parent)
    , m_model(new models::SessionHistoryModel(std::move(db), this))
    , m_view(new QListView(this))
    , m_header(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionHistoryDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    const QString client =
        session.clientName.isEmpty() ? models::SessionLabels::unknownClient() : session.clientName;
    setWindowTitle(tr("Dialog with %1").arg(client));
    resize(560, 640);

    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QStringList facts = {QLocale().toString(session.startedAt.toLocalTime(), QLocale::LongFormat),
                         models::SessionLabels::status(session.status)};
    if (!session.intent.isEmpty())
        facts << models::SessionLabels::intent(session.intent);
    if (!session.service.isEmpty())
        facts << session.service;
    facts << session.tenantName;
    m_header->setText(client + QStringLiteral("\n") + facts.join(QStringLiteral(" · ")));

    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MessageBubbleDelegate(
        models::SessionHistoryModel::SenderRole, models::SessionHistoryModel::TimeRole, m_view));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    if (!m_model->load(session.id)) {
        m_header->setText(m_header->text() + QStringLiteral("\n") +
                          tr("The dialog could not be read: %1").arg(m_model->errorMessage()));
    } else if (m_model->rowCount() == 0) {
        m_header->setText(m_header->text() + QStringLiteral("\n") +
                          tr("This dialog has no messages."));
    }
    m_view->scrollToBottom();
}

QString SessionHistoryDialog::sessionId() const
{
    return m_model->sessionId();
}

} // namespace agentp::views
