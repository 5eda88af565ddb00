#include "models/LogCategories.h"

Q_LOGGING_CATEGORY(lcStore, "agentp.store")
Q_LOGGING_CATEGORY(lcDemo, "agentp.demo")
Q_LOGGING_CATEGORY(lcCredentials, "agentp.credentials")
Q_LOGGING_CATEGORY(lcNet, "agentp.net")
Q_LOGGING_CATEGORY(lcUi, "agentp.ui")
