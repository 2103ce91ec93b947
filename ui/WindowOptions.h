#pragma once

#include "CheckRequest.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace ghcr {

class MainWindow;

/// Command-line options of the window (ghcr-doctor without the `check` command). Meant for the
/// screenshot script, demos and Enterprise administrators; documented in the README.
struct WindowOptions
{
    QString host;
    QUrl apiUrl;
    QString registry;
    QString caFile;
    QString user;
    QString image;
    std::optional<QList<Operation>> operations;
    QString tokenEnv; ///< name of an environment variable holding the token
    int timeoutSeconds = 0;
    bool autorun = false;
    QString screenshot; ///< save the window's own picture to this PNG after the check, then quit
    QString language;   ///< "en", "ru"; empty: the system locale (or $GHCR_DOCTOR_LANG)
};

/// Parses the window's options. Returns false with a sentence in `error` on bad usage.
bool parseWindowOptions(const QStringList& arguments, WindowOptions* options, QString* error);
/// The --help text of the window's options.
QString windowOptionsHelp();
/// Applies the options to a window (overrides, prefilled fields, token from the environment,
/// autorun, screenshot-and-quit). Returns false with a sentence on an unusable option.
bool applyWindowOptions(MainWindow* window, const WindowOptions& options, QString* error);

/// Loads the application's translation (and Qt's own) for `language`, else $GHCR_DOCTOR_LANG,
/// else the system locale. Returns the language actually loaded ("en" when none matched).
QString installTranslations(const QString& language);

} // namespace ghcr
