#include "models/demo/DemoProgress.h"

#include <algorithm>
#include <limits>

namespace agentp::demo {

DemoProgress::DemoProgress(std::function<void(int)> callback, qint64 expectedRows, int rowsShare)
    : m_callback(std::move(callback))
    , m_expected(std::max<qint64>(1, expectedRows))
    , m_rowsShare(rowsShare)
{}

void DemoProgress::reach(int percent)
{
    percent = std::clamp(percent, 0, 100);
    if (percent <= m_last)
        return;
    m_last = percent;
    if (m_callback)
        m_callback(percent);
}

void DemoProgress::reportRows()
{
    // The estimate can be exceeded (the volumes are random); stay inside the rows' share then.
    const int percent = int(std::min<qint64>(m_rows * m_rowsShare / m_expected, m_rowsShare));
    reach(percent);
    // Next report when the next whole percent is due; once the share is used up, stop checking.
    m_nextReport = percent >= m_rowsShare ? std::numeric_limits<qint64>::max()
                                          : (qint64(percent) + 1) * m_expected / m_rowsShare;
}

} // namespace agentp::demo
