#pragma once

#include "models/store/StoreError.h"

namespace agentp::demo {

struct DemoContext;

// The marketplace side of the demo: three seller accounts (Ozon, Wildberries, Yandex Market)
// with buyer chats, their messages and attachments. Remote ids follow each marketplace's style:
// Ozon chat UUIDs and message ids above 2^53 (kept as exact decimal strings), Wildberries
// "1:<uuid>" chats with UUID event ids, Yandex Market int64 chat and message ids.
class MarketplaceDemoWriter final
{
public:
    static bool write(DemoContext &context, store::StoreError *error);
};

} // namespace agentp::demo
