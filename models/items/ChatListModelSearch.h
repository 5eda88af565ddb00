#pragma once

#include "models/items/ChatListModel.h"

#include <atomic>
#include <memory>
#include <vector>

namespace agentp::models {

// One search: its words, the entries that pass the filters (in base order), which of them hold
// each word in their key, and — once swept — which message-text slots hold it.
struct ChatListModel::Search
{
    quint64 generation = 0;
    ChatSearchQuery query;
    std::vector<int> candidates;
    bool few = false;                      // look at the candidates one by one, not the whole block
    std::vector<int> candidateSlots;       // their text slots (-1: none) when few
    std::vector<std::vector<char>> inKey;  // per word, per entry index
    std::vector<std::vector<char>> inText; // per word, per text slot; empty until swept
    std::shared_ptr<const ChatTextBlock> texts;
};

// A sweep on the thread pool. The block is immutable and shared; the GUI thread reads the
// search's results only after the sweep handed it back.
struct ChatListModel::TextScan
{
    std::shared_ptr<Search> search;
    std::atomic_bool cancel{false};
};

} // namespace agentp::models
