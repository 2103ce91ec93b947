// GHCR Doctor entry point: one binary for the window and the headless `check` command.
#include "AppInfo.h"
#include "CheckCommand.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QNetworkAccessManager>

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

    if (ghcr::isHeadlessInvocation(arguments)) {
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
        return ghcr::runCheckCommand(arguments);
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral(GHCR_APP_NAME));
    QGuiApplication::setDesktopFileName(QStringLiteral(GHCR_APP_ID));
    QNetworkAccessManager network;
    ghcr::MainWindow window(&network);
    window.show();
    return QApplication::exec();
}
