// Message text of Ozon chats: `data[]` is Markdown; pictures arrive as image links to
// /v2/chat/file/…, files as ordinary links to the same place. They become attachments so the
// bubble shows text and thumbnails, not raw Markdown.
#include "net/ozon/OzonJson.h"

#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrl>

namespace agentp::net::OzonJson {

namespace {

domain::RemoteAttachment attachmentFor(const QString &url, const QString &label,
                                       domain::RemoteAttachment::Kind kind)
{
    domain::RemoteAttachment a;
    a.kind = kind;
    a.url = url;
    a.name = label.trimmed();
    if (a.name.isEmpty())
        a.name = QUrl::fromPercentEncoding(QUrl(url).fileName(QUrl::FullyEncoded).toUtf8());
    if (a.name.isEmpty())
        a.name = kind == domain::RemoteAttachment::Kind::Image ? QStringLiteral("image")
                                                               : QStringLiteral("file");
    static const QMimeDatabase mimes;
    const QMimeType type = mimes.mimeTypeForFile(a.name, QMimeDatabase::MatchExtension);
    if (type.isValid() && !type.isDefault())
        a.mimeType = type.name();
    return a;
}

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
           s.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

} // namespace

void splitMarkdown(const QStringList &data, bool isImage, QString *body,
                   QList<domain::RemoteAttachment> *attachments)
{
    // ![alt](url "title") and [name](…/chat/file/…); the URL may be wrapped in <>.
    static const QRegularExpression image(
        QStringLiteral("!\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)"));
    static const QRegularExpression fileLink(QStringLiteral(
        "\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]*/chat/file/[^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)"));

    QStringList kept;
    for (QString line : data) {
        // Both link forms contain "](": most lines are plain text and skip the expressions.
        if (!line.contains(QLatin1String("]("))) {
            kept << line;
            continue;
        }
        bool changed = false;
        for (auto it = image.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            attachments->append(
                attachmentFor(m.captured(2), m.captured(1), domain::RemoteAttachment::Kind::Image));
            changed = true;
        }
        line.remove(image);
        for (auto it = fileLink.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            attachments->append(
                attachmentFor(m.captured(2), m.captured(1), domain::RemoteAttachment::Kind::File));
            changed = true;
        }
        line.remove(fileLink);
        // A line that only held a link leaves nothing behind; other text stays as written.
        if (changed && line.trimmed().isEmpty())
            continue;
        kept << line;
    }
    // An image message whose data is a bare URL.
    if (isImage && attachments->isEmpty()) {
        for (qsizetype i = 0; i < kept.size(); ++i) {
            if (looksLikeUrl(kept[i].trimmed()) && !kept[i].trimmed().contains(QLatin1Char(' '))) {
                attachments->append(
                    attachmentFor(kept[i].trimmed(), {}, domain::RemoteAttachment::Kind::Image));
                kept.removeAt(i--);
            }
        }
    }
    *body = kept.join(QLatin1Char('\n'));
}

} // namespace agentp::net::OzonJson
