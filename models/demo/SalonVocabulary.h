#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace agentp::demo {

struct SalonService
{
    QString name;       // as in the price list
    QString accusative; // "записаться на …"
    int price = 0;      // roubles
    int minutes = 60;
    int intervalDays = 30;    // how often a regular comes back for it
    int weight = 1;           // popularity
    std::vector<int> masters; // indexes into SalonProfile::masters
};

// One demo salon: its catalogue, staff, opening hours and the few phrases that differ between a
// beauty studio and a barbershop.
struct SalonProfile
{
    QString name;
    QString timezone;
    int utcOffsetHours = 3; // both zones are DST-free since 2014
    QString address;
    QString emoji;
    int opensMinutes = 10 * 60;  // local time
    int closesMinutes = 21 * 60; // local time; metadata closing_time
    double femaleShare = 0.5;
    double sessionShare = 1.0; // this salon's share of bot traffic
    bool gapFilter = true;
    QStringList masters;
    std::vector<SalonService> services;
    QStringList notes;     // LTM notes a manager would write
    QStringList allergies; // LTM allergy entries
    // Questions clients ask the bot and the bot's answers, pairwise.
    QStringList questions;
    QStringList answers;
};

class SalonVocabulary final
{
public:
    static const SalonVocabulary &instance();

    const std::vector<SalonProfile> &salons() const { return m_salons; }
    const QStringList &preferredTimes() const { return m_preferredTimes; }
    const QStringList &communicationStyles() const { return m_styles; }
    const QStringList &channels() const { return m_channels; }

private:
    SalonVocabulary();

    std::vector<SalonProfile> m_salons;
    QStringList m_preferredTimes;
    QStringList m_styles;
    QStringList m_channels;
};

} // namespace agentp::demo
