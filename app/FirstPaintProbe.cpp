#include "app/FirstPaintProbe.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace agentp::app {

void FirstPaintProbe::installIfAsked(QAbstractItemView *list)
{
    if (!list || !qEnvironmentVariableIsSet("AGENTP_BENCH_FIRST_PAINT"))
        return;
    list->viewport()->installEventFilter(new FirstPaintProbe(list));
}

FirstPaintProbe::FirstPaintProbe(QAbstractItemView *list)
    : QObject(list)
    , m_list(list)
{}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    // A paint with rows in the model draws chats; report once that paint has been handled.
    if (!m_done && event->type() == QEvent::Paint && m_list->model() &&
        m_list->model()->rowCount() > 0) {
        m_done = true;
        QTimer::singleShot(0, this, &FirstPaintProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::report()
{
    std::printf("agentp-first-paint\n");
    std::fflush(stdout);
}

} // namespace agentp::app
