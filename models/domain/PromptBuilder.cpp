#include "models/domain/PromptBuilder.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace agentp::domain {

namespace {

QString labelled(const PromptHistoryItem &item)
{
    if (item.senderType == QLatin1String("support"))
        return QStringLiteral("[Marketplace support] ") + item.body;
    if (item.senderType == QLatin1String("system"))
        return QStringLiteral("[Marketplace notice] ") + item.body;
    return item.body;
}

QString roleOf(const PromptHistoryItem &item)
{
    return item.senderType == QLatin1String("seller") ? QStringLiteral("assistant")
                                                      : QStringLiteral("user");
}

QString clipped(QString text, int limit)
{
    text = text.trimmed();
    if (text.size() > limit)
        text = text.left(limit) + QStringLiteral(" […]");
    return text;
}

} // namespace

QString PromptBuilder::marketplaceName(const QString &marketplace)
{
    if (marketplace == QLatin1String("ozon"))
        return QStringLiteral("Ozon");
    if (marketplace == QLatin1String("wildberries"))
        return QStringLiteral("Wildberries");
    if (marketplace == QLatin1String("yandex_market"))
        return QStringLiteral("Yandex Market");
    if (marketplace == QLatin1String("demo"))
        return QStringLiteral("the marketplace");
    return marketplace;
}

QString PromptBuilder::fillTemplate(const QString &promptTemplate, const PromptContext &context)
{
    const auto orUnknown = [](const QString &s) {
        return s.trimmed().isEmpty() ? QStringLiteral("unknown") : s.trimmed();
    };
    QString out = promptTemplate;
    out.replace(QLatin1String("{marketplace}"), marketplaceName(context.marketplace));
    out.replace(QLatin1String("{account}"), orUnknown(context.account));
    out.replace(QLatin1String("{chat_type}"), orUnknown(context.chatType));
    out.replace(QLatin1String("{order_number}"), orUnknown(context.orderNumber));
    out.replace(QLatin1String("{product}"), orUnknown(context.product));
    return out.trimmed();
}

BuiltPrompt PromptBuilder::build(const QString &promptTemplate, const PromptContext &context,
                                 const QList<PromptHistoryItem> &history,
                                 const AiSettings &settings, qint64 promptVersion)
{
    BuiltPrompt built;
    const QString system = fillTemplate(promptTemplate, context);

    // Newest first until the count or the character budget runs out; empty bodies (a lone
    // attachment) carry nothing the model can use.
    QList<PromptMessage> turns;
    qsizetype budget = settings.maxPromptChars - system.size();
    int taken = 0;
    for (qsizetype i = history.size() - 1; i >= 0; --i) {
        const PromptHistoryItem &item = history.at(i);
        const QString body = clipped(labelled(item), AiSettings::kMaxMessageChars);
        if (item.body.trimmed().isEmpty())
            continue;
        if (taken >= settings.historyMessages || body.size() > budget) {
            built.droppedMessages = int(i + 1);
            break;
        }
        budget -= body.size();
        ++taken;
        turns.prepend({roleOf(item), body});
    }
    // Consecutive turns of one side become one message: some providers reject two "user"
    // messages in a row, and it reads the same.
    QList<PromptMessage> merged;
    for (const PromptMessage &m : std::as_const(turns)) {
        if (!merged.isEmpty() && merged.last().role == m.role)
            merged.last().content += QStringLiteral("\n\n") + m.content;
        else
            merged << m;
    }
    if (merged.isEmpty() || merged.last().role == QLatin1String("assistant"))
        merged << PromptMessage{QStringLiteral("user"),
                                merged.isEmpty()
                                    ? QStringLiteral("[Instruction] The chat is empty. Write a "
                                                     "short, friendly first message to the buyer.")
                                    : QStringLiteral("[Instruction] The buyer has not answered "
                                                     "yet. Write the seller's follow-up message.")};
    built.messages << PromptMessage{QStringLiteral("system"), system};
    built.messages << merged;

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(settings.model.trimmed().toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(QByteArray::number(promptVersion));
    hash.addData(QByteArrayView("\x1f"));
    hash.addData(QByteArray::number(settings.maxReplyTokens));
    hash.addData(QByteArrayView(settings.thinking ? "\x1fT" : "\x1f"));
    hash.addData(built.toJson());
    built.contextHash = QString::fromLatin1(hash.result().toHex());
    return built;
}

QByteArray BuiltPrompt::toJson() const
{
    QJsonArray array;
    for (const PromptMessage &m : messages)
        array.append(
            QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<PromptMessage> BuiltPrompt::fromJson(const QByteArray &json, bool *ok)
{
    QList<PromptMessage> out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isArray() && !doc.array().isEmpty();
    if (!*ok)
        return out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QLatin1String("role")).isString() ||
            !o.value(QLatin1String("content")).isString()) {
            *ok = false;
            return {};
        }
        out << PromptMessage{o.value(QLatin1String("role")).toString(),
                             o.value(QLatin1String("content")).toString()};
    }
    return out;
}

} // namespace agentp::domain
