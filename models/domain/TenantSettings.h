#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace agentp::domain {

// The fields of a tenant's metadata (tenants.metadata, mirrored from tenants_v2.metadata) that a
// super admin edits, as the bot reads them: {"name": "…", "yclients_id": "123456",
// "admin_chat_id": -1001234567890, "closing_time": "21:00", "gap_filter": true}. Text fields
// hold what the user typed; normalizedValue() is what gets saved.
//
// Rules (validate()):
// - name: required, at most 100 characters after trimming (the trimmed text is saved);
// - yclients_id: required (the bot books through YClients, so a salon without it cannot work),
//   digits only, at most 18 (so it also fits a 64-bit integer), saved as text like the bot does;
// - admin_chat_id: optional (empty = no admin notifications; saved as a removal of the key),
//   otherwise a whole number that fits in 64 bits, negative allowed (Telegram groups), saved as
//   a JSON integer;
// - closing_time: required, strictly HH:MM in 24-hour time, 00:00–23:59;
// - gap_filter: on/off.
struct TenantSettings
{
    Q_DECLARE_TR_FUNCTIONS(TenantSettings)

public:
    enum class Field
    {
        Name,
        YClientsId,
        AdminChatId,
        ClosingTime,
        GapFilter
    };

    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxYClientsDigits = 18;

    QString name;
    QString yclientsId;
    QString adminChatId;
    QString closingTime;
    bool gapFilter = false;

    // Reads the fields leniently (numbers where text is expected and vice versa), so whatever
    // the server holds can be shown and corrected. `fallbackName` is the tenant row's name, for
    // metadata without one.
    static TenantSettings fromMetadata(const QJsonObject &metadata,
                                       const QString &fallbackName = {});

    static QList<Field> fields();
    static QString key(Field field);   // the metadata key
    static QString label(Field field); // translated, for forms and the conflict view
    static bool fieldForKey(const QString &key, Field *field);

    // One translated message per invalid field; empty when everything may be saved.
    QMap<Field, QString> validate() const;
    bool isValid() const { return validate().isEmpty(); }

    // The value stored in metadata for a field; Null means "remove the key".
    QJsonValue normalizedValue(Field field) const;
};

// The keys whose normalized value differs between the two, as a JSON merge patch (RFC 7396):
// unchanged keys are absent, a cleared optional field is null. Unknown metadata keys are never
// touched, so the bot's own settings survive an edit in the console.
QJsonObject toPatch(const TenantSettings &original, const TenantSettings &edited);

// RFC 7396 MergePatch(target, patch): objects merge key by key recursively, null removes a key,
// anything else (arrays included) replaces the target value.
QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch);
QJsonObject applyPatch(const QJsonObject &metadata, const QJsonObject &patch);

// What `patch` overwrites in `metadata`: for each key of the patch, the value before (null when
// the key was absent). Kept with an intent so a conflict can show what the user started from.
QJsonObject patchBase(const QJsonObject &metadata, const QJsonObject &patch);

// A metadata value as a person reads it ("—" for absent/null, "on"/"off" for booleans).
QString displayValue(const QJsonValue &value);

} // namespace agentp::domain
