// `ghcr-doctor login` and `logout` as a user runs them, against the HTTPS fake server in a throwaway HOME: the
// token is stored only when the check proved the requested operations, only after a confirmation (--yes; no
// terminal and no --yes refuses), exactly where the tool reads it (Docker's file with Docker's warning, a
// credential helper, Podman's auth.json, Helm's config), read back by the check's own sweep; logout removes only
// that registry's entry. The token never appears in what the binary prints.
#include "app/core/probes/DockerCredentials.h"
#include "tests/support/FakeServer.h"
#include "tests/support/IsolatedHome.h"
#include "tests/support/RunBinary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ghcr::test::FakeServer;
using ghcr::test::IsolatedHome;
using ghcr::test::Scenario;

namespace {

using Run = ghcr::test::BinaryRun;

/// The binary in its own session: no controlling terminal, as in CI (a confirmation cannot be asked).
Run run(const QStringList& arguments, const QString& token, const QProcessEnvironment& extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GHCR_TEST_TOKEN"_s, token);
    for (const QString& key : extra.keys())
        env.insert(key, extra.value(key));
    return ghcr::test::runBinary(QStringLiteral(GHCR_DOCTOR_BIN), arguments, env);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class tst_LoginCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void refusedWhenTheCheckDoesNotProve();
    void refusedWithoutConfirmation();
    void storesWhereTheToolReads_data();
    void storesWhereTheToolReads();
    void storesThroughDockersHelper();
    void logoutRemovesOnlyThatRegistry();
    void usage();

private:
    QStringList args(const QString& command, const QString& tool, const QString& ops = u"pull,push"_s) const;
    FakeServer m_server;
};

QStringList tst_LoginCommand::args(const QString& command, const QString& tool, const QString& ops) const
{
    QStringList a{
        command, u"--tool"_s, tool, u"--registry"_s, m_server.registryHost(), u"--ca-file"_s, FakeServer::testCaFile()};
    if (command == u"login"_s)
        a << u"--api-url"_s << m_server.apiUrl().toString() << u"--image"_s << u"octocat/app"_s << u"--ops"_s << ops
          << u"--token-env"_s << u"GHCR_TEST_TOKEN"_s << u"--no-docker-credentials"_s;
    return a;
}

void tst_LoginCommand::refusedWhenTheCheckDoesNotProve()
{
    IsolatedHome home;
    const Scenario s = FakeServer::scenario(u"read-only"_s); // push refused
    m_server.setScenario(s);
    const Run r = run(args(u"login"_s, u"docker"_s) << u"--yes"_s, s.token);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Not stored for Docker: push was not proved"), r.err.constData());
    QVERIFY(!QFile::exists(home.path(u".docker/config.json"_s)));
    QVERIFY(!r.out.contains(s.token.toUtf8()) && !r.err.contains(s.token.toUtf8()));
}

void tst_LoginCommand::refusedWithoutConfirmation()
{
    IsolatedHome home;
    const Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    m_server.setScenario(s);
    const Run r = run(args(u"login"_s, u"docker"_s), s.token); // no --yes, no terminal
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("No terminal to ask on: nothing was changed"), r.err.constData());
    QVERIFY2(r.err.contains(QFile::encodeName(home.path(u".docker/config.json"_s))), r.err.constData()); // what
    QVERIFY(!QFile::exists(home.path(u".docker/config.json"_s)));
}

void tst_LoginCommand::storesWhereTheToolReads_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("warns");
    QTest::addColumn<QString>("name"); // as the rest of the app names the tool, never the --tool id
    QTest::newRow("docker") << u"docker"_s << u".docker/config.json"_s << true << u"Docker"_s;
    QTest::newRow("podman") << u"podman"_s << u"run/containers/auth.json"_s << false << u"Podman ("_s;
    QTest::newRow("helm") << u"helm"_s << u".config/helm/registry/config.json"_s << false << u"Helm"_s;
}

void tst_LoginCommand::storesWhereTheToolReads()
{
    QFETCH(QString, tool);
    QFETCH(QString, file);
    QFETCH(bool, warns);
    QFETCH(QString, name);
    IsolatedHome home;
    const Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    m_server.setScenario(s);
    const Run r = run(args(u"login"_s, tool) << u"--yes"_s, s.token);
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString host = ghcr::registryHostKey(m_server.registryHost());
    const QJsonObject entry = readJson(home.path(file)).value(u"auths"_s).toObject().value(host).toObject();
    QCOMPARE(QByteArray::fromBase64(entry.value(u"auth"_s).toString().toLatin1()),
             QByteArray("octocat:" + s.token.toUtf8()));
    QCOMPARE(r.err.contains("Your credentials are stored unencrypted"), warns);
    const QByteArray readBack = "Read back: " + name.toUtf8();
    QVERIFY2(r.err.contains(readBack) && r.err.contains(" now uses the checked token"), r.err.constData());
    if (tool == u"podman"_s) // Podman names the auth.json it reads
        QVERIFY2(r.err.contains(QByteArray(readBack + "~/" + file.toUtf8() + ") now uses")), r.err.constData());
    QVERIFY(!r.out.contains(s.token.toUtf8()) && !r.err.contains(s.token.toUtf8()));
    // Storing again keeps the first version as the backup: the undo.
    const Run again = run(args(u"login"_s, tool) << u"--yes"_s, s.token);
    QCOMPARE(again.exitCode, 0);
    QVERIFY(QFile::exists(home.path(file) + u".ghcr-doctor-backup"_s));
    QVERIFY2(again.err.contains("Backup of the previous file"), again.err.constData());
}

// credsStore names a helper: the token goes to docker-credential-NAME store on its stdin, not into the file.
void tst_LoginCommand::storesThroughDockersHelper()
{
    IsolatedHome home;
    const Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    m_server.setScenario(s);
    const QString bin = home.path(u"bin"_s);
    const QString kept = home.path(u"helper-store.json"_s);
    // A helper that keeps what `store` gets and gives it back on `get`, like docker-credential-pass does.
    ghcr::test::writeFile(bin + u"/docker-credential-fake"_s,
                          ("#!/bin/sh\ncase \"$1\" in\n store) cat > '" + QFile::encodeName(kept) +
                           "' ;;\n get) cat '" + QFile::encodeName(kept) +
                           "' | sed 's/\"ServerURL\"/\"ServerURL\"/' ;;\n erase) rm -f '" + QFile::encodeName(kept) +
                           "' ;;\nesac\n"));
    QFile::setPermissions(bin + u"/docker-credential-fake"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    ghcr::test::writeFile(home.path(u".docker/config.json"_s), R"({"credsStore":"fake","auths":{}})");
    QProcessEnvironment extra;
    extra.insert(u"PATH"_s, bin + u':' + qEnvironmentVariable("PATH"));
    const Run r = run(args(u"login"_s, u"docker"_s) << u"--yes"_s, s.token, extra);
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("docker-credential-fake"), r.err.constData());
    const QJsonObject stored = readJson(kept);
    QCOMPARE(stored.value(u"Secret"_s).toString(), s.token);
    QCOMPARE(stored.value(u"Username"_s).toString(), u"octocat"_s);
    QVERIFY(!readJson(home.path(u".docker/config.json"_s))
                 .value(u"auths"_s)
                 .toObject()
                 .contains(ghcr::registryHostKey(m_server.registryHost())));
    QVERIFY(!r.err.contains("unencrypted"));
}

void tst_LoginCommand::logoutRemovesOnlyThatRegistry()
{
    IsolatedHome home;
    const QString host = ghcr::registryHostKey(m_server.registryHost());
    const QByteArray config =
        R"({"auths":{")" + host.toUtf8() + R"(":{"auth":"b2xkOnN0YWxl"},"quay.io":{"auth":"eDp5"}},"credHelpers":{}})";
    ghcr::test::writeFile(home.path(u".docker/config.json"_s), config);
    const Run r = run(args(u"logout"_s, u"docker"_s) << u"--yes"_s, QString());
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject auths = readJson(home.path(u".docker/config.json"_s)).value(u"auths"_s).toObject();
    QVERIFY(!auths.contains(host));
    QCOMPARE(auths.value(u"quay.io"_s).toObject().value(u"auth"_s).toString(), u"eDp5"_s);
    QVERIFY2(r.err.contains("Read back: Docker has no login for"), r.err.constData());
    QVERIFY2(r.err.contains("Removing Docker's saved login for"), r.err.constData());
    const QString backup = home.path(u".docker/config.json.ghcr-doctor-backup"_s);
    QVERIFY(QFile::exists(backup));
    QVERIFY(readFile(backup).contains("b2xkOnN0YWxl"));

    // Again: there is nothing to remove. Nothing is written, and the backup keeps the login removed the first time
    // (a second logout once replaced it with the already emptied file: the only undo was lost).
    const QByteArray after = readFile(home.path(u".docker/config.json"_s));
    const Run again = run(args(u"logout"_s, u"docker"_s) << u"--yes"_s, QString());
    QVERIFY(again.finished);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.err.contains(QByteArray("Docker has no saved login for " + host.toUtf8() + ": nothing to remove")),
             again.err.constData());
    QVERIFY2(!again.err.contains("Changed:"), again.err.constData());
    QCOMPARE(readFile(home.path(u".docker/config.json"_s)), after);
    QVERIFY(readFile(backup).contains("b2xkOnN0YWxl"));
    // And for a tool that never had a login for the registry: no file appears.
    const Run helm = run(args(u"logout"_s, u"helm"_s) << u"--yes"_s, QString());
    QVERIFY2(helm.exitCode == 0 && helm.err.contains(QByteArray("Helm has no saved login for " + host.toUtf8())),
             helm.err.constData());
    const Run podman = run(args(u"logout"_s, u"podman"_s) << u"--yes"_s, QString());
    QVERIFY2(podman.exitCode == 0 && podman.err.contains(QByteArray("Podman has no saved login for " + host.toUtf8())),
             podman.err.constData());
    QVERIFY(!QFile::exists(home.path(u".config/helm/registry/config.json.ghcr-doctor-backup"_s)));
}

void tst_LoginCommand::usage()
{
    const Run noTool = run({u"login"_s, u"--token-env"_s, u"GHCR_TEST_TOKEN"_s}, u"x"_s);
    QCOMPARE(noTool.exitCode, 2);
    QVERIFY2(noTool.err.contains("--tool docker, podman or helm"), noTool.err.constData());
    const Run help = run({u"logout"_s, u"--help"_s}, QString());
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("login --tool docker|podman|helm"));
    const Run several = run(args(u"login"_s, u"docker"_s) << u"--image"_s << u"octocat/other"_s, u"x"_s);
    QCOMPARE(several.exitCode, 2);
    const Run appHelp = run({u"--help"_s}, QString());
    QVERIFY(appHelp.out.contains("login|logout --tool docker|podman|helm"));
}

QTEST_GUILESS_MAIN(tst_LoginCommand)
#include "tst_LoginCommand.moc"
