#include "models/LogCategories.h"

Q_LOGGING_CATEGORY(lcStore, "agentp.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "agentp.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCredentials, "agentp.credentials", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "agentp.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "agentp.ui", QtWarningMsg)
