#pragma once

#include <QtGlobal>

#include <functional>

namespace agentp::demo {

// Turns "rows written so far" into a percentage for the caller's callback. Rows map onto
// 0..rowsShare percent (the rest is left for index building and the final checkpoint). The
// callback only sees increasing values, at most once per percent, so a UI never gets more than
// ~100 updates however large the demo is.
class DemoProgress final
{
public:
    DemoProgress(std::function<void(int)> callback, qint64 expectedRows, int rowsShare);

    void advance(qint64 rows = 1)
    {
        m_rows += rows;
        if (m_rows >= m_nextReport)
            reportRows();
    }
    // Jumps to at least `percent` (used for the phases after the rows are written).
    void reach(int percent);
    qint64 rows() const { return m_rows; }

private:
    void reportRows();

    std::function<void(int)> m_callback;
    qint64 m_expected;
    int m_rowsShare;
    qint64 m_rows = 0;
    qint64 m_nextReport = 0;
    int m_last = -1;
};

} // namespace agentp::demo
