#include "net/demo/DemoDraftWriter.h"

#include <QRegularExpression>
#include <QTimer>

namespace agentp::net::demo {

namespace {

constexpr int kWordMs = 35;

struct Pattern
{
    const char *keywords; // a regular expression over the buyer's words
    const char *reply;
};

// Matched in order against the buyer's newest message; the last one always matches.
const Pattern kPatterns[] = {
    {"достав|курьер|привез|когда.*(придет|будет)|трек|отслежива",
     "Здравствуйте! Спасибо, что написали. Заказ передан в доставку маркетплейса, статус и "
     "ожидаемую дату видно в разделе «Заказы». Если дата пройдёт, а посылки не будет, напишите "
     "нам здесь — мы сразу проверим её вместе с поддержкой площадки."},
    {"возврат|вернуть|верну|обмен|деньги",
     "Здравствуйте! Вернуть товар можно в течение срока возврата через раздел «Заказы» → "
     "«Вернуть товар»: выберите причину и удобный пункт выдачи. Деньги вернутся на карту после "
     "того, как товар поступит на склад. Если что-то не получается, напишите — подскажем."},
    {"размер|мал|велик|рост|сел[аио]?\\b|длин",
     "Здравствуйте! Подскажите, пожалуйста, ваш обычный размер и параметры (рост, обхват), и мы "
     "посоветуем подходящий вариант по нашей размерной сетке из карточки товара."},
    {"брак|слом|не работ|царапин|дефект|порван|трещин",
     "Здравствуйте! Очень жаль, что так вышло. Пришлите, пожалуйста, здесь фото дефекта и "
     "упаковки — мы всё проверим и поможем оформить возврат или замену через маркетплейс."},
    {"спасибо|благодар|отлично|супер",
     "Спасибо за тёплые слова! Рады, что всё понравилось. Будем благодарны за отзыв на странице "
     "товара — он помогает другим покупателям."},
    {".*", "Здравствуйте! Спасибо за вопрос. Уточните, пожалуйста, номер заказа и что именно "
           "интересует — мы ответим как можно скорее."},
};

} // namespace

struct DemoDraftWriter::Stream
{
    QStringList words;
    int next = 0;
    QString text;
    QTimer *timer = nullptr;
    llm::LlmClient::Delta onDelta;
    llm::LlmClient::Done done;
    QString model;
};

DemoDraftWriter::DemoDraftWriter(QObject *parent)
    : QObject(parent)
{}

DemoDraftWriter::~DemoDraftWriter()
{
    for (Stream *s : std::as_const(m_streams))
        delete s;
}

QString DemoDraftWriter::replyFor(const QList<llm::LlmMessage> &messages)
{
    QString buyer;
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->role == QLatin1String("user") && !it->content.startsWith(QLatin1Char('['))) {
            buyer = it->content.toLower();
            break;
        }
    }
    for (const Pattern &p : kPatterns) {
        const QRegularExpression re(QString::fromUtf8(p.keywords),
                                    QRegularExpression::UseUnicodePropertiesOption);
        if (re.match(buyer).hasMatch())
            return QString::fromUtf8(p.reply);
    }
    return {};
}

quint64 DemoDraftWriter::complete(const llm::LlmConfig &config,
                                  const QList<llm::LlmMessage> &messages,
                                  llm::LlmClient::Delta onDelta, llm::LlmClient::Done done)
{
    const quint64 id = m_nextId++;
    auto *s = new Stream;
    // Words keep their trailing space so the fragments join back into the exact text.
    const QString reply = replyFor(messages);
    static const QRegularExpression word(QStringLiteral("\\S+\\s*"));
    for (auto it = word.globalMatch(reply); it.hasNext();)
        s->words << it.next().captured(0);
    s->onDelta = std::move(onDelta);
    s->done = std::move(done);
    s->model = config.model;
    s->timer = new QTimer(this);
    s->timer->setInterval(kWordMs);
    connect(s->timer, &QTimer::timeout, this, [this, id] { step(id); });
    s->timer->start();
    m_streams.insert(id, s);
    return id;
}

void DemoDraftWriter::step(quint64 id)
{
    Stream *s = m_streams.value(id);
    if (!s)
        return;
    if (s->next < s->words.size()) {
        const QString fragment = s->words.at(s->next++);
        s->text += fragment;
        s->onDelta(fragment);
        return;
    }
    m_streams.remove(id);
    s->timer->deleteLater();
    llm::LlmResult result;
    result.text = s->text;
    result.finishReason = QStringLiteral("stop");
    result.model = s->model;
    auto done = std::move(s->done);
    delete s;
    done(result);
}

void DemoDraftWriter::cancel(quint64 id)
{
    Stream *s = m_streams.take(id);
    if (!s)
        return;
    s->timer->deleteLater();
    llm::LlmResult result;
    result.text = s->text;
    result.error.kind = llm::LlmError::Kind::Cancelled;
    result.error.message = tr("The draft was stopped.");
    auto done = std::move(s->done);
    delete s;
    // Later, as the real client answers: the caller may be inside its own delta handler.
    QTimer::singleShot(0, this, [done, result] { done(result); });
}

} // namespace agentp::net::demo
