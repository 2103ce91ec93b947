#pragma once

#include <QStringList>

class QTextStream;

namespace ghcr {

/// `ghcr-doctor check …`: parses options, reads the token from stdin or an environment variable,
/// runs CheckRunner on the real network, writes the report. Needs a running Q(Core|Gui)Application
/// (it spins the event loop). Returns the process exit code: 0 ok, 1 action needed, 2 usage or
/// bad input, 3 could not complete.
int runCheckCommand(const QStringList& arguments);

/// True when the headless command needs a QGuiApplication (PDF output).
bool headlessNeedsGui(const QStringList& arguments);

} // namespace ghcr
