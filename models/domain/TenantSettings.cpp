#include "models/domain/TenantSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace agentp::domain {

namespace {

// Integers arrive as JSON numbers (doubles in QJsonValue unless they were parsed as integers);
// print whole numbers without an exponent or a fraction.
QString numberText(const QJsonValue &value)
{
    // toInteger() returns its default for non-integers; two different defaults tell them apart.
    const qint64 whole = value.toInteger(0);
    if (whole == value.toInteger(1))
        return QString::number(whole);
    return QString::number(value.toDouble(), 'g', 17);
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return numberText(value);
    return {};
}

bool isDigits(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(text).hasMatch();
}

} // namespace

TenantSettings TenantSettings::fromMetadata(const QJsonObject &metadata,
                                            const QString &fallbackName)
{
    TenantSettings s;
    s.name = textOf(metadata.value(key(Field::Name)));
    if (s.name.isEmpty())
        s.name = fallbackName;
    s.yclientsId = textOf(metadata.value(key(Field::YClientsId)));
    s.adminChatId = textOf(metadata.value(key(Field::AdminChatId)));
    s.closingTime = textOf(metadata.value(key(Field::ClosingTime)));
    const QJsonValue gap = metadata.value(key(Field::GapFilter));
    s.gapFilter = gap.isBool() ? gap.toBool() : gap.toDouble() != 0.0;
    return s;
}

QList<TenantSettings::Field> TenantSettings::fields()
{
    return {Field::Name, Field::YClientsId, Field::AdminChatId, Field::ClosingTime,
            Field::GapFilter};
}

QString TenantSettings::key(Field field)
{
    switch (field) {
    case Field::Name:
        return QStringLiteral("name");
    case Field::YClientsId:
        return QStringLiteral("yclients_id");
    case Field::AdminChatId:
        return QStringLiteral("admin_chat_id");
    case Field::ClosingTime:
        return QStringLiteral("closing_time");
    case Field::GapFilter:
        return QStringLiteral("gap_filter");
    }
    return {};
}

QString TenantSettings::label(Field field)
{
    switch (field) {
    case Field::Name:
        return tr("Name");
    case Field::YClientsId:
        return tr("YClients ID");
    case Field::AdminChatId:
        return tr("Admin chat ID");
    case Field::ClosingTime:
        return tr("Closing time");
    case Field::GapFilter:
        return tr("Gap filter");
    }
    return {};
}

bool TenantSettings::fieldForKey(const QString &name, Field *field)
{
    for (Field f : fields()) {
        if (key(f) == name) {
            *field = f;
            return true;
        }
    }
    return false;
}

QMap<TenantSettings::Field, QString> TenantSettings::validate() const
{
    QMap<Field, QString> errors;

    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        errors.insert(Field::Name, tr("Enter the salon's name."));
    else if (trimmedName.size() > kMaxNameLength)
        errors.insert(Field::Name, tr("The name is too long: %1 characters, at most %2.")
                                       .arg(trimmedName.size())
                                       .arg(kMaxNameLength));

    const QString yclients = yclientsId.trimmed();
    if (yclients.isEmpty())
        errors.insert(Field::YClientsId, tr("Enter the YClients company ID (digits)."));
    else if (!isDigits(yclients))
        errors.insert(Field::YClientsId,
                      tr("The YClients ID may contain digits only, e.g. 123456."));
    else if (yclients.size() > kMaxYClientsDigits)
        errors.insert(
            Field::YClientsId,
            tr("The YClients ID is too long: at most %1 digits.").arg(kMaxYClientsDigits));

    const QString chat = adminChatId.trimmed();
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]+$"));
    if (!chat.isEmpty()) {
        bool ok = false;
        chat.toLongLong(&ok);
        if (!integer.match(chat).hasMatch())
            errors.insert(Field::AdminChatId,
                          tr("Enter a whole number, e.g. -1001234567890, or leave it empty."));
        else if (!ok)
            errors.insert(Field::AdminChatId,
                          tr("The number is too large for a chat ID (64-bit range)."));
    }

    const QString time = closingTime.trimmed();
    static const QRegularExpression shape(QStringLiteral("^([0-9]{2}):([0-9]{2})$"));
    const QRegularExpressionMatch m = shape.match(time);
    if (time.isEmpty())
        errors.insert(Field::ClosingTime, tr("Enter the closing time as HH:MM, e.g. 21:00."));
    else if (!m.hasMatch())
        errors.insert(
            Field::ClosingTime,
            tr("Use the 24-hour format HH:MM with two digits each, e.g. 09:05 or 21:00."));
    else if (m.captured(1).toInt() > 23 || m.captured(2).toInt() > 59)
        errors.insert(Field::ClosingTime,
                      tr("No such time: hours go from 00 to 23 and minutes from 00 to 59."));

    return errors;
}

QJsonValue TenantSettings::normalizedValue(Field field) const
{
    switch (field) {
    case Field::Name:
        return name.trimmed();
    case Field::YClientsId:
        return yclientsId.trimmed();
    case Field::AdminChatId: {
        const QString chat = adminChatId.trimmed();
        if (chat.isEmpty())
            return QJsonValue(QJsonValue::Null);
        bool ok = false;
        const qint64 value = chat.toLongLong(&ok);
        // An invalid number is kept as text so that comparing two invalid forms still works;
        // validate() keeps it from ever being saved.
        return ok ? QJsonValue(value) : QJsonValue(chat);
    }
    case Field::ClosingTime:
        return closingTime.trimmed();
    case Field::GapFilter:
        return gapFilter;
    }
    return {};
}

QJsonObject toPatch(const TenantSettings &original, const TenantSettings &edited)
{
    QJsonObject patch;
    for (TenantSettings::Field field : TenantSettings::fields()) {
        const QJsonValue before = original.normalizedValue(field);
        const QJsonValue after = edited.normalizedValue(field);
        if (before != after)
            patch.insert(TenantSettings::key(field), after);
    }
    return patch;
}

QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject changes = patch.toObject();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

QJsonObject applyPatch(const QJsonObject &metadata, const QJsonObject &patch)
{
    return mergePatch(metadata, patch).toObject();
}

QJsonObject patchBase(const QJsonObject &metadata, const QJsonObject &patch)
{
    QJsonObject base;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QJsonValue before = metadata.value(it.key());
        base.insert(it.key(), before.isUndefined() ? QJsonValue(QJsonValue::Null) : before);
    }
    return base;
}

QString displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? TenantSettings::tr("On") : TenantSettings::tr("Off");
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

} // namespace agentp::domain
