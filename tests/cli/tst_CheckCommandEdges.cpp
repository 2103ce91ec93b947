// `ghcr-doctor check` at the edges of its input: host/registry values through the URL parser the requests
// use (IPv6 literals, port range, label length), --timeout limits, --output - and devices, a huge stdin told
// with its true size, the token prompt on a terminal (hidden input), --allow-http-loopback that only
// allows plain HTTP, and X-GitHub-SSO links only on a GitHub host.
#include "app/core/model/CheckRequest.h"
#include "app/core/probes/GitHubApiClient.h"
#include "app/core/token/Redactor.h"
#include "tests/support/FakeServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ghcr::test::FakeServer;

namespace {

struct Cli
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Cli run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
        const QString& token = FakeServer::classicToken())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GHCR_EDGE_TOKEN"_s, token);
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(program, arguments);
    if (!p.waitForStarted(30000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!finished.wait(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QStringList checkArgs(const FakeServer& server, const QStringList& extra)
{
    return QStringList{u"check"_s,
                       u"--api-url"_s,
                       server.apiUrl().toString(),
                       u"--registry"_s,
                       server.registryHost(),
                       u"--ca-file"_s,
                       FakeServer::testCaFile(),
                       u"--no-docker-credentials"_s,
                       u"--image"_s,
                       u"octocat/app:latest"_s} +
           extra;
}

} // namespace

class tst_CheckCommandEdges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginEchoingTheTokenIsRefused();
    void hostPort_data();
    void hostPort();
    void resolvingTwiceGivesTheSame_data();
    void resolvingTwiceGivesTheSame();
    void registryValuesAtTheCli_data();
    void registryValuesAtTheCli();
    void ipv6RegistryIsAsked();
    void timeoutLimits_data();
    void timeoutLimits();
    void outputToStdout_data();
    void outputToStdout();
    void hugeStdinToldWithItsSize();
    void terminalPromptHidesInput();
    void httpLoopbackOnlyAllows();
    void ssoLinkOnlyOnGitHub_data();
    void ssoLinkOnlyOnGitHub();
    void malformedImageMakesNoRequest_data();
    void malformedImageMakesNoRequest();
    void caFileThatDidNotSign();
};

void tst_CheckCommandEdges::hostPort_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ghcr.io") << u"ghcr.io"_s << true;
    QTest::newRow("host:port") << u"registry.example.com:5000"_s << true;
    QTest::newRow("IPv4:port") << u"127.0.0.1:5000"_s << true;
    QTest::newRow("IPv6 literal with port") << u"[::1]:5000"_s << true;
    QTest::newRow("IPv6 literal") << u"[2001:db8::1]"_s << true;
    QTest::newRow("port 65535") << u"localhost:65535"_s << true;
    QTest::newRow("port 65536") << u"localhost:65536"_s << false;
    QTest::newRow("port 99999") << u"ghcr.io:99999"_s << false;
    QTest::newRow("port 0") << u"ghcr.io:0"_s << false;
    QTest::newRow("empty label") << u"ghcr..io"_s << false;
    QTest::newRow("64-character label") << QString(QString(64, u'a') + u".example"_s) << false;
    QTest::newRow("63-character label") << QString(QString(63, u'a') + u".example"_s) << true;
    QTest::newRow("bare IPv6") << u"::1"_s << false;
    QTest::newRow("IPv4 in brackets") << u"[127.0.0.1]"_s << false;
    QTest::newRow("user info") << u"user@ghcr.io"_s << false;
    QTest::newRow("path") << u"ghcr.io/owner"_s << false;
    QTest::newRow("label ends with hyphen") << u"ghcr-.io"_s << false;
}

void tst_CheckCommandEdges::hostPort()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(ghcr::isValidHostPort(value), valid);
    if (valid) // what validation accepts, the requests can be built from
        QVERIFY(QUrl(u"https://"_s + value + u"/v2/"_s).isValid());
}

void tst_CheckCommandEdges::resolvingTwiceGivesTheSame_data()
{
    // Found by fuzz_check_request: "/" validated as ghcr.io but was checked as "".
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("resolved");
    QTest::newRow("/") << u"/"_s << u"ghcr.io"_s;
    QTest::newRow("https://") << u"https://"_s << u"ghcr.io"_s;
    QTest::newRow("https://ghcr.io/") << u"https://ghcr.io/"_s << u"ghcr.io"_s;
    QTest::newRow("[::1]:5000") << u"[::1]:5000"_s << u"[::1]:5000"_s;
    QTest::newRow("line breaks before a slash") << u"registry.example\r\n\r\n/"_s << u"registry.example"_s;
}

void tst_CheckCommandEdges::resolvingTwiceGivesTheSame()
{
    QFETCH(QString, registry);
    QFETCH(QString, resolved);
    ghcr::CheckRequest request;
    request.registry = registry;
    QCOMPARE(request.resolved().registry, resolved);
    QCOMPARE(request.resolved().resolved().registry, resolved);
    QVERIFY(request.resolved().validate().isEmpty());
}

void tst_CheckCommandEdges::registryValuesAtTheCli_data()
{
    QTest::addColumn<QString>("registry");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("port > 65535 is bad input") << u"127.0.0.1:70000"_s << 2;
    QTest::newRow("64-character label is bad input") << QString(QString(64, u'b') + u".example"_s) << 2;
    QTest::newRow("empty label is bad input") << u"a..b"_s << 2;
}

void tst_CheckCommandEdges::registryValuesAtTheCli()
{
    QFETCH(QString, registry);
    QFETCH(int, exitCode);
    const Cli r = run(QStringLiteral(GHCR_DOCTOR_BIN),
                      {u"check"_s, u"--registry"_s, registry, u"--token-env"_s, u"GHCR_EDGE_TOKEN"_s});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains("is not a registry host"), r.err.constData());
    QVERIFY(!r.err.contains("“” is not a valid URL"));
}

void tst_CheckCommandEdges::ipv6RegistryIsAsked()
{
    // [::1]:PORT is a registry value like any other: validated, then asked (nothing listens there: refused).
    FakeServer server;
    QVERIFY(server.start());
    const Cli r = run(QStringLiteral(GHCR_DOCTOR_BIN),
                      {u"check"_s, u"--api-url"_s, server.apiUrl().toString(), u"--registry"_s, u"[::1]:9"_s,
                       u"--ca-file"_s, FakeServer::testCaFile(), u"--no-docker-credentials"_s, u"--format"_s, u"json"_s,
                       u"--timeout"_s, u"5"_s, u"--token-env"_s, u"GHCR_EDGE_TOKEN"_s});
    QVERIFY2(r.exitCode == 3, r.err.constData());
    const QString summary = QJsonDocument::fromJson(r.out).object().value(u"summary"_s).toString();
    QVERIFY2(summary.contains(u"::1"_s), qPrintable(summary));
    QVERIFY(!r.err.contains("is not a registry host"));
}

void tst_CheckCommandEdges::timeoutLimits_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("overflow") << u"99999999999"_s << QByteArray("between 1 and 600");
    QTest::newRow("zero") << u"0"_s << QByteArray("between 1 and 600");
    QTest::newRow("601") << u"601"_s << QByteArray("between 1 and 600");
    QTest::newRow("not a number") << u"ten"_s << QByteArray("whole number");
}

void tst_CheckCommandEdges::timeoutLimits()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, message);
    const Cli r = run(QStringLiteral(GHCR_DOCTOR_BIN),
                      {u"check"_s, u"--timeout"_s, value, u"--token-env"_s, u"GHCR_EDGE_TOKEN"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void tst_CheckCommandEdges::outputToStdout_data()
{
    QTest::addColumn<QString>("output");
    QTest::newRow("-") << u"-"_s;
    QTest::newRow("/dev/stdout") << u"/dev/stdout"_s;
}

void tst_CheckCommandEdges::outputToStdout()
{
    QFETCH(QString, output);
    FakeServer server;
    QVERIFY(server.start());
    const Cli r = run(
        QStringLiteral(GHCR_DOCTOR_BIN),
        checkArgs(server, {u"--format"_s, u"json"_s, u"--output"_s, output, u"--token-env"_s, u"GHCR_EDGE_TOKEN"_s}));
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(json.contains(u"verdict"_s), r.out.left(500).constData());
}

void tst_CheckCommandEdges::hugeStdinToldWithItsSize()
{
    const QByteArray tenMiB(10 * 1024 * 1024, 'a');
    const Cli r = run(QStringLiteral(GHCR_DOCTOR_BIN), {u"check"_s, u"--token-stdin"_s}, tenMiB);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("10,485,760 bytes"), r.err.constData());
}

void tst_CheckCommandEdges::terminalPromptHidesInput()
{
    // A real terminal: util-linux `script` runs the binary on a pseudo-terminal; what it types is the token.
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        QSKIP("util-linux script is not installed");
    FakeServer server;
    QVERIFY(server.start());
    QStringList args = checkArgs(server, {u"--token-stdin"_s, u"--format"_s, u"json"_s});
    QString command = QString::fromLocal8Bit(QByteArrayLiteral(GHCR_DOCTOR_BIN));
    for (const QString& a : args)
        command += u" '"_s + a + u"'"_s;
    // Type only once the prompt is there, as a person does.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(script, {u"-qec"_s, command, u"/dev/null"_s});
    QVERIFY(p.waitForStarted(30000));
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += p.readAllStandardOutput()).contains("Token (input hidden):"), 30000);
    p.write(FakeServer::classicToken().toUtf8() + '\n');
    QVERIFY(finished.wait(60000));
    Cli r;
    r.out = seen + p.readAllStandardOutput();
    QVERIFY2(r.out.contains("Token (input hidden):"), r.out.left(500).constData());
    // The terminal did not echo what was typed, and the check ran with it.
    QVERIFY2(!r.out.contains(FakeServer::classicToken().toUtf8()), "the typed token was echoed");
    QVERIFY2(r.out.contains("\"verdict\""), r.out.left(1000).constData());
    QVERIFY(server.requests(u"api"_s).size() >= 1);
    QVERIFY(server.requests(u"api"_s).constFirst().secretMatched);
}

void tst_CheckCommandEdges::httpLoopbackOnlyAllows()
{
    // An HTTPS registry on 127.0.0.1 stays HTTPS when plain HTTP is merely allowed.
    FakeServer server;
    QVERIFY(server.start());
    const Cli r =
        run(QStringLiteral(GHCR_DOCTOR_BIN), checkArgs(server, {u"--allow-http-loopback"_s, u"--format"_s, u"json"_s,
                                                                u"--token-env"_s, u"GHCR_EDGE_TOKEN"_s}));
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(r.exitCode == 0, qPrintable(json.value(u"summary"_s).toString()));
    QVERIFY(r.out.contains(QByteArray("https://" + server.registryHost().toUtf8())));
    QVERIFY(!server.requests(u"registry"_s).isEmpty());
}

void tst_CheckCommandEdges::ssoLinkOnlyOnGitHub_data()
{
    QTest::addColumn<QString>("apiUrl");
    QTest::addColumn<QString>("ssoUrl");
    QTest::addColumn<bool>("kept");
    QTest::newRow("github.com") << u"https://api.github.com"_s
                                << u"https://github.com/orgs/o/sso?authorization_request=1"_s << true;
    QTest::newRow("another host") << u"https://api.github.com"_s << u"https://evil.example/orgs/o/sso"_s << false;
    QTest::newRow("look-alike") << u"https://api.github.com"_s << u"https://github.com.evil.example/sso"_s << false;
    QTest::newRow("user info") << u"https://api.github.com"_s << u"https://github.com@evil.example/sso"_s << false;
    QTest::newRow("plain http") << u"https://api.github.com"_s << u"http://github.com/orgs/o/sso"_s << false;
    QTest::newRow("GHES host") << u"https://ghe.example.com/api/v3"_s << u"https://ghe.example.com/orgs/o/sso"_s
                               << true;
    QTest::newRow("GHES, other host") << u"https://ghe.example.com/api/v3"_s << u"https://evil.example/sso"_s << false;
}

void tst_CheckCommandEdges::ssoLinkOnlyOnGitHub()
{
    QFETCH(QString, apiUrl);
    QFETCH(QString, ssoUrl);
    QFETCH(bool, kept);
    ghcr::HttpResponse r;
    r.status = 403;
    r.headers = {{"x-github-sso", "required; url=" + ssoUrl.toUtf8()},
                 {"x-github-request-id", "ABCD:1234"},
                 {"content-type", "application/json"}};
    r.body = R"({"message":"Resource protected by organization SAML enforcement."})";
    const ghcr::ApiEvidence e = ghcr::GitHubApiClient::interpret(QUrl(apiUrl + u"/user"_s), r);
    QCOMPARE(e.ssoUrl, kept ? ssoUrl : QString());
}

// A server that answers GET /user with the token, base64 "user:token", in the login (found by fuzz_api_response):
// the login is not kept anywhere, and the answer is not taken for GitHub's.
void tst_CheckCommandEdges::loginEchoingTheTokenIsRefused()
{
    const QString token = u"ghp_Fz9kQ2mW7xR4tY8uI1oP3aS6dF0gH5jK2lZ7"_s;
    ghcr::RedactionSet secrets;
    secrets.add(token);
    const QByteArray echoed = QByteArray("octocat:" + token.toUtf8())
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    ghcr::HttpResponse r;
    r.status = 200;
    r.headers = {
        {"x-oauth-scopes", "read:packages"}, {"x-github-request-id", "ABCD:1"}, {"content-type", "application/json"}};
    r.body = R"({"login":")" + echoed + R"(x"})";
    const ghcr::ApiEvidence e = ghcr::GitHubApiClient::interpret(QUrl(u"https://api.github.com/user"_s), r);
    QCOMPARE(e.outcome, ghcr::ApiEvidence::Outcome::Malformed);
    QVERIFY(e.login.isEmpty());
    QVERIFY2(e.errorSentence.contains(u"echoes credentials"_s), qPrintable(e.errorSentence));
    QVERIFY(!e.errorSentence.contains(QString::fromLatin1(echoed.left(24))));
    // A login that merely looks odd but holds no secret is still a login.
    r.body = R"({"login":"octo-cat_shortcode"})";
    QCOMPARE(ghcr::GitHubApiClient::interpret(QUrl(u"https://api.github.com/user"_s), r).login,
             u"octo-cat_shortcode"_s);
}

void tst_CheckCommandEdges::malformedImageMakesNoRequest_data()
{
    QTest::addColumn<QStringList>("images");
    QTest::addColumn<QByteArray>("listed");          ///< an --images-file's content; empty: none
    QTest::addColumn<QList<QByteArray>>("messages"); ///< each in what is printed, in this order
    QTest::addColumn<QByteArray>("absent");          ///< not in what is printed; empty: no such check
    const QString i = u"--image"_s;
    QTest::newRow("empty tag") << QStringList{i, u"octocat/app:"_s} << QByteArray()
                               << QList<QByteArray>{"“octocat/app:” ends with “:” but no tag follows it"}
                               << QByteArray();
    QTest::newRow("empty digest") << QStringList{i, u"octocat/app@"_s} << QByteArray()
                                  << QList<QByteArray>{"ends with “@” but no digest follows it"} << QByteArray();
    QTest::newRow("short digest") << QStringList{i, u"octocat/app@sha256:"_s} << QByteArray()
                                  << QList<QByteArray>{"“sha256:” is not a digest"} << QByteArray();
    QTest::newRow("trailing slash") << QStringList{i, u"octocat/app/"_s} << QByteArray()
                                    << QList<QByteArray>{"“octocat/app/” has an empty part"} << QByteArray();
    QTest::newRow("matrix: empty tag") << QStringList{i, u"octocat/app"_s, i, u"octocat/web:"_s} << QByteArray()
                                       << QList<QByteArray>{"“octocat/web:” ends with “:” but no tag follows it"}
                                       << QByteArray();
    QTest::newRow("images file: empty digest")
        << QStringList{} << QByteArray("octocat/app\noctocat/web@\n")
        << QList<QByteArray>{", line 2: “octocat/web@” ends with “@”"} << QByteArray();
    // Every bad reference at once, each with its own sentence (and its line), in one message: not one per run.
    QTest::newRow("images file: three bad lines")
        << QStringList{} << QByteArray("octocat/app\nOctocat/Web\noctocat/ok:1\noctocat/db:\n\noctocat/x@\n")
        << QList<QByteArray>{", line 2: Image names must be lower-case: use “octocat/web”",
                             ", line 4: “octocat/db:” ends with “:”", ", line 6: “octocat/x@” ends with “@”"}
        << QByteArray("line 3");
    QByteArray many;
    for (int n = 1; n <= 25; ++n)
        many += "octocat/app" + QByteArray::number(n) + ":\n";
    QTest::newRow("images file: 25 bad lines")
        << QStringList{} << many
        << QList<QByteArray>{", line 1: “octocat/app1:”", ", line 20: “octocat/app20:”",
                             "…and 5 more bad image references."}
        << QByteArray("line 21");
    QTest::newRow("matrix: two bad --image values")
        << QStringList{i, u"Octocat/App"_s, i, u"octocat/ok"_s, i, u"octocat/web:"_s} << QByteArray()
        << QList<QByteArray>{"--image “Octocat/App”: Image names must be lower-case: use “octocat/app”",
                             "--image “octocat/web:”: “octocat/web:” ends with “:”"}
        << QByteArray("octocat/ok");
}

// A malformed reference is a usage error (exit 2) that names what is wrong, and nothing is asked of any server:
// before, "octocat/app:" and "octocat/app@" were checked as octocat/app:latest.
void tst_CheckCommandEdges::malformedImageMakesNoRequest()
{
    QFETCH(QStringList, images);
    QFETCH(QByteArray, listed);
    QFETCH(QList<QByteArray>, messages);
    QFETCH(QByteArray, absent);
    FakeServer server;
    QVERIFY(server.start());
    QStringList arguments{
        u"check"_s,     u"--api-url"_s,           server.apiUrl().toString(),   u"--registry"_s,  server.registryHost(),
        u"--ca-file"_s, FakeServer::testCaFile(), u"--no-docker-credentials"_s, u"--token-env"_s, u"GHCR_EDGE_TOKEN"_s};
    QTemporaryDir dir;
    if (!listed.isEmpty()) {
        QFile file(dir.filePath(u"images.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(listed) == listed.size());
        arguments << u"--images-file"_s << file.fileName();
    }
    const Cli r = run(QStringLiteral(GHCR_DOCTOR_BIN), arguments + images);
    QVERIFY2(r.exitCode == 2, r.err.constData());
    qsizetype from = 0;
    for (const QByteArray& message : messages) {
        from = r.err.indexOf(message, from);
        QVERIFY2(from >= 0, QByteArray(message + " not in order in: " + r.err).constData());
    }
    QVERIFY2(absent.isEmpty() || !r.err.contains(absent), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(server.requests().isEmpty());
}

// A --ca-file that did not sign the server's chain (tests/data/other-ca.pem, an unrelated CA; see
// tests/data/generate.sh): the sentence names that file and the CA the chain needs, instead of telling the user to
// "pass its certificate", which they did. Nothing reaches the server.
void tst_CheckCommandEdges::caFileThatDidNotSign()
{
    FakeServer server;
    QVERIFY(server.start());
    const QString otherCa = QFileInfo(FakeServer::otherCaFile()).absoluteFilePath();
    QStringList arguments = checkArgs(server, {u"--token-env"_s, u"GHCR_EDGE_TOKEN"_s, u"--timeout"_s, u"10"_s});
    arguments[arguments.indexOf(FakeServer::testCaFile())] = otherCa;
    const Cli r = run(QStringLiteral(GHCR_DOCTOR_BIN), arguments);
    QVERIFY2(r.exitCode == 3, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    const QString expected = u"The CA file "_s + otherCa +
                             u" was trusted for this check, but no certificate in it signed 127.0.0.1's certificate "
                             u"chain, which was issued by “GHCR Doctor Test CA (TEST ONLY)”. Give the certificate of "
                             u"“GHCR Doctor Test CA (TEST ONLY)”"_s;
    QVERIFY2(out.contains(expected), qPrintable(out));
    QVERIFY2(!out.contains(u"pass its certificate"_s), qPrintable(out));
    QVERIFY2(out.contains(u"the CA file "_s + otherCa + u" is not the CA that signed the server's certificate"_s),
             qPrintable(out));
    QVERIFY(server.requests().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CheckCommandEdges)
#include "tst_CheckCommandEdges.moc"
