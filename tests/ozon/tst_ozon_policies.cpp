// Retry and budget policies and the reading of Ozon error answers: which failures are
// retried, after how long (Retry-After honoured), and how many requests the bucket lets out.
#include "net/http/RequestBudget.h"
#include "net/http/RetryPolicy.h"
#include "net/ozon/OzonJson.h"

#include <QTest>
#include <QTimeZone>

using namespace agentp::net;
using Kind = ConnectorError::Kind;

Q_DECLARE_METATYPE(agentp::net::ConnectorError::Kind)

namespace {

ConnectorError error(Kind kind, QDateTime retryAt = {})
{
    ConnectorError e;
    e.kind = kind;
    e.retryAt = retryAt;
    return e;
}

HttpResult answer(int status, QByteArray body, QByteArray retryAfter = {})
{
    HttpResult r;
    r.status = status;
    r.body = std::move(body);
    if (!retryAfter.isEmpty())
        r.headers.append({QByteArrayLiteral("retry-after"), retryAfter});
    return r;
}

} // namespace

class TestOzonPolicies : public QObject
{
    Q_OBJECT

    RetryPolicy policy(double random = 0.5) const
    {
        RetryPolicy p;
        p.maxRetries = 3;
        p.baseDelayMs = 1000;
        p.maxBackoffMs = 30000;
        p.random = [random] {
            return random;
        };
        return p;
    }

private slots:
    void retryAfterForms()
    {
        const QDateTime now(QDate(2025, 5, 19), QTime(10, 0), QTimeZone::utc());
        QCOMPARE(RetryPolicy::parseRetryAfter("2", now), now.addSecs(2));
        QCOMPARE(RetryPolicy::parseRetryAfter(" 0 ", now), now);
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now),
                 QDateTime(QDate(2015, 10, 21), QTime(7, 28), QTimeZone::utc()));
        QVERIFY(!RetryPolicy::parseRetryAfter("-1", now).isValid());
        QVERIFY(!RetryPolicy::parseRetryAfter("soon", now).isValid());
        QVERIFY(!RetryPolicy::parseRetryAfter("", now).isValid());
    }

    void rateLimitHonoursRetryAfter()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        RetryPolicy::Attempt attempt;
        // Even with the largest jitter draw it is never sooner than asked.
        for (double r : {0.0, 0.5, 0.999}) {
            RetryPolicy::Attempt a;
            const qint64 d =
                policy(r).nextDelay(error(Kind::RateLimited, now.addSecs(2)), true, false, a, now);
            QVERIFY2(d >= 2000 && d <= 2300, qPrintable(QString::number(d)));
        }
        // Beyond the total backoff allowance: give up at once, retryAt stays for the caller.
        QCOMPARE(policy().nextDelay(error(Kind::RateLimited, now.addSecs(3600)), true, false,
                                    attempt, now),
                 -1);
    }

    void retryAfterZeroStillBacksOff()
    {
        const RetryPolicy p = policy(0.5);
        RetryPolicy::Attempt attempt;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<qint64> delays;
        for (qint64 d;
             (d = p.nextDelay(error(Kind::RateLimited, now), true, false, attempt, now)) >= 0;)
            delays << d;
        QCOMPARE(delays, (QList<qint64>{1000, 2000, 4000, 8000}));
    }

    void rateLimitBacksOffExponentiallyUntilTheAllowance()
    {
        const RetryPolicy p = policy(0.5); // jitter factor exactly 1.0
        RetryPolicy::Attempt attempt;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<qint64> delays;
        for (;;) {
            const qint64 d = p.nextDelay(error(Kind::RateLimited), false, false, attempt, now);
            if (d < 0)
                break;
            delays << d;
        }
        // 1+2+4+8 = 15 s; the next 16 s would exceed 30 s in total. Sends are retried too:
        // a 429 means the request was refused, not carried out.
        QCOMPARE(delays, (QList<qint64>{1000, 2000, 4000, 8000}));
    }

    void jitterSpreadsDelays()
    {
        RetryPolicy::Attempt a;
        RetryPolicy::Attempt b;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 low = policy(0.0).nextDelay(error(Kind::Server), true, false, a, now);
        const qint64 high = policy(0.999).nextDelay(error(Kind::Server), true, false, b, now);
        QCOMPARE(low, 750);
        QVERIFY(high > 1240 && high <= 1250);
    }

    void transientFailuresAreBounded_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("server") << Kind::Server;
        QTest::newRow("timeout") << Kind::Timeout;
        QTest::newRow("network") << Kind::Network;
    }
    void transientFailuresAreBounded()
    {
        QFETCH(Kind, kind);
        const RetryPolicy p = policy();
        RetryPolicy::Attempt attempt;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int retries = 0;
        while (p.nextDelay(error(kind), true, false, attempt, now) >= 0)
            ++retries;
        QCOMPARE(retries, 3);
    }

    void lostSendsAreNotRepeated()
    {
        const RetryPolicy p = policy();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (Kind kind : {Kind::Server, Kind::Timeout, Kind::Network}) {
            RetryPolicy::Attempt attempt;
            QCOMPARE(p.nextDelay(error(kind), false, false, attempt, now), -1);
        }
        // Refused before anything was sent: safe to try again.
        RetryPolicy::Attempt attempt;
        QVERIFY(p.nextDelay(error(Kind::Network), false, true, attempt, now) > 0);
    }

    void permanentFailuresAreNeverRetried_data()
    {
        QTest::addColumn<Kind>("kind");
        for (Kind k : {Kind::Auth, Kind::Forbidden, Kind::NotFound, Kind::BadRequest,
                       Kind::Malformed, Kind::Tls, Kind::Cancelled})
            QTest::newRow(QByteArray::number(int(k)).constData()) << k;
    }
    void permanentFailuresAreNeverRetried()
    {
        QFETCH(Kind, kind);
        RetryPolicy::Attempt attempt;
        QCOMPARE(
            policy().nextDelay(error(kind), true, true, attempt, QDateTime::currentDateTimeUtc()),
            -1);
    }

    void errorAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("401")
            << 401
            << QByteArrayLiteral(
                   R"({"code":16,"message":"Client-Id and Api-Key headers are required","details":[]})")
            << Kind::Auth << 16 << QStringLiteral("Api-Key");
        QTest::newRow("400 code 16") << 400 << QByteArrayLiteral(R"({"code":16,"message":"x"})")
                                     << Kind::Auth << 16 << QStringLiteral("Api-Key");
        QTest::newRow("403") << 403 << QByteArrayLiteral(R"({"code":7,"message":"denied"})")
                             << Kind::Forbidden << 7 << QStringLiteral("Premium");
        QTest::newRow("403 window")
            << 403 << QByteArrayLiteral(R"({"code":7,"message":"access period has expired"})")
            << Kind::Forbidden << 7 << QStringLiteral("expired");
        QTest::newRow("404") << 404 << QByteArrayLiteral(R"({"code":5,"message":"Not Found"})")
                             << Kind::NotFound << 5 << QStringLiteral("404");
        QTest::newRow("400") << 400
                             << QByteArrayLiteral(
                                    R"({"code":3,"message":"limit must be between 1 and 100"})")
                             << Kind::BadRequest << 3 << QStringLiteral("limit must be");
        QTest::newRow("409") << 409 << QByteArrayLiteral(R"({"code":6,"message":"conflict"})")
                             << Kind::BadRequest << 6 << QStringLiteral("conflict");
        QTest::newRow("422 no body")
            << 422 << QByteArray() << Kind::BadRequest << 0 << QStringLiteral("422");
        QTest::newRow("429") << 429 << QByteArrayLiteral(R"({"code":8,"message":"rate"})")
                             << Kind::RateLimited << 8 << QString();
        QTest::newRow("500") << 500 << QByteArrayLiteral(R"({"code":13,"message":"internal"})")
                             << Kind::Server << 13 << QStringLiteral("500");
        QTest::newRow("502 html") << 502
                                  << QByteArrayLiteral(
                                         "<html><head><title>502 Bad Gateway</title></head></html>")
                                  << Kind::Server << 0 << QStringLiteral("502");
        QTest::newRow("302") << 302 << QByteArray() << Kind::Malformed << 0 << QString();
    }
    void errorAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const ConnectorError e = OzonJson::classifyError(answer(status, body));
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.remoteCode, code);
        QVERIFY(!e.message.isEmpty());
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
        QVERIFY(e.detail.startsWith(QStringLiteral("HTTP %1").arg(status)));
    }

    void errorAnswerHtmlDetail()
    {
        const ConnectorError e = OzonJson::classifyError(
            answer(502, "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>"));
        QVERIFY2(e.detail.contains(QLatin1String("HTML page: 502 Bad Gateway")),
                 qPrintable(e.detail));
    }

    void rateLimitAnswerCarriesRetryAt()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const ConnectorError e =
            OzonJson::classifyError(answer(429, R"({"code":8})", QByteArrayLiteral("7")));
        QCOMPARE(e.kind, Kind::RateLimited);
        QVERIFY(e.retryAt >= before.addSecs(7));
        QVERIFY(e.retryAt <= QDateTime::currentDateTimeUtc().addSecs(7));
    }

    void budgetGrantsNoMoreThanItAllows()
    {
        RequestBudget budget(2.0, 1);
        qint64 now = 0;
        budget.setClock([&now] { return now; });
        int granted = 0;
        for (int i = 0; i < 5; ++i)
            budget.acquire([&granted] { ++granted; });
        QCOMPARE(granted, 0); // never inside acquire()
        QTRY_COMPARE(granted, 1);
        QCOMPARE(budget.waiting(), 4);
        now += 500; // half a second at 2/s: one more token
        QTRY_COMPARE(granted, 2);
        QCOMPARE(budget.waiting(), 3);
        now += 10000; // a long pause saves up at most `burst` tokens
        QTRY_COMPARE(granted, 3);
        QCOMPARE(budget.waiting(), 2);
        QCOMPARE(budget.granted(), 3);
    }

    void budgetBurstAndCancel()
    {
        RequestBudget budget(1.0, 3);
        qint64 now = 0;
        budget.setClock([&now] { return now; });
        QStringList order;
        budget.acquire([&] { order << QStringLiteral("a"); });
        const quint64 b = budget.acquire([&] { order << QStringLiteral("b"); });
        budget.acquire([&] { order << QStringLiteral("c"); });
        budget.acquire([&] { order << QStringLiteral("d"); });
        budget.cancel(b);
        QTRY_COMPARE(order.size(), 3);
        QCOMPARE(order,
                 (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(budget.waiting(), 0);
        budget.acquire([&] { order << QStringLiteral("e"); });
        budget.cancelAll();
        now += 5000;
        QCOMPARE(budget.waiting(), 0);
        QCOMPARE(budget.granted(), 3);
    }
};

QTEST_GUILESS_MAIN(TestOzonPolicies)
#include "tst_ozon_policies.moc"
