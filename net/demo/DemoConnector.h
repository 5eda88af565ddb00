#pragma once

#include "net/marketplace/MarketplaceConnector.h"

#include <QPointer>

#include <map>

namespace agentp::net::demo {

class DemoMarketplace;

// One demo seller account's connection to the simulated marketplace. Answers like a remote API
// would: later, after a short latency, from the event loop.
class DemoConnector final : public MarketplaceConnector
{
public:
    DemoConnector(DemoMarketplace *marketplace, qint64 accountId, int latencyMs = 40,
                  QObject *parent = nullptr);
    ~DemoConnector() override;

    QString marketplace() const override { return QStringLiteral("demo"); }
    void listChats(const QString &cursor, int limit, ChatsDone done) override;
    void history(const QString &chatId, const QString &fromMessageId, Direction direction,
                 int limit, HistoryDone done) override;
    void sendText(const QString &chatId, const QString &text, SendDone done) override;
    void sendFile(const QString &chatId, const QString &fileName, const QByteArray &content,
                  SendDone done) override;
    void markRead(const QString &chatId, const QString &upToMessageId, ReadDone done) override;
    void download(const QString &url, DownloadDone done) override;
    void cancelAll() override;

private:
    // Runs `work` after the latency (it answers), or `cancel` when cancelAll() comes first.
    void later(std::function<void()> work, std::function<void()> cancel);
    ConnectorError gone() const;

    QPointer<DemoMarketplace> m_marketplace;
    qint64 m_accountId;
    int m_latencyMs;
    quint64 m_nextCall = 1;
    std::map<quint64, std::function<void()>> m_cancels;
};

} // namespace agentp::net::demo
