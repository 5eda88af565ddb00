#pragma once

#include "models/store/StoreError.h"

namespace agentp::demo {

struct DemoContext;

// The Smart Waitlist data: waitlist items (pending ones wanting a day in the next two weeks,
// plus processed ones) and cancellation-risk predictions for upcoming bookings.
//
// Prediction status: "open" (not acted on yet), "notified" (the client was reminded), "ignored".
class SalonBookingWriter final
{
public:
    static bool write(DemoContext &context, store::StoreError *error);
};

} // namespace agentp::demo
