#include "views/settings/TenantSettingsPane.h"

#include "models/store/StoreNotifier.h"
#include "models/store/Workspace.h"
#include "views/settings/TenantConflictPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace agentp::views {

namespace {

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->hide();
    return label;
}

} // namespace

TenantSettingsPane::TenantSettingsPane(store::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_tenant(new QComboBox(this))
    , m_dataAsOf(new QLabel(this))
    , m_gapFilter(new QCheckBox(tr("Offer only slots that leave no gaps between bookings"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_state(new QLabel(this))
    , m_conflict(new TenantConflictPanel(this))
    , m_simulate(new QToolButton(this))
    , m_formHost(new QWidget(this))
{
    setObjectName(QStringLiteral("tenantSettingsPane"));
    m_tenant->setObjectName(QStringLiteral("tenantSelector"));
    m_tenant->setMinimumContentsLength(24);
    m_dataAsOf->setObjectName(QStringLiteral("dataAsOf"));

    auto *top = new QHBoxLayout;
    auto *salonLabel = new QLabel(tr("Sa&lon:"), this);
    salonLabel->setBuddy(m_tenant);
    top->addWidget(salonLabel);
    top->addWidget(m_tenant);
    top->addStretch(1);
    top->addWidget(m_dataAsOf);

    buildForm();

    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(
        tr("Queue the changed settings for the server (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_save->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Discard the unsaved changes (Ctrl+R)"));
    m_state->setObjectName(QStringLiteral("saveState"));
    m_state->setWordWrap(true);
    m_simulate->setObjectName(QStringLiteral("simulateColleagueButton"));
    m_simulate->setText(tr("Simulate a colleague's edit"));
    m_simulate->setToolTip(tr("Demo only: a colleague changes this salon's closing time on the "
                              "server, so saving the older data you see meets a conflict"));
    m_simulate->setVisible(m_workspace.isDemo());

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_simulate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_formHost);
    layout->addLayout(buttons);
    layout->addWidget(m_conflict);
    layout->addStretch(1);

    connect(m_tenant, &QComboBox::currentIndexChanged, this,
            [this] { loadTenant(m_tenant->currentData().toString()); });
    connect(m_save, &QPushButton::clicked, this, &TenantSettingsPane::save);
    connect(m_revert, &QPushButton::clicked, this, &TenantSettingsPane::revert);
    // Shortcuts as actions of the pane rather than of the buttons: they act at once (a button's
    // shortcut animates a click first) and only while the focus is in this pane.
    const auto shortcut = [this](const QKeySequence &keys, void (TenantSettingsPane::*slot)()) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence::Save, &TenantSettingsPane::save);
    shortcut(QKeySequence(tr("Ctrl+R")), &TenantSettingsPane::revert);
    connect(m_conflict, &TenantConflictPanel::reapplyRequested, this,
            &TenantSettingsPane::reapplyMine);
    connect(m_conflict, &TenantConflictPanel::keepTheirsRequested, this,
            &TenantSettingsPane::keepTheirs);
    connect(m_simulate, &QToolButton::clicked, this, &TenantSettingsPane::simulateColleague);
    connect(&m_workspace.notifier(), &store::StoreNotifier::changed, this,
            &TenantSettingsPane::onStoreChanged);

    loadTenants();
    updateDataAsOf();
}

QLineEdit *TenantSettingsPane::addTextField(Field field, const QString &objectName,
                                            const QString &placeholder)
{
    auto *form = static_cast<QFormLayout *>(m_formHost->layout());
    auto *host = new QWidget(m_formHost);
    auto *edit = new QLineEdit(host);
    edit->setObjectName(objectName + QStringLiteral("Edit"));
    edit->setPlaceholderText(placeholder);
    QLabel *error = errorLabel(host, objectName + QStringLiteral("Error"));
    auto *column = new QVBoxLayout(host);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(edit);
    column->addWidget(error);
    auto *label = new QLabel(domain::TenantSettings::label(field) + QLatin1Char(':'), m_formHost);
    label->setBuddy(edit);
    form->addRow(label, host);
    m_errors[field] = error;
    connect(edit, &QLineEdit::textEdited, this, &TenantSettingsPane::onUserEdit);
    return edit;
}

void TenantSettingsPane::buildForm()
{
    auto *form = new QFormLayout(m_formHost);
    m_formHost->setMaximumWidth(760); // short values; full-width fields only scatter the eye
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = addTextField(Field::Name, QStringLiteral("name"), tr("The salon's name"));
    m_name->setMaxLength(domain::TenantSettings::kMaxNameLength + 50); // the check explains
    m_yclients = addTextField(Field::YClientsId, QStringLiteral("yclients"), tr("e.g. 123456"));
    m_adminChat = addTextField(Field::AdminChatId, QStringLiteral("adminChat"),
                               tr("e.g. -1001234567890 (optional)"));
    m_closing = addTextField(Field::ClosingTime, QStringLiteral("closingTime"), tr("HH:MM"));
    m_gapFilter->setObjectName(QStringLiteral("gapFilterCheck"));
    form->addRow(domain::TenantSettings::label(Field::GapFilter) + QLatin1Char(':'), m_gapFilter);
    connect(m_gapFilter, &QCheckBox::toggled, this, &TenantSettingsPane::onUserEdit);
}

void TenantSettingsPane::loadTenants()
{
    store::StoreError error;
    const auto tenants = store::TenantRepository(m_workspace.database().connection()).list(&error);
    if (error.isError())
        fail(error.message);
    const QString keep = m_tenantId;
    {
        const QSignalBlocker blocker(m_tenant);
        m_tenant->clear();
        for (const auto &[id, name] : tenants)
            m_tenant->addItem(name, id);
        const int index = m_tenant->findData(keep);
        m_tenant->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (m_tenant->currentData().toString() != keep || keep.isEmpty())
        loadTenant(m_tenant->currentData().toString());
}

bool TenantSettingsPane::selectTenant(const QString &tenantId)
{
    const int index = m_tenant->findData(tenantId);
    if (index < 0)
        return false;
    m_tenant->setCurrentIndex(index);
    return true;
}

void TenantSettingsPane::loadTenant(const QString &tenantId)
{
    m_tenantId = tenantId;
    m_notice.clear();
    store::StoreError error;
    const auto tenant =
        store::TenantRepository(m_workspace.database().connection()).find(tenantId, &error);
    if (error.isError())
        fail(error.message);
    m_formHost->setEnabled(tenant.has_value());
    m_original = tenant ? domain::TenantSettings::fromMetadata(tenant->metadata, tenant->name)
                        : domain::TenantSettings();
    m_loadedVersion = tenant ? tenant->metadataVersion : 0;
    fillForm(m_original);
    refreshStatus();
}

void TenantSettingsPane::fillForm(const domain::TenantSettings &settings)
{
    const QSignalBlocker blocker(m_gapFilter);
    m_name->setText(settings.name);
    m_yclients->setText(settings.yclientsId);
    m_adminChat->setText(settings.adminChatId);
    m_closing->setText(settings.closingTime);
    m_gapFilter->setChecked(settings.gapFilter);
    onEdited();
}

domain::TenantSettings TenantSettingsPane::formSettings() const
{
    domain::TenantSettings s;
    s.name = m_name->text();
    s.yclientsId = m_yclients->text();
    s.adminChatId = m_adminChat->text();
    s.closingTime = m_closing->text();
    s.gapFilter = m_gapFilter->isChecked();
    return s;
}

bool TenantSettingsPane::isDirty() const
{
    return !m_tenantId.isEmpty() && !domain::toPatch(m_original, formSettings()).isEmpty();
}

void TenantSettingsPane::onUserEdit()
{
    m_notice.clear(); // the last action's message is old news once the user types
    onEdited();
}

void TenantSettingsPane::onEdited()
{
    const QMap<Field, QString> problems = formSettings().validate();
    for (const auto &[field, label] : m_errors) {
        const QString message = problems.value(field);
        label->setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
        label->setVisible(!message.isEmpty());
    }
    updateButtons();
}

void TenantSettingsPane::updateButtons()
{
    const bool dirty = isDirty();
    const bool blocked = m_status.needsResolution();
    m_save->setEnabled(dirty && !blocked && formSettings().isValid());
    m_revert->setEnabled(dirty);
    // Switching salons would drop the edits silently; save or revert first.
    m_tenant->setEnabled(!dirty);
    m_tenant->setToolTip(dirty ? tr("Save or revert the changes first") : QString());

    QString state;
    switch (m_status.state) {
    case store::TenantPatchStatus::State::Saving:
        state = tr("Saving…");
        break;
    case store::TenantPatchStatus::State::Saved:
        state = tr("Saved");
        break;
    case store::TenantPatchStatus::State::Conflict:
        state = tr("Conflict: someone else changed these settings — see below");
        break;
    case store::TenantPatchStatus::State::Failed:
        state = tr("Not saved — see below");
        break;
    case store::TenantPatchStatus::State::Idle:
        break;
    }
    if (dirty && !blocked)
        state = tr("Unsaved changes");
    if (!m_notice.isEmpty())
        state = m_notice;
    m_state->setText(state);
}

void TenantSettingsPane::save()
{
    if (!m_save->isEnabled())
        return;
    const QJsonObject patch = domain::toPatch(m_original, formSettings());
    store::StoreError error;
    store::TenantRepository repo(m_workspace.database().connection());
    if (!repo.queuePatch(m_tenantId, patch, m_loadedVersion, &error)) {
        m_notice = tr("Not saved: %1").arg(error.message);
        updateButtons();
        return;
    }
    m_workspace.notifier().notify({QStringLiteral("tenants"), QStringLiteral("outbox")});
    loadTenant(m_tenantId); // the optimistic local copy, with its new version
}

void TenantSettingsPane::revert()
{
    m_notice.clear();
    fillForm(m_original);
}

void TenantSettingsPane::reapplyMine()
{
    store::StoreError error;
    store::TenantRepository(m_workspace.database().connection()).reapplyMine(m_tenantId, &error);
    if (error.isError()) {
        m_notice = tr("Could not re-apply: %1").arg(error.message);
        updateButtons();
        return;
    }
    m_workspace.notifier().notify({QStringLiteral("tenants"), QStringLiteral("outbox")});
    loadTenant(m_tenantId);
}

void TenantSettingsPane::keepTheirs()
{
    store::StoreError error;
    if (!store::TenantRepository(m_workspace.database().connection())
             .keepTheirs(m_tenantId, &error)) {
        m_notice = tr("Could not drop the change: %1").arg(error.message);
        updateButtons();
        return;
    }
    m_workspace.notifier().notify({QStringLiteral("tenants"), QStringLiteral("outbox")});
    loadTenant(m_tenantId);
}

void TenantSettingsPane::simulateColleague()
{
    store::StoreError error;
    if (!store::TenantRepository(m_workspace.database().connection())
             .queueSimulatedColleagueEdit(m_tenantId, &error)) {
        fail(error.message);
        return;
    }
    m_workspace.notifier().notify({QStringLiteral("outbox")});
    m_notice = tr("A colleague changed the closing time on the demo server; this console does "
                  "not know yet, so your next save will meet a conflict.");
    updateButtons();
}

void TenantSettingsPane::onStoreChanged(const QSet<QString> &tables)
{
    if (tables.contains(QStringLiteral("sync_cursors")))
        updateDataAsOf();
    if (!tables.contains(QStringLiteral("tenants")) && !tables.contains(QStringLiteral("outbox")))
        return;
    if (tables.contains(QStringLiteral("tenants"))) {
        store::StoreError error;
        const auto tenants =
            store::TenantRepository(m_workspace.database().connection()).list(&error);
        for (const auto &[id, name] : tenants) {
            const int index = m_tenant->findData(id);
            if (index >= 0)
                m_tenant->setItemText(index, name); // a saved name shows in the selector
        }
        // Fresh data replaces the form only when the user has nothing unsaved in it; unsaved
        // edits keep the version they started from, so saving them cannot overwrite blindly.
        if (!isDirty()) {
            const QString notice = m_notice;
            loadTenant(m_tenantId); // refreshes the status too
            if (m_notice.isEmpty() && !m_status.needsResolution() &&
                m_status.state != store::TenantPatchStatus::State::Saving)
                m_notice = notice;
            updateButtons();
            return;
        }
    }
    refreshStatus();
}

void TenantSettingsPane::refreshStatus()
{
    store::StoreError error;
    m_status = store::TenantRepository(m_workspace.database().connection())
                   .patchStatus(m_tenantId, &error);
    if (error.isError())
        fail(error.message);
    if (m_status.state != store::TenantPatchStatus::State::Idle &&
        m_status.state != store::TenantPatchStatus::State::Saved)
        m_notice.clear(); // the outbox's news is newer than the last notice
    m_conflict->setStatus(m_status);
    updateButtons();
}

void TenantSettingsPane::updateDataAsOf()
{
    const QDateTime when = m_workspace.lastSyncAt();
    m_dataAsOf->setText(
        when.isValid()
            ? tr("Data as of %1").arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))
            : tr("Data as of: this computer's copy (never synced)"));
}

void TenantSettingsPane::fail(const QString &message)
{
    emit errorOccurred(message);
}

} // namespace agentp::views
