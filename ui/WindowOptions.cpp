#include "ui/WindowOptions.h"

#include "app/core/AppInfo.h"
#include "app/core/AppVersion.h"
#include "ui/MainWindow.h"
#include "ui/PackagesWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(WindowOptions)
};

void addOptions(QCommandLineParser* parser)
{
    addRequestOptions(parser);
    parser->addOptions({
        {u"autorun"_s, Text::tr("Start the check as soon as the window is shown.")},
        {u"screenshot"_s,
         Text::tr("Save a picture of the window to FILE (PNG) after the check (or at once without "
                  "--autorun), then quit."),
         u"FILE"_s},
        {u"all-packages"_s,
         Text::tr("Open Check → All packages: with --autorun every package is checked at once, and --screenshot "
                  "pictures that window.")},
        {u"lang"_s, Text::tr("User interface language (en, ru); default: the system locale."), u"LANG"_s},
        {{u"h"_s, u"help"_s}, Text::tr("Show this help.")},
        {{u"v"_s, u"version"_s}, Text::tr("Show the version.")},
    });
    QCommandLineOption firstFrame(u"exit-after-first-frame"_s, u"(benchmark)"_s);
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    parser->addOption(firstFrame);
}

enum class Launch { Window, Help, Version, UnknownCommand, BadOptions, NoDisplay };

/// --all-packages: the All packages window, checked at once with --autorun, pictured with --screenshot.
void applyPackagesOptions(MainWindow* window, const WindowOptions& options)
{
    window->openPackagesWindow();
    PackagesWindow* packages = window->packagesWindow();
    if (!options.screenshot.isEmpty()) {
        const QString file = options.screenshot;
        auto grabAndQuit = [packages, file] {
            QTimer::singleShot(400, packages, [packages, file] {
                QCoreApplication::exit(packages->grab().save(file, "PNG") ? 0 : 1);
            });
        };
        if (options.autorun)
            QObject::connect(packages, &PackagesWindow::runFinished, packages, grabAndQuit);
        else
            grabAndQuit();
    }
    if (options.autorun)
        packages->start();
}

/// Whether a window system is reachable, judged from the environment like Qt's platform plugins
/// do (xcb needs $DISPLAY, wayland $WAYLAND_DISPLAY). Windows and macOS always have one.
bool displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    QStringList platforms = qEnvironmentVariable("QT_QPA_PLATFORM").split(u';', Qt::SkipEmptyParts);
    if (platforms.isEmpty())
        platforms = {u"xcb"_s, u"wayland"_s};
    for (const QString& entry : std::as_const(platforms)) {
        const QString platform = entry.section(u':', 0, 0).trimmed();
        if (platform == u"xcb"_s) {
            if (!qEnvironmentVariableIsEmpty("DISPLAY"))
                return true;
        } else if (platform.startsWith(u"wayland"_s)) {
            if (!qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                return true;
        } else {
            return true; // offscreen, minimal, vnc, eglfs, linuxfb…: they need no display server
        }
    }
    return false;
#else
    return true;
#endif
}

Launch classify(const QStringList& arguments, WindowOptions* options, QString* error)
{
    const QString first = arguments.value(1);
    if (first == u"help"_s)
        return Launch::Help;
    if (!first.isEmpty() && !first.startsWith(u'-'))
        return Launch::UnknownCommand;
    if (!parseWindowOptions(arguments, options, error))
        return Launch::BadOptions;
    if (options->help)
        return Launch::Help;
    if (options->version)
        return Launch::Version;
    return displayAvailable() ? Launch::Window : Launch::NoDisplay;
}

QString binary()
{
    return QStringLiteral(GHCR_BINARY);
}

} // namespace

bool isCheckInvocation(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    return first == u"check"_s || (first == u"help"_s && arguments.value(2) == u"check"_s);
}

bool canOpenWindow(const QStringList& arguments)
{
    WindowOptions options;
    QString error;
    return classify(arguments, &options, &error) == Launch::Window;
}

QString languageArgument(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--lang"_s || a == u"-lang"_s)
            return arguments.value(i + 1);
        if (a.startsWith(u"--lang="_s))
            return a.mid(7);
    }
    return {};
}

QString applicationHelp()
{
    // QCommandLineParser's own text starts with a usage line and an "Options:" heading: keep the list.
    QString options = windowOptionsHelp();
    const qsizetype blank = options.indexOf(u"\n\n"_s);
    if (blank >= 0) {
        const qsizetype heading = options.indexOf(u'\n', blank + 2);
        options = heading >= 0 ? options.mid(heading + 1) : QString();
    }
    const QString b = binary();
    return Text::tr("%1 %2 — checks a GitHub token against the GitHub API and the container registry, side by "
                    "side.\n\n"
                    "Usage:\n"
                    "  %3 [OPTIONS]          open the window\n"
                    "  %3 check [OPTIONS]    check without a window and print a report\n"
                    "  %3 login|logout --tool docker|podman|helm [OPTIONS]\n"
                    "                        store a checked token where the tool keeps its login, or remove it\n"
                    "  %3 help [check]       this help, or every option of the check command\n"
                    "  %3 --version          print the version\n\n"
                    "Commands:\n"
                    "  check   For terminals, scripts and CI; it needs no display. The token comes from standard\n"
                    "          input or an environment variable, never from the command line:\n"
                    "            printf '%s' \"$TOKEN\" | %3 check --token-stdin --image OWNER/NAME --ops pull,push\n"
                    "          Reports with --format and --output FILE. Every option: %3 check --help\n\n"
                    "Window options:\n")
               .arg(QStringLiteral(GHCR_APP_NAME), appVersionText(), b) +
           options;
}

int explainWithoutWindow(const QStringList& arguments)
{
    WindowOptions options;
    QString error;
    const Launch launch = classify(arguments, &options, &error);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString b = binary();
    switch (launch) {
    case Launch::Help:
        out << applicationHelp();
        return 0;
    case Launch::Version:
        out << b << u' ' << appVersionText() << u'\n';
        return 0;
    case Launch::UnknownCommand:
        err << b << u": "_s
            << Text::tr("unknown command “%1”. Commands: check (check a token without a window), login and logout "
                        "(store or remove a registry login for docker, podman or helm), help. Without a command the "
                        "window opens.")
                   .arg(arguments.value(1))
            << u'\n' << Text::tr("Run “%1 --help” for the commands and options.").arg(b) << u'\n';
        return 2;
    case Launch::BadOptions:
        err << b << u": "_s << error << u'\n' << Text::tr("Run “%1 --help” for the commands and options.").arg(b)
            << u'\n';
        return 2;
    case Launch::NoDisplay:
        err << b << u": "_s
            << Text::tr("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Check from "
                        "the terminal instead: %1 check --token-stdin --image OWNER/NAME (see %1 check --help).")
                   .arg(b)
            << u'\n';
        return 2;
    case Launch::Window:
        break;
    }
    return 0;
}

QString windowOptionsHelp()
{
    QCommandLineParser parser;
    addOptions(&parser);
    return parser.helpText();
}

bool parseWindowOptions(const QStringList& arguments, WindowOptions* options, QString* error,
                        const QProcessEnvironment& environment)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOptions(&parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = Text::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst());
        return false;
    }
    // The values the check command takes too are read by its rules, with its sentences (RequestOptions).
    if (!readRequestOptions(parser, environment, &options->request, error))
        return false;
    options->autorun = parser.isSet(u"autorun"_s);
    options->screenshot = parser.value(u"screenshot"_s);
    options->language = parser.value(u"lang"_s);
    options->help = parser.isSet(u"help"_s);
    options->version = parser.isSet(u"version"_s);
    options->exitAfterFirstFrame = parser.isSet(u"exit-after-first-frame"_s);
    options->allPackages = parser.isSet(u"all-packages"_s);
    return true;
}

namespace {

/// The shared options: Advanced's overrides and the prefilled fields.
void prefill(MainWindow* window, const RequestOptionValues& request)
{
    CheckOverrides overrides;
    overrides.apiUrl = request.apiUrl.value_or(QUrl());
    overrides.registry = request.registry;
    overrides.timeoutSeconds = request.timeoutSeconds.value_or(0);
    overrides.caFile = request.caFile;
    if (!overrides.apiUrl.isEmpty() || !overrides.registry.isEmpty() || !overrides.caFile.isEmpty() ||
        overrides.timeoutSeconds > 0)
        window->setCheckOverrides(overrides);
    if (!request.host.isEmpty())
        window->setHost(request.host);
    if (!request.user.isEmpty())
        window->setUser(request.user);
    if (!request.images.isEmpty())
        window->setImage(request.images.constLast());
    if (request.operations)
        window->setOperations(*request.operations);
    if (!request.tokenVariable.isEmpty())
        window->setToken(qEnvironmentVariable(request.tokenVariable.toLocal8Bit().constData()));
}

} // namespace

void applyWindowOptions(MainWindow* window, const WindowOptions& options)
{
    prefill(window, options.request);
    if (options.allPackages) {
        QTimer::singleShot(0, window, [window, options] { applyPackagesOptions(window, options); });
        return;
    }
    if (!options.screenshot.isEmpty()) {
        const QString file = options.screenshot;
        auto grabAndQuit = [window, file] {
            // Let the last layout and paint settle before the picture is taken.
            QTimer::singleShot(400, window, [window, file] {
                const bool saved = window->grab().save(file, "PNG");
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        if (options.autorun)
            QObject::connect(window, &MainWindow::checkFinished, window, grabAndQuit);
        else
            QTimer::singleShot(0, window, grabAndQuit);
    }
    if (options.autorun)
        QTimer::singleShot(0, window, &MainWindow::startCheck);
}

} // namespace ghcr
