// `ghcr-doctor check --format github` as a GitHub Actions step runs it: the built binary in a QProcess,
// with a simulated runner environment (GITHUB_* variables, an event payload file, GITHUB_STEP_SUMMARY
// and GITHUB_OUTPUT files), against the HTTPS FakeServer. Asserts the job summary, the annotations
// (workflow commands), the outputs and the exit code for a pull request from a fork, a workflow
// without packages: write, a package not linked to the repository, an organization that forbids
// classic PATs and a success; plus the workflow-command escaping.
#include "app/core/AppVersion.h"
#include "app/reports/Report.h"
#include "tests/support/FakeServer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ghcr::test::FakeServer;
using ghcr::test::ProbeBehaviour;
using ghcr::test::Scenario;

namespace {

const QString repository = u"octo-org/app"_s;

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QByteArray summary;
    QByteArray outputs;
};

struct RunnerEnvironment
{
    QString eventName = u"push"_s;
    QJsonObject payload;
    QString format = u"(auto)"_s; ///< "(auto)": no --format option
    QStringList unset;            ///< GITHUB_* variables this runner does not set
};

class tst_GitHubFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void escaping();
    void forkPullRequest();
    void missingPackagesWrite();
    void unlinkedPackage();
    void organizationForbidsClassicTokens();
    void success();
    void outsideActions();
    void actionsWithoutRunVariables();

private:
    Run run(const Scenario& scenario, const RunnerEnvironment& runner, const QString& ops = u"pull,push"_s);
    static void verifyNoSecret(const Run& r, const FakeServer& server, const QString& token);
    static QStringList commandLines(const Run& r);
    void compareWithSample(const QByteArray& summary) const;

    FakeServer m_server;
    QTemporaryDir m_dir;
};

void tst_GitHubFormat::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

Run tst_GitHubFormat::run(const Scenario& scenario, const RunnerEnvironment& runner, const QString& ops)
{
    m_server.setScenario(scenario);
    m_server.clearRequests();
    const QString summaryPath = m_dir.filePath(u"step-summary.md"_s);
    const QString outputPath = m_dir.filePath(u"github-output"_s);
    const QString eventPath = m_dir.filePath(u"event.json"_s);
    QFile::remove(summaryPath);
    QFile::remove(outputPath);
    {
        QFile summary(summaryPath); // the runner creates the file; a step appends to it
        summary.open(QIODevice::WriteOnly);
        summary.write("<!-- an earlier step -->\n");
        QFile event(eventPath);
        event.open(QIODevice::WriteOnly);
        event.write(QJsonDocument(runner.payload).toJson());
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys()) {
        if (key.startsWith(u"GITHUB_"_s))
            env.remove(key);
    }
    env.insert(u"GITHUB_ACTIONS"_s, u"true"_s);
    env.insert(u"GITHUB_REPOSITORY"_s, repository);
    env.insert(u"GITHUB_EVENT_NAME"_s, runner.eventName);
    env.insert(u"GITHUB_EVENT_PATH"_s, eventPath);
    env.insert(u"GITHUB_ACTOR"_s, u"octocat"_s);
    env.insert(u"GITHUB_STEP_SUMMARY"_s, summaryPath);
    env.insert(u"GITHUB_OUTPUT"_s, outputPath);
    env.insert(u"GHCR_TEST_TOKEN"_s, scenario.token);
    for (const QString& name : runner.unset)
        env.remove(name);

    QStringList args{u"check"_s,
                     u"--api-url"_s,
                     m_server.apiUrl().toString(),
                     u"--registry"_s,
                     m_server.registryHost(),
                     u"--image"_s,
                     u"octo-org/app:latest"_s,
                     u"--ops"_s,
                     ops,
                     u"--ca-file"_s,
                     FakeServer::testCaFile(),
                     u"--timeout"_s,
                     u"5"_s,
                     u"--token-env"_s,
                     u"GHCR_TEST_TOKEN"_s,
                     u"--no-docker-credentials"_s};
    if (runner.format != u"(auto)"_s)
        args << u"--format"_s << runner.format;

    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(GHCR_DOCTOR_BIN), args);
    Run r;
    if (!process.waitForStarted(30000))
        return r;
    process.closeWriteChannel();
    r.finished = finished.wait(90000);
    if (!r.finished) {
        process.kill();
        process.waitForFinished(10000);
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    QFile summary(summaryPath);
    if (summary.open(QIODevice::ReadOnly))
        r.summary = summary.readAll();
    QFile outputs(outputPath);
    if (outputs.open(QIODevice::ReadOnly))
        r.outputs = outputs.readAll();
    return r;
}

void tst_GitHubFormat::verifyNoSecret(const Run& r, const FakeServer& server, const QString& token)
{
    QStringList secrets = server.issuedTokens();
    secrets << token << token.mid(4, 12);
    for (const QString& secret : std::as_const(secrets)) {
        const QByteArray s = secret.toUtf8();
        QVERIFY2(!r.out.contains(s) && !r.err.contains(s), "a secret appears on stdout/stderr");
        QVERIFY2(!r.summary.contains(s), "a secret appears in the job summary");
        QVERIFY2(!r.outputs.contains(s), "a secret appears in GITHUB_OUTPUT");
    }
}

/// The workflow commands the runner would act on: the lines before ::stop-commands::.
QStringList tst_GitHubFormat::commandLines(const Run& r)
{
    QStringList lines;
    for (const QByteArray& line : r.out.split('\n')) {
        if (line.startsWith("::stop-commands::"))
            break;
        if (line.startsWith("::"))
            lines << QString::fromUtf8(line);
    }
    return lines;
}

/// docs/github-job-summary-sample.md is this run's summary, with the fake server's addresses shown as
/// GitHub's and the version as <version>. GHCR_UPDATE_GOLDEN=1 rewrites it.
void tst_GitHubFormat::compareWithSample(const QByteArray& summary) const
{
    QString text = QString::fromUtf8(summary);
    text.remove(u"<!-- an earlier step -->\n"_s);
    text.replace(m_server.apiUrl().toString(), u"https://api.github.com"_s);
    text.replace(m_server.registryHost(), u"ghcr.io"_s);
    text.replace(ghcr::appVersionText(), u"<version>"_s); // the version and the commit it was built from
    const QString header = u"<!-- A rendered job summary of `ghcr-doctor check --format github` (the unlinked-package "
                           u"case of tests/cli/tst_GitHubFormat.cpp, which keeps this file current). -->\n\n"_s;
    const QString path = QStringLiteral(GHCR_SOURCE_DIR) + u"/docs/github-job-summary-sample.md"_s;
    if (qEnvironmentVariableIntValue("GHCR_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write((header + text).toUtf8());
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path + u" is missing (run with GHCR_UPDATE_GOLDEN=1)"_s));
    QCOMPARE(QString::fromUtf8(in.readAll()), header + text);
}

void tst_GitHubFormat::escaping()
{
    QCOMPARE(ghcr::escapeWorkflowCommandData(u"100% done\r\nnext: a, b"_s), u"100%25 done%0D%0Anext: a, b"_s);
    QCOMPARE(ghcr::escapeWorkflowCommandProperty(u"Registry: push, 100%\n"_s), u"Registry%3A push%2C 100%25%0A"_s);
}

void tst_GitHubFormat::forkPullRequest()
{
    // A pull request from a fork: the token is read-only, so push is refused.
    Scenario s = FakeServer::scenario(u"read-only"_s);
    s.registry.push = {ProbeBehaviour::Kind::DeniedGhcr, u"permission_denied: write_package"_s};
    s.package.organization = true;
    s.package.linkedRepository = repository;
    RunnerEnvironment runner;
    runner.eventName = u"pull_request"_s;
    runner.payload = QJsonObject{
        {u"repository"_s, QJsonObject{{u"full_name"_s, repository}}},
        {u"pull_request"_s,
         QJsonObject{{u"head"_s,
                      QJsonObject{{u"repo"_s, QJsonObject{{u"full_name"_s, u"forker/app"_s}, {u"fork"_s, true}}}}}}}};
    const Run r = run(s, runner);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    verifyNoSecret(r, m_server, s.token);
    const QStringList commands = commandLines(r);
    QVERIFY2(commands.filter(u"::error title=GHCR Doctor%3A GitHub Actions run::"_s).size() == 1, r.out.constData());
    QVERIFY2(commands.join(u'\n').contains(u"forker/app"_s), r.out.constData());
    QVERIFY2(r.summary.startsWith("<!-- an earlier step -->\n### ❌ GHCR Doctor"), r.summary.constData());
    QVERIFY2(r.summary.contains("Pull requests from forks get a read-only token and no secrets"),
             r.summary.constData());
    QVERIFY2(r.summary.contains("Username and password required"), r.summary.constData());
    // The workflow-level fix comes first, with the condition to paste.
    const qsizetype fix = r.summary.indexOf("1. **Skip the push for pull requests from forks**");
    QVERIFY2(fix > 0, r.summary.constData());
    QVERIFY(r.summary.indexOf("github.event.pull_request.head.repo.full_name == github.repository") > fix);
    QVERIFY2(r.outputs.contains("verdict=action-needed\n") && r.outputs.contains("push=refused\n") &&
                 r.outputs.contains("pull=allowed\n"),
             r.outputs.constData());
}

void tst_GitHubFormat::missingPackagesWrite()
{
    // The workflow's GITHUB_TOKEN without packages: write; the package is linked to the repository.
    Scenario s = FakeServer::scenario(u"actions-token-no-write"_s); // the 2026 stateless ghs_ token
    QVERIFY(s.token.startsWith(u"ghs_"_s) && s.token.count(u'.') == 2);
    // A registry message that tries to act as a workflow command must stay data.
    s.registry.push = {ProbeBehaviour::Kind::DeniedGhcr,
                       u"permission_denied: write_package\n::error title=injected::by the server"_s};
    s.package.organization = true;
    s.package.linkedRepository = repository;
    const Run r = run(s, RunnerEnvironment{});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    verifyNoSecret(r, m_server, s.token);
    const QStringList commands = commandLines(r);
    QVERIFY2(commands.filter(u"::error title=GHCR Doctor%3A Registry%3A push::"_s).size() == 1, r.out.constData());
    for (const QByteArray& line : r.out.split('\n'))
        QVERIFY2(!line.startsWith("::error title=injected"), "a server's text became a workflow command");
    QVERIFY2(commands.join(u'\n').contains(u"write_package%0A::error title=injected::by the server"_s),
             r.out.constData());
    QVERIFY2(r.summary.contains("Push will fail: the workflow's GITHUB_TOKEN lacks “permissions: packages: write”"),
             r.summary.constData());
    const qsizetype fix = r.summary.indexOf("1. **Give the workflow's token packages: write**");
    QVERIFY2(fix > 0, r.summary.constData());
    QVERIFY(r.summary.indexOf("```yaml\n   permissions:\n     contents: read\n     packages: write\n   ```") > fix);
    QVERIFY2(!r.summary.contains("Manage Actions access →"), "a linked package needs no access change");
    QVERIFY2(r.outputs.contains("push=refused\n"), r.outputs.constData());
    // The package was asked about, under /orgs/ first.
    bool asked = false;
    for (const auto& req : m_server.requests(u"api"_s))
        asked = asked || req.path == u"/api/v3/orgs/octo-org/packages/container/app"_s;
    QVERIFY(asked);
}

void tst_GitHubFormat::unlinkedPackage()
{
    // The package was first pushed with a PAT: it exists, user-owned here, with no "repository" key.
    Scenario s = FakeServer::scenario(u"actions-token"_s); // the 2026 stateless ghs_ token
    s.registry.push = {ProbeBehaviour::Kind::DeniedGhcr, u"permission_denied: write_package"_s};
    s.package.organization = false;
    s.package.linkedRepository.clear();
    RunnerEnvironment runner;
    runner.format = u"github"_s;
    const Run r = run(s, runner);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    verifyNoSecret(r, m_server, s.token);
    const QStringList commands = commandLines(r);
    QVERIFY2(commands.filter(u"::error title=GHCR Doctor%3A Package linked to the repository::"_s).size() == 1,
             r.out.constData());
    QVERIFY2(r.summary.contains("does not list the repository octo-org/app in its Manage Actions access"),
             r.summary.constData());
    QVERIFY2(r.summary.contains("<https://github.com/users/octo-org/packages/container/app/settings>"),
             r.summary.constData());
    QVERIFY2(r.summary.contains("is not linked to any repository"), r.summary.constData());
    // Both places to fix it, workflow first: permissions, then the package's access list.
    const qsizetype permissions = r.summary.indexOf("**Give the workflow's token packages: write**");
    const qsizetype access =
        r.summary.indexOf("**Give octo-org/app access to the package app (Manage Actions access)**");
    QVERIFY2(permissions > 0 && access > permissions, r.summary.constData());
    QVERIFY2(!r.summary.contains("Check who may use the package"), "the general package advice is replaced");
    QVERIFY2(!r.summary.contains("docker logout"), "a runner has no saved Docker login to replace");
    compareWithSample(r.summary);
    bool askedUsers = false;
    for (const auto& req : m_server.requests(u"api"_s))
        askedUsers = askedUsers || req.path == u"/api/v3/users/octo-org/packages/container/app"_s;
    QVERIFY(askedUsers);
}

void tst_GitHubFormat::organizationForbidsClassicTokens()
{
    const QString sentence = u"`octo-org` forbids access via a personal access token (classic). Please use a GitHub "
                             u"App, OAuth App, or a personal access token with fine-grained permissions."_s;
    Scenario s = FakeServer::scenario(u"org-forbids-classic-token-step"_s); // a CR_PAT secret (ghp_)
    s.package.status = 403;
    s.package.message = sentence;
    const Run r = run(s, RunnerEnvironment{});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    verifyNoSecret(r, m_server, s.token);
    const QString commands = commandLines(r).join(u'\n');
    QVERIFY2(commands.contains(u"::error title=GHCR Doctor%3A Organization policy::"_s), r.out.constData());
    QVERIFY2(commands.contains(u"forbids access via a personal access token (classic)"_s), r.out.constData());
    QVERIFY2(r.summary.contains("forbids access via a personal access token (classic)"), r.summary.constData());
    // In a workflow the way out is the workflow's own token: that step comes first.
    QVERIFY2(
        r.summary.contains("1. **In GitHub Actions, use the workflow's GITHUB_TOKEN instead of a personal token**"),
        r.summary.constData());
    QVERIFY2(r.outputs.contains("verdict=action-needed\n"), r.outputs.constData());
}

void tst_GitHubFormat::success()
{
    Scenario s = FakeServer::scenario(u"actions-token"_s); // the 2026 stateless ghs_ token
    s.package.organization = true;
    s.package.linkedRepository = repository;
    const Run r = run(s, RunnerEnvironment{});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    verifyNoSecret(r, m_server, s.token);
    const QStringList commands = commandLines(r);
    QVERIFY2(commands.filter(u"::error"_s).isEmpty(), r.out.constData());
    QVERIFY2(commands.filter(u"::notice title=GHCR Doctor::"_s).size() == 1, r.out.constData());
    QVERIFY2(r.summary.contains("### ✅ GHCR Doctor"), r.summary.constData());
    QVERIFY2(r.summary.contains("Linked to repository: octo-org/app"), r.summary.constData());
    QVERIFY2(!r.summary.contains("#### Fix steps"), r.summary.constData());
    QCOMPARE(r.outputs, QByteArray("verdict=ok\npull=allowed\npush=allowed\n"));
}

/// A place in the output where a name was left empty: “”, `` (not a code fence), `—`, "'s" with nothing before it,
/// " lists .", "→ ,".
QString emptyName(const QByteArray& output)
{
    static const QRegularExpression blank(uR"((“”|''|(?<!`)``(?!`)|`—`|(^|\s)'s\b|\s[.,;](\s|$)|→ ,))"_s,
                                          QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(output);
    const QRegularExpressionMatch m = blank.match(text);
    return m.hasMatch() ? u"“"_s + m.captured() + u"” in: "_s + text.mid(qMax(0, int(m.capturedStart()) - 80), 160)
                        : QString();
}

/// The unlinked-package case (a workflow token refused push), without some of the runner's variables.
Scenario unlinkedPushRefused()
{
    Scenario s = FakeServer::scenario(u"actions-token"_s);
    s.registry.push = {ProbeBehaviour::Kind::DeniedGhcr, u"permission_denied: write_package"_s};
    s.package.linkedRepository.clear();
    return s;
}

// `--format github` outside Actions (no GITHUB_* variable): stderr says so once, and nothing printed holds an empty
// name (before, nothing said so).
void tst_GitHubFormat::outsideActions()
{
    RunnerEnvironment runner;
    runner.format = u"github"_s;
    runner.unset = {u"GITHUB_ACTIONS"_s, u"GITHUB_REPOSITORY"_s,   u"GITHUB_EVENT_NAME"_s, u"GITHUB_EVENT_PATH"_s,
                    u"GITHUB_ACTOR"_s,   u"GITHUB_STEP_SUMMARY"_s, u"GITHUB_OUTPUT"_s};
    const Scenario s = unlinkedPushRefused();
    const Run r = run(s, runner);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    verifyNoSecret(r, m_server, s.token);
    QCOMPARE(r.err.count("Not in GitHub Actions (GITHUB_ACTIONS is not “true”)"), 1);
    QVERIFY2(emptyName(r.out).isEmpty(), qPrintable(emptyName(r.out)));
    QVERIFY2(r.out.contains("### ❌ GHCR Doctor"), r.out.constData()); // the summary, on stdout
    QVERIFY2(!r.out.contains("GitHub Actions run") && !r.out.contains("**GitHub Actions**"), r.out.constData());
    QCOMPARE(r.summary, QByteArray("<!-- an earlier step -->\n"));
    QVERIFY(r.outputs.isEmpty());
}

// GITHUB_ACTIONS=true without the run's variables: the report says which are not set and judges nothing that needs
// the workflow's repository; no sentence has an empty name in it (before: "'s workflows may use it only if its
// “Manage Actions access” lists .").
void tst_GitHubFormat::actionsWithoutRunVariables()
{
    RunnerEnvironment runner;
    runner.format = u"github"_s;
    runner.unset = {u"GITHUB_REPOSITORY"_s, u"GITHUB_EVENT_NAME"_s, u"GITHUB_EVENT_PATH"_s, u"GITHUB_ACTOR"_s};
    const Scenario s = unlinkedPushRefused();
    const Run r = run(s, runner);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    verifyNoSecret(r, m_server, s.token);
    QVERIFY2(!r.err.contains("Not in GitHub Actions"), r.err.constData());
    for (const QByteArray& output : {r.out, r.summary})
        QVERIFY2(emptyName(output).isEmpty(), qPrintable(emptyName(output)));
    QVERIFY2(r.summary.contains("Repository: not set (GITHUB_REPOSITORY)"), r.summary.constData());
    QVERIFY2(r.out.contains("the runner did not set GITHUB_REPOSITORY, GITHUB_EVENT_NAME, GITHUB_ACTOR"),
             r.out.constData());
    QVERIFY2(r.out.contains("GITHUB_REPOSITORY is not set, so whether its “Manage Actions access” lists this "
                            "workflow's repository is not known"),
             r.out.constData());
    QVERIFY2(!r.summary.contains("Manage Actions access → Add repository →"), r.summary.constData());
}

} // namespace

QTEST_GUILESS_MAIN(tst_GitHubFormat)
#include "tst_GitHubFormat.moc"
