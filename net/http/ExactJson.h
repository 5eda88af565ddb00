#pragma once

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace agentp::net {

// JSON parsing that never loses digits of an id. nlohmann::json keeps integers up to 64 bits
// exactly; a longer integer (Ozon's own example id 30000000001280042740 exceeds 2^64) would
// become a double, so it is kept as its decimal text in a string value instead. QJsonDocument
// is not used for remote data: it turns every number above 2^53 into a rounded double.
namespace ExactJson {

// False with a message (position included) when `text` is not one complete JSON value.
bool parse(const QByteArray &text, nlohmann::json *out, QString *error);

// An id given as a JSON integer or a string, as decimal text (strings are kept verbatim).
// False for any other type (bool, float, object …).
bool idText(const nlohmann::json &value, QString *out);

// UTF-8 text of a string value (invalid UTF-8 was rejected by the parser already).
inline QString toQString(const nlohmann::json &value)
{
    const auto &s = value.get_ref<const std::string &>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Serialises for a request body; invalid UTF-8 in QStrings cannot occur, but never throws.
QByteArray dump(const nlohmann::json &value);

} // namespace ExactJson

} // namespace agentp::net
