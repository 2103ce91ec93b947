#include "app/cli/CheckCommand.h"

#include "app/cli/CheckOptions.h"

#include "app/core/AppInfo.h"
#include "app/core/AppVersion.h"
#include "app/core/CheckRunner.h"
#include "app/core/MatrixRunner.h"
#include "app/core/token/Redactor.h"
#include "app/reports/Report.h"
#include "app/storage/TokenStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QUuid>

#include <cstdio>
#include <utility>

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
/// summary appended to `summaryPath`; outputs verdict/pull/push appended to $GITHUB_OUTPUT when set. Outside
/// Actions, stderr says so once.
int writeGitHubOutput(const Diagnosis& diagnosis, const QString& summaryPath)
{
    QTextStream err(stderr);
    if (!diagnosis.request.actions.inActions)
        err << CheckCommandText::tr("Not in GitHub Actions (GITHUB_ACTIONS is not “true”): the workflow commands and "
                                    "the job summary are printed here, and no workflow run was judged.")
            << u'\n' << Qt::flush;
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

namespace {

/// The token the window remembered for `host` (and `user`, or the only one remembered), from the keychain.
QString keychainToken(const QString& host, const QString& user, QString* error)
{
    TokenStore store;
    QStringList users;
    for (const QString& key : store.rememberedKeys()) {
        QString keyHost;
        QString keyUser;
        if (TokenStore::splitKey(key, &keyHost, &keyUser) && keyHost == host)
            users << keyUser;
    }
    if (!user.isEmpty() && !users.contains(user))
        users.clear();
    else if (!user.isEmpty())
        users = QStringList{user};
    if (users.size() != 1) {
        *error = users.isEmpty() ? CheckCommandText::tr("The keychain holds no token remembered for %1%2 (the window "
                                                        "remembers one with “Remember token in the system keychain”).")
                                       .arg(host, user.isEmpty() ? QString() : u" / "_s + user)
                                 : CheckCommandText::tr("The keychain holds tokens for several users of %1 (%2): add "
                                                        "--user NAME.")
                                       .arg(host, users.join(u", "_s));
        return {};
    }
    QString token;
    QEventLoop loop;
    QObject::connect(&store, &TokenStore::loaded, &loop,
                     [&](const QString&, const QString& loaded, const TokenStoreResult& result) {
                         token = loaded;
                         if (!result.ok)
                             *error = result.message;
                         loop.quit();
                     });
    store.load(host, users.constFirst());
    if (store.pendingJobs() > 0)
        loop.exec();
    if (token.isEmpty() && error->isEmpty())
        *error = CheckCommandText::tr("The keychain entry for %1 / %2 is empty.").arg(host, users.constFirst());
    return token;
}

} // namespace

QString readCheckToken(const CheckOptions& options, const QProcessEnvironment& environment, QString* error)
{
    QString token;
    if (options.tokenSource == TokenSource::Stdin) {
        const StdinToken input = readStdinToken();
        if (input.bytes > maxStdinBytes) {
            *error = CheckCommandText::tr("Standard input held %1 bytes; a GitHub token is a few hundred "
                                          "characters at most. Did you pipe a file instead of the token?")
                         .arg(groupedNumber(input.bytes));
            return {};
        }
        // One line ending is how every shell ends `echo "$TOKEN"`: dropped silently, as docker login does.
        token = dropOneTrailingNewline(input.text);
    } else if (options.tokenSource == TokenSource::Keychain) {
        token = keychainToken(options.request.resolved().host, options.request.user, error);
        if (token.isEmpty())
            return {};
    } else {
        token = environment.value(options.tokenVariable);
    }
    Redactor::registerSecret(normalizeToken(token));
    const TokenAnalysis analysis = analyzeToken(token);
    if (analysis.hasIssue(u"empty"_s)) {
        *error = CheckCommandText::tr("The token is empty.");
        return {};
    }
    if (!canBeSent(analysis)) {
        // A checksum mismatch still travels (GitHub's answer proves the typo); these cannot.
        for (const TokenIssue& issue : analysis.issues) {
            if (issue.fatal && issue.id != u"checksum-mismatch"_s) {
                *error = CheckCommandText::tr("The token cannot be used: %1").arg(issue.message);
                return {};
            }
        }
    }
    return token;
}

Diagnosis runCheckDiagnosis(const CheckOptions& options, QString token, QTextStream& err)
{
    QNetworkAccessManager network;
    Diagnosis diagnosis;
    QEventLoop loop;
    CheckRunner runner(&network);
    MatrixRunner matrixRunner(&network);
    const auto done = [&](const Diagnosis& d) {
        diagnosis = d;
        loop.quit();
    };
    QObject::connect(&runner, &CheckRunner::finished, &loop, done);
    QObject::connect(&matrixRunner, &MatrixRunner::finished, &loop, done);
    bool progressShown = false;
#ifdef Q_OS_UNIX
    // A progress line only for a person watching: never in a pipe or a log.
    if (::isatty(STDERR_FILENO)) {
        QObject::connect(&matrixRunner, &MatrixRunner::progress, &loop, [&](int finished, int total) {
            err << u'\r' << CheckCommandText::tr("Checked %1 of %n image(s)…", nullptr, total).arg(finished);
            err.flush();
            progressShown = true;
        });
    }
#endif
    if (options.matrix) {
        MatrixRequest m;
        m.base = options.request;
        m.allPackages = options.allPackages;
        m.owners = options.owners;
        m.images = options.images;
        matrixRunner.start(m, token);
    } else {
        runner.start(options.request, token);
    }
    token.fill(u'\0');
    if (runner.isRunning() || matrixRunner.isRunning())
        loop.exec();
    if (progressShown) {
        err << u'\n';
        err.flush();
    }
    return diagnosis;
}

namespace {

/// The report where the options say: a file (atomically), a device or "-" (as a stream), or stdout.
int writeReport(const CheckOptions& options, const Diagnosis& diagnosis, QTextStream& out, QTextStream& err)
{
    const QString& outputPath = options.outputPath;
    // "-" and devices (/dev/stdout, /dev/stderr, a FIFO) are written as a stream, not replaced atomically.
    const QFileInfo outputInfo(outputPath);
    const bool toStdout = outputPath == u"-"_s;
    const bool toDevice = !toStdout && !outputPath.isEmpty() &&
                          (outputPath.startsWith(u"/dev/"_s) || outputPath.startsWith(u"/proc/self/fd/"_s) ||
                           (outputInfo.exists() && !outputInfo.isFile() && !outputInfo.isDir()));
    if (toDevice) {
        QFile device(outputPath);
        if (!device.open(QIODevice::WriteOnly) || !writeReport(diagnosis, options.format, &device)) {
            err << Redactor::redact(
                       CheckCommandText::tr("Cannot write the report to %1: %2").arg(outputPath, device.errorString()))
                << u'\n';
            return ExitIncomplete;
        }
    } else if (!outputPath.isEmpty() && !toStdout) {
        QString error;
        if (!saveReport(diagnosis, options.format, outputPath, &error)) {
            err << Redactor::redact(error) << u'\n';
            return ExitIncomplete;
        }
        err << CheckCommandText::tr("Report written to %1").arg(outputPath) << u'\n';
        err << diagnosis.summary << u'\n';
    } else {
        out.flush();
        QFile so;
        if (so.open(stdout, QIODevice::WriteOnly))
            writeReport(diagnosis, options.format, &so);
    }
    return diagnosis.exitCode();
}

} // namespace

int runCheckCommand(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const ParsedCheckOptions parsed = parseCheckOptions(arguments, environment);
    if (const auto* usage = std::get_if<UsageError>(&parsed))
        return usageError(usage->message);
    if (const auto* help = std::get_if<HelpRequested>(&parsed)) {
        out << help->text;
        return ExitOk;
    }
    if (std::holds_alternative<VersionRequested>(parsed)) {
        out << QStringLiteral(GHCR_BINARY) << u' ' << appVersionText() << u'\n';
        return ExitOk;
    }
    const CheckOptions& options = std::get<CheckOptions>(parsed);
    QString error;
    QString token = readCheckToken(options, environment, &error);
    if (token.isEmpty())
        return usageError(error);
    const QString clean = normalizeToken(token);
    const Diagnosis diagnosis = runCheckDiagnosis(options, std::exchange(token, QString()), err);
    Redactor::forgetSecret(clean);
    if (options.githubFormat)
        return writeGitHubOutput(diagnosis, options.outputPath.isEmpty() ? environment.value(u"GITHUB_STEP_SUMMARY"_s)
                                                                         : options.outputPath);
    return writeReport(options, diagnosis, out, err);
}

} // namespace ghcr
