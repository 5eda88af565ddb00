#include "models/domain/MarketplaceTypes.h"

namespace agentp::domain {

QString senderTypeName(SenderType type)
{
    switch (type) {
    case SenderType::Buyer:
        return QStringLiteral("buyer");
    case SenderType::Seller:
        return QStringLiteral("seller");
    case SenderType::Support:
        return QStringLiteral("support");
    case SenderType::System:
        break;
    }
    return QStringLiteral("system");
}

SenderType senderTypeFromName(const QString &name)
{
    if (name == QLatin1String("buyer"))
        return SenderType::Buyer;
    if (name == QLatin1String("seller"))
        return SenderType::Seller;
    if (name == QLatin1String("support"))
        return SenderType::Support;
    return SenderType::System;
}

QString chatPreview(const QString &text)
{
    QString preview = text.left(120);
    preview.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return preview;
}

} // namespace agentp::domain
