#pragma once

#include "models/store/Workspace.h"
#include "tests/support/TempWorkspace.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <memory>

namespace agentp::testing {

// A small workspace of chats with known answers. "Now" is 2026-11-20 12:00 UTC; times are
// given as minutes before it. Rows are written with plain SQL, the way the sync side stores
// them, so the tests see exactly what they set up.
class ChatFixture final
{
public:
    static QDateTime now();
    static QDateTime minutesAgo(int minutes);

    bool open(); // a fresh workspace file
    store::Workspace &workspace() { return *m_workspace; }
    QSqlDatabase db() const { return m_workspace->database().connection(); }
    QString path() const { return m_workspace->path(); }
    QString dir() const { return m_tmp.dir(); }

    qint64 addAccount(const QString &marketplace, const QString &name);
    struct Chat
    {
        QString title;
        int lastMinutesAgo = 60;
        int unread = 0;
        int buyerMinutesAgo = -1; // -1: none
        int sellerMinutesAgo = -1;
        QString status = QStringLiteral("OPENED");
        QString type = QStringLiteral("BUYER_SELLER");
        QString preview;
        QString orderNumber;
        bool historyComplete = false;
        // The SLA clock's start (chats.waiting_since): -2 derives it from the buyer and seller
        // times (the buyer wrote last → since then), -1: nobody waits.
        int waitingMinutesAgo = -2;
    };
    qint64 addChat(qint64 accountId, const Chat &chat);
    qint64 addMessage(qint64 chatId, const QString &sender, const QString &body, int minutesAgo,
                      const QString &remoteId = {});
    qint64 addAttachment(qint64 messageId, const QString &kind, const QString &name,
                         const QString &localPath = {});
    int count(const QString &sql) const;
    QVariant value(const QString &sql) const;
    bool exec(const QString &sql) const;

private:
    TempWorkspace m_tmp;
    std::unique_ptr<store::Workspace> m_workspace;
};

} // namespace agentp::testing
