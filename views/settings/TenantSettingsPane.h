#pragma once

#include "models/domain/TenantSettings.h"
#include "models/store/TenantRepository.h"

#include <QSet>
#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace agentp::store {
class Workspace;
}

namespace agentp::views {

class TenantConflictPanel;

// Tenant settings (super_admin only; MainWindowPanes.cpp registers it for that role alone): pick
// a salon, edit the settings the bot reads from its metadata, see each mistake under its field
// as you type (Save stays disabled until all are fixed) and save with Ctrl+S. A save is a merge
// patch of the changed keys with the version it was based on, queued through the outbox and
// applied to the local copy at once; the state line follows it (Saving… / Saved / Conflict).
// When the server had moved on, a panel shows theirs and yours for each field the user changed
// and offers "Re-apply mine" (queued again on top of their version) or "Keep theirs".
class TenantSettingsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit TenantSettingsPane(store::Workspace &workspace, QWidget *parent = nullptr);

    QString currentTenantId() const { return m_tenantId; }
    bool selectTenant(const QString &tenantId);
    store::TenantPatchStatus status() const { return m_status; }

public slots:
    void save();
    void revert();
    void reapplyMine();
    void keepTheirs();

signals:
    void errorOccurred(const QString &message);

private:
    using Field = domain::TenantSettings::Field;

    void buildForm();
    QLineEdit *addTextField(Field field, const QString &objectName, const QString &placeholder);
    void loadTenants();
    void loadTenant(const QString &tenantId);
    void fillForm(const domain::TenantSettings &settings);
    domain::TenantSettings formSettings() const;
    bool isDirty() const;
    void onUserEdit();
    void onEdited();
    void onStoreChanged(const QSet<QString> &tables);
    void refreshStatus();
    void updateButtons();
    void updateDataAsOf();
    void simulateColleague();
    void fail(const QString &message);

    store::Workspace &m_workspace;
    QString m_tenantId;
    domain::TenantSettings m_original;
    qint64 m_loadedVersion = 0;
    store::TenantPatchStatus m_status;
    QString m_notice; // the last user-action message for the state line

    QComboBox *m_tenant;
    QLabel *m_dataAsOf;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_yclients = nullptr;
    QLineEdit *m_adminChat = nullptr;
    QLineEdit *m_closing = nullptr;
    QCheckBox *m_gapFilter;
    std::map<Field, QLabel *> m_errors;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_state;
    TenantConflictPanel *m_conflict;
    QToolButton *m_simulate;
    QWidget *m_formHost;
};

} // namespace agentp::views
