#include "models/domain/ChatViewFilter.h"

#include <cmath>

namespace agentp::domain {

namespace {

constexpr const char *kSortNames[] = {"activity", "unread", "urgency"};

} // namespace

QString ChatViewFilter::sortName(ChatSort sort)
{
    return QString::fromLatin1(kSortNames[int(sort)]);
}

QJsonObject ChatViewFilter::toJson() const
{
    QJsonObject o;
    if (!search.trimmed().isEmpty())
        o.insert(QStringLiteral("search"), search.trimmed());
    // Ids as text: JSON numbers are doubles and an id is a 64-bit integer.
    if (accountId != 0)
        o.insert(QStringLiteral("account"), QString::number(accountId));
    if (!marketplace.isEmpty())
        o.insert(QStringLiteral("marketplace"), marketplace);
    if (unreadOnly)
        o.insert(QStringLiteral("unread"), true);
    if (unansweredOnly)
        o.insert(QStringLiteral("unanswered"), true);
    if (urgentOnly)
        o.insert(QStringLiteral("urgent"), true);
    o.insert(QStringLiteral("sort"), sortName(sort));
    return o;
}

ChatViewFilter ChatViewFilter::fromJson(const QJsonObject &json)
{
    ChatViewFilter f;
    f.search = json.value(QStringLiteral("search")).toString().trimmed();
    const QJsonValue account = json.value(QStringLiteral("account"));
    bool ok = false;
    if (account.isString()) {
        const qint64 id = account.toString().toLongLong(&ok);
        f.accountId = ok && id > 0 ? id : 0;
    } else {
        // A number (hand-edited) counts only as a whole id a double holds exactly.
        const double number = account.toDouble(0);
        f.accountId = number >= 1 && number <= 9007199254740992.0 && number == std::floor(number)
                          ? qint64(number)
                          : 0;
    }
    f.marketplace = json.value(QStringLiteral("marketplace")).toString();
    f.unreadOnly = json.value(QStringLiteral("unread")).toBool(false);
    f.unansweredOnly = json.value(QStringLiteral("unanswered")).toBool(false);
    f.urgentOnly = json.value(QStringLiteral("urgent")).toBool(false);
    const QString sort = json.value(QStringLiteral("sort")).toString();
    for (int i = 0; i < int(std::size(kSortNames)); ++i) {
        if (sort == QLatin1String(kSortNames[i]))
            f.sort = ChatSort(i);
    }
    return f;
}

bool ChatViewFilter::operator==(const ChatViewFilter &other) const
{
    return search.trimmed() == other.search.trimmed() && accountId == other.accountId &&
           marketplace == other.marketplace && unreadOnly == other.unreadOnly &&
           unansweredOnly == other.unansweredOnly && urgentOnly == other.urgentOnly &&
           sort == other.sort;
}

} // namespace agentp::domain
