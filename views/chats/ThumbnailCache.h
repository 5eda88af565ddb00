#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>

#include <memory>

namespace agentp::views {

// Thumbnails of downloaded chat images. Painting asks thumbnail(); the first ask starts decoding
// the file on the thread pool, scaled while reading (QImageReader::setScaledSize), and ready()
// follows when it is there — so scrolling through a chat with many photos never decodes a full
// image on the GUI thread. Kept in an LRU cache of about 32 MB; a file that cannot be read is
// remembered as broken.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Loading,
        Ready,
        Broken,
    };

    explicit ThumbnailCache(QSize box, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    QSize box() const { return m_box; }
    // The thumbnail when decoded; otherwise starts loading (once) and returns a null image.
    QImage thumbnail(const QString &path, State *state = nullptr);

signals:
    void ready(const QString &path);

private:
    void store(const QString &path, const QImage &image);

    QSize m_box;
    QCache<QString, QImage> m_images;
    QSet<QString> m_loading;
    QSet<QString> m_broken;
    std::shared_ptr<ThumbnailCache *>
        m_self; // answers of the pool find the cache only while it lives
};

} // namespace agentp::views
