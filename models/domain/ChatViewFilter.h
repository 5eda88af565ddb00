#pragma once

#include <QJsonObject>
#include <QString>

namespace agentp::domain {

// Orders of the chat list (ChatListModel::Sort).
enum class ChatSort
{
    LastActivity, // newest activity first
    Unread,       // most unread first, then newest activity
    Urgency,      // breached (longest overdue first), warning, then soonest due; the
                  // chats nobody waits in last, by activity; ties keep the activity order
};

// Everything that decides which chats the list shows and in what order: the search, the
// account and marketplace, the quick filters and the sort. A saved view (saved_filters) is one
// of these under a name; stored as JSON so views written by a newer console still open (unknown
// keys are ignored, a value of the wrong type falls back to "all").
struct ChatViewFilter
{
    QString search;
    qint64 accountId = 0; // 0: all accounts
    QString marketplace;  // empty: all marketplaces
    bool unreadOnly = false;
    bool unansweredOnly = false;
    bool urgentOnly = false;
    ChatSort sort = ChatSort::LastActivity;

    QJsonObject toJson() const;
    static ChatViewFilter fromJson(const QJsonObject &json);
    // Same chats in the same order (the search compared as typed, trimmed).
    bool operator==(const ChatViewFilter &other) const;
    static QString sortName(ChatSort sort);
};

} // namespace agentp::domain
