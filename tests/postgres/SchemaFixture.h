#pragma once
// Shared by the PostgreSQL tests: a connection to the throwaway cluster with-postgres.sh started
// (AGENTP_PG_HOST/PORT/USER), statements that report their SQLSTATE, the migrations, and acting
// as PostgREST does for a token (set role + request.jwt.claims).

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace pgtest {

const QString kA = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString kB = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
const QString kC = QStringLiteral("cccccccc-0000-4000-8000-000000000003");
const QByteArray kSecret = "test-secret-0123456789-abcdefghijklmnop";

QString sourceFile(const QString &relative)
{
    return qEnvironmentVariable("AGENTP_SOURCE_DIR") + QLatin1Char('/') + relative;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

class SchemaFixture
{
protected:
    QSqlDatabase m_db;
    QString m_error; // SQLSTATE of the last failed statement

    // Runs SQL (several statements allowed when no values are bound); false with m_error set.
    bool run(const QString &sql, const QVariantList &binds = {}, QSqlQuery *out = nullptr)
    {
        QSqlQuery q(m_db);
        bool ok = false;
        if (binds.isEmpty()) {
            ok = q.exec(sql);
        } else {
            q.prepare(sql);
            for (const QVariant &v : binds)
                q.addBindValue(v);
            ok = q.exec();
        }
        m_error = ok ? QString() : q.lastError().nativeErrorCode();
        if (!ok && m_error.isEmpty())
            m_error = q.lastError().text();
        if (out)
            *out = std::move(q);
        return ok;
    }
    QVariant value(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(m_db);
        if (!run(sql, binds, &q) || !q.next())
            return {};
        return q.value(0);
    }
    bool runFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const bool ok = run(QString::fromUtf8(file.readAll()));
        if (!ok)
            qWarning() << path << m_error << m_db.lastError().text();
        return ok;
    }
    bool applyMigrations()
    {
        QDir dir(sourceFile(QStringLiteral("supabase/migrations")));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        if (files.size() < 4)
            return false;
        for (const QString &f : files)
            if (!runFile(dir.filePath(f)))
                return false;
        return true;
    }
    // Acts as PostgREST does for a request with this token: role and claims for what follows.
    void as(const QJsonObject &claims)
    {
        QVERIFY(run(QStringLiteral("reset role")));
        QVERIFY(run(QStringLiteral("select set_config('request.jwt.claims', ?, false)"),
                    {QString::fromUtf8(QJsonDocument(claims).toJson(QJsonDocument::Compact))}));
        QVERIFY(
            run(QStringLiteral("set role %1").arg(claims.value(QLatin1String("role")).toString())));
    }
    void asTenant(const QString &tenant, const QString &appRole = QStringLiteral("admin"))
    {
        as({{QStringLiteral("role"), QStringLiteral("authenticated")},
            {QStringLiteral("tenant_id"), tenant},
            {QStringLiteral("app_role"), appRole},
            {QStringLiteral("sub"), QStringLiteral("00000000-0000-4000-8000-00000000000a")}});
    }
    void asSuperAdmin()
    {
        as({{QStringLiteral("role"), QStringLiteral("authenticated")},
            {QStringLiteral("app_role"), QStringLiteral("super_admin")}});
    }
    void asOwner()
    {
        QVERIFY(run(QStringLiteral("reset role")));
        QVERIFY(run(QStringLiteral("select set_config('request.jwt.claims', '', false)")));
    }
    QJsonObject login(const QString &email, const QString &password)
    {
        as({{QStringLiteral("role"), QStringLiteral("anon")}});
        const QVariant answer =
            value(QStringLiteral("select dashboard.login(?, ?)::text"), {email, password});
        asOwner();
        return QJsonDocument::fromJson(answer.toString().toUtf8()).object();
    }
};

} // namespace pgtest
