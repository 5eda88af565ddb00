#include "views/shell/TrayNotifier.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSettings>

#include <algorithm>

namespace agentp::views {

namespace {

const QString kDndKey = QStringLiteral("notifications/doNotDisturb");
constexpr int kNotificationMs = 10000;

QString dueText(const QDateTime &due)
{
    return QLocale().toString(due.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

TrayNotifier::TrayNotifier(models::SlaAlertTracker *tracker, QWidget *window)
    : QObject(window)
    , m_tracker(tracker)
    , m_window(window)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu(window))
    , m_dnd(new QAction(tr("Do not disturb"), this))
{
    m_dnd->setObjectName(QStringLiteral("doNotDisturb"));
    m_dnd->setCheckable(true);
    m_dnd->setToolTip(tr("No SLA notifications; the counts stay"));
    m_dnd->setChecked(QSettings().value(kDndKey, false).toBool());
    m_tracker->setDoNotDisturb(m_dnd->isChecked());
    connect(m_dnd, &QAction::toggled, this, [this](bool on) {
        m_tracker->setDoNotDisturb(on);
        QSettings().setValue(kDndKey, on);
        m_tray->setToolTip(toolTip());
    });

    m_menu->addAction(tr("Show Agent P Console"), this, &TrayNotifier::showWindowRequested);
    m_menu->addAction(tr("Show urgent chats"), this, &TrayNotifier::showUrgentRequested);
    m_menu->addSeparator();
    m_menu->addAction(m_dnd);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayNotifier::quitRequested);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit showWindowRequested();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activateLast);

    connect(m_tracker, &models::SlaAlertTracker::alerted, this, &TrayNotifier::onAlerts);
    connect(m_tracker, &models::SlaAlertTracker::countsChanged, this, &TrayNotifier::onCounts);
    connect(m_tracker, &models::SlaAlertTracker::baseline, this, [this](int warning, int late) {
        if (late == 0 && warning == 0)
            return;
        show({tr("Chats waiting for an answer"),
              tr("%n chat(s) past the deadline", nullptr, late) + QStringLiteral(" · ") +
                  tr("%n close to it", nullptr, warning),
              0},
             QSystemTrayIcon::Information);
    });
    updateIcon(0, 0);
    m_tray->setToolTip(toolTip());
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

TrayNotifier::~TrayNotifier() = default;

QString TrayNotifier::toolTip() const
{
    const int unread = qMax(0, m_tracker->unreadCount());
    const int warning = qMax(0, m_tracker->warningCount());
    const int late = qMax(0, m_tracker->breachedCount());
    QString text = tr("Agent P Console") + QLatin1Char('\n') +
                   tr("%n unread message(s)", nullptr, unread) + QLatin1Char('\n') +
                   tr("%n chat(s) past the deadline", nullptr, late) + QLatin1Char('\n') +
                   tr("%n chat(s) close to the deadline", nullptr, warning);
    if (m_dnd->isChecked())
        text += QLatin1Char('\n') + tr("Do not disturb is on");
    return text;
}

void TrayNotifier::onCounts(int, int warning, int breached)
{
    updateIcon(breached, warning);
    m_tray->setToolTip(toolTip());
}

void TrayNotifier::updateIcon(int breached, int warning)
{
    // Counts change about once a second with 100,000 chats; the icon only when its badge does.
    const int count = breached > 0 ? breached : warning;
    const int badgeKey = count <= 0 ? 0 : (breached > 0 ? 1 : -1) * std::min(count, 100);
    if (!m_tray->icon().isNull() && badgeKey == m_badgeKey)
        return;
    m_badgeKey = badgeKey;
    if (m_baseIcon.isNull()) { // rendered from the SVG once
        m_baseIcon = QIcon(QStringLiteral(":/icons/agentp-console.svg")).pixmap(64, 64);
        if (m_baseIcon.isNull()) {
            m_baseIcon = QPixmap(64, 64);
            m_baseIcon.fill(QColor(0x2d, 0x6c, 0xdf));
        }
    }
    QPixmap base = m_baseIcon;
    if (count > 0) {
        QPainter p(&base);
        p.setRenderHint(QPainter::Antialiasing);
        const QRect badge(26, 26, 38, 38);
        // Red when any chat is late, orange when some are close: the number says which count.
        p.setBrush(breached > 0 ? QColor(0xc0, 0x1c, 0x28) : QColor(0xb3, 0x5c, 0x00));
        p.setPen(QPen(Qt::white, 3));
        p.drawEllipse(badge);
        QFont font = QApplication::font();
        font.setBold(true);
        font.setPixelSize(count > 99 ? 14 : 22);
        p.setFont(font);
        p.drawText(badge, Qt::AlignCenter,
                   count > 99 ? QStringLiteral("99+") : QString::number(count));
    }
    m_tray->setIcon(QIcon(base));
}

void TrayNotifier::onAlerts(const QList<models::SlaAlertTracker::Alert> &alerts)
{
    using domain::SlaStage;
    const bool late = std::any_of(alerts.begin(), alerts.end(),
                                  [](const auto &a) { return a.stage == SlaStage::Breached; });
    if (alerts.size() == 1) {
        const auto &a = alerts.first();
        const QString title = a.stage == SlaStage::Breached ? tr("Overdue: %1").arg(a.title)
                                                            : tr("Answer soon: %1").arg(a.title);
        const QString body =
            a.stage == SlaStage::Breached
                ? tr("%1 · the answer was due at %2").arg(a.accountName, dueText(a.due))
                : tr("%1 · answer by %2").arg(a.accountName, dueText(a.due));
        show({title, body, a.chatId},
             late ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        return;
    }
    // A burst (after a night offline, a big sync) is one notification, not a stack of them.
    QStringList names;
    for (qsizetype i = 0; i < alerts.size() && i < 3; ++i)
        names << alerts.at(i).title;
    if (alerts.size() > 3)
        names << tr("and %n more", nullptr, int(alerts.size() - 3));
    show({tr("%n chat(s) need an answer", nullptr, int(alerts.size())),
          names.join(QStringLiteral(", ")), 0},
         late ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void TrayNotifier::show(const Shown &shown, QSystemTrayIcon::MessageIcon icon)
{
    m_last = shown;
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(shown.title, shown.body, icon, kNotificationMs);
    } else {
        emit fallbackNotice(tr("%1 — %2").arg(shown.title, shown.body));
        QApplication::alert(m_window);
    }
}

void TrayNotifier::activateLast()
{
    if (m_last.chatId != 0)
        emit openChatRequested(m_last.chatId);
    else
        emit showUrgentRequested();
}

} // namespace agentp::views
