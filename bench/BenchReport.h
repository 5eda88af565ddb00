#pragma once

// The figures of one benchmark as JSON (`--json FILE`), so bench/run-all.sh can merge every
// benchmark into one results file and one table (bench_summary). Header-only: each benchmark is
// a small program of its own.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cmath>
#include <vector>

namespace agentp::bench {

struct Figure
{
    QString id;          // "B1" … "B6", or a sub-figure such as "B3.p99"
    QString what;        // one line for the table
    double value = NAN;  // the measured figure …
    QString unit;        // … in this unit ("ms", "MiB", "% core", "s")
    double floor = NAN;  // the same-run floor in the same unit; NaN where there is none
    double ratio = NAN;  // value / floor where the target is a ratio
    double target = NAN; // the limit, on `ratio` when targetOnRatio, else on `value`
    bool targetOnRatio = false;
    QString targetText; // as the issue words it, e.g. "≤ 1.5×"

    // A figure whose target is a ratio to its floor ("≤ 1.5×").
    static Figure againstFloor(QString id, QString what, double value, double floor, QString unit,
                               double targetRatio, QString targetText)
    {
        Figure f;
        f.id = std::move(id);
        f.what = std::move(what);
        f.value = value;
        f.unit = std::move(unit);
        f.floor = floor;
        f.ratio = floor > 0 ? value / floor : NAN;
        f.target = targetRatio;
        f.targetOnRatio = true;
        f.targetText = std::move(targetText);
        return f;
    }

    bool met() const
    {
        if (std::isnan(target))
            return true;
        const double v = targetOnRatio ? ratio : value;
        return !std::isnan(v) && v <= target;
    }
};

class Report
{
public:
    explicit Report(QString bench)
        : m_bench(std::move(bench))
    {}

    void add(const Figure &figure) { m_figures.push_back(figure); }

    // Writes {"bench": …, "figures": [ … ]}; an empty path writes nothing. NaN becomes null.
    bool write(const QString &path, const QJsonObject &context = {}) const
    {
        if (path.isEmpty())
            return true;
        QJsonArray figures;
        for (const Figure &f : m_figures) {
            const auto number = [](double v) {
                return std::isnan(v) ? QJsonValue() : v;
            };
            figures.append(QJsonObject{{QStringLiteral("id"), f.id},
                                       {QStringLiteral("what"), f.what},
                                       {QStringLiteral("value"), number(f.value)},
                                       {QStringLiteral("unit"), f.unit},
                                       {QStringLiteral("floor"), number(f.floor)},
                                       {QStringLiteral("ratio"), number(f.ratio)},
                                       {QStringLiteral("target"), number(f.target)},
                                       {QStringLiteral("target_on_ratio"), f.targetOnRatio},
                                       {QStringLiteral("target_text"), f.targetText},
                                       {QStringLiteral("met"), f.met()}});
        }
        QJsonObject root{{QStringLiteral("bench"), m_bench}, {QStringLiteral("figures"), figures}};
        if (!context.isEmpty())
            root.insert(QStringLiteral("context"), context);
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(QJsonDocument(root).toJson()) > 0;
    }

private:
    QString m_bench;
    std::vector<Figure> m_figures;
};

} // namespace agentp::bench
