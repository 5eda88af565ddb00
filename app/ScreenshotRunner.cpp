#include "app/ScreenshotRunner.h"

#include "models/items/SlaFigureModel.h"
#include "net/http/HttpTransport.h"
#include "net/supabase/SupabaseSession.h"
#include "views/chats/ChatView.h"
#include "views/chats/ChatsPane.h"
#include "views/chats/SlaReportDialog.h"
#include "views/chats/SuggestionPanel.h"
#include "views/salon/SalonLoginDialog.h"

#include "views/shell/MainWindow.h"
#include <QLineEdit>

#include <QDir>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace agentp::app {

ScreenshotRunner::ScreenshotRunner(views::MainWindow &window, QString dir, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dir(std::move(dir))
{}

void ScreenshotRunner::start()
{
    if (!QDir().mkpath(m_dir)) {
        std::fprintf(stderr, "agentp-console: %s\n",
                     qUtf8Printable(tr("Cannot create the folder %1.").arg(m_dir)));
        QTimer::singleShot(0, this, [this] { emit finished(1); });
        return;
    }
    m_pending = m_window.paneIds();
    m_window.resize(1280, 800);
    m_window.show();
    QTimer::singleShot(0, this, &ScreenshotRunner::next);
}

void ScreenshotRunner::next()
{
    if (m_pending.isEmpty() && !m_reportShot) {
        m_reportShot = true;
        if (shootReport())
            return;
    }
    if (m_pending.isEmpty() && !m_loginShot) {
        m_loginShot = true;
        shootSalonLogin();
        return;
    }
    if (m_pending.isEmpty()) {
        std::printf(
            "%s\n",
            qUtf8Printable(tr("Screenshots written to %1:").arg(QDir::toNativeSeparators(m_dir))));
        for (const QString &file : std::as_const(m_written))
            std::printf("  %s\n", qUtf8Printable(QDir::toNativeSeparators(file)));
        std::fflush(stdout);
        emit finished(0);
        return;
    }
    const QString id = m_pending.takeFirst();
    m_window.showPane(id);
    // The chats pane is shown with a conversation open, as an agent sees it at work; its
    // pictures arrive from the sync thread, so it gets longer to settle.
    int settleMs = 50;
    if (auto *chats = qobject_cast<views::ChatsPane *>(m_window.pane(id))) {
        if (!chats->selectNextUnread())
            chats->selectRelative(1);
        // With an AI draft written (the demo's writer streams it in about two seconds).
        chats->chatView()->suggestions()->requestDraft();
        settleMs = 3500;
    }
    // Let the pane lay out and paint once before grabbing it.
    QTimer::singleShot(settleMs, this, [this, id] {
        const QString file = QDir(m_dir).filePath(id + QStringLiteral(".png"));
        if (!m_window.grab().save(file, "PNG")) {
            std::fprintf(stderr, "agentp-console: %s\n",
                         qUtf8Printable(tr("Cannot write %1.").arg(file)));
            emit finished(1);
            return;
        }
        m_written << file;
        next();
    });
}

void ScreenshotRunner::shootSalonLogin()
{
    // The sign-in as a manager meets it when the salon server cannot be reached.
    auto *dialog = new views::SalonLoginDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setServer(QStringLiteral("https://abcdefghijklmnop.supabase.co"),
                      QStringLiteral("sb_publishable_9kX2…"));
    dialog->setEmail(QStringLiteral("anna@salon-leya.ru"));
    dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("secret"));
    dialog->showFailure(
        net::supabase::SupabaseSession::tr(
            "The server cannot be reached (%1). After one online sign-in, the same password "
            "unlocks offline.")
            .arg(net::HttpTransport::tr("Could not connect to %1.")
                     .arg(QStringLiteral("abcdefghijklmnop.supabase.co"))
                     .chopped(1)), // as SupabaseSession puts it: without the full stop
        true);
    dialog->show();
    QTimer::singleShot(200, this, [this, dialog] {
        const QString file = QDir(m_dir).filePath(QStringLiteral("salon-login.png"));
        if (!dialog->grab().save(file, "PNG")) {
            std::fprintf(stderr, "agentp-console: %s\n",
                         qUtf8Printable(tr("Cannot write %1.").arg(file)));
            emit finished(1);
            return;
        }
        m_written << file;
        dialog->close();
        next();
    });
}

bool ScreenshotRunner::shootReport()
{
    auto *chats = qobject_cast<views::ChatsPane *>(m_window.pane(QStringLiteral("chats")));
    if (!chats)
        return false;
    // The lead's report, with the chats behind the first agent's late answers listed.
    views::SlaReportDialog *report = chats->showReport();
    report->resize(1100, 800);
    const auto shoot = [this, report] {
        auto *agents = report->figures(models::SlaReport::GroupBy::Agent);
        report->drillInto(agents->index(0, models::SlaFigureModel::LateColumn));
        QTimer::singleShot(300, this, [this, report] {
            const QString file = QDir(m_dir).filePath(QStringLiteral("sla-report.png"));
            if (!report->grab().save(file, "PNG")) {
                std::fprintf(stderr, "agentp-console: %s\n",
                             qUtf8Printable(tr("Cannot write %1.").arg(file)));
                emit finished(1);
                return;
            }
            m_written << file;
            report->close();
            next();
        });
    };
    // The figures are counted on a thread: shoot when they are in.
    if (report->isBusy())
        connect(report, &views::SlaReportDialog::refreshed, this, shoot, Qt::SingleShotConnection);
    else
        shoot();
    return true;
}

} // namespace agentp::app
