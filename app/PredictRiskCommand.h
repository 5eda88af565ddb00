#pragma once

#include "app/CommandLine.h"

namespace agentp::app {

// `agentp-console predict-risk --workspace PATH`: scores every upcoming booking of the workspace
// with the cancellation-risk model (models/domain/CancellationRisk) and stores the predictions
// (upsert by salon + booking; a manager's Notify/Ignore/Match on a prediction is kept). Prints
// one summary line; on error one line on stderr and a non-zero exit code.
int runPredictRisk(const CommandLine &command);

} // namespace agentp::app
