#include "app/cli/CheckOptions.h"

#include "app/core/AppInfo.h"
#include "app/core/AppVersion.h"
#include "app/core/model/RequestOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// The check command's sentences keep the "CheckCommand" translation context they were written in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

/// The check's own options besides the shared ones (RequestOptions): several images, the token's other sources,
/// the output and the switches.
QList<QCommandLineOption> checkOptions()
{
    // Accepted only to refuse it with an explanation.
    QCommandLineOption token(u"token"_s, u"(refused)"_s, u"TOKEN"_s);
    token.setFlags(QCommandLineOption::HiddenFromHelp);
    return {
        {u"all-packages"_s,
         Text::tr("Check every container package the token can list (yours and your organizations', through "
                  "GitHub's packages API; needs read:packages) and print a table: which images this token can pull "
                  "and push.")},
        {u"owner"_s,
         Text::tr("With --all-packages: list only this organization's (or your own login's) packages; repeat for "
                  "several. Also names organizations the token cannot list by itself."),
         u"ORG"_s},
        {u"images-file"_s,
         Text::tr("Check the images in FILE (one OWNER/NAME[:TAG] a line, # starts a comment), e.g. when the token "
                  "may not list packages."),
         u"FILE"_s},
        {u"token-stdin"_s, Text::tr("Read the token from standard input.")},
        {u"token-keychain"_s,
         Text::tr("Use the token the window remembered in the operating system's keychain for --host (with --user "
                  "when it remembers several).")},
        // "github" is documented here: it is an output mode for a workflow, not a report file format.
        {u"format"_s,
         Text::tr("Output format: text (default), json, markdown, html, pdf, or github (GitHub Actions: annotations, "
                  "and the summary appended to $GITHUB_STEP_SUMMARY or to --output FILE; the default when "
                  "GITHUB_ACTIONS=true)."),
         u"FORMAT"_s},
        {u"output"_s,
         Text::tr("Write the report to FILE (atomically) instead of stdout; \"-\" or a device such as /dev/stdout "
                  "writes it as a stream."),
         u"FILE"_s},
        {u"allow-http-loopback"_s,
         Text::tr("Allow plain HTTP to a registry or API on this computer (127.0.0.1/localhost).")},
        {u"no-docker-credentials"_s,
         Text::tr("Do not compare with the logins Docker, Podman (also Buildah, skopeo) and Helm saved for the "
                  "registry (by default their config files are read and Docker's credential helper asked; only "
                  "fingerprints are kept).")},
        token,
    };
}

void setUpParser(QCommandLineParser* parser)
{
    const QString version = QStringLiteral(GHCR_APP_NAME) + u' ' + appVersionText();
    parser->setApplicationDescription(
        Text::tr("%1 — checks a GitHub token against the GitHub API and the container registry, side by side.\n\n"
                 "Usage: %2 check [options]     (no arguments: open the window)\n\n"
                 "The token is read from standard input or an environment variable, never from the command line.\n"
                 "Exit codes: 0 every requested operation works; 1 action needed; 2 usage or bad input; "
                 "3 the check could not complete (network, TLS, server error).")
            .arg(version, QStringLiteral(GHCR_BINARY)));
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOptions(
        {{{u"h"_s, u"help"_s}, Text::tr("Show this help.")}, {u"version"_s, Text::tr("Show the version.")}});
    addRequestOptions(parser);
    parser->addOptions(checkOptions());
}

/// At most this many bad image references are told one by one; the rest are counted.
constexpr int maxImageProblems = 20;

/// The bad image references, one a line, the first maxImageProblems of them, then how many more.
QString imageProblemsMessage(const QStringList& problems)
{
    QStringList shown = problems.mid(0, maxImageProblems);
    if (problems.size() > maxImageProblems)
        shown << Text::tr("…and %n more bad image reference(s).", nullptr, int(problems.size() - maxImageProblems));
    return shown.join(u'\n');
}

/// Why `image` cannot be one of several images, or nothing: OWNER/NAME[:TAG][@DIGEST], with the checked registry's
/// host in front or not (as one image may be written).
QString imageProblem(const QString& image, const QString& registry)
{
    if (const ImageLint lint = lintImage(image, registry); !lint.typedHost.isEmpty())
        return lint.valid ? QString() : lint.notes.constLast().message;
    QString error;
    return parseImageReference(image, nullptr, nullptr, &error) ? QString() : error;
}

/// Each of several --image values that is not an image reference, with its own sentence.
QStringList badImageValues(const QStringList& images, const QString& registry)
{
    QStringList problems;
    for (const QString& image : images)
        if (const QString error = imageProblem(image, registry); !error.isEmpty())
            problems << Text::tr("--image “%1”: %2").arg(image, error);
    return problems;
}

/// --images-file's images after `images`; every bad line in `problems` (with its number). Empty unless the file
/// cannot be read or names no image.
QString readImages(const QCommandLineParser& parser, const QString& registry, QStringList* images,
                   QStringList* problems)
{
    if (!parser.isSet(u"images-file"_s))
        return {};
    QFile file(parser.value(u"images-file"_s));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Text::tr("Cannot read the images file %1: %2").arg(file.fileName(), file.errorString());
    const qsizetype before = images->size();
    int lineNumber = 0;
    while (!file.atEnd() && lineNumber < 100000) {
        ++lineNumber;
        QString line = QString::fromUtf8(file.readLine(4096));
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (const QString error = imageProblem(line, registry); !error.isEmpty())
            *problems << Text::tr("%1, line %2: %3").arg(file.fileName()).arg(lineNumber).arg(error);
        else
            *images << line;
    }
    if (images->size() == before && problems->isEmpty() && !parser.isSet(u"all-packages"_s))
        return Text::tr("The images file %1 names no image.").arg(file.fileName());
    return {};
}

/// The request, the images and the matrix switches. Empty on success, else the usage error.
QString readRequest(const QCommandLineParser& parser, const QProcessEnvironment& environment, CheckOptions* options)
{
    RequestOptionValues values;
    if (QString error; !readRequestOptions(parser, environment, &values, &error))
        return error;
    CheckRequest& request = options->request;
    if (!values.host.isEmpty())
        request.host = values.host;
    request.apiUrl = values.apiUrl.value_or(QUrl());
    request.registry = values.registry;
    request.user = values.user;
    request.operations = values.operations.value_or(request.operations);
    request.timeoutSeconds = values.timeoutSeconds.value_or(request.timeoutSeconds);
    request.extraCaCertificates = values.caCertificates;
    request.caFile = values.caFile;
    options->tokenVariable = values.tokenVariable;
    // Several images, a file of images or every package: the matrix (one table, one verdict for all).
    options->images = values.images;
    QStringList problems;
    const QString registry = request.resolved().registry;
    if (const QString error = readImages(parser, registry, &options->images, &problems); !error.isEmpty())
        return error;
    options->allPackages = parser.isSet(u"all-packages"_s);
    options->owners = parser.values(u"owner"_s);
    options->matrix =
        options->allPackages || parser.isSet(u"owner"_s) || parser.isSet(u"images-file"_s) || values.images.size() > 1;
    // Every bad reference at once, before any request: the user fixes them in one go.
    if (options->matrix)
        problems = badImageValues(values.images, registry) + problems;
    if (!problems.isEmpty())
        return imageProblemsMessage(problems);
    if (parser.isSet(u"owner"_s) && !options->allPackages)
        return Text::tr("--owner names whose packages --all-packages lists: add --all-packages.");
    request.image = options->matrix ? QString() : options->images.value(0);
    request.allowHttpLoopback = parser.isSet(u"allow-http-loopback"_s);
    request.inspectDockerCredentials = !parser.isSet(u"no-docker-credentials"_s);
    request.actions = ActionsContext::fromEnvironment(environment);
    return request.validate();
}

/// --format and --output. Empty on success, else the usage error.
QString readOutput(const QCommandLineParser& parser, CheckOptions* options)
{
    options->outputPath = parser.value(u"output"_s);
    const bool formatSet = parser.isSet(u"format"_s);
    const QString formatId = parser.value(u"format"_s);
    options->githubFormat = formatSet ? formatId.trimmed().compare(u"github"_s, Qt::CaseInsensitive) == 0
                                      : options->outputPath.isEmpty() && options->request.actions.inActions;
    std::optional<ReportFormat> format = ReportFormat::Text;
    if (options->githubFormat)
        format = ReportFormat::Markdown;
    else if (formatSet)
        format = reportFormatFromId(formatId);
    else if (!options->outputPath.isEmpty())
        format = reportFormatFromFileName(options->outputPath).value_or(ReportFormat::Text);
    if (!format)
        return Text::tr("Unknown format “%1”: use text, json, markdown, html, pdf or github.").arg(formatId);
    if (*format == ReportFormat::Pdf && options->outputPath.isEmpty())
        return Text::tr("PDF is written to a file: add --output FILE.pdf.");
    options->format = *format;
    return {};
}

/// Two token sources at once: the usage error, told before the values are read.
QString tokenSourceConflict(const QCommandLineParser& parser)
{
    const bool fromStdin = parser.isSet(u"token-stdin"_s);
    const bool fromEnvironment = parser.isSet(u"token-env"_s);
    if (fromStdin && fromEnvironment)
        return Text::tr("Use either --token-stdin or --token-env, not both.");
    if (parser.isSet(u"token-keychain"_s) && (fromStdin || fromEnvironment))
        return Text::tr("Use one of --token-stdin, --token-env and --token-keychain.");
    return {};
}

/// --token-stdin, --token-env VAR (read with the shared options) or --token-keychain; none only when not required.
QString readTokenSource(const QCommandLineParser& parser, CheckOptions* options, bool required)
{
    if (parser.isSet(u"token-keychain"_s))
        options->tokenSource = TokenSource::Keychain;
    else if (parser.isSet(u"token-stdin"_s))
        options->tokenSource = TokenSource::Stdin;
    else if (parser.isSet(u"token-env"_s))
        options->tokenSource = TokenSource::Environment;
    else if (!required)
        options->tokenSource = TokenSource::None;
    else
        return Text::tr("Give the token with --token-stdin (e.g. printf '%s' \"$TOKEN\" | %1 check --token-stdin) or "
                        "--token-env VAR.")
            .arg(QStringLiteral(GHCR_BINARY));
    return {};
}

} // namespace

ParsedCheckOptions parseCheckOptions(const QStringList& arguments, const QProcessEnvironment& environment,
                                     bool tokenRequired)
{
    const QString first = arguments.value(1);
    if (first == u"--version"_s || first == u"-v"_s)
        return VersionRequested{};
    QCommandLineParser parser;
    setUpParser(&parser);
    QStringList args = arguments;
    if (args.size() >= 2 && args.at(1) == u"check"_s)
        args.removeAt(1);
    if (!parser.parse(args))
        return UsageError{parser.errorText()};
    if (parser.isSet(u"help"_s) || first == u"--help"_s || first == u"-h"_s || first == u"help"_s)
        return HelpRequested{parser.helpText()};
    if (parser.isSet(u"version"_s))
        return VersionRequested{};
    if (parser.isSet(u"token"_s))
        return UsageError{Text::tr("The token is never taken from the command line (it would be visible to other "
                                   "users and stay in your shell history). Use --token-stdin or --token-env VAR.")};
    if (!parser.positionalArguments().isEmpty())
        return UsageError{Text::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst())};
    if (QString error = tokenSourceConflict(parser); !error.isEmpty())
        return UsageError{error};
    CheckOptions options;
    if (QString error = readRequest(parser, environment, &options); !error.isEmpty())
        return UsageError{error};
    if (QString error = readOutput(parser, &options); !error.isEmpty())
        return UsageError{error};
    if (QString error = readTokenSource(parser, &options, tokenRequired); !error.isEmpty())
        return UsageError{error};
    return options;
}

} // namespace ghcr
