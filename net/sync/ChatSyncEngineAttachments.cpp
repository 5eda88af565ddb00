// Attachment downloads of ChatSyncEngine: a picture or file of a pulled message is fetched only
// when a bubble shows it (or the user asks), with the account's connector (Ozon's file URLs need
// the seller's credentials), and kept next to the workspace so it opens offline later.
#include "net/sync/ChatSyncEngine.h"

#include "models/LogCategories.h"
#include "models/store/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace agentp::net {

namespace {

// A name from a marketplace becomes part of a local path: nothing that could leave the folder or
// upset a file system survives.
QString safeFileName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const bool bad = c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c);
        out += bad ? QLatin1Char('_') : c;
    }
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    out = out.left(120);
    return out.isEmpty() ? QStringLiteral("file") : out;
}

} // namespace

void ChatSyncEngine::downloadAttachment(qint64 attachmentId)
{
    if (!m_db || attachmentId <= 0 || m_downloading.contains(attachmentId))
        return;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT a.url, a.name, a.local_path, c.account_id FROM attachments a"
                             " JOIN chat_messages m ON m.id = a.message_id"
                             " JOIN chats c ON c.id = m.chat_id WHERE a.id = ?"));
    q.addBindValue(attachmentId);
    if (!q.exec() || !q.next()) {
        if (q.lastError().isValid())
            qCWarning(lcNet) << "attachment" << attachmentId << q.lastError().text();
        return;
    }
    const QString url = q.value(0).toString();
    const QString name = q.value(1).toString();
    const QString localPath = q.value(2).toString();
    const qint64 accountId = q.value(3).toLongLong();
    if (!localPath.isEmpty() && QFileInfo::exists(localPath))
        return; // already here (a sent file keeps its queued copy)
    if (url.isEmpty()) {
        emit attachmentFailed(attachmentId,
                              tr("“%1” has no address to download it from.").arg(name));
        return;
    }
    m_downloading.insert(attachmentId);
    QPointer<ChatSyncEngine> self(this);
    withConnector(accountId, [self, attachmentId, url, name](MarketplaceConnector *connector,
                                                             const QString &problem) {
        if (!self)
            return;
        if (!connector) {
            self->m_downloading.remove(attachmentId);
            emit self->attachmentFailed(attachmentId, problem);
            return;
        }
        connector->download(url, [self, attachmentId, name](const QByteArray &content,
                                                            const ConnectorError &error) {
            if (!self)
                return;
            self->m_downloading.remove(attachmentId);
            if (error.isError()) {
                if (error.kind != ConnectorError::Kind::Cancelled)
                    emit self->attachmentFailed(
                        attachmentId, tr("Cannot download “%1”: %2").arg(name, error.message));
                return;
            }
            self->saveAttachment(attachmentId, name, content);
        });
    });
}

void ChatSyncEngine::saveAttachment(qint64 attachmentId, const QString &name,
                                    const QByteArray &content)
{
    if (!m_db)
        return;
    const QString folder = m_path + QStringLiteral(".files/attachments");
    // The id keeps two files of the same name apart.
    const QString path =
        QDir(folder).filePath(QStringLiteral("%1-%2").arg(attachmentId).arg(safeFileName(name)));
    QSaveFile file(path);
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) ||
        file.write(content) != content.size() || !file.commit()) {
        emit attachmentFailed(
            attachmentId, tr("Cannot save “%1” to %2: %3").arg(name, folder, file.errorString()));
        return;
    }
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE attachments SET local_path = ?,"
                             " size_bytes = COALESCE(size_bytes, ?) WHERE id = ?"));
    q.addBindValue(path);
    q.addBindValue(qint64(content.size()));
    q.addBindValue(attachmentId);
    if (!q.exec()) {
        QFile::remove(path);
        emit attachmentFailed(
            attachmentId,
            tr("Cannot record the download of “%1”: %2").arg(name, q.lastError().text()));
        return;
    }
    announce({QStringLiteral("attachments")});
}

} // namespace agentp::net
