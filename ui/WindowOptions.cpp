#include "WindowOptions.h"

#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSslCertificate>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(WindowOptions)
};

void addOptions(QCommandLineParser* parser)
{
    parser->addOptions({
        {u"host"_s, Text::tr("GitHub host: github.com or a GitHub Enterprise Server host."), u"HOST"_s},
        {u"api-url"_s, Text::tr("GitHub API base URL (default from the host)."), u"URL"_s},
        {u"registry"_s, Text::tr("Container registry HOST[:PORT] (default ghcr.io or containers.HOST)."), u"HOST"_s},
        {u"ca-file"_s, Text::tr("PEM file with extra CA certificates to trust."), u"PEM"_s},
        {u"user"_s, Text::tr("User name for the registry login."), u"NAME"_s},
        {u"image"_s, Text::tr("Image to probe: OWNER/NAME[:TAG]."), u"IMAGE"_s},
        {u"ops"_s, Text::tr("Operations to verify: pull,push,delete."), u"LIST"_s},
        {u"token-env"_s, Text::tr("Prefill the token from this environment variable (never from the command line)."),
         u"VAR"_s},
        {u"timeout"_s, Text::tr("Timeout per request in seconds."), u"SECONDS"_s},
        {u"autorun"_s, Text::tr("Start the check as soon as the window is shown.")},
        {u"screenshot"_s,
         Text::tr("Save a picture of the window to FILE (PNG) after the check (or at once without "
                  "--autorun), then quit."),
         u"FILE"_s},
        {u"lang"_s, Text::tr("User interface language (en, ru); default: the system locale."), u"LANG"_s},
    });
}

} // namespace

QString windowOptionsHelp()
{
    QCommandLineParser parser;
    addOptions(&parser);
    return parser.helpText();
}

bool parseWindowOptions(const QStringList& arguments, WindowOptions* options, QString* error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOptions(&parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = Text::tr("Unexpected argument “%1”. Run “ghcr-doctor --help” for the check command.")
                     .arg(parser.positionalArguments().constFirst());
        return false;
    }
    options->host = parser.value(u"host"_s);
    if (parser.isSet(u"api-url"_s)) {
        options->apiUrl = QUrl(parser.value(u"api-url"_s), QUrl::StrictMode);
        if (!options->apiUrl.isValid() || options->apiUrl.scheme().isEmpty()) {
            *error = Text::tr("--api-url needs a full URL such as https://ghe.example.com/api/v3.");
            return false;
        }
    }
    options->registry = parser.value(u"registry"_s);
    options->caFile = parser.value(u"ca-file"_s);
    options->user = parser.value(u"user"_s);
    options->image = parser.value(u"image"_s);
    if (parser.isSet(u"ops"_s)) {
        QList<Operation> ops;
        const QStringList ids = parser.value(u"ops"_s).split(u',', Qt::SkipEmptyParts);
        for (const QString& id : ids) {
            const std::optional<Operation> op = operationFromId(id.trimmed().toLower());
            if (!op) {
                *error = Text::tr("--ops takes pull, push and delete, separated by commas.");
                return false;
            }
            ops << *op;
        }
        options->operations = ops;
    }
    options->tokenEnv = parser.value(u"token-env"_s);
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        options->timeoutSeconds = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || options->timeoutSeconds < 1 || options->timeoutSeconds > 600) {
            *error = Text::tr("--timeout takes a number of seconds between 1 and 600.");
            return false;
        }
    }
    options->autorun = parser.isSet(u"autorun"_s);
    options->screenshot = parser.value(u"screenshot"_s);
    options->language = parser.value(u"lang"_s);
    return true;
}

bool applyWindowOptions(MainWindow* window, const WindowOptions& options, QString* error)
{
    CheckOverrides overrides;
    overrides.apiUrl = options.apiUrl;
    overrides.registry = options.registry;
    overrides.timeoutSeconds = options.timeoutSeconds;
    if (!options.caFile.isEmpty()) {
        if (QSslCertificate::fromPath(options.caFile, QSsl::Pem).isEmpty()) {
            *error = Text::tr("--ca-file: no PEM certificate found in “%1”.").arg(options.caFile);
            return false;
        }
        overrides.caFile = QFileInfo(options.caFile).absoluteFilePath();
    }
    if (!overrides.apiUrl.isEmpty() || !overrides.registry.isEmpty() || !overrides.caFile.isEmpty() ||
        overrides.timeoutSeconds > 0)
        window->setCheckOverrides(overrides);
    if (!options.host.isEmpty())
        window->setHost(options.host);
    if (!options.user.isEmpty())
        window->setUser(options.user);
    if (!options.image.isEmpty())
        window->setImage(options.image);
    if (options.operations)
        window->setOperations(*options.operations);
    if (!options.tokenEnv.isEmpty()) {
        const QString token = qEnvironmentVariable(options.tokenEnv.toLocal8Bit().constData());
        if (token.isEmpty()) {
            *error = Text::tr("--token-env: the environment variable %1 is empty or not set.").arg(options.tokenEnv);
            return false;
        }
        window->setToken(token);
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
    return true;
}

QString installTranslations(const QString& language)
{
    QString wanted = language;
    if (wanted.isEmpty())
        wanted = qEnvironmentVariable("GHCR_DOCTOR_LANG");
    QLocale locale = wanted.isEmpty() ? QLocale::system() : QLocale(wanted);
    if (!wanted.isEmpty())
        QLocale::setDefault(locale);

    auto* app = QCoreApplication::instance();
    auto* appTranslator = new QTranslator(app);
    if (!appTranslator->load(locale, u"ghcr-doctor"_s, u"_"_s, u":/i18n"_s)) {
        // English is the source language, but its plural forms ("1 problem", "2 problems") live in
        // the English translation: load it whenever no other language matched.
        if (appTranslator->load(u"ghcr-doctor_en"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(appTranslator);
        else
            delete appTranslator;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(appTranslator);
    // Qt's own strings (standard dialogs, context menus) in the same language.
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return locale.name().section(u'_', 0, 0);
}

} // namespace ghcr
