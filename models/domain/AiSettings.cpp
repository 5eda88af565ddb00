#include "models/domain/AiSettings.h"

#include <QCoreApplication>
#include <QUrl>

namespace agentp::domain {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("agentp::domain::AiSettings", text);
}
} // namespace

QString AiSettings::problem() const
{
    const QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
    if (baseUrl.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("The service address must be a full http(s) URL, e.g. "
                  "https://api.deepseek.com.");
    if (model.trimmed().isEmpty())
        return tr("Name the model, e.g. deepseek-flash.");
    if (historyMessages < kMinHistory || historyMessages > kMaxHistory)
        return tr("The number of messages sent must be between %1 and %2.")
            .arg(kMinHistory)
            .arg(kMaxHistory);
    if (maxPromptChars < 1000 || maxPromptChars > 200000)
        return tr("The prompt limit must be between 1,000 and 200,000 characters.");
    if (maxReplyTokens < 50 || maxReplyTokens > 8000)
        return tr("The reply limit must be between 50 and 8,000 tokens.");
    if (timeoutSeconds < 5 || timeoutSeconds > 600)
        return tr("The timeout must be between 5 and 600 seconds.");
    return {};
}

QString AiSettings::defaultPrompt()
{
    // Written in English on purpose: models follow English instructions most reliably, and the
    // prompt tells them to answer in the buyer's language.
    return QStringLiteral(
        "You are a customer support agent of the seller \"{account}\" on {marketplace}. "
        "Write the seller's next message in the chat.\n"
        "- Answer in the buyer's language (Russian unless the buyer writes in another one).\n"
        "- Be polite, concrete and short: two to four sentences.\n"
        "- Never share or ask for phone numbers, e-mail addresses, links, or messenger "
        "handles, and never invite the buyer to talk outside {marketplace}: the marketplace "
        "fines that.\n"
        "- Do not promise refunds, compensation or delivery dates you cannot confirm; explain "
        "how to arrange a return through {marketplace} instead.\n"
        "- If something is missing to answer, ask one clarifying question.\n"
        "Chat type: {chat_type}. Order: {order_number}. Product: {product}.\n"
        "Reply with the message text only, without a greeting line like \"Subject:\".");
}

} // namespace agentp::domain
