#pragma once

#include "models/store/StoreError.h"

namespace agentp::demo {

struct DemoContext;

// About 90 days of bot dialogs per salon (sessions with their messages) and the daily metrics
// the collector job would have written for them.
//
// Session statuses (a small fixed set the views can rely on):
//   "booked"    – the dialog ended with a booking (booking_id and slot_at are set)
//   "completed" – answered without a booking (a question, a price, a cancellation)
//   "abandoned" – the client stopped answering; the bot closed the dialog after 30 minutes
//   "handoff"   – passed to a human administrator
//   "active"    – still going on at the anchor time (ended_at is NULL)
//
// Days are UTC dates: every session starts between 08:00 and 23:59 local time, which for both
// demo time zones (UTC+3, UTC+5) is the same calendar date in UTC, so "the day of a session" is
// unambiguous. Two or three past days deliberately have no daily_metrics row (the collector
// "missed" them); the UI derives those days from the sessions.
class SalonSessionWriter final
{
public:
    static bool write(DemoContext &context, store::StoreError *error);
};

} // namespace agentp::demo
