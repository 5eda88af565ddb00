#pragma once

#include "models/domain/SlaPolicy.h"

#include <QDialog>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace agentp::store {
class Workspace;
}

namespace agentp::views {

// The SLA rules of the workspace (docs/sla.md): a list in priority order (the default rule first
// cannot be removed) and a form for the selected rule — name, what it applies to, the first- and
// next-response targets, the warning threshold and the working hours (around the clock, or a
// time zone, shifts per weekday such as "09:00-13:00, 14:00-18:00", holidays and special days
// with their own hours such as "2026-12-30 09:00-15:00"). Saving checks
// every field and says what is wrong instead of writing; a saved change reaches the chat list's
// timers at once (the store notifier's "sla_rules").
class SlaRulesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SlaRulesDialog(store::Workspace &workspace, QWidget *parent = nullptr);
    ~SlaRulesDialog() override;

    // For tests: the form's widgets by name are reachable with findChild; these drive it.
    bool save(); // false when the form was refused (problem() says why)
    QString problem() const;
    void newRule();
    bool removeSelected();
    int ruleCount() const;

private:
    void reload(qint64 selectId);
    void showRule(int row);
    void fillScopeValues();
    std::optional<domain::SlaRule> ruleFromForm(QString *problem) const;
    void move(int delta);
    void setProblem(const QString &text);

    store::Workspace &m_workspace;
    QList<domain::SlaRule> m_rules;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_scope;
    QComboBox *m_scopeValue;
    QSpinBox *m_first;
    QSpinBox *m_next;
    QSpinBox *m_warning;
    QCheckBox *m_always;
    QComboBox *m_zone;
    std::array<QLineEdit *, 7> m_days{};
    QLineEdit *m_holidays;
    QLineEdit *m_special;
    QLabel *m_problem;
    QPushButton *m_remove;
    qint64 m_editing = 0; // id of the rule in the form; 0: a new one
};

} // namespace agentp::views
