#include "models/demo/SalonVocabulary.h"

namespace agentp::demo {

namespace {

SalonProfile lavanda()
{
    SalonProfile s;
    s.name = QStringLiteral("Студия красоты «Лаванда»");
    s.timezone = QStringLiteral("Europe/Moscow");
    s.utcOffsetHours = 3;
    s.address = QStringLiteral("Москва, ул. Профсоюзная, 56, вход со двора");
    s.emoji = QStringLiteral("🌸");
    s.femaleShare = 0.88;
    s.sessionShare = 1.15;
    s.gapFilter = true;
    s.masters = {QStringLiteral("Анна Ковалёва"),  QStringLiteral("Екатерина Белова"),
                 QStringLiteral("Ольга Миронова"), QStringLiteral("Виктория Лебедева"),
                 QStringLiteral("Дарья Орлова"),   QStringLiteral("Марина Соколова")};
    s.services = {
        {QStringLiteral("Маникюр с покрытием гель-лак"),
         QStringLiteral("маникюр с покрытием"),
         2200,
         90,
         21,
         10,
         {0, 1}},
        {QStringLiteral("Маникюр без покрытия"),
         QStringLiteral("маникюр без покрытия"),
         1200,
         45,
         18,
         4,
         {0, 1}},
        {QStringLiteral("Педикюр с покрытием"), QStringLiteral("педикюр"), 2800, 90, 30, 5, {0, 1}},
        {QStringLiteral("Женская стрижка"), QStringLiteral("стрижку"), 2500, 60, 45, 6, {2, 3}},
        {QStringLiteral("Окрашивание в один тон"),
         QStringLiteral("окрашивание"),
         5500,
         150,
         50,
         4,
         {2, 3}},
        {QStringLiteral("Сложное окрашивание (AirTouch)"),
         QStringLiteral("сложное окрашивание"),
         9500,
         240,
         75,
         2,
         {3}},
        {QStringLiteral("Укладка"), QStringLiteral("укладку"), 1800, 45, 30, 3, {2, 3}},
        {QStringLiteral("Наращивание ресниц 2D"),
         QStringLiteral("наращивание ресниц"),
         3200,
         120,
         24,
         4,
         {4}},
        {QStringLiteral("Коррекция и окрашивание бровей"),
         QStringLiteral("коррекцию бровей"),
         1500,
         40,
         28,
         5,
         {4}},
        {QStringLiteral("Чистка лица"), QStringLiteral("чистку лица"), 4000, 75, 40, 2, {5}},
        {QStringLiteral("Массаж лица"), QStringLiteral("массаж лица"), 2500, 45, 21, 2, {5}},
    };
    s.notes = {QStringLiteral("Любит капучино на овсяном молоке"),
               QStringLiteral("Предпочитает нюдовые оттенки"),
               QStringLiteral("Чувствительная кожа, без агрессивных пилингов"),
               QStringLiteral("Просит не использовать фрезу у кутикулы"),
               QStringLiteral("Приходит с дочкой, нужен детский стул"),
               QStringLiteral("Часто опаздывает на 10–15 минут"),
               QStringLiteral("Не любит разговоры во время процедуры"),
               QStringLiteral("Длинные густые волосы — двойная порция краски"),
               QStringLiteral("Записывается сразу на несколько услуг"),
               QStringLiteral("Оплачивает подарочными сертификатами")};
    s.allergies = {QStringLiteral("латекс"),          QStringLiteral("ацетон"),
                   QStringLiteral("аммиак в краске"), QStringLiteral("клей для ресниц"),
                   QStringLiteral("лидокаин"),        QStringLiteral("цитрусовые масла")};
    s.questions = {QStringLiteral("Вы работаете в воскресенье?"),
                   QStringLiteral("До скольки вы сегодня работаете?"),
                   QStringLiteral("Можно оплатить картой?"),
                   QStringLiteral("У вас есть подарочные сертификаты?"),
                   QStringLiteral("Где вы находитесь?"),
                   QStringLiteral("Какими гель-лаками вы работаете?"),
                   QStringLiteral("Стерилизуете инструменты?"),
                   QStringLiteral("Можно прийти с ребёнком?")};
    s.answers = {
        QStringLiteral("Да, мы работаем без выходных с 10:00 до 21:00."),
        QStringLiteral("Сегодня до 21:00. Последняя запись на маникюр — в 19:30."),
        QStringLiteral("Да, принимаем карты, оплату по QR-коду (СБП) и наличные."),
        QStringLiteral("Да, сертификаты на любую сумму от 1000 ₽, "
                       "действуют "
                       "полгода. "
                       "Оформить можно у администратора."),
        QStringLiteral("Мы находимся по адресу: Москва, ул. Профсоюзная, 56, вход со "
                       "двора. 5 минут от метро «Калужская»."),
        QStringLiteral("Работаем на Luxio и Kodi, палитра — больше 300 оттенков."),
        QStringLiteral("Конечно: инструменты проходят стерилизацию в сухожаре, крафт-пакет "
                       "вскрывается при вас."),
        QStringLiteral("Да, у нас есть детский уголок с мультиками 😊")};
    return s;
}

SalonProfile boroda()
{
    SalonProfile s;
    s.name = QStringLiteral("Барбершоп «Борода»");
    s.timezone = QStringLiteral("Asia/Yekaterinburg");
    s.utcOffsetHours = 5;
    s.address = QStringLiteral("Екатеринбург, ул. Малышева, 36");
    s.emoji = QStringLiteral("💈");
    s.femaleShare = 0.06;
    s.sessionShare = 0.85;
    s.gapFilter = false;
    s.masters = {QStringLiteral("Артём Гусев"), QStringLiteral("Тимур Валиев"),
                 QStringLiteral("Денис Крылов"), QStringLiteral("Руслан Хабибуллин")};
    s.services = {
        {QStringLiteral("Мужская стрижка"),
         QStringLiteral("стрижку"),
         1800,
         60,
         28,
         10,
         {0, 1, 2, 3}},
        {QStringLiteral("Стрижка машинкой"),
         QStringLiteral("стрижку машинкой"),
         1200,
         30,
         21,
         4,
         {0, 1, 2, 3}},
        {QStringLiteral("Моделирование бороды"),
         QStringLiteral("оформление бороды"),
         1200,
         30,
         21,
         5,
         {0, 1, 2, 3}},
        {QStringLiteral("Стрижка + борода"),
         QStringLiteral("стрижку с бородой"),
         2700,
         90,
         28,
         7,
         {0, 1, 2, 3}},
        {QStringLiteral("Королевское бритьё"),
         QStringLiteral("королевское бритьё"),
         2000,
         45,
         35,
         2,
         {0, 1}},
        {QStringLiteral("Детская стрижка"),
         QStringLiteral("детскую стрижку"),
         1300,
         40,
         35,
         2,
         {2, 3}},
        {QStringLiteral("Камуфляж седины"),
         QStringLiteral("камуфляж седины"),
         1500,
         30,
         30,
         2,
         {1, 3}},
    };
    s.notes = {QStringLiteral("Виски под 0,5, сверху 4–5 см"),
               QStringLiteral("Классический фейд, пробор слева"),
               QStringLiteral("Пьёт чёрный кофе без сахара"),
               QStringLiteral("Приходит с сыном, записывать двоих подряд"),
               QStringLiteral("Не любит воск, только матовая паста"),
               QStringLiteral("Борода коротко, чёткий контур по щеке"),
               QStringLiteral("Любит поговорить про футбол"),
               QStringLiteral("Всегда приходит впритык, без опозданий")};
    s.allergies = {QStringLiteral("ментол в бальзамах"), QStringLiteral("цитрусовые масла"),
                   QStringLiteral("спиртовые лосьоны")};
    s.questions = {QStringLiteral("Вы до скольки сегодня?"),
                   QStringLiteral("Картой можно?"),
                   QStringLiteral("Где вы находитесь?"),
                   QStringLiteral("Детей стрижёте?"),
                   QStringLiteral("Какой косметикой пользуетесь?"),
                   QStringLiteral("Сертификаты есть?")};
    s.answers = {QStringLiteral("Сегодня до 21:00, последняя стрижка — в 20:00."),
                 QStringLiteral("Да, карты, СБП и наличные — как удобно."),
                 QStringLiteral("Екатеринбург, ул. Малышева, 36. Вход с торца, парковка во дворе."),
                 QStringLiteral("Стрижём детей от 5 лет, лучше записываться на утро."),
                 QStringLiteral("Reuzel и American Crew, всё можно купить у нас на ресепшене."),
                 QStringLiteral("Есть, на любую сумму или на конкретную услугу.")};
    return s;
}

} // namespace

const SalonVocabulary &SalonVocabulary::instance()
{
    static const SalonVocabulary vocabulary;
    return vocabulary;
}

SalonVocabulary::SalonVocabulary()
{
    m_salons = {lavanda(), boroda()};
    m_preferredTimes = {
        QStringLiteral("утро, до 12:00"), QStringLiteral("после работы, с 18:00"),
        QStringLiteral("выходные"),       QStringLiteral("обеденный перерыв, 13:00–14:00"),
        QStringLiteral("будни, днём"),    QStringLiteral("любое время")};
    m_styles = {
        QStringLiteral("коротко и по делу"),       QStringLiteral("дружелюбно, можно на «ты»"),
        QStringLiteral("официально, на «вы»"),     QStringLiteral("только переписка, не звонить"),
        QStringLiteral("отвечает поздно вечером"), QStringLiteral("любит смайлики")};
    m_channels = {QStringLiteral("telegram"), QStringLiteral("whatsapp"), QStringLiteral("vk")};
}

} // namespace agentp::demo
