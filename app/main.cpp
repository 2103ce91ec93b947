// GHCR Doctor entry point: one binary for the window and the headless `check` command.
#include "app/cli/CheckCommand.h"
#include "app/cli/LoginCommand.h"
#include "app/core/AppInfo.h"
#include "app/i18n/Translations.h"
#include "app/platform/WindowsConsole.h"
#include "app/storage/TokenStore.h"
#include "ui/AppStyle.h"
#include "ui/FirstFrame.h"
#include "ui/MainWindow.h"
#include "ui/WindowOptions.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QNetworkAccessManager>

#include <cstdio>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationDomain(QStringLiteral(GHCR_ORGANIZATION_DOMAIN));
    QCoreApplication::setOrganizationName(QStringLiteral("GHCR Doctor"));
    QCoreApplication::setApplicationName(QStringLiteral("GhcrDoctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GHCR_VERSION));
}

/// Without a session bus (SSH with X forwarding, containers, Xvfb), libdbus would "autolaunch" one through
/// X11 the first time anything asks for it — Qt's accessibility bridge does so as the window is built —
/// and that blocks for seconds and starts a bus nobody else uses (where no Secret Service waits, or a
/// keyring prompt pops up unannounced). Say there is no bus instead: the keychain then explains that the
/// token stays in memory, and the window opens at once.
void preferNoBusOverAutolaunch()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return;
    const QByteArray runtimeDir = qgetenv("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QFileInfo::exists(QString::fromLocal8Bit(runtimeDir) + QStringLiteral("/bus")))
        return; // the systemd user bus: libdbus finds it without autolaunching
    qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart; // the start-up benchmark's clock (--exit-after-first-frame)
    sinceStart.start();
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (ghcr::isLoginInvocation(arguments)) {
        // Stores or removes a registry login for docker, podman or helm: headless like `check`.
        ghcr::attachParentConsole();
        QCoreApplication app(argc, argv);
        setIdentity();
        ghcr::installTranslations(QString());
        return ghcr::runLoginCommand(arguments);
    }

    if (ghcr::isCheckInvocation(arguments)) {
        ghcr::attachParentConsole(); // Windows: print into the terminal `check` was run from
        // Headless: no window system needed, except to lay out a PDF.
        std::unique_ptr<QCoreApplication> app;
        if (ghcr::headlessNeedsGui(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setIdentity();
        // Prose follows the locale like the window (GHCR_DOCTOR_LANG=en|ru overrides it); ids,
        // statuses, verdicts and exit codes are the same in every language.
        ghcr::installTranslations(QString());
        return ghcr::runCheckCommand(arguments);
    }

    if (!ghcr::canOpenWindow(arguments)) {
        // Help, an unknown command, a bad option or no display: answered without a window, before Qt
        // would abort the process for want of a platform plugin.
        ghcr::attachParentConsole(); // Windows: --help/--version/errors go to the calling terminal
        QCoreApplication app(argc, argv);
        setIdentity();
        ghcr::installTranslations(ghcr::languageArgument(arguments));
        return ghcr::explainWithoutWindow(arguments);
    }

    // The window: real network, real keychain, real URLs (options only for demos and screenshots).
    preferNoBusOverAutolaunch();
    QApplication app(argc, argv);
    QApplication::setStyle(new ghcr::AppStyle); // the platform's style, without a PNG to load before the first frame
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral(GHCR_APP_NAME));
    QGuiApplication::setDesktopFileName(QStringLiteral(GHCR_APP_ID));
    ghcr::WindowOptions options;
    QString error;
    if (!ghcr::parseWindowOptions(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "ghcr-doctor: %s\n\n%s", qUtf8Printable(error), qUtf8Printable(ghcr::windowOptionsHelp()));
        return 2;
    }
    ghcr::installTranslations(options.language);
    QNetworkAccessManager network;
    ghcr::TokenStore tokenStore;
    ghcr::MainWindow window(&network, &tokenStore);
    ghcr::applyWindowOptions(&window, options);
    if (options.exitAfterFirstFrame)
        new ghcr::FirstFrameProbe(&window, sinceStart);
    window.show();
    return QApplication::exec();
}
