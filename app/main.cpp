// GHCR Doctor entry point: one binary for the window and the headless `check` command.
#include "AppInfo.h"
#include "CheckCommand.h"
#include "MainWindow.h"
#include "TokenStore.h"
#include "WindowOptions.h"
#include "WindowsConsole.h"

#include <QApplication>
#include <QCoreApplication>
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

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

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
    QApplication app(argc, argv);
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
    if (!ghcr::applyWindowOptions(&window, options, &error)) {
        std::fprintf(stderr, "ghcr-doctor: %s\n", qUtf8Printable(error));
        return 2;
    }
    window.show();
    return QApplication::exec();
}
