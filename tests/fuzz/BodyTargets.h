#pragma once

#include <QByteArrayView>
#include <QString>

namespace agentp::fuzz {

// One entry per parser family that reads remote bytes (issue 8, "bad bodies"). Each feeds the
// bytes to every parser of its family and checks the contract, answering the first violation
// in one line (empty: the parsers behaved). Crashes, leaks and undefined behaviour are for the
// sanitizers and libFuzzer to catch; these catch wrong answers:
//  - Ozon: a page is taken whole or not at all (an error leaves the page empty) and every
//    error is typed with a message; non-2xx answers always classify as an error;
//  - PostgREST: every non-2xx answer is a typed error with a message; Content-Range either
//    parses to a consistent range or is refused;
//  - Phoenix: a frame decodes or says why; a decoded frame survives encode → decode unchanged;
//  - LLM stream: SSE events do not depend on how the bytes are split; chunk and error parsers
//    answer or explain;
//  - salon rows: a PostgREST page of each salon table, taken as the salon pull takes it into a
//    real workspace, is stored whole (every row whose parent is in the store is there by its
//    key, the cursor is the last row's) or not at all (rows and cursor unchanged); a body that is
//    not a list of objects, or a row without its key, is refused with a typed error and message.
QString ozonBody(QByteArrayView data);
QString postgrestBody(QByteArrayView data);
QString phoenixFrame(QByteArrayView data);
QString llmStream(QByteArrayView data);
QString salonRows(QByteArrayView data); // all nine tables, parents first (SalonRowsTarget.cpp)
// The salon rows contract for one table (remote name); `written` (optional) gets the rows the
// page wrote, -1 when it was refused. Tests use it for cases made for one table.
QString salonPage(const QString &table, QByteArrayView data, int *written = nullptr);

} // namespace agentp::fuzz
