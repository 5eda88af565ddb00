#pragma once

#include "models/store/StoreError.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace agentp::store {

// One row of seller_accounts. The Api-Key is not here: it lives in the keychain under
// AccountRepository::apiKeySecretKey(marketplace, id).
struct SellerAccount
{
    qint64 id = 0;
    QString marketplace; // "ozon", "wildberries", "yandex_market", "demo"
    QString name;
    QString externalId; // Ozon: the numeric Client-Id
    QString baseUrl;    // empty: the marketplace's production URL
    bool enabled = true;
    QStringList chatTypes{QStringLiteral("BUYER_SELLER"), QStringLiteral("BUYER_SELLER_SELECT")};
    QDateTime createdAt;
    QDateTime lastSyncAt; // the last pass that finished without an error; invalid: never
    QString lastError;    // the last pass's failure; empty when it succeeded
};

// Why an account cannot be saved, and which field to point at.
struct AccountProblem
{
    enum class Field
    {
        None,
        Marketplace,
        Name,
        ExternalId,
        BaseUrl,
        ChatTypes,
    };
    Field field = Field::None;
    QString message; // translated, one sentence

    bool isProblem() const { return field != Field::None; }
};

// The seller_accounts aggregate: the accounts the sync engine pulls chats for. Usable from the
// GUI thread and the sync thread, each with its own connection.
class AccountRepository final
{
public:
    static constexpr const char *kTestKind = "account.test";

    explicit AccountRepository(QSqlDatabase db);

    // Every account, by marketplace and name.
    std::vector<SellerAccount> list(StoreError *error) const;
    std::vector<SellerAccount> enabledAccounts(StoreError *error) const;
    std::optional<SellerAccount> find(qint64 id, StoreError *error) const;
    // By name (case-insensitive), in any marketplace when `marketplace` is empty.
    std::optional<SellerAccount> findByName(const QString &name, const QString &marketplace,
                                            StoreError *error) const;

    // Checks the fields and that no other account of the marketplace has the same name. Fields
    // are checked as given (callers trim); `account.id` is the row being edited (0: new).
    AccountProblem validate(const SellerAccount &account, StoreError *error) const;
    // Inserts after validate(); returns the new id, or 0 with `problem` or `error` set.
    qint64 add(const SellerAccount &account, AccountProblem *problem, StoreError *error);
    // Updates name, external id, base URL, enabled and chat types (not the sync outcome).
    bool update(const SellerAccount &account, AccountProblem *problem, StoreError *error);
    // Removes the account with its chats, messages and its chat-list cursor. The caller removes
    // its Api-Key from the keychain.
    bool remove(qint64 id, StoreError *error);
    bool setEnabled(qint64 id, bool enabled, StoreError *error);

    // The outcome of a sync pass: success stamps last_sync_at and clears last_error; a failure
    // records the message and keeps the time of the last success.
    bool recordSyncOutcome(qint64 id, const QDateTime &at, const QString &failure,
                           StoreError *error);

    // Queues "account.test" (target "account:<id>"): the sync side checks the credentials and
    // the intent ends sent, or failed with the reason.
    qint64 queueConnectionTest(qint64 id, StoreError *error);

    // "<marketplace>/<id>/api-key", the keychain key of the account's Api-Key.
    static QString apiKeySecretKey(const QString &marketplace, qint64 accountId);
    // AGENTP_API_KEY_<id>: where headless runs find the Api-Key when there is no keychain.
    static QString apiKeyEnvironmentVariable(qint64 accountId);
    static QString target(qint64 accountId);
    static QStringList marketplaces();
    // Empty when acceptable: empty (production), https://…, or http:// to this machine only,
    // because the Api-Key travels in a header.
    static QString checkBaseUrl(const QString &url);
    static bool isLoopbackHost(const QString &host);

private:
    QSqlDatabase m_db;
};

} // namespace agentp::store
