#pragma once

#include <QList>
#include <QString>

namespace agentp::domain {

// Finds contact details in a reply before it goes to a marketplace. Ozon, Wildberries and Yandex
// Market forbid moving buyers off the platform and fine sellers for it, so drafts (written by a
// model that may copy a number from the chat) are checked before the agent inserts them. It
// flags; it never edits: the agent decides.
class ContactGuard final
{
public:
    enum class Kind
    {
        Phone,
        Email,
        Link,
        Handle,    // @name, t.me/…, wa.me/…
        Messenger, // "WhatsApp", "телеграм" … as an invitation to talk elsewhere
    };
    struct Finding
    {
        Kind kind;
        qsizetype start = 0;
        qsizetype length = 0;
        QString text;
        bool operator==(const Finding &) const = default;
    };

    // Ordered by position, never overlapping (a link's @ is not also a handle).
    static QList<Finding> scan(const QString &text);
    // "phone number", "e-mail address" … (translated), for the warning line.
    static QString kindName(Kind kind);
    // One translated line such as "Contains a phone number and a link: marketplaces forbid
    // contact details." — empty when nothing was found.
    static QString warning(const QList<Finding> &findings);
};

} // namespace agentp::domain
