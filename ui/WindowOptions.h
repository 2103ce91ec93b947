#pragma once

#include "app/core/model/RequestOptions.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace ghcr {

class MainWindow;

/// Command-line options of the window (ghcr-doctor without the `check` command). Meant for the
/// screenshot script, demos and Enterprise administrators; documented in the README.
struct WindowOptions
{
    RequestOptionValues request; ///< the options `check` takes too, read by its rules (the last --image prefills)
    bool autorun = false;
    QString screenshot;               ///< save the window's own picture to this PNG after the check, then quit
    QString language;                 ///< "en", "ru"; empty: the system locale (or $GHCR_DOCTOR_LANG)
    bool help = false;                ///< --help anywhere among the window's options
    bool version = false;             ///< --version anywhere among the window's options
    bool allPackages = false;         ///< open Check → All packages (autorun/screenshot then apply to it)
    bool exitAfterFirstFrame = false; ///< benchmark only (hidden): print the time to first frame, then quit
};

/// True when the arguments run the headless `check` command (or print its help or the version):
/// `check …`, `--version`, `help check`.
bool isCheckInvocation(const QStringList& arguments);
/// True when the arguments open the window and there is a display to open it on. Decided before any
/// Q(Gui)Application exists, because Qt aborts the process when no platform plugin can start.
bool canOpenWindow(const QStringList& arguments);
/// For arguments that open no window (help, an unknown command, a bad option, no display): prints
/// the help or a one-line explanation and returns the exit code (0 for help, 2 otherwise). Needs a
/// QCoreApplication with the translations installed.
int explainWithoutWindow(const QStringList& arguments);
/// The value of --lang among the arguments, or an empty string.
QString languageArgument(const QStringList& arguments);
/// `ghcr-doctor --help`: the commands, the check command in short and the window's options.
QString applicationHelp();

/// Parses the window's options, with `environment` for --token-env. Reads the --ca-file it names. Returns false
/// with a sentence in `error` on bad usage.
bool parseWindowOptions(const QStringList& arguments, WindowOptions* options, QString* error,
                        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
/// The --help text of the window's options.
QString windowOptionsHelp();
/// Applies the options to a window (overrides, prefilled fields, token from the environment,
/// autorun, screenshot-and-quit).
void applyWindowOptions(MainWindow* window, const WindowOptions& options);

} // namespace ghcr
