#include "tests/support/DemoWorkspace.h"

#include "models/demo/DemoGenerator.h"

namespace agentp::testing {

std::unique_ptr<store::Workspace> openDemoWorkspace(const TempWorkspace &tmp,
                                                    const QDateTime &anchor, QString *error)
{
    demo::DemoOptions options;
    options.anchor = anchor;
    demo::DemoSummary summary;
    store::StoreError e;
    if (!demo::DemoGenerator::create(tmp.file(), options, &summary, &e)) {
        *error = e.message;
        return nullptr;
    }
    auto workspace = store::Workspace::open(tmp.file(), false, &e);
    if (!workspace)
        *error = e.message;
    return workspace;
}

} // namespace agentp::testing
