#include "app/cli/LoginCommand.h"

#include "app/cli/CheckCommand.h"
#include "app/cli/CheckOptions.h"
#include "app/core/AppInfo.h"
#include "app/core/diagnosis/Diagnosis.h"
#include "app/core/probes/DockerCredentials.h"
#include "app/core/token/Redactor.h"
#include "app/storage/LoginWriter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(LoginCommand)
};

enum ExitCode { ExitDone = 0, ExitNotDone = 1, ExitUsage = 2, ExitFailed = 3 };

/// What `login`/`logout` take on top of the check's options.
struct LoginArguments
{
    bool logout = false;
    QString tool;
    bool yes = false;
    bool help = false;
    QStringList checkArguments; ///< the rest, as `check` takes them
};

LoginArguments splitArguments(const QStringList& arguments)
{
    LoginArguments a;
    a.logout = arguments.value(1) == u"logout"_s;
    a.checkArguments = {arguments.value(0), u"check"_s};
    for (int i = 2; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--tool"_s)
            a.tool = arguments.value(++i);
        else if (arg.startsWith(u"--tool="_s))
            a.tool = arg.mid(7);
        else if (arg == u"--yes"_s || arg == u"-y"_s)
            a.yes = true;
        else if (arg == u"--help"_s || arg == u"-h"_s)
            a.help = true;
        else
            a.checkArguments << arg;
    }
    return a;
}

QString help()
{
    const QString b = QStringLiteral(GHCR_BINARY);
    return Text::tr("Usage:\n"
                    "  %1 login --tool docker|podman|helm [check options] [--yes]\n"
                    "  %1 logout --tool docker|podman|helm [--registry HOST] [--yes]\n\n"
                    "login checks the token first (as `%1 check` does, with the same options: --token-stdin,\n"
                    "--token-env VAR or --token-keychain, --registry, --image, --ops …) and stores it for the tool\n"
                    "only when the check proved every requested operation: through Docker's credential helper when\n"
                    "one is configured for the registry, else in the tool's file (written atomically, with a backup\n"
                    "next to it).\n"
                    "logout removes the tool's saved login for the registry the same way. Both say what they will\n"
                    "change and ask on the terminal first; --yes answers for scripts. Afterwards the saved login is\n"
                    "read back to verify it.\n\n"
                    "Exit codes: 0 done and verified; 1 not done (the check did not prove the operations, or you\n"
                    "declined); 2 usage, or no terminal to ask on without --yes; 3 the change or its check failed.\n")
        .arg(b);
}

int usage(QTextStream& err, const QString& message, bool logout)
{
    err << QStringLiteral(GHCR_BINARY) << u": "_s << Redactor::redact(message) << u'\n'
        << Text::tr("Run “%1 %2 --help” for the options.")
               .arg(QStringLiteral(GHCR_BINARY), logout ? u"logout"_s : u"login"_s)
        << u'\n';
    err.flush();
    return ExitUsage;
}

/// Asks on the terminal (never on standard input, which may have carried the token). Unset without a terminal.
std::optional<bool> confirm(const QString& question)
{
    QFile tty(u"/dev/tty"_s);
    if (!tty.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return std::nullopt;
    tty.write((question + u" [y/N] "_s).toUtf8());
    const QByteArray answer = tty.readLine(64).trimmed().toLower();
    return answer == "y" || answer == "yes" || answer == Text::tr("y").toUtf8();
}

/// The saved logins for the registry, read back the way the check reads them.
DockerCredentialEvidence sweep(const QString& registry, const QString& fingerprint)
{
    DockerCredentialsInspector inspector;
    DockerCredentialEvidence evidence;
    QEventLoop loop;
    bool done = false;
    QObject::connect(&inspector, &DockerCredentialsInspector::finished, &loop, [&](const DockerCredentialEvidence& e) {
        evidence = e;
        done = true;
        loop.quit();
    });
    inspector.start(registry, fingerprint, 10000);
    if (!done)
        loop.exec();
    return evidence;
}

/// The tool's entry in a sweep (Docker Desktop counts as Docker), or nullptr.
const StoredLogin* entryOf(const DockerCredentialEvidence& e, const QString& tool)
{
    for (const StoredLogin& login : e.entries)
        if (login.entryFound && (login.tool == tool || (tool == u"docker"_s && login.tool == u"docker-desktop"_s)))
            return &login;
    return nullptr;
}

/// The tool as the rest of the app names it: "Docker", "Podman (~/.config/containers/auth.json)", "Helm" (the
/// sweep's entry tells which file or helper when there is one).
QString toolName(const QString& tool, const StoredLogin* entry = nullptr)
{
    return entry ? storedLoginHolder(*entry) : storedLoginToolTitle(tool);
}

/// Why the check does not allow storing the token; empty when it proved login and every requested operation.
QString notProved(const Diagnosis& d)
{
    if (d.registry.loginOk != true)
        return Text::tr("the registry did not accept the token's login");
    for (const OperationResult& op : d.registry.operations) {
        if (!op.requested || op.operation == Operation::Delete)
            continue;
        if (op.allowed != true || op.basis != OperationBasis::Probe)
            return Text::tr("%1 was not proved by the registry").arg(operationId(op.operation));
    }
    return {};
}

} // namespace

bool isLoginInvocation(const QStringList& arguments)
{
    const QString first = arguments.value(1);
    return first == u"login"_s || first == u"logout"_s;
}

namespace {

/// Says what will change, asks (unless --yes), and false when it may not go ahead (`exitCode` set).
bool mayChange(const LoginArguments& a, const QString& what, QTextStream& err, int* exitCode)
{
    err << what << u'\n';
    err.flush();
    if (a.yes)
        return true;
    const std::optional<bool> answer = confirm(Text::tr("Go ahead?"));
    if (!answer) {
        *exitCode = usage(err,
                          Text::tr("No terminal to ask on: nothing was changed. Add --yes to go ahead without "
                                   "asking."),
                          a.logout);
        return false;
    }
    if (!*answer) {
        err << Text::tr("Nothing was changed.") << u'\n';
        *exitCode = ExitNotDone;
        return false;
    }
    return true;
}

/// The change's outcome in words; false when it failed.
bool reportChange(const LoginChange& change, QTextStream& err)
{
    if (!change.ok) {
        err << Redactor::redact(change.errorSentence) << u'\n';
        return false;
    }
    if (change.unchanged) {
        err << Text::tr("Nothing to change in %1: it holds no login for this registry.").arg(change.changed) << u'\n';
        return true;
    }
    if (!change.warning.isEmpty())
        err << change.warning << u'\n';
    err << Text::tr("Changed: %1").arg(change.changed) << u'\n';
    if (!change.backupPath.isEmpty())
        err << Text::tr("Backup of the previous file: %1 (undo: copy it back)").arg(change.backupPath) << u'\n';
    return true;
}

int login(const LoginArguments& a, const CheckOptions& options, QTextStream& out, QTextStream& err)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString error;
    QString token = readCheckToken(options, environment, &error);
    if (token.isEmpty())
        return usage(err, error, false);
    const QString fingerprint = analyzeToken(token).fingerprint;
    const Diagnosis d = runCheckDiagnosis(options, token, err);
    out << d.summary << u'\n';
    out.flush();
    if (const QString why = notProved(d); !why.isEmpty()) {
        err << Text::tr("Not stored for %1: %2. A token is stored only when the check proved what you asked for "
                        "(--ops).")
                   .arg(toolName(a.tool), why)
            << u'\n';
        return ExitNotDone;
    }
    const QString registry = d.registry.host;
    const QString user = !options.request.user.isEmpty() ? options.request.user
                         : !d.api.login.isEmpty()        ? d.api.login
                                                         : d.registry.user;
    int exitCode = ExitDone;
    if (!mayChange(a,
                   Text::tr("Storing the checked token for %1 as user %2 in: %3")
                       .arg(registry, user, LoginWriter::target(a.tool, registry)),
                   err, &exitCode))
        return exitCode;
    const LoginChange change = LoginWriter::store(a.tool, registry, user, token);
    token.fill(u'\0');
    if (!reportChange(change, err))
        return ExitFailed;
    const DockerCredentialEvidence readBack = sweep(registry, fingerprint); // outlives `stored`, which points into it
    const StoredLogin* stored = entryOf(readBack, a.tool);
    if (!stored || stored->sameAsChecked != true) {
        err << Text::tr("Read back: %1 does not hold the checked token for %2.").arg(toolName(a.tool, stored), registry)
            << u'\n';
        return ExitFailed;
    }
    err << Text::tr("Read back: %1 now uses the checked token for %2 (%3).")
               .arg(toolName(a.tool, stored), registry, stored->storedFingerprint)
        << u'\n';
    return ExitDone;
}

int logout(const LoginArguments& a, const CheckOptions& options, QTextStream& err)
{
    const QString registry = registryHostKey(options.request.resolved().registry);
    const DockerCredentialEvidence saved = sweep(registry, QString());
    const StoredLogin* entry = entryOf(saved, a.tool);
    if (!entry) {
        // Nothing to ask about and nothing to write: a second logout must not replace the backup of the first.
        err << Text::tr("%1 has no saved login for %2: nothing to remove, nothing changed.")
                   .arg(toolName(a.tool), registry)
            << u'\n';
        return ExitDone;
    }
    int exitCode = ExitDone;
    if (!mayChange(a,
                   Text::tr("Removing %1's saved login for %2 from: %3")
                       .arg(toolName(a.tool), registry, LoginWriter::target(a.tool, registry)),
                   err, &exitCode))
        return exitCode;
    if (!reportChange(LoginWriter::erase(a.tool, registry), err))
        return ExitFailed;
    if (entryOf(sweep(registry, QString()), a.tool)) {
        err << Text::tr("Read back: %1 still has a login for %2.").arg(toolName(a.tool, entry), registry) << u'\n';
        return ExitFailed;
    }
    err << Text::tr("Read back: %1 has no login for %2 any more.").arg(toolName(a.tool, entry), registry) << u'\n';
    return ExitDone;
}

} // namespace

int runLoginCommand(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const LoginArguments a = splitArguments(arguments);
    if (a.help) {
        out << help();
        return ExitDone;
    }
    if (a.tool != u"docker"_s && a.tool != u"podman"_s && a.tool != u"helm"_s)
        return usage(err, Text::tr("Name the tool with --tool docker, podman or helm."), a.logout);
    const ParsedCheckOptions parsed =
        parseCheckOptions(a.checkArguments, QProcessEnvironment::systemEnvironment(), !a.logout);
    if (const auto* error = std::get_if<UsageError>(&parsed))
        return usage(err, error->message, a.logout);
    const auto* options = std::get_if<CheckOptions>(&parsed);
    if (!options) {
        out << help();
        return ExitDone;
    }
    if (options->matrix)
        return usage(err, Text::tr("One image at a time: a login is for one registry."), a.logout);
    return a.logout ? logout(a, *options, err) : login(a, *options, out, err);
}

} // namespace ghcr
