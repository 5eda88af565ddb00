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
//    answer or explain.
QString ozonBody(QByteArrayView data);
QString postgrestBody(QByteArrayView data);
QString phoenixFrame(QByteArrayView data);
QString llmStream(QByteArrayView data);

} // namespace agentp::fuzz
