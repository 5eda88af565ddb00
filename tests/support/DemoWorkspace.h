#pragma once

#include "models/store/Workspace.h"
#include "tests/support/TempWorkspace.h"

#include <QDateTime>

#include <memory>

namespace agentp::testing {

// The built-in demo workspace generated into `tmp` with its clock at `anchor` and opened;
// null with the reason in `error` when either step fails.
std::unique_ptr<store::Workspace> openDemoWorkspace(const TempWorkspace &tmp,
                                                    const QDateTime &anchor, QString *error);

} // namespace agentp::testing
