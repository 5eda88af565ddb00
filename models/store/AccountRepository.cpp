#include "models/store/AccountRepository.h"

#include "models/store/OutboxRepository.h"
#include "models/store/SalonActionUndo.h"
#include "models/store/SqlErrors.h"
#include "models/store/SqlValues.h"
#include "models/store/TimeFormat.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace agentp::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::store::AccountRepository", text);
}

const QString kColumns =
    QStringLiteral("id, marketplace, name, external_id, base_url, enabled, chat_types, created_at,"
                   " last_sync_at, last_error");

SellerAccount fromRow(const QSqlQuery &q)
{
    SellerAccount a;
    a.id = q.value(0).toLongLong();
    a.marketplace = q.value(1).toString();
    a.name = q.value(2).toString();
    a.externalId = q.value(3).toString();
    a.baseUrl = q.value(4).toString();
    a.enabled = q.value(5).toInt() != 0;
    a.chatTypes = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.createdAt = fromStoredTime(q.value(7).toString());
    a.lastSyncAt = q.value(8).isNull() ? QDateTime() : fromStoredTime(q.value(8).toString());
    a.lastError = q.value(9).toString();
    return a;
}

std::vector<SellerAccount> select(const QSqlDatabase &db, const QString &where,
                                  const QVariantList &binds, StoreError *error)
{
    std::vector<SellerAccount> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM seller_accounts ") +
              where + QStringLiteral(" ORDER BY marketplace, name COLLATE NOCASE, id"));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), tr("Cannot read the seller accounts"));
        return out;
    }
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

AccountProblem problem(AccountProblem::Field field, const QString &message)
{
    return {field, message};
}

} // namespace

AccountRepository::AccountRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::vector<SellerAccount> AccountRepository::list(StoreError *error) const
{
    return select(m_db, {}, {}, error);
}

std::vector<SellerAccount> AccountRepository::enabledAccounts(StoreError *error) const
{
    return select(m_db, QStringLiteral("WHERE enabled = 1"), {}, error);
}

std::optional<SellerAccount> AccountRepository::find(qint64 id, StoreError *error) const
{
    auto rows = select(m_db, QStringLiteral("WHERE id = ?"), {id}, error);
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

std::optional<SellerAccount> AccountRepository::findByName(const QString &name,
                                                           const QString &marketplace,
                                                           StoreError *error) const
{
    // SQLite's NOCASE folds ASCII only; account names are often Cyrillic, so compare here.
    for (const SellerAccount &a : list(error)) {
        if ((marketplace.isEmpty() || a.marketplace == marketplace) &&
            a.name.compare(name, Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

AccountProblem AccountRepository::validate(const SellerAccount &account, StoreError *error) const
{
    using Field = AccountProblem::Field;
    if (!marketplaces().contains(account.marketplace))
        return problem(Field::Marketplace,
                       tr("Unknown marketplace “%1”; expected one of: %2.")
                           .arg(account.marketplace, marketplaces().join(QStringLiteral(", "))));
    if (account.name.trimmed().isEmpty())
        return problem(Field::Name, tr("The account needs a name."));
    if (account.name.size() > 200)
        return problem(Field::Name, tr("The account name is longer than 200 characters."));
    if (account.marketplace == QLatin1String("ozon")) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
        if (account.externalId.isEmpty())
            return problem(Field::ExternalId, tr("The Ozon Client-Id is missing."));
        if (!digits.match(account.externalId).hasMatch())
            return problem(Field::ExternalId,
                           tr("The Ozon Client-Id is a number (the seller id shown in the "
                              "Seller API settings); “%1” is not.")
                               .arg(account.externalId));
    }
    const QString urlProblem = checkBaseUrl(account.baseUrl);
    if (!urlProblem.isEmpty())
        return problem(Field::BaseUrl, urlProblem);
    static const QRegularExpression chatType(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    if (account.chatTypes.isEmpty())
        return problem(Field::ChatTypes, tr("Choose at least one chat type to sync."));
    for (const QString &t : account.chatTypes) {
        if (!chatType.match(t).hasMatch())
            return problem(Field::ChatTypes, tr("“%1” is not a chat type.").arg(t));
    }
    const auto same = findByName(account.name.trimmed(), account.marketplace, error);
    if (error->isError())
        return {};
    if (same && same->id != account.id)
        return problem(
            Field::Name,
            tr("Another account of this marketplace is already called “%1”.").arg(same->name));
    return {};
}

qint64 AccountRepository::add(const SellerAccount &account, AccountProblem *problem,
                              StoreError *error)
{
    ImmediateWrite tx(m_db, error);
    if (!tx.isOpen())
        return 0;
    *problem = validate(account, error);
    if (problem->isProblem() || error->isError())
        return 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO seller_accounts(marketplace, name, external_id,"
                             " base_url, enabled, chat_types, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(account.marketplace);
    q.addBindValue(account.name.trimmed());
    q.addBindValue(text(account.externalId));
    q.addBindValue(text(account.baseUrl));
    q.addBindValue(account.enabled ? 1 : 0);
    q.addBindValue(account.chatTypes.join(QLatin1Char(',')));
    q.addBindValue(toStoredTime(account.createdAt.isValid() ? account.createdAt
                                                            : QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), tr("Cannot save the account"));
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    return tx.commit(error) ? id : 0;
}

bool AccountRepository::update(const SellerAccount &account, AccountProblem *problem,
                               StoreError *error)
{
    ImmediateWrite tx(m_db, error);
    if (!tx.isOpen())
        return false;
    *problem = validate(account, error);
    if (problem->isProblem() || error->isError())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE seller_accounts SET name = ?, external_id = ?, base_url = ?,"
                             " enabled = ?, chat_types = ? WHERE id = ? AND marketplace = ?"));
    q.addBindValue(account.name.trimmed());
    q.addBindValue(text(account.externalId));
    q.addBindValue(text(account.baseUrl));
    q.addBindValue(account.enabled ? 1 : 0);
    q.addBindValue(account.chatTypes.join(QLatin1Char(',')));
    q.addBindValue(account.id);
    q.addBindValue(account.marketplace);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), tr("Cannot save the account"));
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = StoreError::make(StoreError::Kind::Query, tr("The account no longer exists."));
        return false;
    }
    return tx.commit(error);
}

bool AccountRepository::remove(qint64 id, StoreError *error)
{
    ImmediateWrite tx(m_db, error);
    if (!tx.isOpen())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sync_cursors WHERE source = 'chats' AND scope = ?"));
    q.addBindValue(QString::number(id));
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), tr("Cannot remove the account"));
        return false;
    }
    // Chats, messages and attachments go with it (ON DELETE CASCADE).
    q.prepare(QStringLiteral("DELETE FROM seller_accounts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), tr("Cannot remove the account"));
        return false;
    }
    return tx.commit(error);
}

bool AccountRepository::setEnabled(qint64 id, bool enabled, StoreError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE seller_accounts SET enabled = ? WHERE id = ?"));
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), tr("Cannot save the account"));
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool AccountRepository::recordSyncOutcome(qint64 id, const QDateTime &at, const QString &failure,
                                          StoreError *error)
{
    QSqlQuery q(m_db);
    if (failure.isEmpty()) {
        q.prepare(QStringLiteral(
            "UPDATE seller_accounts SET last_sync_at = ?, last_error = NULL WHERE id = ?"));
        q.addBindValue(toStoredTime(at));
    } else {
        q.prepare(QStringLiteral("UPDATE seller_accounts SET last_error = ? WHERE id = ?"));
        q.addBindValue(failure);
    }
    q.addBindValue(id);
    if (!q.exec()) {
        *error = classifySqlError(q.lastError(), tr("Cannot record the sync outcome"));
        return false;
    }
    return q.numRowsAffected() == 1;
}

qint64 AccountRepository::queueConnectionTest(qint64 id, StoreError *error)
{
    return OutboxRepository(m_db).enqueue(QString::fromLatin1(kTestKind), target(id),
                                          QJsonObject{{QStringLiteral("account_id"), id}}, {},
                                          error);
}

QString AccountRepository::apiKeySecretKey(const QString &marketplace, qint64 accountId)
{
    return marketplace + QLatin1Char('/') + QString::number(accountId) + QStringLiteral("/api-key");
}

QString AccountRepository::apiKeyEnvironmentVariable(qint64 accountId)
{
    return QStringLiteral("AGENTP_API_KEY_") + QString::number(accountId);
}

QString AccountRepository::target(qint64 accountId)
{
    return QStringLiteral("account:") + QString::number(accountId);
}

QStringList AccountRepository::marketplaces()
{
    return {QStringLiteral("ozon"), QStringLiteral("wildberries"), QStringLiteral("yandex_market"),
            QStringLiteral("demo")};
}

bool AccountRepository::isLoopbackHost(const QString &host)
{
    QString h = host.toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h == QLatin1String("localhost") || h == QLatin1String("::1") ||
        h == QLatin1String("0:0:0:0:0:0:0:1"))
        return true;
    // 127.0.0.0/8, written as a dotted quad (QUrl normalises IPv4 hosts to that form).
    const QStringList parts = h.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.front() != QLatin1String("127"))
        return false;
    for (const QString &p : parts) {
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok || v < 0 || v > 255)
            return false;
    }
    return true;
}

QString AccountRepository::checkBaseUrl(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.scheme().isEmpty())
        return tr("“%1” is not a web address such as https://api-seller.ozon.ru.").arg(text);
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return tr("The base address must not contain a user name, query or fragment.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
        return {};
    if (scheme == QLatin1String("http"))
        return tr("The base address must use HTTPS: the Api-Key would travel unencrypted. "
                  "Plain HTTP is allowed only to this computer (localhost).");
    return tr("The base address must start with https://.");
}

} // namespace agentp::store
