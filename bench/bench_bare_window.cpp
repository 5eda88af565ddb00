// The floor of the start-up (B1), memory (B5) and idle CPU (B6) benchmarks: a bare Qt Widgets
// program that shows a main window with an empty list, and nothing else. Linked against Qt alone
// so its start-up costs what any Qt Widgets program's does. With AGENTP_BENCH_FIRST_PAINT set it
// prints the line "agentp-first-paint" once the window has painted, as the console does
// (app/FirstPaintProbe).
#include <QApplication>
#include <QListView>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaint final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint) {
            m_done = true;
            QTimer::singleShot(0, this, [] {
                std::printf("agentp-first-paint\n");
                std::fflush(stdout);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *list = new QListView(&window);
    list->setModel(new QStandardItemModel(&window));
    window.setCentralWidget(list);
    window.resize(1280, 800);
    FirstPaint probe;
    if (qEnvironmentVariableIsSet("AGENTP_BENCH_FIRST_PAINT"))
        list->viewport()->installEventFilter(&probe);
    window.show();
    return app.exec();
}
