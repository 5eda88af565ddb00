#include "models/demo/DemoVocabulary.h"

#include "models/demo/DemoRandom.h"

#include <QStringBuilder>

namespace agentp::demo {

namespace {

QStringList words(const QString &spaceSeparated)
{
    return spaceSeparated.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

QString DemoPerson::formalName() const
{
    return last % QLatin1Char(' ') % first % QLatin1Char(' ') % patronymic;
}

QString DemoPerson::shortName() const
{
    return first % QLatin1Char(' ') % last.left(1) % QLatin1Char('.');
}

const DemoVocabulary &DemoVocabulary::instance()
{
    static const DemoVocabulary vocabulary;
    return vocabulary;
}

DemoVocabulary::DemoVocabulary()
{
    m_female = words(QStringLiteral(
        "Анна Мария Екатерина Ольга Татьяна Наталья Елена Ирина Светлана Юлия Анастасия Дарья "
        "Алина Полина Виктория Ксения Марина Валерия Софья Александра Вероника Кристина Евгения "
        "Людмила Надежда Галина Алёна Диана Карина Милана Яна Олеся Елизавета Варвара Ульяна "
        "Лилия Регина Эльвира Вера Любовь Лариса Оксана Жанна Арина Василиса Эльмира"));
    m_male = words(QStringLiteral(
        "Александр Дмитрий Максим Сергей Андрей Алексей Артём Илья Кирилл Михаил Никита Матвей "
        "Роман Егор Иван Денис Евгений Павел Владимир Константин Тимур Руслан Олег Игорь Николай "
        "Антон Глеб Виктор Василий Георгий Степан Фёдор Марат Ринат Айдар Вадим Юрий Станислав "
        "Григорий Леонид Ярослав Тимофей"));
    m_surnames = words(QStringLiteral(
        "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов "
        "Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев "
        "Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв "
        "Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов "
        "Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов "
        "Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков "
        "Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков "
        "Данилов Савельев Фомин Чернов Абрамов Мартынов Щербаков Назаров Калинин Исаев Быков "
        "Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев "
        "Прохоров Наумов Потапов Журавлёв Трофимов Леонов Соболев Ермаков Колесников Гончаров "
        "Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов "
        "Моисеев Румянцев Акимов Бирюков Горбунов Галкин Лукьянов Скворцов Белоусов Нестеров "
        "Цветков Аксёнов Логинов Горшков Краснов Демидов Елисеев Рыбаков Жданов Высоцкий "
        "Вишневский Полянский Островский Ковальчук Шевченко Бондаренко Ким Черных Ахметов "
        "Гарипов Валиев Сафин Галиев Хабибуллин Зиннатуллин Шарипов Мухаметов Исмагилов"));
    const QStringList patronymics = words(QStringLiteral(
        "Александрович:Александровна Сергеевич:Сергеевна Андреевич:Андреевна "
        "Дмитриевич:Дмитриевна Алексеевич:Алексеевна Владимирович:Владимировна "
        "Игоревич:Игоревна Олегович:Олеговна Николаевич:Николаевна Викторович:Викторовна "
        "Павлович:Павловна Юрьевич:Юрьевна Михайлович:Михайловна Евгеньевич:Евгеньевна "
        "Анатольевич:Анатольевна Ильич:Ильинична Петрович:Петровна Иванович:Ивановна "
        "Романович:Романовна Маратович:Маратовна Вадимович:Вадимовна"));
    for (const QString &pair : patronymics) {
        const QStringList forms = pair.split(QLatin1Char(':'));
        m_patronymics.emplace_back(forms.at(0), forms.at(1));
    }
    // Mobile operator codes (MTS, MegaFon, Beeline, Tele2, Yota ranges).
    m_operatorCodes = {900, 901, 902, 903, 904, 905, 906, 908, 909, 910, 911, 912, 913, 914,
                       915, 916, 917, 918, 919, 920, 921, 922, 925, 926, 927, 929, 930, 932,
                       950, 951, 952, 953, 960, 961, 962, 963, 964, 965, 967, 968, 977, 978,
                       980, 981, 982, 985, 987, 989, 991, 992, 993, 995, 996, 999};
    m_weekdayAccusative = {QStringLiteral("в понедельник"), QStringLiteral("во вторник"),
                           QStringLiteral("в среду"),       QStringLiteral("в четверг"),
                           QStringLiteral("в пятницу"),     QStringLiteral("в субботу"),
                           QStringLiteral("в воскресенье")};
    m_weekdayShort = words(QStringLiteral("пн вт ср чт пт сб вс"));
}

QString DemoVocabulary::feminineSurname(const QString &male)
{
    static const QStringList plusA = {QStringLiteral("ов"), QStringLiteral("ев"),
                                      QStringLiteral("ёв"), QStringLiteral("ин"),
                                      QStringLiteral("ын")};
    for (const QString &ending : plusA) {
        if (male.endsWith(ending))
            return male + QStringLiteral("а");
    }
    if (male.endsWith(QStringLiteral("ский")) || male.endsWith(QStringLiteral("цкий")))
        return male.chopped(2) + QStringLiteral("ая");
    return male; // Ковальчук, Шевченко, Ким, Черных do not change
}

DemoPerson DemoVocabulary::person(DemoRandom &random, bool female) const
{
    DemoPerson p;
    p.female = female;
    p.first = random.pick(female ? m_female : m_male);
    const QString &surname = random.pick(m_surnames);
    p.last = female ? feminineSurname(surname) : surname;
    const auto &patronymic = random.pick(m_patronymics);
    p.patronymic = female ? patronymic.second : patronymic.first;
    return p;
}

DemoPhone DemoVocabulary::phone(DemoRandom &random) const
{
    const int code = random.pick(m_operatorCodes);
    const int a = random.between(0, 999);
    const int b = random.between(0, 99);
    const int c = random.between(0, 99);
    auto n = [](int v, int width) {
        return QString::number(v).rightJustified(width, u'0');
    };
    const QString op = QString::number(code);
    DemoPhone phone;
    phone.digits = QStringLiteral("7") % op % n(a, 3) % n(b, 2) % n(c, 2);
    switch (random.below(7)) {
    case 0:
        phone.shown = QStringLiteral("+7 ") % op % u' ' % n(a, 3) % u'-' % n(b, 2) % u'-' % n(c, 2);
        break;
    case 1:
        phone.shown = QStringLiteral("+") % phone.digits;
        break;
    case 2:
        phone.shown = QStringLiteral("8") % phone.digits.mid(1);
        break;
    case 3:
        phone.shown = QStringLiteral("8 (") % op % QStringLiteral(") ") % n(a, 3) % u'-' % n(b, 2) %
                      u'-' % n(c, 2);
        break;
    case 4:
        phone.shown = QStringLiteral("+7 (") % op % QStringLiteral(") ") % n(a, 3) % u' ' %
                      n(b, 2) % u' ' % n(c, 2);
        break;
    case 5:
        phone.shown = QStringLiteral("8-") % op % u'-' % n(a, 3) % u'-' % n(b, 2) % u'-' % n(c, 2);
        break;
    default:
        phone.shown = QStringLiteral("7 ") % op % u' ' % n(a, 3) % n(b, 2) % n(c, 2);
        break;
    }
    return phone;
}

} // namespace agentp::demo
