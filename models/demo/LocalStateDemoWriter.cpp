#include "models/demo/LocalStateDemoWriter.h"

#include "models/demo/BulkInserter.h"
#include "models/demo/DemoContext.h"
#include "models/demo/DemoJson.h"
#include "models/demo/DemoTime.h"

#include <QSqlError>
#include <QSqlQuery>

namespace agentp::demo {

QString LocalStateDemoWriter::businessHoursCalendar(int year)
{
    // Split shift with a lunch break on weekdays, a short Friday and Saturday, Sunday off;
    // holidays are the Russian public holidays of the anchor's year and the next New Year break.
    const QString weekday = QStringLiteral(R"([["09:00","13:00"],["14:00","18:00"]])");
    QStringList holidays;
    auto add = [&holidays](int y, int m, int d) {
        holidays.append(DemoTime::date(DemoTime::dayFromCivil(y, m, d)));
    };
    for (int d = 1; d <= 8; ++d)
        add(year, 1, d);
    add(year, 2, 23);
    add(year, 3, 8);
    add(year, 5, 1);
    add(year, 5, 9);
    add(year, 6, 12);
    add(year, 11, 4);
    add(year, 12, 31);
    for (int d = 1; d <= 8; ++d)
        add(year + 1, 1, d);
    const QString weekly =
        DemoJson()
            .raw(u"mon", weekday)
            .raw(u"tue", weekday)
            .raw(u"wed", weekday)
            .raw(u"thu", weekday)
            .raw(u"fri", QStringLiteral(R"([["09:00","13:00"],["14:00","17:00"]])"))
            .raw(u"sat", QStringLiteral(R"([["10:00","15:00"]])"))
            .raw(u"sun", QStringLiteral("[]"))
            .toString();
    return DemoJson()
        .text(u"timezone", QStringLiteral("Europe/Moscow"))
        .raw(u"weekly", weekly)
        .list(u"holidays", holidays)
        .toString();
}

bool LocalStateDemoWriter::write(DemoContext &context, store::StoreError *error)
{
    BulkInserter meta(context.db, QStringLiteral("workspace_meta"),
                      {QStringLiteral("key"), QStringLiteral("value")}, context.progress);
    const QString anchor = DemoTime::iso(context.anchorMs);
    meta.row(QStringLiteral("kind"), QStringLiteral("demo"));
    meta.row(QStringLiteral("name"), QStringLiteral("Демо: салоны и маркетплейсы"));
    meta.row(QStringLiteral("created_at"), anchor);
    meta.row(QStringLiteral("demo_seed"), QString::number(context.seed));
    meta.row(QStringLiteral("demo_scale"), QString::number(context.scale));
    meta.row(QStringLiteral("demo_anchor"), anchor);

    BulkInserter cursors(context.db, QStringLiteral("sync_cursors"),
                         {QStringLiteral("source"), QStringLiteral("scope"),
                          QStringLiteral("cursor"), QStringLiteral("synced_at")},
                         context.progress);
    DemoRandom random = context.stream(StreamLocalState);
    // The last successful sync ran a few minutes before "now".
    auto syncedAt = [&] {
        return DemoTime::iso(context.anchorMs - random.between(60, 600) * 1000LL);
    };
    for (const DemoAccountRef &account : context.accounts)
        cursors.row(account.marketplace, QString::number(account.id), account.cursor, syncedAt());
    for (const DemoTenantRef &tenant : context.tenants)
        cursors.row(QStringLiteral("supabase"), tenant.id, tenant.lastUpdatedAt, syncedAt());

    // The schema seeds a plain default rule; the demo brings its own set (with its default).
    QSqlQuery clear(context.db);
    if (!clear.exec(QStringLiteral("DELETE FROM sla_rules"))) {
        *error = store::StoreError::make(store::StoreError::Kind::Query, clear.lastError().text());
        return false;
    }
    BulkInserter rules(context.db, QStringLiteral("sla_rules"),
                       {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("scope_kind"),
                        QStringLiteral("scope_value"), QStringLiteral("first_response_minutes"),
                        QStringLiteral("next_response_minutes"), QStringLiteral("warning_minutes"),
                        QStringLiteral("calendar"), QStringLiteral("is_default"),
                        QStringLiteral("position")},
                       context.progress);
    rules.row(1, QStringLiteral("Все чаты, круглосуточно"), QStringLiteral("all"),
              QStringLiteral(""), 60, 120, 15, QStringLiteral(R"({"always":true})"), 1, 0);
    rules.row(2, QStringLiteral("Ozon: рабочие часы"), QStringLiteral("marketplace"),
              QStringLiteral("ozon"), 30, 60, 10,
              businessHoursCalendar(DemoTime::year(context.anchorDay)), 0, 1);
    // Two saved views, so the sidebar shows what views are for.
    BulkInserter views(
        context.db, QStringLiteral("saved_filters"),
        {QStringLiteral("name"), QStringLiteral("definition"), QStringLiteral("position")},
        context.progress);
    views.row(QStringLiteral("Срочные Ozon"),
              QStringLiteral(R"({"marketplace":"ozon","urgent":true,"sort":"urgency"})"), 0);
    views.row(
        QStringLiteral("Без ответа WB"),
        QStringLiteral(R"({"marketplace":"wildberries","unanswered":true,"sort":"activity"})"), 1);
    // Canned replies a marketplace support agent really keeps, every variable in use, so "/" in
    // the composer has something to offer and fill.
    BulkInserter canned(context.db, QStringLiteral("canned_replies"),
                        {QStringLiteral("shortcut"), QStringLiteral("title"),
                         QStringLiteral("body"), QStringLiteral("position"),
                         QStringLiteral("updated_at")},
                        context.progress);
    canned.row(QStringLiteral("привет"), QStringLiteral("Приветствие"),
               QStringLiteral("Здравствуйте, {buyer_name}! Спасибо, что написали нам. "
                              "Сейчас всё проверю и вернусь с ответом."),
               0, anchor);
    canned.row(QStringLiteral("статус"), QStringLiteral("Статус заказа"),
               QStringLiteral("{buyer_name}, заказ {order_number} передан в доставку. "
                              "Отследить его можно в личном кабинете, в разделе «Заказы»."),
               1, anchor);
    canned.row(QStringLiteral("уход"), QStringLiteral("Уход за товаром"),
               QStringLiteral("Как пользоваться товаром «{product}» и хранить его, написано "
                              "на упаковке и в карточке товара, в разделе «Описание». Если "
                              "что-то осталось непонятным, напишите — подскажем."),
               2, anchor);
    canned.row(QStringLiteral("возврат"), QStringLiteral("Возврат и обмен"),
               QStringLiteral("Вернуть товар можно в течение 14 дней после получения, если "
                              "сохранены вид и ярлыки. Оформите возврат заказа {order_number} "
                              "в личном кабинете маркетплейса — деньги вернутся тем же "
                              "способом, которым вы платили."),
               3, anchor);
    canned.row(QStringLiteral("задержка"), QStringLiteral("Задержка доставки"),
               QStringLiteral("{buyer_name}, приносим извинения: доставка заказа "
                              "{order_number} задерживается на 1–2 дня. Мы следим за ним и "
                              "сообщим, как только он прибудет в пункт выдачи."),
               4, anchor);
    canned.row(QStringLiteral("спасибо"), QStringLiteral("Благодарность"),
               QStringLiteral("Спасибо за покупку, {buyer_name}! Будем рады отзыву о "
                              "товаре — он помогает другим покупателям."),
               5, anchor);
    return meta.done(error) && cursors.done(error) && rules.done(error) && views.done(error) &&
           canned.done(error);
}

} // namespace agentp::demo
