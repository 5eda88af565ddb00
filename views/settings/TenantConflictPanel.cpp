#include "views/settings/TenantConflictPanel.h"

#include "models/domain/TenantSettings.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace agentp::views {

namespace {

// Values come from the server and from people: always plain text, never rich text.
QLabel *cell(const QString &text, QWidget *parent, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

// The settings in form order, then any other key a patch touched.
QStringList orderedKeys(const QJsonObject &yours)
{
    using domain::TenantSettings;
    QStringList keys;
    for (TenantSettings::Field f : TenantSettings::fields()) {
        if (yours.contains(TenantSettings::key(f)))
            keys << TenantSettings::key(f);
    }
    for (const QString &key : yours.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

} // namespace

TenantConflictPanel::TenantConflictPanel(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_reapply(new QPushButton(tr("Re-apply &mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep &theirs"), this))
{
    setObjectName(QStringLiteral("conflictPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("conflictMessage"));
    m_text->setWordWrap(true);
    m_reapply->setObjectName(QStringLiteral("reapplyButton"));
    m_reapply->setToolTip(tr("Send your values again, on top of the current version (Alt+M)"));
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirsButton"));
    m_keepTheirs->setToolTip(tr("Drop your change and keep the current version (Alt+T)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reapply);
    buttons->addWidget(m_keepTheirs);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(m_grid);
    layout->addLayout(buttons);

    connect(m_reapply, &QPushButton::clicked, this, &TenantConflictPanel::reapplyRequested);
    connect(m_keepTheirs, &QPushButton::clicked, this, &TenantConflictPanel::keepTheirsRequested);
    hide();
}

void TenantConflictPanel::clearRows()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void TenantConflictPanel::setStatus(const store::TenantPatchStatus &status)
{
    clearRows();
    setVisible(status.needsResolution());
    if (!status.needsResolution())
        return;
    const bool conflict = status.state == store::TenantPatchStatus::State::Conflict;
    m_text->setText((conflict
                         ? tr("<b>Your change was not applied: someone else saved these settings "
                              "first.</b>")
                         : tr("<b>Your change was not applied.</b>")) +
                    QStringLiteral("<br>") + status.message.toHtmlEscaped());
    m_keepTheirs->setText(conflict ? tr("Keep &theirs") : tr("&Discard mine"));

    const QStringList headers{tr("Setting"), tr("Before your edit"),
                              conflict ? tr("Theirs (now on the server)") : tr("On the server"),
                              tr("Yours")};
    for (int c = 0; c < headers.size(); ++c)
        m_grid->addWidget(cell(headers.at(c), this, true), 0, c);
    int row = 1;
    for (const QString &key : orderedKeys(status.yours)) {
        domain::TenantSettings::Field field;
        const QString name = domain::TenantSettings::fieldForKey(key, &field)
                                 ? domain::TenantSettings::label(field)
                                 : key;
        const QString theirs = domain::displayValue(status.theirs.value(key));
        const QString yours = domain::displayValue(status.yours.value(key));
        m_grid->addWidget(cell(name, this), row, 0);
        m_grid->addWidget(cell(domain::displayValue(status.base.value(key)), this), row, 1);
        QLabel *theirsCell = cell(theirs, this, theirs != yours);
        theirsCell->setObjectName(QStringLiteral("theirs_") + key);
        m_grid->addWidget(theirsCell, row, 2);
        QLabel *yoursCell = cell(yours, this, theirs != yours);
        yoursCell->setObjectName(QStringLiteral("yours_") + key);
        m_grid->addWidget(yoursCell, row, 3);
        ++row;
    }
}

} // namespace agentp::views
