#pragma once

#include <QObject>
#include <QStringList>

namespace agentp::views {
class MainWindow;
}

namespace agentp::app {

// --screenshot DIR: shows each pane in turn and saves the window as DIR/<pane-id>.png. Each pane
// is grabbed on a later event-loop pass, after its layout and first data load have settled.
class ScreenshotRunner final : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(views::MainWindow &window, QString dir, QObject *parent = nullptr);
    void start();

signals:
    void finished(int exitCode);

private:
    void next();
    bool shootReport();
    void shootSalonLogin(); // the SLA report window, after the panes; false when there is none

    views::MainWindow &m_window;
    QString m_dir;
    QStringList m_pending;
    QStringList m_written;
    bool m_reportShot = false;
    bool m_loginShot = false;
};

} // namespace agentp::app
