#include "models/domain/ContactGuard.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace agentp::domain {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::domain::ContactGuard", text);
}

struct Pattern
{
    ContactGuard::Kind kind;
    QRegularExpression regex;
};

const QList<Pattern> &patterns()
{
    using K = ContactGuard::Kind;
    const auto opts =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    // Order matters: earlier kinds win where matches overlap (an e-mail is not also a link, a
    // t.me link is a handle).
    static const QList<Pattern> list = {
        {K::Email,
         QRegularExpression(QStringLiteral(R"([\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zа-я]{2,})"), opts)},
        {K::Handle,
         QRegularExpression(
             QStringLiteral(
                 R"((?:https?://)?(?:t(?:elegram)?\.me|wa\.me|vk\.me|ig\.me)/[\w+]+|(?<![\w.])@[a-z][\w]{3,31}\b)"),
             opts)},
        {K::Link,
         QRegularExpression(
             QStringLiteral(
                 R"((?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:ru|com|net|org|su|рф|io|me|info|biz|shop|store|online|site|pro|by|kz|ua|de)\b(?:/\S*)?)"),
             opts)},
        // Russian numbers in the shapes people type them: +7 (999) 123-45-67, 8 999 123 45 67,
        // 89991234567, 8 (4722) 12-34-56; any other +country number of 10–14 digits; and a
        // bare mobile number with separators, (999) 123-45-67. scan() then checks the digits.
        {K::Phone,
         QRegularExpression(
             QStringLiteral(
                 R"((?<![\w+])(?:(?:\+7|7|8)[\s\-.]*\(?[3-9]\d{2,4}\)?(?:[\s\-.]*\d{1,3}){3,4}|\+\d[\d\s\-().]{8,17}\d|\(?9\d{2}\)?[\s\-.]*\d{3}[\s\-.]*\d{2}[\s\-.]*\d{2})(?!\w))"),
             opts)},
        // Names of messengers in any case form ("в вотсапе", "телеге", "в тг").
        {K::Messenger,
         QRegularExpression(
             QStringLiteral(
                 R"(\b(?:whats\s?app\w*|telegram\w*|viber\w*|signal\b|в[оа]тс?[ао]пп?\w*|вацап\w*|телеграм\w*|телег[аеиуой]\b|вайбер\w*|вконтакте|инстаграм\w*|instagram\w*)|(?<=\bв\s)(?:тг|вк)\b)"),
             opts)},
    };
    return list;
}

// Digits alone make many things that are not phones: order, article and tracking numbers.
// A Russian number has 11 digits with its 7/8 prefix (10 without), a foreign one 10–14; a run of
// digits without any separator is taken for a phone only with its prefix, and nothing right
// after a word that names an order or an article is.
bool plausiblePhone(const QString &text, qsizetype start, const QString &matched)
{
    int digits = 0;
    bool separated = false;
    for (const QChar c : matched) {
        if (c.isDigit())
            ++digits;
        else if (c != QLatin1Char('+'))
            separated = true;
    }
    const bool plus = matched.startsWith(QLatin1Char('+'));
    const bool prefixed =
        plus || ((matched.startsWith(QLatin1Char('7')) || matched.startsWith(QLatin1Char('8'))) &&
                 digits == 11);
    if (plus ? (digits < 10 || digits > 14) : (digits != 11 && digits != 10))
        return false;
    if (!prefixed && (digits != 10 || !separated))
        return false;
    static const QRegularExpression orderWords(
        QStringLiteral(R"((?:заказ\w*|артикул\w*|№|трек\w*|ШК|штрихкод\w*|order|SKU)\W{0,4}$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return !orderWords.match(text.left(start).right(24)).hasMatch();
}

} // namespace

QList<ContactGuard::Finding> ContactGuard::scan(const QString &text)
{
    QList<Finding> found;
    const auto overlaps = [&found](qsizetype start, qsizetype length) {
        for (const Finding &f : std::as_const(found))
            if (start < f.start + f.length && f.start < start + length)
                return true;
        return false;
    };
    for (const Pattern &p : patterns()) {
        auto it = p.regex.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            QString matched = m.captured(0);
            // Sentence punctuation after a link or address is not part of it.
            while (!matched.isEmpty() && QStringLiteral(".,;:!?)»\"'").contains(matched.back()))
                matched.chop(1);
            if (matched.isEmpty() || overlaps(m.capturedStart(0), matched.size()))
                continue;
            if (p.kind == Kind::Phone && !plausiblePhone(text, m.capturedStart(0), matched))
                continue;
            found << Finding{p.kind, m.capturedStart(0), matched.size(), matched};
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Finding &a, const Finding &b) { return a.start < b.start; });
    return found;
}

QString ContactGuard::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Phone:
        return tr("a phone number");
    case Kind::Email:
        return tr("an e-mail address");
    case Kind::Link:
        return tr("a link");
    case Kind::Handle:
        return tr("a messenger handle");
    case Kind::Messenger:
        return tr("a messenger");
    }
    return {};
}

QString ContactGuard::warning(const QList<Finding> &findings)
{
    if (findings.isEmpty())
        return {};
    QStringList kinds;
    for (const Finding &f : findings) {
        const QString name = kindName(f.kind);
        if (!kinds.contains(name))
            kinds << name;
    }
    return tr("Contains %1: marketplaces forbid contact details outside the chat and fine the "
              "seller. Check before sending.")
        .arg(kinds.join(QLatin1String(", ")));
}

} // namespace agentp::domain
