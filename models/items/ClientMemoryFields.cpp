#include "models/items/ClientMemoryFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace agentp::models {

namespace {

// The keys the bot writes today (and the demo generator mirrors), in the order a manager reads
// them: what the client wants, then how to talk to them, then what to watch out for.
const QStringList &knownKeys()
{
    static const QStringList keys = {
        QStringLiteral("preferred_services"),
        QStringLiteral("preferred_staff"),
        QStringLiteral("preferred_time"),
        QStringLiteral("communication_style"),
        QStringLiteral("last_service"),
        QStringLiteral("last_visit_date"),
        QStringLiteral("avg_visit_interval"),
        QStringLiteral("missed_visits"),
        QStringLiteral("allergies"),
        QStringLiteral("birthday"),
        QStringLiteral("notes"),
    };
    return keys;
}

} // namespace

QString ClientMemoryFields::label(const QString &key)
{
    if (key == QLatin1String("preferred_services"))
        return tr("Preferred services");
    if (key == QLatin1String("preferred_staff"))
        return tr("Preferred master");
    if (key == QLatin1String("preferred_time"))
        return tr("Preferred time");
    if (key == QLatin1String("communication_style"))
        return tr("Communication style");
    if (key == QLatin1String("last_service"))
        return tr("Last service");
    if (key == QLatin1String("last_visit_date"))
        return tr("Last visit");
    if (key == QLatin1String("avg_visit_interval"))
        return tr("Usual interval, days");
    if (key == QLatin1String("missed_visits"))
        return tr("Missed visits");
    if (key == QLatin1String("allergies"))
        return tr("Allergies");
    if (key == QLatin1String("birthday"))
        return tr("Birthday");
    if (key == QLatin1String("notes"))
        return tr("Notes");
    return key;
}

QString ClientMemoryFields::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().trimmed();
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
            return QLocale().toString(qint64(d));
        return QLocale().toString(d, 'g', 6);
    }
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            const QString text = valueText(item);
            if (!text.isEmpty())
                items << text;
        }
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList parts;
        for (auto it = object.begin(); it != object.end(); ++it)
            parts << label(it.key()) + QStringLiteral(": ") + valueText(it.value());
        return parts.join(QStringLiteral("; "));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QList<MemoryField> ClientMemoryFields::fromLtm(const QString &json, bool *ok)
{
    QList<MemoryField> fields;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    const bool valid = parseError.error == QJsonParseError::NoError && doc.isObject();
    if (ok)
        *ok = valid;
    if (!valid)
        return fields;
    const QJsonObject object = doc.object();
    auto add = [&fields](const QString &key, const QJsonValue &value) {
        const QString text = valueText(value);
        if (!text.isEmpty()) // an empty list or null says nothing worth a line
            fields.append({key, label(key), text});
    };
    for (const QString &key : knownKeys()) {
        if (object.contains(key))
            add(key, object.value(key));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            add(it.key(), it.value());
    }
    return fields;
}

QList<MemoryField> ClientMemoryFields::fromMemory(const domain::ClientMemory &memory, bool *ok)
{
    QList<MemoryField> fields;
    if (!memory.preferredStaff.isEmpty())
        fields.append({QStringLiteral("preferred_staff"), label(QStringLiteral("preferred_staff")),
                       memory.preferredStaff});
    if (memory.lastVisit.isValid())
        fields.append({QStringLiteral("last_visit_date"), label(QStringLiteral("last_visit_date")),
                       QLocale().toString(memory.lastVisit, QLocale::ShortFormat)});
    if (memory.averageIntervalDays && *memory.averageIntervalDays > 0)
        fields.append({QStringLiteral("avg_visit_interval"), tr("Visits"),
                       tr("every %n day(s)", nullptr, *memory.averageIntervalDays)});
    for (const MemoryField &field : fromLtm(memory.ltmJson, ok)) {
        // The columns are the bot's current view; a copy inside the JSON would only repeat it.
        const bool shown = std::any_of(fields.cbegin(), fields.cend(),
                                       [&](const MemoryField &f) { return f.key == field.key; });
        if (!shown)
            fields.append(field);
    }
    return fields;
}

} // namespace agentp::models
