// Canned replies (CH-8) below the UI: variables filled or left visible (adjacent, unclosed and
// non-Latin braces), placeholder positions, fuzzy ranking (tiers, Cyrillic, ё/е, shortcut over
// title), the repository (CRUD, one-line validation problems with nothing written, shortcuts
// unique regardless of case in any script, order after moves, the notifier) and the model under
// QAbstractItemModelTester (order, roles, refresh on "canned_replies", ranked query).
#include "models/domain/CannedTemplate.h"
#include "models/domain/FuzzyMatch.h"
#include "models/items/CannedReplyModel.h"
#include "models/store/CannedReplyRepository.h"
#include "models/store/StoreNotifier.h"
#include "tests/chats/ChatFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace agentp;
using domain::CannedTemplate;
using domain::FuzzyMatch;
using domain::TemplatePlaceholder;
using models::CannedReplyModel;
using store::CannedReplyRepository;
using testing::ChatFixture;

namespace {

using Values = QHash<QString, QString>;

// "position:length:name" for each placeholder, so a data row reads like the expectation.
QStringList described(const QList<TemplatePlaceholder> &placeholders)
{
    QStringList out;
    for (const TemplatePlaceholder &p : placeholders)
        out << QStringLiteral("%1:%2:%3").arg(p.position).arg(p.length).arg(p.name);
    return out;
}

CannedReplyRepository::Reply reply(const QString &shortcut, const QString &body,
                                   const QString &title = {})
{
    CannedReplyRepository::Reply r;
    r.shortcut = shortcut;
    r.title = title;
    r.body = body;
    return r;
}

QStringList shortcuts(const QList<CannedReplyRepository::Reply> &replies)
{
    QStringList out;
    for (const auto &r : replies)
        out << r.shortcut;
    return out;
}

QStringList shortcuts(const CannedReplyModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row).data(CannedReplyModel::ShortcutRole).toString();
    return out;
}

} // namespace

class TestCannedReplies : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatFixture> m_f;

    CannedReplyRepository repository() const
    {
        return CannedReplyRepository(m_f->db(), &m_f->workspace().notifier());
    }
    qint64 add(const QString &shortcut, const QString &body, const QString &title = {})
    {
        QString problem;
        store::StoreError error;
        const qint64 id = repository().add(reply(shortcut, body, title), &problem, &error);
        if (id == 0)
            qWarning("add %s: %s %s", qPrintable(shortcut), qPrintable(problem),
                     qPrintable(error.message));
        return id;
    }
    QList<CannedReplyRepository::Reply> all() const
    {
        store::StoreError error;
        return repository().replies(&error);
    }
    int rows() const { return m_f->count(QStringLiteral("SELECT COUNT(*) FROM canned_replies")); }

private slots:
    void init()
    {
        m_f = std::make_unique<ChatFixture>();
        QVERIFY(m_f->open());
    }

    void cleanup() { m_f.reset(); }

    // --- template -------------------------------------------------------------------------

    void fill_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<Values>("values");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("left");
        const QString body = QStringLiteral("Здравствуйте, {buyer_name}! Заказ {order_number}: "
                                            "{product}.");
        const Values all{{QStringLiteral("buyer_name"), QStringLiteral("Анна")},
                         {QStringLiteral("order_number"), QStringLiteral("0123-45")},
                         {QStringLiteral("product"), QStringLiteral("Плед")}};
        QTest::newRow("all values")
            << body << all << QStringLiteral("Здравствуйте, Анна! Заказ 0123-45: Плед.")
            << QStringList();
        QTest::newRow("no values")
            << body << Values() << body
            << QStringList{QStringLiteral("14:12:buyer_name"), QStringLiteral("34:14:order_number"),
                           QStringLiteral("50:9:product")};
        QTest::newRow("empty and blank values stay")
            << body
            << Values{{QStringLiteral("buyer_name"), QStringLiteral("Анна")},
                      {QStringLiteral("order_number"), QString()},
                      {QStringLiteral("product"), QStringLiteral("  ")}}
            << QStringLiteral("Здравствуйте, Анна! Заказ {order_number}: {product}.")
            << QStringList{QStringLiteral("26:14:order_number"), QStringLiteral("42:9:product")};
        QTest::newRow("unknown stays") << QStringLiteral("Код {promo_code} для {buyer_name}") << all
                                       << QStringLiteral("Код {promo_code} для Анна")
                                       << QStringList{QStringLiteral("4:12:promo_code")};
        QTest::newRow("adjacent") << QStringLiteral("{a}{b}")
                                  << Values{{QStringLiteral("a"), QStringLiteral("1")}}
                                  << QStringLiteral("1{b}") << QStringList{QStringLiteral("1:3:b")};
        QTest::newRow("adjacent, none filled")
            << QStringLiteral("{a}{b}") << Values() << QStringLiteral("{a}{b}")
            << QStringList{QStringLiteral("0:3:a"), QStringLiteral("3:3:b")};
        QTest::newRow("lone brace")
            << QStringLiteral("{") << all << QStringLiteral("{") << QStringList();
        QTest::newRow("unclosed") << QStringLiteral("{buyer_name") << all
                                  << QStringLiteral("{buyer_name") << QStringList();
        QTest::newRow("double braces, filled")
            << QStringLiteral("{{x}}") << Values{{QStringLiteral("x"), QStringLiteral("X")}}
            << QStringLiteral("{X}") << QStringList();
        QTest::newRow("double braces, empty")
            << QStringLiteral("{{x}}") << Values() << QStringLiteral("{{x}}")
            << QStringList{QStringLiteral("1:3:x")};
        QTest::newRow("non-Latin identifier")
            << QStringLiteral("{не_латиница}") << all << QStringLiteral("{не_латиница}")
            << QStringList{QStringLiteral("0:13:не_латиница")};
        QTest::newRow("not identifiers")
            << QStringLiteral("{} { a } {1a} a}b{ {a-b}") << all
            << QStringLiteral("{} { a } {1a} a}b{ {a-b}") << QStringList();
        QTest::newRow("values are not scanned again")
            << QStringLiteral("{buyer_name} {product}")
            << Values{{QStringLiteral("buyer_name"), QStringLiteral("{product}")},
                      {QStringLiteral("product"), QStringLiteral("Плед")}}
            << QStringLiteral("{product} Плед") << QStringList();
        QTest::newRow("names are case-sensitive")
            << QStringLiteral("{Buyer_Name}") << all << QStringLiteral("{Buyer_Name}")
            << QStringList{QStringLiteral("0:12:Buyer_Name")};
    }

    void fill()
    {
        QFETCH(QString, body);
        QFETCH(Values, values);
        QFETCH(QString, text);
        QFETCH(QStringList, left);
        const domain::FilledTemplate filled = CannedTemplate::fill(body, values);
        QCOMPARE(filled.text, text);
        QCOMPARE(described(filled.placeholders), left);
        // What is listed is exactly what is in the text at that place.
        for (const TemplatePlaceholder &p : filled.placeholders)
            QCOMPARE(filled.text.mid(p.position, p.length), CannedTemplate::placeholderOf(p.name));
    }

    void placeholdersInAnyText()
    {
        QCOMPARE(
            described(CannedTemplate::placeholders(
                QStringLiteral("Привет, {buyer_name}, заказ {order_number}"))),
            (QStringList{QStringLiteral("8:12:buyer_name"), QStringLiteral("28:14:order_number")}));
        QCOMPARE(described(CannedTemplate::placeholders(QStringLiteral("{a}{b}"))),
                 (QStringList{QStringLiteral("0:3:a"), QStringLiteral("3:3:b")}));
        QCOMPARE(described(CannedTemplate::placeholders(QStringLiteral("{{x}}"))),
                 QStringList{QStringLiteral("1:3:x")});
        QVERIFY(CannedTemplate::placeholders(QStringLiteral("{ } {} { {")).isEmpty());
        QCOMPARE(CannedTemplate::variables(),
                 (QStringList{QStringLiteral("buyer_name"), QStringLiteral("order_number"),
                              QStringLiteral("product")}));
    }

    // --- fuzzy match ----------------------------------------------------------------------

    void fuzzyTiers()
    {
        const QString q = QStringLiteral("ret");
        const int exact = FuzzyMatch::score(q, QStringLiteral("ret"));
        const int prefix = FuzzyMatch::score(q, QStringLiteral("return"));
        const int wordStart = FuzzyMatch::score(q, QStringLiteral("easy_return"));
        const int camel = FuzzyMatch::score(q, QStringLiteral("easyReturn"));
        const int inside = FuzzyMatch::score(q, QStringLiteral("secret"));
        const int scattered = FuzzyMatch::score(q, QStringLiteral("rocket"));
        QVERIFY2(exact > prefix, qPrintable(QStringLiteral("%1 %2").arg(exact).arg(prefix)));
        QVERIFY(prefix > wordStart);
        QCOMPARE(camel, wordStart + 1); // the same tier, one place earlier
        QVERIFY(wordStart > inside);
        QVERIFY(inside > scattered);
        QVERIFY(scattered > 0);
        // Within a tier: a shorter candidate, an earlier match, a tighter span.
        QVERIFY(FuzzyMatch::score(q, QStringLiteral("retu")) > prefix);
        QVERIFY(FuzzyMatch::score(q, QStringLiteral("a_ret")) >
                FuzzyMatch::score(q, QStringLiteral("abcd_ret")));
        QVERIFY(FuzzyMatch::score(q, QStringLiteral("rxet")) >
                FuzzyMatch::score(q, QStringLiteral("rxxxxxxet")));
        QCOMPARE(FuzzyMatch::score(QString(), QStringLiteral("anything")), 0);
    }

    void fuzzyPrefixBeatsScattered()
    {
        QVERIFY(FuzzyMatch::score(QStringLiteral("voz"), QStringLiteral("vozvrat")) >
                FuzzyMatch::score(QStringLiteral("voz"), QStringLiteral("v_o_z")));
        QVERIFY(FuzzyMatch::score(QStringLiteral("stat"), QStringLiteral("status")) >
                FuzzyMatch::score(QStringLiteral("stat"), QStringLiteral("sxtxaxt")));
        QVERIFY(FuzzyMatch::score(QStringLiteral("stat"), QStringLiteral("sxtxaxt")) > 0);
    }

    void fuzzyCyrillicIgnoresCase()
    {
        const int lower = FuzzyMatch::score(QStringLiteral("прив"), QStringLiteral("привет"));
        QVERIFY(lower >= 4000);
        QCOMPARE(FuzzyMatch::score(QStringLiteral("ПРИВ"), QStringLiteral("привет")), lower);
        QCOMPARE(FuzzyMatch::score(QStringLiteral("прив"), QStringLiteral("ПРИВЕТ")), lower);
        // ё and е are one letter for the search, in either case.
        QCOMPARE(FuzzyMatch::score(QStringLiteral("еж"), QStringLiteral("Ёжик")),
                 FuzzyMatch::score(QStringLiteral("еж"), QStringLiteral("ежик")));
        QVERIFY(FuzzyMatch::score(QStringLiteral("Ёлка"), QStringLiteral("елка")) >= 5000);
        QVERIFY(FuzzyMatch::score(QStringLiteral("звр"), QStringLiteral("Возврат")) > 0);
    }

    void fuzzyNoMatch()
    {
        QCOMPARE(FuzzyMatch::score(QStringLiteral("xyz"), QStringLiteral("привет")),
                 FuzzyMatch::kNoMatch);
        QCOMPARE(FuzzyMatch::score(QStringLiteral("abc"), QStringLiteral("ab")),
                 FuzzyMatch::kNoMatch);
        QCOMPARE(FuzzyMatch::score(QStringLiteral("ba"), QStringLiteral("ab")),
                 FuzzyMatch::kNoMatch); // order matters
        QCOMPARE(FuzzyMatch::score(QStringLiteral("a"), QString()), FuzzyMatch::kNoMatch);
        QCOMPARE(FuzzyMatch::rankReply(QStringLiteral("q"), QStringLiteral("hello"),
                                       QStringLiteral("Привет")),
                 FuzzyMatch::kNoMatch);
    }

    void fuzzyShortcutOutranksTitle()
    {
        const QString q = QStringLiteral("ret");
        // The same match (a prefix) in the shortcut beats it in the title.
        QVERIFY(FuzzyMatch::rankReply(q, QStringLiteral("return"), QStringLiteral("Возврат")) >
                FuzzyMatch::rankReply(q, QStringLiteral("dostavka"), QStringLiteral("return")));
        // The best of the two counts: a title prefix beats a scattered shortcut.
        QVERIFY(FuzzyMatch::rankReply(q, QStringLiteral("rocket"), QStringLiteral("x")) <
                FuzzyMatch::rankReply(q, QStringLiteral("x"), QStringLiteral("Return policy")));
        QCOMPARE(FuzzyMatch::rankReply(q, QStringLiteral("x"), QStringLiteral("Return policy")),
                 FuzzyMatch::score(q, QStringLiteral("Return policy")));
    }

    // --- repository -----------------------------------------------------------------------

    void repositoryCrud()
    {
        const qint64 hello = add(QStringLiteral("  hello "), QStringLiteral(" Здравствуйте!\n"),
                                 QStringLiteral(" Приветствие "));
        const qint64 status = add(QStringLiteral("статус"), QStringLiteral("Заказ {order_number}"));
        QVERIFY(hello > 0 && status > 0);
        QList<CannedReplyRepository::Reply> replies = all();
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies.at(0).id, hello);
        QCOMPARE(replies.at(0).shortcut, QStringLiteral("hello")); // trimmed
        QCOMPARE(replies.at(0).title, QStringLiteral("Приветствие"));
        QCOMPARE(replies.at(0).body, QStringLiteral("Здравствуйте!"));
        QCOMPARE(replies.at(0).position, 0);
        QVERIFY(replies.at(0).updatedAt.isValid());
        QCOMPARE(replies.at(1).position, 1);

        store::StoreError error;
        QCOMPARE(repository().findByShortcut(QStringLiteral("HELLO"), &error)->id, hello);
        QCOMPARE(repository().findByShortcut(QStringLiteral("/Hello"), &error)->id, hello);
        QCOMPARE(repository().findByShortcut(QStringLiteral("СТАТУС"), &error)->id, status);
        QVERIFY(!repository().findByShortcut(QStringLiteral("hell"), &error));
        QVERIFY(!error.isError());

        // An update may keep its own shortcut in another case.
        CannedReplyRepository::Reply changed = replies.at(0);
        changed.shortcut = QStringLiteral("HELLO");
        changed.body = QStringLiteral("Добрый день!");
        QString problem;
        QVERIFY2(repository().update(changed, &problem, &error), qPrintable(problem));
        replies = all();
        QCOMPARE(replies.at(0).shortcut, QStringLiteral("HELLO"));
        QCOMPARE(replies.at(0).body, QStringLiteral("Добрый день!"));
        QCOMPARE(replies.at(0).position, 0);

        QVERIFY(repository().remove(hello, &error));
        QCOMPARE(shortcuts(all()), QStringList{QStringLiteral("статус")});
        changed.id = hello;
        QVERIFY(!repository().update(changed, &problem, &error));
        QCOMPARE(error.kind, store::StoreError::Kind::NotFound);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("shortcut");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("problem"); // a part of the message; empty: accepted
        const QString body = QStringLiteral("Текст");
        QTest::newRow("duplicate in other case")
            << QStringLiteral("Hello") << body << QStringLiteral("already used");
        QTest::newRow("Cyrillic duplicate in other case")
            << QStringLiteral("Привет") << body << QStringLiteral("already used");
        QTest::newRow("Cyrillic all caps")
            << QStringLiteral("ПРИВЕТ") << body << QStringLiteral("“/привет” is already used");
        QTest::newRow("space inside")
            << QStringLiteral("a b") << body << QStringLiteral("cannot contain spaces");
        QTest::newRow("tab inside")
            << QStringLiteral("a\tb") << body << QStringLiteral("cannot contain spaces");
        QTest::newRow("leading slash")
            << QStringLiteral("/new") << body << QStringLiteral("without the “/”");
        QTest::newRow("empty shortcut")
            << QStringLiteral("   ") << body << QStringLiteral("Give the reply a shortcut");
        QTest::newRow("33 characters")
            << QString(33, u'x') << body << QStringLiteral("at most 32 characters");
        QTest::newRow("32 characters") << QString(32, u'x') << body << QString();
        QTest::newRow("empty body")
            << QStringLiteral("new") << QStringLiteral(" \n ") << QStringLiteral("Write the text");
        QTest::newRow("4001 characters") << QStringLiteral("new") << QString(4001, u'я')
                                         << QStringLiteral("4001 characters, at most 4000");
        QTest::newRow("4000 characters")
            << QStringLiteral("new") << QString(4000, u'я') << QString();
        QTest::newRow("similar but distinct") << QStringLiteral("hello2") << body << QString();
    }

    void validation()
    {
        QFETCH(QString, shortcut);
        QFETCH(QString, body);
        QFETCH(QString, problem);
        QVERIFY(add(QStringLiteral("hello"), QStringLiteral("Здравствуйте!")) > 0);
        QVERIFY(add(QStringLiteral("привет"), QStringLiteral("Привет!")) > 0);
        QString refused;
        store::StoreError error;
        const qint64 id = repository().add(reply(shortcut, body), &refused, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        if (problem.isEmpty()) {
            QVERIFY2(id > 0, qPrintable(refused));
            QCOMPARE(rows(), 3);
            return;
        }
        QCOMPARE(id, 0);
        QVERIFY2(refused.contains(problem), qPrintable(refused));
        QVERIFY(!refused.contains(u'\n')); // one line, for the line under the form
        QCOMPARE(rows(), 2);               // nothing written

        // The same checks guard an update of an existing reply.
        // (A clash with "hello" is tried on "привет", any other problem on "hello".)
        const bool clashesWithHello =
            problem.contains(QLatin1String("already used")) && shortcut.startsWith(u'H');
        CannedReplyRepository::Reply existing = all().at(clashesWithHello ? 1 : 0);
        existing.shortcut = shortcut;
        existing.body = body;
        QVERIFY(!repository().update(existing, &refused, &error));
        QVERIFY2(refused.contains(problem), qPrintable(refused));
        QCOMPARE(shortcuts(all()),
                 (QStringList{QStringLiteral("hello"), QStringLiteral("привет")}));
    }

    void orderAfterMoves()
    {
        const qint64 a = add(QStringLiteral("a"), QStringLiteral("A"));
        add(QStringLiteral("b"), QStringLiteral("B"));
        const qint64 c = add(QStringLiteral("c"), QStringLiteral("C"));
        const qint64 d = add(QStringLiteral("d"), QStringLiteral("D"));
        store::StoreError error;
        QVERIFY(repository().moveBy(d, -1, &error));
        QCOMPARE(shortcuts(all()).join(QString()), QStringLiteral("abdc"));
        QVERIFY(repository().moveBy(a, -1, &error)); // already first: nothing moves
        QCOMPARE(shortcuts(all()).join(QString()), QStringLiteral("abdc"));
        QVERIFY(repository().moveBy(a, 1, &error));
        QCOMPARE(shortcuts(all()).join(QString()), QStringLiteral("badc"));
        QVERIFY(repository().move(c, 0, &error));
        QCOMPARE(shortcuts(all()).join(QString()), QStringLiteral("cbad"));
        QVERIFY(repository().moveBy(c, 10, &error));
        QCOMPARE(shortcuts(all()).join(QString()), QStringLiteral("badc"));
        QList<int> positions;
        for (const auto &r : all())
            positions << r.position;
        QCOMPARE(positions, (QList<int>{0, 1, 2, 3}));
        QVERIFY(!repository().moveBy(9999, 1, &error));
        QCOMPARE(error.kind, store::StoreError::Kind::NotFound);
        // A new reply goes last.
        add(QStringLiteral("e"), QStringLiteral("E"));
        QCOMPARE(shortcuts(all()).join(QString()), QStringLiteral("badce"));
    }

    void writesAnnounceTheTable()
    {
        QSignalSpy changed(&m_f->workspace().notifier(), &store::StoreNotifier::changed);
        const qint64 id = add(QStringLiteral("a"), QStringLiteral("A"));
        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(
            changed.at(0).at(0).value<QSet<QString>>().contains(QStringLiteral("canned_replies")));
        store::StoreError error;
        QVERIFY(repository().remove(id, &error));
        QTRY_COMPARE(changed.count(), 2);
        // A refused write announces nothing; neither does a repository without a notifier.
        QString problem;
        QCOMPARE(repository().add(reply(QString(), QStringLiteral("A")), &problem, &error), 0);
        QVERIFY(CannedReplyRepository(m_f->db()).add(
                    reply(QStringLiteral("b"), QStringLiteral("B")), &problem, &error) > 0);
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 2);
    }

    // --- model ----------------------------------------------------------------------------

    void modelListsInOrderAndRefreshes()
    {
        add(QStringLiteral("hello"), QStringLiteral("Здравствуйте, {buyer_name}!"),
            QStringLiteral("Приветствие"));
        const qint64 status = add(QStringLiteral("status"), QStringLiteral("Заказ в пути."));
        CannedReplyModel model(m_f->db(), &m_f->workspace().notifier());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shortcuts(model),
                 (QStringList{QStringLiteral("hello"), QStringLiteral("status")}));
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(CannedReplyModel::TitleRole).toString(), QStringLiteral("Приветствие"));
        QCOMPARE(first.data(CannedReplyModel::BodyRole).toString(),
                 QStringLiteral("Здравствуйте, {buyer_name}!"));
        QCOMPARE(first.data().toString(), QStringLiteral("/hello — Приветствие"));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("/status"));
        QCOMPARE(model.index(1).data(CannedReplyModel::ReplyIdRole).toLongLong(), status);
        QCOMPARE(model.rowOfReply(status), 1);
        QCOMPARE(model.replyAt(1)->shortcut, QStringLiteral("status"));
        QVERIFY(!model.replyAt(2));
        QVERIFY(model.roleNames().values().contains("shortcut"));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        store::StoreError error;
        QVERIFY(repository().moveBy(status, -1, &error));
        add(QStringLiteral("thanks"), QStringLiteral("Спасибо!"));
        QTRY_COMPARE(shortcuts(model),
                     (QStringList{QStringLiteral("status"), QStringLiteral("hello"),
                                  QStringLiteral("thanks")}));
        QCOMPARE(reset.count(), 1); // two writes, one notification, one reload
        // Other tables do not reload it.
        m_f->workspace().notifier().notify({QStringLiteral("chats")});
        QCoreApplication::processEvents();
        QCOMPARE(reset.count(), 1);
    }

    void modelQueryFiltersAndRanks()
    {
        add(QStringLiteral("hello"), QStringLiteral("Здравствуйте!"),
            QStringLiteral("Приветствие"));
        add(QStringLiteral("status"), QStringLiteral("Заказ в пути."),
            QStringLiteral("Статус заказа"));
        add(QStringLiteral("return"), QStringLiteral("Вернуть можно…"),
            QStringLiteral("Возврат и обмен"));
        add(QStringLiteral("thanks"), QStringLiteral("Спасибо!"), QStringLiteral("Благодарность"));
        CannedReplyModel model(m_f->db(), &m_f->workspace().notifier());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setQuery(QStringLiteral("t"));
        // A prefix first, then matches inside by their place; "hello" has no "t".
        QCOMPARE(shortcuts(model), (QStringList{QStringLiteral("thanks"), QStringLiteral("status"),
                                                QStringLiteral("return")}));
        int previous = INT_MAX;
        for (int row = 0; row < model.rowCount(); ++row) {
            const int score = model.index(row).data(CannedReplyModel::ScoreRole).toInt();
            QVERIFY(score <= previous);
            previous = score;
        }
        model.setQuery(QStringLiteral("/ВОЗ")); // the slash is ignored, the title matches
        QCOMPARE(shortcuts(model), QStringList{QStringLiteral("return")});
        QCOMPARE(model.query(), QStringLiteral("ВОЗ"));
        model.setQuery(QStringLiteral("stts"));
        QCOMPARE(shortcuts(model), QStringList{QStringLiteral("status")});
        model.setQuery(QStringLiteral("zzz"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 4);

        // The query survives a reload from the store.
        model.setQuery(QStringLiteral("th"));
        QCOMPARE(shortcuts(model), QStringList{QStringLiteral("thanks")});
        add(QStringLiteral("thx"), QStringLiteral("Спасибо!"));
        QTRY_COMPARE(shortcuts(model),
                     (QStringList{QStringLiteral("thx"), QStringLiteral("thanks")}));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setQuery(QStringLiteral(" th ")); // the same query: no reset
        QCOMPARE(reset.count(), 0);
        model.setQuery(QString());
        QCOMPARE(shortcuts(model), (QStringList{QStringLiteral("hello"), QStringLiteral("status"),
                                                QStringLiteral("return"), QStringLiteral("thanks"),
                                                QStringLiteral("thx")}));
    }
};

QTEST_GUILESS_MAIN(TestCannedReplies)
#include "tst_cannedreplies.moc"
