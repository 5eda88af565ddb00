#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace agentp::demo {

class DemoRandom;

struct DemoPerson
{
    QString first;
    QString last;       // already in the person's grammatical gender
    QString patronymic; // likewise
    bool female = false;

    QString fullName() const { return first + QLatin1Char(' ') + last; }
    // "Фамилия Имя Отчество" — how YClients exports and older CRMs store names.
    QString formalName() const;
    // "Мария П." — how marketplaces and the seed mock-ups show a person.
    QString shortName() const;
};

struct DemoPhone
{
    QString shown;  // as the person typed it
    QString digits; // normalised "7XXXXXXXXXX"
};

// Russian people: names with correct feminine surname and patronymic forms, and mobile phone
// numbers written the ways people actually write them.
class DemoVocabulary final
{
public:
    static const DemoVocabulary &instance();

    DemoPerson person(DemoRandom &random, bool female) const;
    DemoPhone phone(DemoRandom &random) const;

    // "в субботу" … indexed 0 = Monday.
    const QStringList &weekdayAccusative() const { return m_weekdayAccusative; }
    const QStringList &weekdayShort() const { return m_weekdayShort; }

private:
    DemoVocabulary();
    static QString feminineSurname(const QString &male);

    QStringList m_female;
    QStringList m_male;
    QStringList m_surnames;                                 // masculine forms
    std::vector<std::pair<QString, QString>> m_patronymics; // masculine, feminine
    std::vector<int> m_operatorCodes;
    QStringList m_weekdayAccusative;
    QStringList m_weekdayShort;
};

} // namespace agentp::demo
