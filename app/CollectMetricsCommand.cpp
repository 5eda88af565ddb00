#include "app/CollectMetricsCommand.h"

#include "models/store/Database.h"
#include "net/supabase/PostgrestClient.h"

#include <QDir>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

namespace agentp::app {

namespace {

using net::supabase::PostgrestClient;
using net::supabase::PostgrestQuery;
using net::supabase::PostgrestResult;

QString tr(const char *text)
{
    return CommandLine::tr(text);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "agentp-console: %s\n", qUtf8Printable(message));
    return 1;
}

QString meta(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM workspace_meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// Why a login answer refused, in words for the administrator.
QString loginRefusal(const QJsonObject &answer)
{
    const QString error = answer.value(QLatin1String("error")).toString();
    if (error == QLatin1String("inactive"))
        return tr("This user is switched off on the server.");
    if (error == QLatin1String("locked"))
        return tr("Too many wrong passwords: the account is locked until %1.")
            .arg(QDateTime::fromString(answer.value(QLatin1String("locked_until")).toString(),
                                       Qt::ISODateWithMs)
                     .toLocalTime()
                     .toString(QStringLiteral("HH:mm")));
    return tr("Wrong e-mail or password (AGENTP_SUPABASE_EMAIL, AGENTP_SUPABASE_PASSWORD).");
}

} // namespace

int runCollectMetrics(const CommandLine &command)
{
    store::StoreError storeError;
    store::Database::Options options;
    options.createIfMissing = false;
    const auto db = store::Database::open(command.workspace, options, &storeError);
    if (!db)
        return fail(storeError.message);
    net::supabase::SupabaseConfig config;
    const QString url = qEnvironmentVariable(
        "AGENTP_SUPABASE_URL", meta(db->connection(), QStringLiteral("supabase.url")));
    config.projectUrl = QUrl(url);
    config.apiKey = qEnvironmentVariable("AGENTP_SUPABASE_KEY",
                                         meta(db->connection(), QStringLiteral("supabase.key")))
                        .toUtf8();
    if (url.isEmpty())
        return fail(tr("%1 is not connected to a Supabase project; set AGENTP_SUPABASE_URL and "
                       "AGENTP_SUPABASE_KEY.")
                        .arg(QDir::toNativeSeparators(command.workspace)));
    if (const QString problem = config.problem(); !problem.isEmpty())
        return fail(problem);
    const QString email = qEnvironmentVariable("AGENTP_SUPABASE_EMAIL");
    const QString password = qEnvironmentVariable("AGENTP_SUPABASE_PASSWORD");
    if (email.isEmpty() || password.isEmpty())
        return fail(tr("Set AGENTP_SUPABASE_EMAIL and AGENTP_SUPABASE_PASSWORD to a super "
                       "admin's login (for a timer: in a file only its user can read)."));

    PostgrestClient client(config);
    QEventLoop loop;
    int exitCode = 1;
    QString failure;
    QJsonArray rows;
    QHash<QString, QString> names;
    const auto stop = [&](const QString &message) {
        failure = message;
        loop.quit();
    };
    const auto readNames = [&] {
        PostgrestQuery q;
        q.table = QStringLiteral("tenants_v2");
        q.select = QStringLiteral("id,name");
        client.select(q, [&](const PostgrestResult &r) {
            // Names only decorate the report: without them the ids are printed.
            for (const QJsonValue &v : r.body.toArray())
                names.insert(v[QLatin1String("id")].toString(),
                             v[QLatin1String("name")].toString());
            exitCode = 0;
            loop.quit();
        });
    };
    const auto collect = [&] {
        QJsonObject args;
        if (command.date.isValid())
            args.insert(QStringLiteral("p_day"), command.date.toString(Qt::ISODate));
        client.rpc(QStringLiteral("dashboard"), QStringLiteral("collect_daily_metrics"), args,
                   [&](const PostgrestResult &r) {
                       if (!r.ok())
                           return stop(r.error.message);
                       rows = r.body.toArray();
                       readNames();
                   });
    };
    client.rpc(
        QStringLiteral("dashboard"), QStringLiteral("login"),
        QJsonObject{{QStringLiteral("p_email"), email}, {QStringLiteral("p_password"), password}},
        [&](const PostgrestResult &r) {
            if (!r.ok())
                return stop(r.error.message);
            const QJsonObject answer = r.body.toObject();
            const QByteArray token =
                answer.value(QLatin1String("access_token")).toString().toUtf8();
            if (!answer.value(QLatin1String("ok")).toBool() || token.isEmpty())
                return stop(loginRefusal(answer));
            client.setAccessToken(token);
            collect();
        });
    QTimer::singleShot(config.timeoutMs * 4, &loop,
                       [&] { stop(tr("The server did not answer in time.")); });
    loop.exec();
    if (exitCode != 0)
        return fail(failure);

    for (const QJsonValue &v : std::as_const(rows)) {
        const QJsonObject row = v.toObject();
        const QString tenant = row.value(QLatin1String("tenant_id")).toString();
        std::printf(
            "%s\n",
            qUtf8Printable(
                tr("%1: %2 — dialogs %3, bookings %4, conversion %5 %, mean answer "
                   "%6 ms")
                    .arg(names.value(tenant, tenant), row.value(QLatin1String("day")).toString(),
                         QString::number(row.value(QLatin1String("dialogs_started")).toInt()),
                         QString::number(row.value(QLatin1String("bookings")).toInt()),
                         QString::number(row.value(QLatin1String("conversion")).toDouble(), 'f', 2),
                         QString::number(row.value(QLatin1String("avg_response_ms")).toInt()))));
    }
    std::printf("%s\n", qUtf8Printable(CommandLine::tr("Upserted the metrics of %n salon(s).",
                                                       nullptr, int(rows.size()))));
    return 0;
}

} // namespace agentp::app
