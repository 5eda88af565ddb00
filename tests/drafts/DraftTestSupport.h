#pragma once
// Shared by the draft tests: point the workspace's draft settings at a (fake) service.

#include "models/store/AiSettingsRepository.h"

#include <QUrl>

namespace agentp::testing {

inline bool setDraftServiceUrl(QSqlDatabase db, const QUrl &url)
{
    store::StoreError e;
    store::AiSettingsRepository repo(db);
    domain::AiSettings s = repo.settings(&e);
    s.baseUrl = url.toString();
    QString problem;
    return repo.save(s, &problem, &e);
}

} // namespace agentp::testing
