#pragma once

#include "models/store/ChatRepository.h"

#include <QSqlQuery>

namespace agentp::store {

// Writes one history page of one chat inside the caller's transaction (ChatRepository opens and
// commits it): the rows, their attachments, the adoption of local replies and the chat's cursor
// and summary columns. Any failed statement returns false and the caller rolls back.
class ChatHistoryWriter final
{
public:
    ChatHistoryWriter(QSqlDatabase db, qint64 chatId);

    bool write(const domain::HistoryPage &page, ChatRepository::HistoryKind kind,
               HistorySaved *saved, StoreError *error);

private:
    enum class Stored
    {
        Duplicate,
        Adopted,
        Inserted,
    };
    bool prepareStatements(StoreError *error);
    bool store(const domain::RemoteMessage &message, Stored *outcome, StoreError *error);
    bool insertOrFollow(const domain::RemoteMessage &message, Stored *outcome, StoreError *error);
    bool insertAttachments(qint64 messageId, const QList<domain::RemoteAttachment> &attachments,
                           StoreError *error);
    bool adoptAttachments(qint64 messageId, const QList<domain::RemoteAttachment> &attachments,
                          StoreError *error);
    bool updateChat(const domain::HistoryPage &page, ChatRepository::HistoryKind kind,
                    const HistorySaved &saved, int newUnread, StoreError *error);
    bool exec(QSqlQuery &q, StoreError *error);

    QSqlDatabase m_db;
    qint64 m_chatId;
    bool m_prepared = false;
    bool m_hasUnsent = false; // the chat has local replies without a remote id
    QSqlQuery m_find;
    QSqlQuery m_insert;
    QSqlQuery m_insertAttachment;
    QSqlQuery m_markRead;
};

} // namespace agentp::store
