#include "net/demo/DemoConnector.h"

#include "net/demo/DemoMarketplace.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTimer>

namespace agentp::net::demo {

namespace {

ConnectorError cancelled()
{
    ConnectorError e;
    e.kind = ConnectorError::Kind::Cancelled;
    e.message = DemoMarketplace::tr("Cancelled.");
    return e;
}

// What a demo attachment holds: a picture (a gradient with shapes, its colours fixed by the URL,
// so every photo looks different and the same one always looks the same) or a one-page PDF. Real
// bytes, so thumbnails, "Open" and "Save as…" behave in the demo as with a marketplace.
QByteArray demoFile(const QString &url)
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1);
    const auto byte = [&hash](int i) {
        return int(quint8(hash.at(i)));
    };
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    if (url.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(QStringLiteral("Demo document"));
        QPainter p(&pdf);
        p.setPen(QPen(QColor(byte(0), byte(1), byte(2)), 20));
        p.drawRect(pdf.width() / 10, pdf.height() / 10, pdf.width() * 8 / 10, pdf.height() / 4);
        return p.end() ? out : QByteArray();
    }
    QImage image(640, 480, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient sky(0, 0, 0, image.height());
    sky.setColorAt(0, QColor(byte(0), byte(1), byte(2)));
    sky.setColorAt(1, QColor(byte(3), byte(4), byte(5)));
    p.fillRect(image.rect(), sky);
    p.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 4; ++i) {
        p.setBrush(QColor(byte(6 + i), byte(10 + i), byte(14 + i), 200));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPoint(byte(i) * 640 / 256, byte(i + 8) * 480 / 256), 40 + byte(i + 4) / 3,
                      40 + byte(i + 12) / 3);
    }
    p.end();
    image.save(&buffer, "JPEG", 85);
    return out;
}

} // namespace

DemoConnector::DemoConnector(DemoMarketplace *marketplace, qint64 accountId, int latencyMs,
                             QObject *parent)
    : MarketplaceConnector(parent)
    , m_marketplace(marketplace)
    , m_accountId(accountId)
    , m_latencyMs(latencyMs)
{}

DemoConnector::~DemoConnector() = default;

ConnectorError DemoConnector::gone() const
{
    ConnectorError e;
    e.kind = ConnectorError::Kind::Network;
    e.message = DemoMarketplace::tr("The demo marketplace is not running.");
    return e;
}

void DemoConnector::later(std::function<void()> work, std::function<void()> cancel)
{
    const quint64 id = m_nextCall++;
    m_cancels.emplace(id, std::move(cancel));
    QTimer::singleShot(m_latencyMs, this, [this, id, work = std::move(work)] {
        if (m_cancels.erase(id) == 1)
            work();
    });
}

void DemoConnector::cancelAll()
{
    auto pending = std::move(m_cancels);
    m_cancels.clear();
    for (auto &[id, cancel] : pending)
        QTimer::singleShot(0, this, cancel);
}

void DemoConnector::listChats(const QString &cursor, int limit, ChatsDone done)
{
    later(
        [this, cursor, limit, done] {
            ConnectorError e;
            const domain::ChatListPage page =
                m_marketplace ? m_marketplace->listChats(m_accountId, cursor, limit, &e)
                              : domain::ChatListPage{};
            done(page, m_marketplace ? e : gone());
        },
        [done] { done({}, cancelled()); });
}

void DemoConnector::history(const QString &chatId, const QString &fromMessageId,
                            Direction direction, int limit, HistoryDone done)
{
    later(
        [this, chatId, fromMessageId, direction, limit, done] {
            ConnectorError e;
            const domain::HistoryPage page =
                m_marketplace ? m_marketplace->history(m_accountId, chatId, fromMessageId,
                                                       direction == Direction::Older, limit, &e)
                              : domain::HistoryPage{};
            done(page, m_marketplace ? e : gone());
        },
        [done] { done({}, cancelled()); });
}

void DemoConnector::sendText(const QString &chatId, const QString &text, SendDone done)
{
    later(
        [this, chatId, text, done] {
            ConnectorError e = gone();
            if (m_marketplace) {
                e = {};
                m_marketplace->accept(m_accountId, chatId, text, {}, &e);
            }
            done(e);
        },
        [done] { done(cancelled()); });
}

void DemoConnector::sendFile(const QString &chatId, const QString &fileName, const QByteArray &,
                             SendDone done)
{
    later(
        [this, chatId, fileName, done] {
            ConnectorError e = gone();
            if (m_marketplace) {
                e = {};
                m_marketplace->accept(m_accountId, chatId, {}, fileName, &e);
            }
            done(e);
        },
        [done] { done(cancelled()); });
}

void DemoConnector::markRead(const QString &chatId, const QString &upToMessageId, ReadDone done)
{
    later(
        [this, chatId, upToMessageId, done] {
            ConnectorError e = gone();
            int unread = 0;
            if (m_marketplace) {
                e = {};
                unread = m_marketplace->markRead(m_accountId, chatId, upToMessageId, &e);
            }
            done(unread, e);
        },
        [done] { done(0, cancelled()); });
}

void DemoConnector::download(const QString &url, DownloadDone done)
{
    later([url, done] { done(demoFile(url), {}); }, [done] { done({}, cancelled()); });
}

} // namespace agentp::net::demo
