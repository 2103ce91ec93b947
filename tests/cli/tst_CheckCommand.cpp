// `ghcr-doctor check` as a user runs it: the built binary in a QProcess against the HTTPS FakeServer
// (in this process, so every wait keeps the event loop running). Exit codes, the JSON contract, the
// token options, usage errors, and the token never on stdout/stderr.
#include "app/core/AppInfo.h"
#include "app/core/token/TokenAnalysis.h"
#include "tests/support/FakeServer.h"
#include "tests/support/IsolatedHome.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ghcr::test::FakeServer;

namespace {

struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

const QString tokenVar = u"GHCR_DOCTOR_TEST_TOKEN"_s;

CliResult runCli(const QStringList& arguments, const QString& envToken = {}, const QByteArray& stdinData = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(tokenVar);
    env.remove(u"GITHUB_ACTIONS"_s); // on a GitHub runner `check` would default to --format github
    if (!envToken.isNull())
        env.insert(tokenVar, envToken);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(GHCR_DOCTOR_BIN), arguments);
    CliResult result;
    if (!process.waitForStarted(30000))
        return result;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    result.finished = finished.wait(90000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(10000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList checkArgs(const FakeServer& server, const QString& ops = u"pull,push"_s)
{
    return {u"check"_s,
            u"--api-url"_s,
            server.apiUrl().toString(),
            u"--registry"_s,
            server.registryHost(),
            u"--image"_s,
            u"octocat/app:latest"_s,
            u"--ops"_s,
            ops,
            u"--ca-file"_s,
            FakeServer::testCaFile(),
            u"--timeout"_s,
            u"5"_s};
}

void verifyNoToken(const CliResult& r, const QString& token)
{
    QVERIFY2(!r.out.contains(token.toUtf8()), "the token appears on stdout");
    QVERIFY2(!r.err.contains(token.toUtf8()), "the token appears on stderr");
    const int prefix = token.startsWith(u"github_pat_"_s) ? 11 : 4;
    const QByteArray piece = token.mid(prefix, 10).toUtf8();
    QVERIFY2(!r.out.contains(piece) && !r.err.contains(piece), "a piece of the token appears in the output");
}

/// Writes a login of another token for the server's registry into each of `files` (under the throwaway HOME);
/// returns that stale token.
QString writeStaleLogins(const ghcr::test::IsolatedHome& home, const FakeServer& server, const QStringList& files)
{
    const QString random = u"ZYXWVUTSRQPONMLKJIHGFEDCBA9876"_s;
    const QString stale = u"ghp_"_s + random + ghcr::tokenChecksum(random);
    for (const QString& file : files)
        ghcr::test::writeFile(home.path(file), "{\"auths\":{\"" + server.registryHost().toUtf8() + "\":{\"auth\":\"" +
                                                   (u"octocat:"_s + stale).toUtf8().toBase64() + "\"}}}");
    return stale;
}

} // namespace

class tst_CheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void helpNamesEveryToolTheSweepReads();
    void version();
    void exitCodesAndJson_data();
    void exitCodesAndJson();
    void tokenFromStdin();
    void stdinLineEndingIsSilent_data();
    void stdinLineEndingIsSilent();
    void verdictNeedsProof_data();
    void verdictNeedsProof();
    void textFormat();
    void untrustedCa();
    void usageErrors_data();
    void usageErrors();
    void malformedTokenIsBadInput();
    void staleDockerLogin();
    void staleLoginsNameTheirTool_data();
    void staleLoginsNameTheirTool();
    void refusedLoginNamesStaleHolders_data();
    void refusedLoginNamesStaleHolders();
    void dockerLoginStepOnlyWithoutAnyLogin();
    void russianWhenAsked();
};

void tst_CheckCommand::help()
{
    for (const QStringList& args : {QStringList{u"check"_s, u"--help"_s}, QStringList{u"--help"_s}}) {
        const CliResult r = runCli(args);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        const QByteArray all = QByteArray(r.out + r.err);
        for (const char* option : {"--token-stdin", "--token-env", "--ca-file", "--format", "--ops", "--image"})
            QVERIFY2(all.contains(option), option);
    }
}

// --no-docker-credentials names every tool whose saved login the check reads, Helm too.
void tst_CheckCommand::helpNamesEveryToolTheSweepReads()
{
    const CliResult r = runCli({u"check"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    const qsizetype at = r.out.indexOf("--no-docker-credentials");
    QVERIFY2(at >= 0, r.out.constData());
    const QByteArray line = r.out.mid(at, r.out.indexOf("fingerprints are kept", at) - at).simplified();
    QVERIFY2(line.contains("Docker, Podman (also Buildah, skopeo) and Helm saved"), line.constData());
}

void tst_CheckCommand::version()
{
    const CliResult r = runCli({u"--version"_s});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QByteArray(r.out + r.err).contains(GHCR_VERSION), r.out.constData());
}

void tst_CheckCommand::exitCodesAndJson_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("ops");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("scopes"); // "null", "[]" or a comma list
    QTest::addColumn<QString>("pull");   // allowed: true/false/null
    QTest::addColumn<QString>("push");

    QTest::newRow("ok") << u"ok-read-write"_s << u"pull,push"_s << 0 << u"ok"_s << u"classic"_s
                        << u"read:packages,write:packages"_s << u"true"_s << u"true"_s;
    QTest::newRow("read-only") << u"read-only"_s << u"pull,push"_s << 1 << u"action-needed"_s << u"classic"_s
                               << u"read:packages"_s << u"true"_s << u"false"_s;
    QTest::newRow("write-only-needs-read") << u"write-only-needs-read"_s << u"pull,push"_s << 1 << u"action-needed"_s
                                           << u"classic"_s << u"write:packages"_s << u"false"_s << u"true"_s;
    QTest::newRow("no-scopes") << u"no-scopes"_s << u"pull,push"_s << 1 << u"action-needed"_s << u"classic"_s << u"[]"_s
                               << u"false"_s << u"false"_s;
    QTest::newRow("fine-grained") << u"fine-grained"_s << u"pull"_s << 1 << u"action-needed"_s << u"fine-grained"_s
                                  << u"null"_s << u"false"_s << u"null"_s;
    QTest::newRow("registry-5xx") << u"registry-5xx"_s << u"pull,push"_s << 3 << u"error"_s << u"classic"_s
                                  << u"read:packages,write:packages"_s << u"null"_s << u"null"_s;
    QTest::newRow("expired") << u"expired"_s << u"pull"_s << 1 << u"action-needed"_s << u"classic"_s << u"null"_s
                             << u"*"_s << u"null"_s;
    // 2026 cases: the stateless Actions token is sent (not "malformed"), org policies, image references, 429.
    QTest::newRow("actions token (stateless ghs_)") << u"actions-token"_s << u"pull,push"_s << 0 << u"ok"_s
                                                    << u"app-server"_s << u"null"_s << u"true"_s << u"true"_s;
    QTest::newRow("org forbids classic PATs")
        << u"org-forbids-classic-probe"_s << u"pull,push"_s << 1 << u"action-needed"_s << u"classic"_s
        << u"read:packages,write:packages"_s << u"false"_s << u"false"_s;
    QTest::newRow("missing tag") << u"missing-tag"_s << u"pull"_s << 1 << u"action-needed"_s << u"classic"_s
                                 << u"read:packages,write:packages"_s << u"true"_s << u"null"_s;
    QTest::newRow("registry busy (429)") << u"registry-429-long"_s << u"pull,push"_s << 3 << u"error"_s << u"classic"_s
                                         << u"read:packages,write:packages"_s << u"null"_s << u"null"_s;
}

void tst_CheckCommand::exitCodesAndJson()
{
    QFETCH(QString, scenario);
    QFETCH(QString, ops);
    QFETCH(int, exitCode);
    QFETCH(QString, verdict);
    QFETCH(QString, kind);
    QFETCH(QString, scopes);
    QFETCH(QString, pull);
    QFETCH(QString, push);

    FakeServer server;
    QVERIFY(server.start());
    const auto preset = FakeServer::scenario(scenario);
    server.setScenario(preset);

    const CliResult r = runCli(
        checkArgs(server, ops) + QStringList{u"--token-env"_s, tokenVar, u"--format"_s, u"json"_s}, preset.token);
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == exitCode, QByteArray("exit " + QByteArray::number(r.exitCode) + "; " + r.err).constData());
    verifyNoToken(r, preset.token);

    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(r.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(o.value(u"schema"_s).toString(), u"ghcr-doctor.report/1"_s);
    QCOMPARE(o.value(u"verdict"_s).toString(), verdict);
    const QJsonObject token = o.value(u"token"_s).toObject();
    QCOMPARE(token.value(u"kind"_s).toString(), kind);
    QVERIFY(token.value(u"fingerprint"_s).toString().startsWith(u"sha256:"_s));
    QVERIFY(token.contains(u"formatValid"_s));
    QVERIFY(token.contains(u"redacted"_s));

    const QJsonValue apiScopes = o.value(u"api"_s).toObject().value(u"scopes"_s);
    if (scopes == u"null"_s) {
        QVERIFY2(apiScopes.isNull(), "api.scopes should be null (header absent)");
    } else if (scopes == u"[]"_s) {
        QVERIFY2(apiScopes.isArray() && apiScopes.toArray().isEmpty(), "api.scopes should be []");
    } else {
        QStringList got;
        for (const QJsonValue& v : apiScopes.toArray())
            got << v.toString();
        QCOMPARE(got, scopes.split(u','));
    }
    for (const char* key : {"httpStatus", "login", "scopesExpanded", "expiresAt", "ssoUrl", "rateLimitRemaining"})
        QVERIFY2(o.value(u"api"_s).toObject().contains(QString::fromLatin1(key)), key);

    const QJsonObject registry = o.value(u"registry"_s).toObject();
    QCOMPARE(registry.value(u"host"_s).toString(), server.registryHost());
    const QJsonObject operations = registry.value(u"operations"_s).toObject();
    auto allowed = [&operations](const QString& op) {
        const QJsonValue v = operations.value(op).toObject().value(u"allowed"_s);
        return v.isBool() ? (v.toBool() ? u"true"_s : u"false"_s) : (v.isNull() ? u"null"_s : u"?"_s);
    };
    if (pull != u"*"_s)
        QCOMPARE(allowed(u"pull"_s), pull);
    if (push != u"*"_s)
        QCOMPARE(allowed(u"push"_s), push);
    for (const QString& op : {u"pull"_s, u"push"_s, u"delete"_s}) {
        const QJsonObject one = operations.value(op).toObject();
        for (const char* key : {"allowed", "httpStatus", "code", "message"})
            QVERIFY2(one.contains(QString::fromLatin1(key)), key);
    }

    QStringList ids;
    for (const QJsonValue& v : o.value(u"checklist"_s).toArray()) {
        const QJsonObject item = v.toObject();
        ids << item.value(u"id"_s).toString();
        QVERIFY(QStringList({u"pass"_s, u"fail"_s, u"warn"_s, u"skip"_s}).contains(item.value(u"status"_s).toString()));
        for (const char* key : {"title", "detail", "fix"})
            QVERIFY2(item.contains(QString::fromLatin1(key)), key);
    }
    const QStringList expectedIds = {u"token.format"_s,          u"token.accepted"_s,      u"token.kind"_s,
                                     u"token.expiry"_s,          u"scope.read:packages"_s, u"scope.write:packages"_s,
                                     u"scope.delete:packages"_s, u"sso.authorized"_s,      u"org.policy"_s,
                                     u"registry.login"_s,        u"image.reference"_s,     u"registry.pull"_s,
                                     u"registry.push"_s,         u"registry.delete"_s};
    for (const QString& id : expectedIds)
        QVERIFY2(ids.contains(id), qPrintable(id));
    QVERIFY(o.value(u"fixSteps"_s).isArray());
    QVERIFY(o.value(u"timings"_s).isObject());
    if (exitCode == 1) {
        bool leastPrivilegeOrOther = false;
        for (const QJsonValue& v : o.value(u"fixSteps"_s).toArray()) {
            const QString url = v.toObject().value(u"url"_s).toString();
            QVERIFY2(!url.contains(u"scopes=repo"_s) && !url.contains(u",repo"_s), qPrintable(url));
            leastPrivilegeOrOther = true;
        }
        QVERIFY2(leastPrivilegeOrOther, "action needed without any fix step");
    }
}

void tst_CheckCommand::tokenFromStdin()
{
    FakeServer server;
    QVERIFY(server.start());
    server.setScenario(FakeServer::scenario(u"ok-read-write"_s));
    const QString token = FakeServer::classicToken();
    // As `printf '%s\n' "$TOKEN" | ghcr-doctor check --token-stdin`: the newline is trimmed.
    const CliResult r = runCli(checkArgs(server) + QStringList{u"--token-stdin"_s, u"--format"_s, u"json"_s}, {},
                               token.toUtf8() + "\n");
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(u"verdict"_s).toString(), u"ok"_s);
    verifyNoToken(r, token);
    bool matched = false;
    for (const auto& req : server.requests(u"api"_s))
        matched = matched || req.secretMatched;
    QVERIFY2(matched, "the API never received the token read from stdin");
}

// `echo "$TOKEN" | ghcr-doctor check --token-stdin`: one line ending is how shells end a line. It goes silently
// (token.format pass, no warning), for the classic token and for a 2026 Actions token alike; a second one does not.
void tst_CheckCommand::stdinLineEndingIsSilent_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QByteArray>("ending");
    QTest::addColumn<QString>("format");
    QTest::newRow("classic, \\n") << u"ok-read-write"_s << QByteArray("\n") << u"pass"_s;
    QTest::newRow("classic, \\r\\n") << u"ok-read-write"_s << QByteArray("\r\n") << u"pass"_s;
    QTest::newRow("stateless ghs_, \\n") << u"actions-token"_s << QByteArray("\n") << u"pass"_s;
    QTest::newRow("classic, two line endings") << u"ok-read-write"_s << QByteArray("\n\n") << u"warn"_s;
}

void tst_CheckCommand::stdinLineEndingIsSilent()
{
    QFETCH(QString, scenario);
    QFETCH(QByteArray, ending);
    QFETCH(QString, format);
    FakeServer server;
    QVERIFY(server.start());
    const auto preset = FakeServer::scenario(scenario);
    server.setScenario(preset);
    const CliResult r = runCli(checkArgs(server) + QStringList{u"--token-stdin"_s, u"--format"_s, u"json"_s}, {},
                               preset.token.toUtf8() + ending);
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, QByteArray("exit " + QByteArray::number(r.exitCode) + ": " + r.err).constData());
    verifyNoToken(r, preset.token);
    QString formatStatus;
    for (const QJsonValue& v : r.json().value(u"checklist"_s).toArray())
        if (v.toObject().value(u"id"_s).toString() == u"token.format"_s)
            formatStatus = v.toObject().value(u"status"_s).toString();
    QCOMPARE(formatStatus, format);
    QCOMPARE(r.json().value(u"token"_s).toObject().value(u"issues"_s).toArray().isEmpty(), format == u"pass"_s);
    QVERIFY2(!r.err.contains("line break"), r.err.constData());
}

// Exit 0 only when every requested operation was proved by a registry probe.
void tst_CheckCommand::verdictNeedsProof_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("ops");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no image, pull requested") << QString() << u"pull"_s << 1;
    QTest::newRow("no image, login only") << QString() << u"login"_s << 0;
    QTest::newRow("image, login only") << u"octocat/app:latest"_s << u"login"_s << 0;
    QTest::newRow("image, pull and push") << u"octocat/app:latest"_s << u"login,pull,push"_s << 0;
    QTest::newRow("uppercase image") << u"Octocat/App:latest"_s << u"pull"_s << 1;
}

void tst_CheckCommand::verdictNeedsProof()
{
    QFETCH(QString, image);
    QFETCH(QString, ops);
    QFETCH(int, exitCode);
    FakeServer server;
    QVERIFY(server.start());
    // The registry would refuse pull: a check that never probes it must not say "ok".
    server.setScenario(FakeServer::scenario(u"ok-read-write"_s));
    QStringList args = checkArgs(server, ops);
    const qsizetype at = args.indexOf(u"--image"_s);
    args.removeAt(at);
    args.removeAt(at);
    if (!image.isEmpty())
        args << u"--image"_s << image;
    const CliResult r =
        runCli(args + QStringList{u"--token-env"_s, tokenVar, u"--format"_s, u"json"_s}, FakeServer::classicToken());
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == exitCode, QByteArray("exit " + QByteArray::number(r.exitCode) + ": " + r.out).constData());
    QCOMPARE(r.json().value(u"exitCode"_s).toInt(), exitCode);
    QCOMPARE(r.json().value(u"request"_s).toObject().value(u"loginOnly"_s).toBool(), ops == u"login"_s);
}

void tst_CheckCommand::textFormat()
{
    FakeServer server;
    QVERIFY(server.start());
    const auto preset = FakeServer::scenario(u"write-only-needs-read"_s);
    server.setScenario(preset);
    const CliResult r = runCli(checkArgs(server) + QStringList{u"--token-env"_s, tokenVar}, preset.token);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.out.isEmpty());
    QVERIFY2(r.out.contains("https://github.com/settings/tokens/new?scopes="), r.out.constData());
    QVERIFY(r.out.contains("read:packages"));
    verifyNoToken(r, preset.token);
}

void tst_CheckCommand::untrustedCa()
{
    FakeServer server;
    QVERIFY(server.start());
    QStringList args = checkArgs(server);
    args[args.indexOf(FakeServer::testCaFile())] = FakeServer::otherCaFile();
    const CliResult r =
        runCli(args + QStringList{u"--token-env"_s, tokenVar, u"--format"_s, u"json"_s}, FakeServer::classicToken());
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.json().value(u"verdict"_s).toString(), u"error"_s);
    verifyNoToken(r, FakeServer::classicToken());
    QVERIFY(server.requests().isEmpty());
}

void tst_CheckCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("setEnvToken");
    const QString ca = FakeServer::testCaFile();
    const QStringList base = {
        u"check"_s, u"--api-url"_s, u"https://127.0.0.1:1/api/v3"_s, u"--registry"_s, u"127.0.0.1:1"_s, u"--ca-file"_s,
        ca};
    QTest::newRow("unknown option") << (base + QStringList{u"--bogus"_s, u"--token-env"_s, tokenVar}) << true;
    QTest::newRow("bad ops") << (base + QStringList{u"--ops"_s, u"fly"_s, u"--token-env"_s, tokenVar}) << true;
    QTest::newRow("bad format") << (base + QStringList{u"--format"_s, u"xml"_s, u"--token-env"_s, tokenVar}) << true;
    QTest::newRow("bad timeout") << (base + QStringList{u"--timeout"_s, u"soon"_s, u"--token-env"_s, tokenVar}) << true;
    QTest::newRow("unset env var") << (base + QStringList{u"--token-env"_s, tokenVar}) << false;
    QTest::newRow("no token option") << base << true;
    QTest::newRow("token on the command line")
        << (base + QStringList{u"--token"_s, FakeServer::classicToken()}) << true;
    QTest::newRow("missing CA file") << QStringList{u"check"_s, u"--ca-file"_s, u"/nonexistent/ca.pem"_s,
                                                    u"--token-env"_s, tokenVar}
                                     << true;
    QTest::newRow("both token sources") << (base + QStringList{u"--token-env"_s, tokenVar, u"--token-stdin"_s}) << true;
    QTest::newRow("bad image") << (base +
                                   QStringList{u"--image"_s, u"Not A/Valid::Image"_s, u"--token-env"_s, tokenVar})
                               << true;
}

void tst_CheckCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, setEnvToken);
    const CliResult r = runCli(arguments, setEnvToken ? FakeServer::classicToken() : QString());
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 2, QByteArray("exit " + QByteArray::number(r.exitCode) + "; " + r.err).constData());
    QVERIFY2(!r.err.trimmed().isEmpty(), "a usage error without a message");
    verifyNoToken(r, FakeServer::classicToken());
}

void tst_CheckCommand::malformedTokenIsBadInput()
{
    FakeServer server;
    QVERIFY(server.start());
    const QString typo = u"ghp_M7H4jxUDDWHP4kZ6A4dxlQYsQIWJuq11T4V5"_s; // one character off: checksum mismatch
    const CliResult r = runCli(checkArgs(server) + QStringList{u"--token-env"_s, tokenVar}, typo);
    QVERIFY(r.finished);
    // A checksum mismatch is still sent (the evidence helps): GitHub rejects it, so action is needed (1).
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QByteArray(r.out + r.err).trimmed().isEmpty());
    verifyNoToken(r, typo);
}

// The token works, but Docker holds another one for the registry: the check says so, puts the
// re-login first, keeps the verdict (the token itself is fine), and never prints either secret.
void tst_CheckCommand::staleDockerLogin()
{
    FakeServer server;
    QVERIFY(server.start());
    const QString random = u"ZYXWVUTSRQPONMLKJIHGFEDCBA9876"_s;
    const QString stale = u"ghp_"_s + random + ghcr::tokenChecksum(random);
    QTemporaryDir dockerDir;
    QVERIFY(dockerDir.isValid());
    QFile config(dockerDir.filePath(u"config.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    const QString key = server.registryHost();
    config.write(u"{\"auths\":{\""_s.toUtf8() + key.toUtf8() + "\":{\"auth\":\"" +
                 (u"octocat:"_s + stale).toUtf8().toBase64() + "\"}}}");
    config.close();
    const QByteArray previous = qgetenv("DOCKER_CONFIG");
    qputenv("DOCKER_CONFIG", QFile::encodeName(dockerDir.path()));
    const CliResult r = runCli(checkArgs(server) + QStringList{u"--token-env"_s, tokenVar, u"--format"_s, u"json"_s},
                               FakeServer::classicToken());
    const CliResult off = runCli(checkArgs(server) + QStringList{u"--token-env"_s, tokenVar, u"--format"_s, u"json"_s,
                                                                 u"--no-docker-credentials"_s},
                                 FakeServer::classicToken());
    qputenv("DOCKER_CONFIG", previous);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    const QJsonObject docker = o.value(u"docker"_s).toObject();
    QCOMPARE(docker.value(u"inspected"_s).toBool(), true);
    QCOMPARE(docker.value(u"entryFound"_s).toBool(), true);
    QCOMPARE(docker.value(u"sameAsChecked"_s), QJsonValue(false));
    QCOMPARE(docker.value(u"storedUser"_s).toString(), u"octocat"_s);
    QCOMPARE(docker.value(u"storedFingerprint"_s).toString(), ghcr::analyzeToken(stale).fingerprint);
    QString dockerStatus;
    for (const QJsonValue& v : o.value(u"checklist"_s).toArray())
        if (v.toObject().value(u"id"_s).toString() == u"docker.credentials"_s)
            dockerStatus = v.toObject().value(u"status"_s).toString();
    QCOMPARE(dockerStatus, u"warn"_s);
    QCOMPARE(o.value(u"fixSteps"_s).toArray().first().toObject().value(u"id"_s).toString(), u"docker-relogin"_s);
    QVERIFY(o.value(u"summary"_s).toString().contains(u"Docker"_s));
    verifyNoToken(r, stale);
    verifyNoToken(r, FakeServer::classicToken());

    QVERIFY(off.finished);
    QCOMPARE(off.exitCode, 0);
    QCOMPARE(off.json().value(u"docker"_s).toObject().value(u"inspected"_s).toBool(), false);
}

void tst_CheckCommand::staleLoginsNameTheirTool_data()
{
    QTest::addColumn<QStringList>("files");    // under the throwaway HOME, each holding a stale login
    QTest::addColumn<QStringList>("holders");  // who the sentences must name
    QTest::addColumn<QStringList>("steps");    // the fix steps' ids, in order
    QTest::addColumn<QStringList>("commands"); // in the steps' POSIX commands
    QTest::addColumn<QString>("store");        // the checklist row's "what to do"
    const QString podman = u".config/containers/auth.json"_s;
    const QString helm = u".config/helm/registry/config.json"_s;
    const QString podmanLogin = u"podman login --authfile ~/.config/containers/auth.json "_s;
    QTest::newRow("podman") << QStringList{podman} << QStringList{u"Podman (~/.config/containers/auth.json)"_s}
                            << QStringList{u"podman-relogin"_s} << QStringList{podmanLogin}
                            << u"Store this token for Podman"_s;
    QTest::newRow("helm") << QStringList{helm} << QStringList{u"Helm"_s} << QStringList{u"helm-relogin"_s}
                          << QStringList{u"helm registry login "_s} << u"Store this token for Helm"_s;
    QTest::newRow("podman and helm") << QStringList{podman, helm}
                                     << QStringList{u"Podman (~/.config/containers/auth.json)"_s, u"Helm"_s}
                                     << QStringList{u"podman-relogin"_s, u"helm-relogin"_s}
                                     << QStringList{podmanLogin, u"helm registry login "_s}
                                     << u"Store this token for Podman and Helm"_s;
}

// A stale login that Podman (or Buildah, skopeo) or Helm holds is told as theirs, never as Docker's: the checklist
// row, the headline and a fix step with that tool's own login command, one step per tool.
void tst_CheckCommand::staleLoginsNameTheirTool()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, holders);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, commands);
    QFETCH(QString, store);
    FakeServer server;
    QVERIFY(server.start());
    ghcr::test::IsolatedHome home;
    const QString stale = writeStaleLogins(home, server, files);
    const CliResult r = runCli(checkArgs(server) + QStringList{u"--token-env"_s, tokenVar, u"--format"_s, u"json"_s},
                               FakeServer::classicToken());
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = r.json();
    QJsonObject row;
    for (const QJsonValue& v : o.value(u"checklist"_s).toArray())
        if (v.toObject().value(u"id"_s).toString() == u"docker.credentials"_s)
            row = v.toObject();
    QCOMPARE(row.value(u"status"_s).toString(), u"warn"_s);
    const QString detail = row.value(u"detail"_s).toString();
    const QString summary = o.value(u"summary"_s).toString();
    for (const QString& holder : holders) {
        QVERIFY2(detail.contains(holder + u" holds a different token"_s), qPrintable(detail));
        QVERIFY2(summary.contains(holder), qPrintable(summary));
    }
    for (const QString& text : {detail, summary, row.value(u"title"_s).toString(), row.value(u"fix"_s).toString()})
        QVERIFY2(!text.contains(u"Docker"_s), qPrintable(text));
    QVERIFY2(row.value(u"fix"_s).toString().startsWith(store), qPrintable(row.value(u"fix"_s).toString()));
    QVERIFY2(summary.endsWith(u"store this token for "_s + store.mid(21) + u'.'), qPrintable(summary));
    const QJsonArray fixSteps = o.value(u"fixSteps"_s).toArray();
    QVERIFY(fixSteps.size() >= steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = fixSteps.at(i).toObject();
        QCOMPARE(step.value(u"id"_s).toString(), steps.at(i));
        QVERIFY2(step.value(u"title"_s).toString().startsWith(u"Store this token for "_s + holders.at(i)),
                 qPrintable(step.value(u"title"_s).toString()));
        for (const QString& shell : {u"posix"_s, u"powershell"_s}) {
            const QString cmd = step.value(shell).toString();
            QVERIFY2(!cmd.contains(u"docker"_s), qPrintable(cmd));
            QVERIFY2(cmd.contains(u"--password-stdin"_s), qPrintable(cmd));
        }
        QVERIFY2(step.value(u"posix"_s).toString().contains(commands.at(i)),
                 qPrintable(step.value(u"posix"_s).toString()));
    }
    verifyNoToken(r, stale);
    verifyNoToken(r, FakeServer::classicToken());
}

void tst_CheckCommand::refusedLoginNamesStaleHolders_data()
{
    QTest::addColumn<QStringList>("files"); // under the throwaway HOME, each holding a stale login
    QTest::addColumn<QString>("fix");       // the failing registry.login row's "what to do"
    const QString podman = u".config/containers/auth.json"_s;
    const QString helm = u".config/helm/registry/config.json"_s;
    const QString valid = u"Use a valid classic token with package scopes, and clear "_s;
    // No stored login at all: nothing to clear, so the row does not send the user to clear one.
    QTest::newRow("none") << QStringList{} << u"Use a valid classic token with package scopes (see the fix steps)."_s;
    QTest::newRow("helm") << QStringList{helm} << valid + u"the stale login in Helm (see the fix steps)."_s;
    QTest::newRow("docker and podman") << QStringList{u".docker/config.json"_s, podman}
                                       << valid + u"the stale login in Docker and Podman (see the fix steps)."_s;
}

// The registry refuses the login: its row names the tools that hold a stale login (and none when no tool holds one),
// never Docker alone.
void tst_CheckCommand::refusedLoginNamesStaleHolders()
{
    QFETCH(QStringList, files);
    QFETCH(QString, fix);
    FakeServer server;
    QVERIFY(server.start());
    const ghcr::test::Scenario s = FakeServer::scenario(u"revoked"_s);
    server.setScenario(s);
    ghcr::test::IsolatedHome home;
    const QString stale = writeStaleLogins(home, server, files);
    const CliResult r =
        runCli(checkArgs(server) + QStringList{u"--token-env"_s, tokenVar, u"--format"_s, u"json"_s}, s.token);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QJsonObject row;
    for (const QJsonValue& v : r.json().value(u"checklist"_s).toArray())
        if (v.toObject().value(u"id"_s).toString() == u"registry.login"_s)
            row = v.toObject();
    QCOMPARE(row.value(u"status"_s).toString(), u"fail"_s);
    QCOMPARE(row.value(u"fix"_s).toString(), fix);
    verifyNoToken(r, stale);
}

// "Store this token for Docker: it holds no login" is offered when no tool holds a login for the registry, not
// to someone whose Podman already holds this very token, and never when the stored logins were not looked at
// (--no-docker-credentials, the every-package check): then nothing is known about what Docker holds.
void tst_CheckCommand::dockerLoginStepOnlyWithoutAnyLogin()
{
    FakeServer server;
    QVERIFY(server.start());
    ghcr::test::IsolatedHome home;
    const auto stepIds = [&server](const QStringList& more = {}) {
        const CliResult r =
            runCli(checkArgs(server) + QStringList{u"--token-env"_s, tokenVar, u"--format"_s, u"json"_s} + more,
                   FakeServer::classicToken());
        QStringList ids;
        for (const QJsonValue& v : r.json().value(u"fixSteps"_s).toArray())
            ids << v.toObject().value(u"id"_s).toString();
        ids << u"exit="_s + QString::number(r.exitCode); // the check ran to its verdict
        return ids;
    };
    QVERIFY2(stepIds().contains(u"docker-login"_s), qPrintable(stepIds().join(u", "_s)));
    const QStringList notLooked = stepIds({u"--no-docker-credentials"_s});
    QVERIFY2(notLooked.contains(u"exit=0"_s) && !notLooked.contains(u"docker-login"_s),
             qPrintable(notLooked.join(u", "_s)));
    const QStringList matrix = stepIds({u"--all-packages"_s});
    QVERIFY2(matrix.contains(u"exit=0"_s) && !matrix.contains(u"docker-login"_s), qPrintable(matrix.join(u", "_s)));
    ghcr::test::writeFile(home.path(u".config/containers/auth.json"_s),
                          "{\"auths\":{\"" + server.registryHost().toUtf8() + "\":{\"auth\":\"" +
                              (u"octocat:"_s + FakeServer::classicToken()).toUtf8().toBase64() + "\"}}}");
    const QStringList ids = stepIds();
    QVERIFY2(!ids.contains(u"docker-login"_s) && !ids.contains(u"podman-relogin"_s), qPrintable(ids.join(u", "_s)));
}

// The headless command speaks the user's language too; what scripts read (ids, statuses, verdict,
// exit code) does not change with it.
void tst_CheckCommand::russianWhenAsked()
{
    qputenv("GHCR_DOCTOR_LANG", "ru");
    const CliResult help = runCli({u"check"_s, u"--help"_s});
    FakeServer server;
    QVERIFY(server.start());
    server.setScenario(FakeServer::scenario(u"write-only-needs-read"_s));
    const CliResult r = runCli(checkArgs(server) + QStringList{u"--token-env"_s, tokenVar, u"--format"_s, u"json"_s},
                               FakeServer::classicToken());
    qunsetenv("GHCR_DOCTOR_LANG");
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(QString::fromUtf8(help.out).contains(u"Показать эту справку."_s), help.out.constData());
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"verdict"_s).toString(), u"action-needed"_s);
    QString readStatus, readTitle;
    for (const QJsonValue& v : o.value(u"checklist"_s).toArray()) {
        if (v.toObject().value(u"id"_s).toString() == u"scope.read:packages"_s) {
            readStatus = v.toObject().value(u"status"_s).toString();
            readTitle = v.toObject().value(u"title"_s).toString();
        }
    }
    QCOMPARE(readStatus, u"fail"_s);
    QCOMPARE(readTitle, u"Область доступа read:packages"_s);
}

QTEST_GUILESS_MAIN(tst_CheckCommand)
#include "tst_CheckCommand.moc"
