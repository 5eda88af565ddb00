#include "net/http/ExactJson.h"

#include <vector>

namespace agentp::net::ExactJson {

namespace {

using json = nlohmann::json;

bool isIntegerText(const std::string &s)
{
    std::size_t i = (!s.empty() && s[0] == '-') ? 1 : 0;
    if (i >= s.size())
        return false;
    for (; i < s.size(); ++i)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

// Builds the document like nlohmann's own DOM parser, except for over-long integers.
class Builder
{
public:
    json root;
    std::string error;

    bool null() { return put(json(nullptr)); }
    bool boolean(bool v) { return put(json(v)); }
    bool number_integer(json::number_integer_t v) { return put(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return put(json(v)); }
    bool number_float(json::number_float_t v, const std::string &text)
    {
        // The lexer falls back to a double only when an integer does not fit 64 bits.
        return isIntegerText(text) ? put(json(text)) : put(json(v));
    }
    bool string(std::string &v) { return put(json(std::move(v))); }
    bool binary(json::binary_t &) { return false; }
    bool start_object(std::size_t) { return open(json::object()); }
    bool key(std::string &k)
    {
        m_key = std::move(k);
        return true;
    }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t position, const std::string &,
                     const nlohmann::detail::exception &ex)
    {
        error = ex.what();
        m_errorPosition = position;
        return false;
    }
    std::size_t errorPosition() const { return m_errorPosition; }

private:
    json *slot(json &&value)
    {
        if (m_stack.empty()) {
            root = std::move(value);
            return &root;
        }
        json &top = *m_stack.back();
        if (top.is_array()) {
            top.push_back(std::move(value));
            return &top.back();
        }
        json &target = top[m_key];
        target = std::move(value);
        return &target;
    }
    bool put(json &&value)
    {
        slot(std::move(value));
        return true;
    }
    bool open(json &&container)
    {
        m_stack.push_back(slot(std::move(container)));
        return true;
    }
    bool close()
    {
        m_stack.pop_back();
        return true;
    }

    std::vector<json *> m_stack;
    std::string m_key;
    std::size_t m_errorPosition = 0;
};

} // namespace

bool parse(const QByteArray &text, nlohmann::json *out, QString *error)
{
    Builder builder;
    bool ok = false;
    try {
        ok = json::sax_parse(text.constBegin(), text.constEnd(), &builder);
    } catch (const std::exception &ex) { // defensive: sax_parse reports through parse_error
        builder.error = ex.what();
    }
    if (!ok) {
        if (error)
            *error = QString::fromStdString(builder.error.empty() ? std::string("invalid JSON")
                                                                  : builder.error);
        return false;
    }
    *out = std::move(builder.root);
    return true;
}

bool idText(const nlohmann::json &value, QString *out)
{
    if (value.is_string()) {
        *out = toQString(value);
        return true;
    }
    if (value.is_number_unsigned()) {
        *out = QString::number(value.get<json::number_unsigned_t>());
        return true;
    }
    if (value.is_number_integer()) {
        *out = QString::number(value.get<json::number_integer_t>());
        return true;
    }
    return false;
}

QByteArray dump(const nlohmann::json &value)
{
    return QByteArray::fromStdString(value.dump(-1, ' ', false, json::error_handler_t::replace));
}

} // namespace agentp::net::ExactJson
