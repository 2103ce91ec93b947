#pragma once

#include "app/core/diagnosis/Diagnosis.h"

#include <QProcessEnvironment>
#include <QStringList>

class QTextStream;

namespace ghcr {

struct CheckOptions;

/// The token from where the options say (standard input, an environment variable), registered as a secret and
/// checked for what would make it unusable. Empty with `error` set when it cannot be used.
QString readCheckToken(const CheckOptions& options, const QProcessEnvironment& environment, QString* error);
/// Runs the single check or the matrix on the real network (spinning the event loop); the diagnosis when over.
/// A matrix's progress line goes to `err` when it is a terminal.
Diagnosis runCheckDiagnosis(const CheckOptions& options, QString token, QTextStream& err);

/// `ghcr-doctor check …`: parses options, reads the token from stdin or an environment variable,
/// runs CheckRunner on the real network, writes the report. Needs a running Q(Core|Gui)Application
/// (it spins the event loop). Returns the process exit code: 0 ok, 1 action needed, 2 usage or
/// bad input, 3 could not complete.
int runCheckCommand(const QStringList& arguments);

/// True when the headless command needs a QGuiApplication (PDF output).
bool headlessNeedsGui(const QStringList& arguments);

} // namespace ghcr
