#include "views/chats/ThumbnailCache.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QThreadPool>

namespace agentp::views {

ThumbnailCache::ThumbnailCache(QSize box, QObject *parent)
    : QObject(parent)
    , m_box(box)
    , m_images(32 * 1024) // cost in KiB
    , m_self(std::make_shared<ThumbnailCache *>(this))
{}

ThumbnailCache::~ThumbnailCache() = default;

QImage ThumbnailCache::thumbnail(const QString &path, State *state)
{
    if (const QImage *image = m_images.object(path)) {
        if (state)
            *state = State::Ready;
        return *image;
    }
    if (m_broken.contains(path)) {
        if (state)
            *state = State::Broken;
        return {};
    }
    if (state)
        *state = State::Loading;
    if (m_loading.contains(path))
        return {};
    m_loading.insert(path);
    const std::weak_ptr<ThumbnailCache *> weak = m_self;
    const QSize box = m_box;
    QThreadPool::globalInstance()->start([weak, path, box] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio).boundedTo(size));
        const QImage image = reader.read();
        // Back to the GUI thread; the cache may be gone by then.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [weak, path, image] {
                if (const auto self = weak.lock())
                    (*self)->store(path, image);
            },
            Qt::QueuedConnection);
    });
    return {};
}

void ThumbnailCache::store(const QString &path, const QImage &image)
{
    m_loading.remove(path);
    if (image.isNull())
        m_broken.insert(path);
    else
        m_images.insert(path, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes() / 1024));
    emit ready(path);
}

} // namespace agentp::views
