#include "app/cli/CheckCommand.h"

#include "app/core/AppInfo.h"
#include "app/core/AppVersion.h"
#include "app/core/CheckRunner.h"
#include "app/core/MatrixRunner.h"
#include "app/core/token/Redactor.h"
#include "app/reports/Report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QTextStream>
#include <QUuid>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// The file's user-visible sentences, in the "CheckCommand" translation context (lupdate extracts
/// CheckCommandText::tr).
class CheckCommandText
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

enum ExitCode { ExitOk = 0, ExitActionNeeded = 1, ExitUsage = 2, ExitIncomplete = 3 };

int usageError(const QString& message)
{
    QTextStream err(stderr);
    err << QStringLiteral(GHCR_BINARY) << u": "_s << Redactor::redact(message) << u'\n'
        << CheckCommandText::tr("Run “%1 check --help” for the options.").arg(QStringLiteral(GHCR_BINARY)) << u'\n';
    return ExitUsage;
}

/// Appends to a file the runner gave us ($GITHUB_STEP_SUMMARY, $GITHUB_OUTPUT). False with `error` set on failure.
bool appendToFile(const QString& path, const QByteArray& data, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(data) != data.size()) {
        *error = CheckCommandText::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString operationOutput(const Diagnosis& diagnosis, Operation op)
{
    const OperationResult* r = diagnosis.registry.operation(op);
    if (!r || !r->requested)
        return u"not-requested"_s;
    if (!r->allowed.has_value())
        return u"unknown"_s;
    return *r->allowed ? u"allowed"_s : u"refused"_s;
}

/// `--format github`: annotations on stdout, then the text report (or, with no summary file, the
/// summary) inside ::stop-commands:: so that nothing a server said can act as a workflow command; the
/// summary appended to `summaryPath`; outputs verdict/pull/push appended to $GITHUB_OUTPUT when set.
int writeGitHubOutput(const Diagnosis& diagnosis, const QString& summaryPath)
{
    QTextStream err(stderr);
    QFile so;
    if (!so.open(stdout, QIODevice::WriteOnly))
        return ExitIncomplete;
    so.write(renderGitHubAnnotations(diagnosis));
    const QByteArray resume = "ghcr-doctor-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    so.write("::stop-commands::" + resume + '\n');
    so.write(summaryPath.isEmpty() ? renderGitHubStepSummary(diagnosis) : renderReport(diagnosis, ReportFormat::Text));
    so.write("\n::" + resume + "::\n");
    so.flush();

    QString error;
    if (!summaryPath.isEmpty() && !appendToFile(summaryPath, renderGitHubStepSummary(diagnosis), &error)) {
        err << Redactor::redact(error) << u'\n';
        return ExitIncomplete;
    }
    const QString outputPath = qEnvironmentVariable("GITHUB_OUTPUT");
    if (!outputPath.isEmpty()) {
        const QString outputs = u"verdict="_s + verdictId(diagnosis.verdict) + u"\npull="_s +
                                operationOutput(diagnosis, Operation::Pull) + u"\npush="_s +
                                operationOutput(diagnosis, Operation::Push) + u'\n';
        if (!appendToFile(outputPath, outputs.toUtf8(), &error)) {
            err << Redactor::redact(error) << u'\n';
            return ExitIncomplete;
        }
    }
    return diagnosis.exitCode();
}

constexpr qint64 maxStdinBytes = 64 * 1024;

/// The token from standard input. A terminal gets a prompt and hidden input, as `docker login` gives;
/// a pipe is read to its end so that its true size can be told when it is far too large.
struct StdinToken
{
    QString text;
    qint64 bytes = 0; ///< everything standard input held
    bool terminal = false;
    bool readable = true;
};

/// 10485760 → "10,485,760", whatever the locale.
QString groupedNumber(qint64 n)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    return c.toString(n);
}

StdinToken readStdinToken()
{
    StdinToken result;
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        result.terminal = true;
        // Echo off first, then the prompt: nothing typed after the prompt shows.
        termios saved{};
        const bool haveTermios = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (haveTermios) {
            termios hidden = saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
        }
        QTextStream prompt(stderr);
        prompt << CheckCommandText::tr("Token (input hidden): ");
        prompt.flush();
        QByteArray line;
        char c = 0;
        while (line.size() <= maxStdinBytes && ::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
            line += c;
        if (haveTermios)
            ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        prompt << u'\n';
        prompt.flush();
        result.bytes = line.size();
        result.text = QString::fromUtf8(line);
        line.fill('\0');
        return result;
    }
#endif
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        result.readable = false;
        return result;
    }
    // Keep a little more than a token can be, count the rest so that the size told is the true one.
    QByteArray kept;
    while (true) {
        const QByteArray chunk = in.read(64 * 1024);
        if (chunk.isEmpty())
            break;
        if (kept.size() <= maxStdinBytes)
            kept += chunk.left(maxStdinBytes + 1 - kept.size());
        result.bytes += chunk.size();
    }
    result.text = QString::fromUtf8(kept);
    kept.fill('\0');
    return result;
}

} // namespace

bool headlessNeedsGui(const QStringList& arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--format=pdf"_s || ((a == u"--format"_s || a == u"-f"_s) && arguments.value(i + 1) == u"pdf"_s))
            return true;
        if ((a == u"--output"_s || a == u"-o"_s) && arguments.value(i + 1).endsWith(u".pdf"_s, Qt::CaseInsensitive))
            return true;
        if (a.startsWith(u"--output="_s) && a.endsWith(u".pdf"_s, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

int runCheckCommand(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);
    const QString version = QStringLiteral(GHCR_APP_NAME) + u' ' + appVersionText();
    if (first == u"--version"_s || first == u"-v"_s) {
        out << QStringLiteral(GHCR_BINARY) << u' ' << appVersionText() << u'\n';
        return ExitOk;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CheckCommandText::tr(
            "%1 — checks a GitHub token against the GitHub API and the container registry, side by side.\n\n"
            "Usage: %2 check [options]     (no arguments: open the window)\n\n"
            "The token is read from standard input or an environment variable, never from the command line.\n"
            "Exit codes: 0 every requested operation works; 1 action needed; 2 usage or bad input; "
            "3 the check could not complete (network, TLS, server error).")
            .arg(version, QStringLiteral(GHCR_BINARY)));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOpt({u"h"_s, u"help"_s}, CheckCommandText::tr("Show this help."));
    const QCommandLineOption versionOpt(u"version"_s, CheckCommandText::tr("Show the version."));
    const QCommandLineOption hostOpt(
        u"host"_s, CheckCommandText::tr("GitHub host: github.com (default) or a GitHub Enterprise Server host."),
        u"HOST"_s, u"github.com"_s);
    const QCommandLineOption apiOpt(
        u"api-url"_s,
        CheckCommandText::tr("GitHub API base URL (default https://api.github.com, or https://HOST/api/v3)."),
        u"URL"_s);
    const QCommandLineOption registryOpt(
        u"registry"_s, CheckCommandText::tr("Container registry HOST[:PORT] (default ghcr.io, or containers.HOST)."),
        u"HOST"_s);
    const QCommandLineOption userOpt(
        u"user"_s, CheckCommandText::tr("User name for the registry (default: the API's login)."), u"NAME"_s);
    const QCommandLineOption imageOpt(
        u"image"_s,
        CheckCommandText::tr("Image to probe, OWNER/NAME[:TAG]. Without it only login is checked. Repeat it to check "
                             "several images at once (a table of every image)."),
        u"IMAGE"_s);
    const QCommandLineOption allPackagesOpt(
        u"all-packages"_s,
        CheckCommandText::tr("Check every container package the token can list (yours and your organizations', "
                             "through GitHub's packages API; needs read:packages) and print a table: which images "
                             "this token can pull and push."));
    const QCommandLineOption ownerOpt(
        u"owner"_s,
        CheckCommandText::tr("With --all-packages: list only this organization's (or your own login's) packages; "
                             "repeat for several. Also names organizations the token cannot list by itself."),
        u"ORG"_s);
    const QCommandLineOption imagesFileOpt(
        u"images-file"_s,
        CheckCommandText::tr("Check the images in FILE (one OWNER/NAME[:TAG] a line, # starts a comment), e.g. when "
                             "the token may not list packages."),
        u"FILE"_s);
    const QCommandLineOption opsOpt(
        u"ops"_s,
        CheckCommandText::tr(
            "Operations to verify: any of login,pull,push,delete (default pull). Login is always checked; "
            "\"login\" alone checks nothing more. Push starts an empty upload and cancels it; nothing is written. "
            "Delete is judged from scopes only. Exit code 0 only when every requested operation was proved."),
        u"LIST"_s, u"pull"_s);
    const QCommandLineOption stdinOpt(u"token-stdin"_s, CheckCommandText::tr("Read the token from standard input."));
    const QCommandLineOption envOpt(u"token-env"_s,
                                    CheckCommandText::tr("Read the token from environment variable VAR."), u"VAR"_s);
    const QCommandLineOption caOpt(u"ca-file"_s,
                                   CheckCommandText::tr("Also trust the CA certificates in this PEM file."), u"PEM"_s);
    const QCommandLineOption timeoutOpt(
        u"timeout"_s,
        CheckCommandText::tr("Budget of the whole check in seconds, 1–600 (default 20): whatever the servers do, the "
                             "verdict comes within it."),
        u"SECONDS"_s, u"20"_s);
    const QCommandLineOption formatOpt(
        u"format"_s,
        CheckCommandText::tr("Output format: text (default), json, markdown, html, pdf, or github (GitHub Actions: "
                             "annotations, and the summary appended to $GITHUB_STEP_SUMMARY or to --output FILE; "
                             "the default when GITHUB_ACTIONS=true)."),
        u"FORMAT"_s);
    // "github" is documented separately: it is an output mode for a workflow, not a report file format.
    const QCommandLineOption outputOpt(
        u"output"_s,
        CheckCommandText::tr("Write the report to FILE (atomically) instead of stdout; \"-\" or a device such as "
                             "/dev/stdout writes it as a stream."),
        u"FILE"_s);
    const QCommandLineOption httpOpt(
        u"allow-http-loopback"_s,
        CheckCommandText::tr("Allow plain HTTP to a registry or API on this computer (127.0.0.1/localhost)."));
    const QCommandLineOption noDockerOpt(
        u"no-docker-credentials"_s,
        CheckCommandText::tr("Do not compare with the login Docker/Podman saved for the registry (by default their "
                             "config is read and its credential helper asked; only fingerprints are kept)."));
    // Accepted only to refuse it with an explanation.
    QCommandLineOption hiddenToken(u"token"_s, u"(refused)"_s, u"TOKEN"_s);
    hiddenToken.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({helpOpt,        versionOpt, hostOpt,       apiOpt,  registryOpt, userOpt,    imageOpt,
                       allPackagesOpt, ownerOpt,   imagesFileOpt, opsOpt,  stdinOpt,    envOpt,     caOpt,
                       timeoutOpt,     formatOpt,  outputOpt,     httpOpt, noDockerOpt, hiddenToken});

    QStringList args = arguments;
    if (args.size() >= 2 && args.at(1) == u"check"_s)
        args.removeAt(1);
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(helpOpt) || first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(versionOpt)) {
        out << QStringLiteral(GHCR_BINARY) << u' ' << appVersionText() << u'\n';
        return ExitOk;
    }
    if (parser.isSet(hiddenToken))
        return usageError(
            CheckCommandText::tr("The token is never taken from the command line (it would be visible to other users "
                                 "and stay in your shell history). Use --token-stdin or --token-env VAR."));
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            CheckCommandText::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));

    CheckRequest request;
    request.host = parser.value(hostOpt);
    if (parser.isSet(apiOpt)) {
        request.apiUrl = QUrl(parser.value(apiOpt));
        if (!request.apiUrl.isValid() || request.apiUrl.host().isEmpty())
            return usageError(CheckCommandText::tr("“%1” is not a valid API URL.").arg(parser.value(apiOpt)));
    }
    request.registry = parser.value(registryOpt);
    request.user = parser.value(userOpt);
    // Several images, a file of images or every package: the matrix (one table, one verdict for all).
    QStringList images = parser.values(imageOpt);
    if (parser.isSet(imagesFileOpt)) {
        QFile file(parser.value(imagesFileOpt));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return usageError(
                CheckCommandText::tr("Cannot read the images file %1: %2").arg(file.fileName(), file.errorString()));
        int lineNumber = 0;
        while (!file.atEnd() && lineNumber < 100000) {
            ++lineNumber;
            QString line = QString::fromUtf8(file.readLine(4096));
            if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
                line.truncate(hash);
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            QString repository;
            QString reference;
            QString error;
            if (!parseImageReference(line, &repository, &reference, &error))
                return usageError(
                    CheckCommandText::tr("%1, line %2: %3").arg(file.fileName()).arg(lineNumber).arg(error));
            images << line;
        }
        if (images.isEmpty() && !parser.isSet(allPackagesOpt))
            return usageError(CheckCommandText::tr("The images file %1 names no image.").arg(file.fileName()));
    }
    const bool matrix =
        parser.isSet(allPackagesOpt) || parser.isSet(ownerOpt) || parser.isSet(imagesFileOpt) || images.size() > 1;
    if (parser.isSet(ownerOpt) && !parser.isSet(allPackagesOpt))
        return usageError(
            CheckCommandText::tr("--owner names whose packages --all-packages lists: add --all-packages."));
    request.image = matrix ? QString() : images.value(0);
    request.allowHttpLoopback = parser.isSet(httpOpt);
    request.inspectDockerCredentials = !parser.isSet(noDockerOpt);
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    request.actions = ActionsContext::fromEnvironment(environment);
    QString badOperation;
    const std::optional<QList<Operation>> operations = operationsFromList(parser.value(opsOpt), &badOperation);
    if (!operations)
        return usageError(
            CheckCommandText::tr("Unknown operation “%1”: use login, pull, push or delete.").arg(badOperation));
    request.operations = *operations;
    bool timeoutOk = false;
    const qlonglong timeout = parser.value(timeoutOpt).trimmed().toLongLong(&timeoutOk);
    if (!timeoutOk)
        return usageError(CheckCommandText::tr("--timeout takes a whole number of seconds."));
    if (timeout < 1 || timeout > 600)
        return usageError(CheckCommandText::tr("--timeout is the budget of the whole check: between 1 and 600 "
                                               "seconds."));
    request.timeoutSeconds = int(timeout);
    if (parser.isSet(caOpt)) {
        QFile pem(parser.value(caOpt));
        if (!pem.open(QIODevice::ReadOnly))
            return usageError(
                CheckCommandText::tr("Cannot read the CA file %1: %2").arg(pem.fileName(), pem.errorString()));
        request.extraCaCertificates = QSslCertificate::fromData(pem.readAll(), QSsl::Pem);
        if (request.extraCaCertificates.isEmpty())
            return usageError(CheckCommandText::tr("%1 holds no PEM certificate.").arg(pem.fileName()));
    }
    const QString problem = request.validate();
    if (!problem.isEmpty())
        return usageError(problem);

    std::optional<ReportFormat> format = ReportFormat::Text;
    const QString outputPath = parser.value(outputOpt);
    const bool githubFormat = parser.isSet(formatOpt)
                                  ? parser.value(formatOpt).trimmed().compare(u"github"_s, Qt::CaseInsensitive) == 0
                                  : outputPath.isEmpty() && request.actions.inActions;
    if (githubFormat)
        format = ReportFormat::Markdown;
    else if (parser.isSet(formatOpt))
        format = reportFormatFromId(parser.value(formatOpt));
    else if (!outputPath.isEmpty())
        format = reportFormatFromFileName(outputPath).value_or(ReportFormat::Text);
    if (!format)
        return usageError(CheckCommandText::tr("Unknown format “%1”: use text, json, markdown, html, pdf or github.")
                              .arg(parser.value(formatOpt)));
    if (*format == ReportFormat::Pdf && outputPath.isEmpty())
        return usageError(CheckCommandText::tr("PDF is written to a file: add --output FILE.pdf."));

    QString token;
    if (parser.isSet(stdinOpt) && parser.isSet(envOpt))
        return usageError(CheckCommandText::tr("Use either --token-stdin or --token-env, not both."));
    if (parser.isSet(stdinOpt)) {
        const StdinToken input = readStdinToken();
        if (input.bytes > maxStdinBytes)
            return usageError(CheckCommandText::tr("Standard input held %1 bytes; a GitHub token is a few hundred "
                                                   "characters at most. Did you pipe a file instead of the token?")
                                  .arg(groupedNumber(input.bytes)));
        // One line ending is how every shell ends `echo "$TOKEN"`: dropped silently, as docker login does.
        token = dropOneTrailingNewline(input.text);
    } else if (parser.isSet(envOpt)) {
        const QString var = parser.value(envOpt);
        if (!qEnvironmentVariableIsSet(var.toLocal8Bit().constData()))
            return usageError(CheckCommandText::tr("The environment variable %1 is not set.").arg(var));
        token = qEnvironmentVariable(var.toLocal8Bit().constData());
    } else {
        return usageError(
            CheckCommandText::tr("Give the token with --token-stdin (e.g. printf '%s' \"$TOKEN\" | %1 check "
                                 "--token-stdin) or --token-env VAR.")
                .arg(QStringLiteral(GHCR_BINARY)));
    }
    const QString clean = normalizeToken(token);
    Redactor::registerSecret(clean);
    const TokenAnalysis analysis = analyzeToken(token);
    if (analysis.hasIssue(u"empty"_s))
        return usageError(CheckCommandText::tr("The token is empty."));
    if (!canBeSent(analysis)) {
        // A checksum mismatch still travels (GitHub's answer proves the typo); these cannot.
        for (const TokenIssue& issue : analysis.issues)
            if (issue.fatal && issue.id != u"checksum-mismatch"_s)
                return usageError(CheckCommandText::tr("The token cannot be used: %1").arg(issue.message));
    }

    if (matrix) {
        for (const QString& image : std::as_const(images)) {
            QString repository;
            QString reference;
            QString error;
            if (!parseImageReference(image, &repository, &reference, &error))
                return usageError(error);
        }
    }

    QNetworkAccessManager network;
    Diagnosis diagnosis;
    QEventLoop loop;
    CheckRunner runner(&network);
    MatrixRunner matrixRunner(&network);
    QObject::connect(&runner, &CheckRunner::finished, &loop, [&](const Diagnosis& d) {
        diagnosis = d;
        loop.quit();
    });
    QObject::connect(&matrixRunner, &MatrixRunner::finished, &loop, [&](const Diagnosis& d) {
        diagnosis = d;
        loop.quit();
    });
    bool progressShown = false;
#ifdef Q_OS_UNIX
    // A progress line only for a person watching: never in a pipe or a log.
    if (::isatty(STDERR_FILENO)) {
        QObject::connect(&matrixRunner, &MatrixRunner::progress, &loop, [&](int done, int total) {
            err << u'\r' << CheckCommandText::tr("Checked %1 of %n image(s)…", nullptr, total).arg(done);
            err.flush();
            progressShown = true;
        });
    }
#endif
    if (matrix) {
        MatrixRequest m;
        m.base = request;
        m.allPackages = parser.isSet(allPackagesOpt);
        m.owners = parser.values(ownerOpt);
        m.images = images;
        matrixRunner.start(m, token);
    } else {
        runner.start(request, token);
    }
    token.fill(u'\0');
    token.clear();
    if (runner.isRunning() || matrixRunner.isRunning())
        loop.exec();
    Redactor::forgetSecret(clean);
    if (progressShown) {
        err << u'\n';
        err.flush();
    }

    if (githubFormat)
        return writeGitHubOutput(diagnosis,
                                 outputPath.isEmpty() ? environment.value(u"GITHUB_STEP_SUMMARY"_s) : outputPath);
    // "-" and devices (/dev/stdout, /dev/stderr, a FIFO) are written as a stream, not replaced atomically.
    const QFileInfo outputInfo(outputPath);
    const bool toStdout = outputPath == u"-"_s;
    const bool toDevice = !toStdout && !outputPath.isEmpty() &&
                          (outputPath.startsWith(u"/dev/"_s) || outputPath.startsWith(u"/proc/self/fd/"_s) ||
                           (outputInfo.exists() && !outputInfo.isFile() && !outputInfo.isDir()));
    if (toDevice) {
        QFile device(outputPath);
        if (!device.open(QIODevice::WriteOnly) || device.write(renderReport(diagnosis, *format)) < 0) {
            err << Redactor::redact(
                       CheckCommandText::tr("Cannot write the report to %1: %2").arg(outputPath, device.errorString()))
                << u'\n';
            return ExitIncomplete;
        }
    } else if (!outputPath.isEmpty() && !toStdout) {
        QString error;
        if (!saveReport(diagnosis, *format, outputPath, &error)) {
            err << Redactor::redact(error) << u'\n';
            return ExitIncomplete;
        }
        err << CheckCommandText::tr("Report written to %1").arg(outputPath) << u'\n';
        err << diagnosis.summary << u'\n';
    } else {
        out.flush();
        QFile so;
        if (so.open(stdout, QIODevice::WriteOnly))
            so.write(renderReport(diagnosis, *format));
    }
    return diagnosis.exitCode();
}

} // namespace ghcr
