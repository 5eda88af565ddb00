#pragma once

#include <QString>
#include <QStringList>

namespace agentp::demo {

// Hand-written JSON for the demo's small objects (LTM, risk factors, tenant metadata). The hot
// paths build hundreds of thousands of them; QJsonDocument would cost more than the inserts.
// Keys are emitted in the order given, so the output is deterministic.
class DemoJson final
{
public:
    DemoJson &text(QStringView key, const QString &value);
    DemoJson &integer(QStringView key, qint64 value);
    DemoJson &number(QStringView key, double value, int decimals);
    DemoJson &boolean(QStringView key, bool value);
    DemoJson &null(QStringView key);
    DemoJson &list(QStringView key, const QStringList &values);
    // A value that is already valid JSON (a nested object or array).
    DemoJson &raw(QStringView key, const QString &json);

    QString toString() const { return m_body + QLatin1Char('}'); }

    static QString quoted(QStringView text);

private:
    void key(QStringView name);

    QString m_body = QStringLiteral("{");
};

} // namespace agentp::demo
