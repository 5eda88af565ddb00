#include "tests/chatsync/ChatSyncFixture.h"

#include "models/store/OutboxRepository.h"
#include "models/store/TimeFormat.h"

#include <QJsonObject>
#include <QTimer>

namespace agentp::testing {

bool ChatSyncFixture::setUp()
{
    store::StoreError error;
    db = store::Database::open(tmp.file(), &error);
    if (!db)
        return false;
    store::SellerAccount account;
    account.marketplace = QStringLiteral("ozon");
    account.name = QStringLiteral("Test shop");
    account.externalId = QStringLiteral("123456");
    store::AccountProblem problem;
    accountId = store::AccountRepository(db->connection()).add(account, &problem, &error);
    return accountId > 0;
}

net::ChatSyncEngine::ConnectorFactory ChatSyncFixture::factory()
{
    return [this](const store::SellerAccount &account,
                  const QByteArray &key) -> std::unique_ptr<net::MarketplaceConnector> {
        if (key != "test-key" || account.marketplace != QLatin1String("ozon"))
            return nullptr;
        ++connectorsMade;
        return std::make_unique<FakeConnector>(server);
    };
}

net::ChatSyncEngine::KeyProvider ChatSyncFixture::keys()
{
    return [](const store::SellerAccount &, QObject *context, net::ChatSyncEngine::KeyReply reply) {
        QTimer::singleShot(0, context, [reply] { reply("test-key", {}); });
    };
}

std::unique_ptr<net::ChatSyncEngine>
ChatSyncFixture::makeEngine(net::ChatSyncEngine::Options options)
{
    auto engine = std::make_unique<net::ChatSyncEngine>(tmp.file(), factory(), keys(), options);
    engine->start();
    return engine;
}

QVariant ChatSyncFixture::scalar(const QString &sql) const
{
    QSqlQuery q(db->connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

qint64 ChatSyncFixture::chatIdOf(const QString &remoteId) const
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT id FROM chats WHERE remote_id = ?"));
    q.addBindValue(remoteId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

qint64 ChatSyncFixture::queueReply(qint64 chatId, const QString &text, qint64 *messageId,
                                   const QDateTime &typedAt)
{
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO chat_messages(chat_id, sender_type, body, created_at,"
                             " is_read) VALUES (?, 'seller', ?, ?, 1)"));
    q.addBindValue(chatId);
    q.addBindValue(text);
    q.addBindValue(
        store::toStoredTime(typedAt.isValid() ? typedAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return 0;
    const qint64 row = q.lastInsertId().toLongLong();
    store::StoreError error;
    const qint64 intent =
        store::OutboxRepository(db->connection())
            .enqueue(QStringLiteral("chat.send_text"), QStringLiteral("chat:%1").arg(chatId),
                     QJsonObject{{QStringLiteral("chat_id"), chatId},
                                 {QStringLiteral("message_id"), row},
                                 {QStringLiteral("text"), text}},
                     {}, &error);
    q.prepare(QStringLiteral("UPDATE chat_messages SET outbox_id = ? WHERE id = ?"));
    q.addBindValue(intent);
    q.addBindValue(row);
    q.exec();
    if (messageId)
        *messageId = row;
    return intent;
}

} // namespace agentp::testing
