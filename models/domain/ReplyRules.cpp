#include "models/domain/ReplyRules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace agentp::domain {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::domain::ReplyRules", text);
}

bool isNotificationChannel(const QString &chatType)
{
    return chatType.startsWith(QLatin1String("SELLER_API_")) ||
           chatType.startsWith(QLatin1String("SELLER_NOTIFICATION"));
}

} // namespace

ReplyRules::ReplyRules(const QString &marketplace)
    : m_marketplace(marketplace)
{}

ReplyWindow ReplyRules::window(const QString &chatType, const QString &status,
                               const QDateTime &lastBuyerMessageAt, const QDateTime &now) const
{
    ReplyWindow w;
    if (status.compare(QLatin1String("CLOSED"), Qt::CaseInsensitive) == 0) {
        w.allowed = false;
        w.reason = tr("The chat is closed; the marketplace accepts no replies in it.");
        return w;
    }
    if (isNotificationChannel(chatType)) {
        w.allowed = false;
        w.reason = tr("This is a notification channel; it cannot be answered.");
        return w;
    }
    if (!chatType.startsWith(QLatin1String("BUYER_SELLER")))
        return w; // support chats and unknown types: let the marketplace decide
    // Both Ozon and the demo marketplace follow Ozon's 48-hour rule for buyer chats.
    constexpr qint64 windowSecs = 48 * 3600;
    if (!lastBuyerMessageAt.isValid())
        return w; // the seller started the chat (FBS): the marketplace decides
    w.closesAt = lastBuyerMessageAt.addSecs(windowSecs);
    if (now >= w.closesAt) {
        w.allowed = false;
        w.reason = tr("The 48-hour reply window closed on %1; the buyer has to write first.")
                       .arg(QLocale().toString(w.closesAt.toLocalTime(), QLocale::ShortFormat));
    }
    return w;
}

AttachmentRules ReplyRules::attachments() const
{
    // Ozon publishes no limits for /v1/chat/send/file; what its web cabinet accepts is images
    // and PDF up to 10 MB, and the body grows by a third in base64.
    AttachmentRules r;
    r.maxBytes = 10 * 1024 * 1024;
    r.allowedSuffixes = {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                         QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("pdf")};
    return r;
}

int ReplyRules::maxTextLength() const
{
    return 1000; // Ozon: plain text of 1–1000 characters
}

QString ReplyRules::checkText(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return tr("The reply is empty.");
    if (text.size() > maxTextLength())
        return tr("The reply has %1 characters; the marketplace accepts at most %2.")
            .arg(text.size())
            .arg(maxTextLength());
    return {};
}

QString ReplyRules::checkFile(const QString &fileName, qint64 sizeBytes) const
{
    const AttachmentRules r = attachments();
    if (!r.allowed)
        return tr("This marketplace does not accept files in chats.");
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (!r.allowedSuffixes.isEmpty() && !r.allowedSuffixes.contains(suffix))
        return tr("“%1” cannot be sent: allowed are %2.")
            .arg(QFileInfo(fileName).fileName(), r.allowedSuffixes.join(QStringLiteral(", ")));
    if (sizeBytes <= 0)
        return tr("“%1” is empty.").arg(QFileInfo(fileName).fileName());
    if (sizeBytes > r.maxBytes)
        return tr("“%1” is %2; the limit is %3.")
            .arg(QFileInfo(fileName).fileName(), QLocale().formattedDataSize(sizeBytes),
                 QLocale().formattedDataSize(r.maxBytes));
    return {};
}

} // namespace agentp::domain
