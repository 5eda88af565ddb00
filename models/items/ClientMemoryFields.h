#pragma once

#include "models/domain/ClientRecords.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace agentp::models {

// One line of the LTM panel: a translated label and a readable value.
struct MemoryField
{
    QString key; // the JSON key or column it came from
    QString label;
    QString value;
};

// Turns what the bot remembers about a client (client_memory: the ltm_data JSON plus the
// visit columns) into labelled, readable fields — never raw JSON. Keys the console knows get a
// translated label and come first in a fixed order; unknown keys (a newer bot may add some) are
// shown as "key: value" rather than hidden. Lists become "a, b", nested objects "k: v; k: v",
// true/false "Yes"/"No".
class ClientMemoryFields final
{
    Q_DECLARE_TR_FUNCTIONS(ClientMemoryFields)
public:
    // Fields of the ltm_data JSON. `ok` is false when the text is not a JSON object; the
    // result is then empty (the panel says the memory could not be read).
    static QList<MemoryField> fromLtm(const QString &json, bool *ok = nullptr);
    // The memory's columns (preferred master, last visit, usual interval) and then fromLtm().
    static QList<MemoryField> fromMemory(const domain::ClientMemory &memory, bool *ok = nullptr);

    // The label for a key: translated when known, otherwise the key itself.
    static QString label(const QString &key);
    static QString valueText(const QJsonValue &value);
};

} // namespace agentp::models
