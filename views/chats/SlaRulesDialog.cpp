#include "views/chats/SlaRulesDialog.h"

#include "models/items/ChatListLoader.h"
#include "models/store/SlaRuleRepository.h"
#include "models/store/StoreNotifier.h"
#include "models/store/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace agentp::views {

using domain::BusinessCalendar;
using domain::SlaRule;

namespace {

QSpinBox *minutesBox(const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 7 * 24 * 60);
    box->setSuffix(SlaRulesDialog::tr(" min"));
    return box;
}

} // namespace

SlaRulesDialog::SlaRulesDialog(store::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_scopeValue(new QComboBox(this))
    , m_first(minutesBox(QStringLiteral("firstResponse"), this))
    , m_next(minutesBox(QStringLiteral("nextResponse"), this))
    , m_warning(minutesBox(QStringLiteral("warning"), this))
    , m_always(new QCheckBox(tr("Around the clock"), this))
    , m_zone(new QComboBox(this))
    , m_holidays(new QLineEdit(this))
    , m_special(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("SLA rules"));
    m_list->setObjectName(QStringLiteral("rules"));
    m_name->setObjectName(QStringLiteral("name"));
    m_scope->setObjectName(QStringLiteral("scope"));
    m_scopeValue->setObjectName(QStringLiteral("scopeValue"));
    m_scopeValue->setEditable(true); // a chat type the list does not know yet
    m_always->setObjectName(QStringLiteral("always"));
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_holidays->setObjectName(QStringLiteral("holidays"));
    m_holidays->setPlaceholderText(tr("e.g. 2026-12-31, 2027-01-01"));
    m_special->setObjectName(QStringLiteral("specialDays"));
    m_special->setPlaceholderText(tr("own hours on a date, e.g. 2026-12-30 09:00-15:00; "
                                     "2026-12-26 10:00-16:00"));
    m_special->setToolTip(tr("A short day or a working weekend: the date, then its shifts; "
                             "several dates separated by “;”"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c01c28"));
    m_scope->addItem(tr("All chats"), int(SlaRule::Scope::All));
    m_scope->addItem(tr("A marketplace"), int(SlaRule::Scope::Marketplace));
    m_scope->addItem(tr("A seller account"), int(SlaRule::Scope::Account));
    m_scope->addItem(tr("A chat type"), int(SlaRule::Scope::ChatType));

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Applies to:"), m_scope);
    form->addRow(QString(), m_scopeValue);
    form->addRow(tr("First response within:"), m_first);
    form->addRow(tr("Next response within:"), m_next);
    form->addRow(tr("Warn before the deadline:"), m_warning);
    form->addRow(tr("Working hours:"), m_always);
    form->addRow(tr("Time zone:"), m_zone);
    const QStringList dayNames{tr("Monday:"), tr("Tuesday:"),  tr("Wednesday:"), tr("Thursday:"),
                               tr("Friday:"), tr("Saturday:"), tr("Sunday:")};
    for (int d = 0; d < 7; ++d) {
        m_days[size_t(d)] = new QLineEdit(this);
        m_days[size_t(d)]->setObjectName(QStringLiteral("day%1").arg(d + 1));
        m_days[size_t(d)]->setPlaceholderText(tr("day off, or e.g. 09:00-13:00, 14:00-18:00"));
        form->addRow(dayNames.at(d), m_days[size_t(d)]);
    }
    form->addRow(tr("Holidays:"), m_holidays);
    form->addRow(tr("Special days:"), m_special);
    form->addRow(m_problem);

    auto *newButton = new QPushButton(tr("&New rule"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move &down"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    up->setObjectName(QStringLiteral("moveUp"));
    down->setObjectName(QStringLiteral("moveDown"));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(m_remove);
    listButtons->addWidget(up);
    listButtons->addWidget(down);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("The most specific rule applies: seller account, then chat "
                                  "type, then marketplace, then all chats; among equals the "
                                  "higher one."),
                               this));
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->itemAt(0)->widget()->setProperty("wordWrap", true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newButton, &QPushButton::clicked, this, &SlaRulesDialog::newRule);
    connect(m_remove, &QPushButton::clicked, this, &SlaRulesDialog::removeSelected);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &SlaRulesDialog::showRule);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SlaRulesDialog::fillScopeValues);
    connect(m_always, &QCheckBox::toggled, this, [this](bool always) {
        m_zone->setEnabled(!always);
        m_holidays->setEnabled(!always);
        m_special->setEnabled(!always);
        for (QLineEdit *day : m_days)
            day->setEnabled(!always);
    });
    resize(900, 600);
    reload(0);
}

SlaRulesDialog::~SlaRulesDialog() = default;

int SlaRulesDialog::ruleCount() const
{
    return int(m_rules.size());
}

QString SlaRulesDialog::problem() const
{
    return m_problem->text();
}

void SlaRulesDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
}

void SlaRulesDialog::reload(qint64 selectId)
{
    store::StoreError error;
    QStringList problems;
    m_rules =
        store::SlaRuleRepository(m_workspace.database().connection()).rules(&error, &problems);
    setProblem(error.isError() ? error.message : problems.join(QLatin1Char('\n')));
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = 0;
    for (int i = 0; i < m_rules.size(); ++i) {
        const SlaRule &r = m_rules.at(i);
        m_list->addItem(r.isDefault ? tr("%1 (default)").arg(r.name) : r.name);
        if (r.id == selectId)
            select = i;
    }
    m_list->setCurrentRow(select);
    showRule(select);
}

void SlaRulesDialog::fillScopeValues()
{
    const auto scope = SlaRule::Scope(m_scope->currentData().toInt());
    const QString current = m_scopeValue->currentData().toString().isEmpty()
                                ? m_scopeValue->currentText()
                                : m_scopeValue->currentData().toString();
    m_scopeValue->clear();
    m_scopeValue->setEnabled(scope != SlaRule::Scope::All);
    store::StoreError error;
    switch (scope) {
    case SlaRule::Scope::All:
        break;
    case SlaRule::Scope::Marketplace:
        m_scopeValue->addItem(QStringLiteral("Ozon"), QStringLiteral("ozon"));
        m_scopeValue->addItem(QStringLiteral("Wildberries"), QStringLiteral("wildberries"));
        m_scopeValue->addItem(tr("Yandex Market"), QStringLiteral("yandex_market"));
        m_scopeValue->addItem(tr("Demo marketplace"), QStringLiteral("demo"));
        break;
    case SlaRule::Scope::Account:
        for (const auto &a :
             models::ChatListLoader(m_workspace.database().connection()).accounts(&error))
            m_scopeValue->addItem(a.name, QString::number(a.id));
        break;
    case SlaRule::Scope::ChatType:
        for (const char *type : {"BUYER_SELLER", "BUYER_SELLER_SELECT", "SELLER_SUPPORT"})
            m_scopeValue->addItem(QLatin1String(type), QLatin1String(type));
        break;
    }
    const int at = m_scopeValue->findData(current);
    if (at >= 0)
        m_scopeValue->setCurrentIndex(at);
    else if (!current.isEmpty() && scope == SlaRule::Scope::ChatType)
        m_scopeValue->setEditText(current);
}

void SlaRulesDialog::showRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    const SlaRule &r = m_rules.at(row);
    m_editing = r.id;
    m_name->setText(r.name);
    m_scope->setCurrentIndex(m_scope->findData(int(r.scope)));
    m_scope->setEnabled(!r.isDefault);
    fillScopeValues();
    const int at = m_scopeValue->findData(r.scopeValue);
    if (at >= 0)
        m_scopeValue->setCurrentIndex(at);
    else
        m_scopeValue->setEditText(r.scopeValue);
    m_first->setValue(r.firstResponseMinutes);
    m_next->setValue(r.nextResponseMinutes);
    m_warning->setValue(r.warningMinutes);
    const BusinessCalendar &c = r.calendar;
    m_always->setChecked(c.isAlwaysOpen());
    m_zone->setCurrentText(c.isAlwaysOpen() ? QStringLiteral("Europe/Moscow")
                                            : QString::fromUtf8(c.zone().id()));
    for (int d = 0; d < 7; ++d)
        m_days[size_t(d)]->setText(BusinessCalendar::formatShifts(c.week()[size_t(d)]));
    QStringList holidays;
    for (const QDate &date : c.closedDates())
        holidays << date.toString(Qt::ISODate);
    m_holidays->setText(holidays.join(QStringLiteral(", ")));
    QStringList special;
    for (auto it = c.specialDays().constBegin(); it != c.specialDays().constEnd(); ++it)
        special << it.key().toString(Qt::ISODate) + QLatin1Char(' ') +
                       BusinessCalendar::formatShifts(it.value());
    m_special->setText(special.join(QStringLiteral("; ")));
    m_remove->setEnabled(!r.isDefault);
}

std::optional<SlaRule> SlaRulesDialog::ruleFromForm(QString *problem) const
{
    SlaRule r;
    r.id = m_editing;
    for (const SlaRule &existing : m_rules) {
        if (existing.id == m_editing && m_editing != 0)
            r = existing; // keeps position and the default flag
    }
    r.name = m_name->text();
    r.scope = SlaRule::Scope(m_scope->currentData().toInt());
    r.scopeValue = m_scopeValue->currentData().toString();
    if (r.scopeValue.isEmpty())
        r.scopeValue = m_scopeValue->currentText().trimmed();
    r.firstResponseMinutes = m_first->value();
    r.nextResponseMinutes = m_next->value();
    r.warningMinutes = m_warning->value();
    if (m_always->isChecked()) {
        r.calendar = BusinessCalendar::alwaysOpen();
        return r;
    }
    const QByteArray zone = m_zone->currentText().trimmed().toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(zone)) {
        *problem = tr("“%1” is not a known time zone (for example Europe/Moscow).")
                       .arg(QString::fromUtf8(zone));
        return std::nullopt;
    }
    static const QStringList dayNames{tr("Monday"), tr("Tuesday"),  tr("Wednesday"), tr("Thursday"),
                                      tr("Friday"), tr("Saturday"), tr("Sunday")};
    std::array<BusinessCalendar::DayShifts, 7> week;
    for (int d = 0; d < 7; ++d) {
        QString error;
        const auto shifts = BusinessCalendar::parseShifts(m_days[size_t(d)]->text(), &error);
        if (!shifts) {
            *problem = dayNames.at(d) + QStringLiteral(": ") + error;
            return std::nullopt;
        }
        week[size_t(d)] = *shifts;
    }
    QList<QDate> holidays;
    static const QRegularExpression separator(QStringLiteral("[,;\\s]+"));
    for (const QString &text : m_holidays->text().split(separator, Qt::SkipEmptyParts)) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            *problem = tr("“%1” is not a date (YYYY-MM-DD).").arg(text);
            return std::nullopt;
        }
        holidays << date;
    }
    BusinessCalendar calendar = BusinessCalendar::weekly(QTimeZone(zone), week);
    calendar.setClosed(holidays);
    // "2026-12-30 09:00-15:00; 2026-12-26 10:00-16:00": a date, then its shifts.
    for (const QString &entry : m_special->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString text = entry.trimmed();
        if (text.isEmpty())
            continue;
        static const QRegularExpression blank(QStringLiteral("\\s+"));
        const QString dateText = text.section(blank, 0, 0);
        const QDate date = QDate::fromString(dateText, Qt::ISODate);
        if (!date.isValid()) {
            *problem = tr("Special days: “%1” is not a date (YYYY-MM-DD).").arg(dateText);
            return std::nullopt;
        }
        QString error;
        const auto shifts = BusinessCalendar::parseShifts(text.section(blank, 1).trimmed(), &error);
        if (!shifts) {
            *problem = tr("Special day %1: %2").arg(dateText, error);
            return std::nullopt;
        }
        if (shifts->isEmpty()) {
            *problem = tr("Special day %1 has no hours; a closed date belongs under Holidays.")
                           .arg(dateText);
            return std::nullopt;
        }
        if (calendar.specialDays().contains(date)) {
            *problem = tr("Special day %1 is given twice.").arg(dateText);
            return std::nullopt;
        }
        if (holidays.contains(date)) {
            *problem = tr("%1 is both a holiday and a special day.").arg(dateText);
            return std::nullopt;
        }
        calendar.setSpecial(date, *shifts);
    }
    r.calendar = calendar; // SlaRule::validate() (on save) refuses one that never opens
    return r;
}

bool SlaRulesDialog::save()
{
    QString problem;
    const auto rule = ruleFromForm(&problem);
    if (!rule) {
        setProblem(problem);
        return false;
    }
    store::StoreError error;
    const qint64 id =
        store::SlaRuleRepository(m_workspace.database().connection()).save(*rule, &problem, &error);
    if (id == 0) {
        setProblem(problem.isEmpty() ? error.message : problem);
        return false;
    }
    m_workspace.notifier().notify({QStringLiteral("sla_rules")});
    reload(id);
    setProblem(QString());
    return true;
}

void SlaRulesDialog::newRule()
{
    SlaRule r;
    r.name = tr("New rule");
    r.scope = SlaRule::Scope::Marketplace;
    r.scopeValue = QStringLiteral("ozon");
    m_rules.append(r);
    m_list->addItem(r.name);
    m_list->setCurrentRow(int(m_rules.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

bool SlaRulesDialog::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_rules.size())
        return false;
    const SlaRule r = m_rules.at(row);
    if (r.id == 0) { // never saved
        reload(0);
        return true;
    }
    QString problem;
    store::StoreError error;
    if (!store::SlaRuleRepository(m_workspace.database().connection())
             .remove(r.id, &problem, &error)) {
        setProblem(problem.isEmpty() ? error.message : problem);
        return false;
    }
    m_workspace.notifier().notify({QStringLiteral("sla_rules")});
    reload(0);
    return true;
}

void SlaRulesDialog::move(int delta)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_rules.size() || m_rules.at(row).id == 0)
        return;
    store::StoreError error;
    if (!store::SlaRuleRepository(m_workspace.database().connection())
             .move(m_rules.at(row).id, row + delta, &error)) {
        setProblem(error.message);
        return;
    }
    m_workspace.notifier().notify({QStringLiteral("sla_rules")});
    reload(m_rules.at(row).id);
}

} // namespace agentp::views
