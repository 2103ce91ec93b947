// Docker's stored login for the registry, compared with the checked token: the config file forms,
// and the real docker-credential-secretservice helper against the private Secret Service the
// KEYCHAIN wrapper starts (tests/support/with-keyring.sh).
#include "app/core/probes/DockerCredentials.h"
#include "app/core/token/TokenAnalysis.h"
#include "tests/support/IsolatedHome.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using ghcr::DockerCredentialEvidence;
using ghcr::DockerCredentialsInspector;
using ghcr::test::IsolatedHome;
using ghcr::test::writeFile;

namespace {

const QString tokenA = u"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"_s; // the reference vector

QString makeToken(const QString& random30)
{
    return u"ghp_"_s + random30 + ghcr::tokenChecksum(random30);
}

QByteArray authConfig(const QString& key, const QString& user, const QString& secret)
{
    const QByteArray auth = (user + u':' + secret).toUtf8().toBase64();
    return QJsonDocument(
               QJsonObject{{u"auths"_s, QJsonObject{{key, QJsonObject{{u"auth"_s, QString::fromLatin1(auth)}}}}}})
        .toJson();
}

void verifyNoSecret(const DockerCredentialEvidence& e, const QString& secret)
{
    const QString all =
        e.configPath + e.store + e.helperProgram + e.storedUser + e.storedFingerprint + e.storedKind + e.errorSentence;
    QVERIFY2(!all.contains(secret), "the stored secret leaked into the evidence");
    QVERIFY(!all.contains(secret.mid(4, 30)));
}

DockerCredentialEvidence sweep(const QString& registry, const QString& fingerprint, int budgetMs = 10000)
{
    DockerCredentialsInspector inspector;
    QSignalSpy spy(&inspector, &DockerCredentialsInspector::finished);
    inspector.start(registry, fingerprint, budgetMs);
    if (!spy.wait(budgetMs + 20000))
        return {};
    return spy.constFirst().constFirst().value<DockerCredentialEvidence>();
}

QString describe(const ghcr::StoredLogin& l)
{
    const QString same = !l.sameAsChecked ? u"?"_s : (*l.sameAsChecked ? u"same"_s : u"other"_s);
    return l.tool + u' ' + l.configPath + u' ' + (l.helperProgram.isEmpty() ? l.store : l.helperProgram) + u' ' +
           l.storedUser + u' ' + same;
}

QStringList describeAll(const DockerCredentialEvidence& e)
{
    QStringList out;
    for (const ghcr::StoredLogin& l : e.entries)
        out << describe(l);
    return out;
}

/// A docker-credential-<name> shell script on PATH (prepended), for the run of one test.
void installHelper(const IsolatedHome& home, const QString& name, const QByteArray& script)
{
    writeFile(home.path(u"bin/docker-credential-"_s + name), "#!/bin/sh\n" + script);
    QFile::setPermissions(home.path(u"bin/docker-credential-"_s + name),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

class tst_DockerCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fromConfig_data();
    void fromConfig();
    void invalidJson();
    void fileInDockerConfigDir();
    void realSecretServiceHelper();
    void missingHelper();
    void misbehavingHelper_data();
    void misbehavingHelper();
    void sweepEveryFile();
    void registryAuthFileAlone();
    void dockerDesktop();
    void budgetSharedByHelpers();
    void realPassHelper();

private:
    QString m_other;
    QString m_fingerprintA;
};

void tst_DockerCredentials::initTestCase()
{
    m_other = makeToken(u"abcdefghijklmnopqrstuvwxyz0123"_s);
    m_fingerprintA = ghcr::analyzeToken(tokenA).fingerprint;
    QVERIFY(m_fingerprintA.startsWith(u"sha256:"_s));
}

void tst_DockerCredentials::fromConfig_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("registry");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("same"); // "yes", "no", "unknown"
    QTest::addColumn<QString>("helper");
    QTest::addColumn<QString>("store");

    QTest::newRow("same token in auths") << authConfig(u"ghcr.io"_s, u"octocat"_s, tokenA) << u"ghcr.io"_s << true
                                         << u"yes"_s << QString() << u"file"_s;
    QTest::newRow("stale token in auths")
        << authConfig(u"ghcr.io"_s, u"octocat"_s, m_other) << u"ghcr.io"_s << true << u"no"_s << QString() << u"file"_s;
    QTest::newRow("URL-form key") << authConfig(u"https://ghcr.io/v1/"_s, u"octocat"_s, tokenA) << u"ghcr.io"_s << true
                                  << u"yes"_s << QString() << u"file"_s;
    QTest::newRow("other registry only") << authConfig(u"registry.example"_s, u"octocat"_s, tokenA) << u"ghcr.io"_s
                                         << false << u"unknown"_s << QString() << u"file"_s;
    QTest::newRow("credsStore") << QByteArray(R"({"credsStore":"secretservice","auths":{"ghcr.io":{}}})")
                                << u"ghcr.io"_s << false << u"unknown"_s << u"secretservice"_s << u"secretservice"_s;
    QTest::newRow("credHelpers wins") << QByteArray(R"({"credsStore":"desktop","credHelpers":{"ghcr.io":"pass"}})")
                                      << u"ghcr.io"_s << false << u"unknown"_s << u"pass"_s << u"pass"_s;
    QTest::newRow("credHelpers for another host") << QByteArray(R"({"credHelpers":{"quay.io":"pass"}})") << u"ghcr.io"_s
                                                  << false << u"unknown"_s << QString() << u"file"_s;
    QTest::newRow("identity token") << QByteArray(R"({"auths":{"ghcr.io":{"identitytoken":"abc"}}})") << u"ghcr.io"_s
                                    << true << u"unknown"_s << QString() << u"file"_s;
}

void tst_DockerCredentials::fromConfig()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, registry);
    QFETCH(bool, found);
    QFETCH(QString, same);
    QFETCH(QString, helper);
    QFETCH(QString, store);

    QString helperOut = u"sentinel"_s;
    const DockerCredentialEvidence e =
        DockerCredentialsInspector::fromConfig(json, registry, m_fingerprintA, &helperOut);
    QVERIFY(e.inspected);
    QCOMPARE(e.entryFound, found);
    QCOMPARE(helperOut, helper);
    QCOMPARE(e.store, store);
    const QString sameText = !e.sameAsChecked.has_value() ? u"unknown"_s : (*e.sameAsChecked ? u"yes"_s : u"no"_s);
    QCOMPARE(sameText, same);
    if (e.entryFound && e.sameAsChecked.has_value()) {
        QCOMPARE(e.storedUser, u"octocat"_s);
        QCOMPARE(e.storedKind, u"classic"_s);
    }
    verifyNoSecret(e, tokenA);
    verifyNoSecret(e, m_other);
}

void tst_DockerCredentials::invalidJson()
{
    const DockerCredentialEvidence e =
        DockerCredentialsInspector::fromConfig("{not json", u"ghcr.io"_s, m_fingerprintA, nullptr);
    QVERIFY(!e.entryFound);
    QVERIFY(e.errorSentence.contains(u"JSON"_s));
}

void tst_DockerCredentials::fileInDockerConfigDir()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile config(dir.filePath(u"config.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(authConfig(u"ghcr.io"_s, u"octocat"_s, m_other));
    config.close();
    qputenv("DOCKER_CONFIG", QFile::encodeName(dir.path()));

    DockerCredentialsInspector inspector;
    QSignalSpy spy(&inspector, &DockerCredentialsInspector::finished);
    inspector.start(u"ghcr.io"_s, m_fingerprintA);
    QVERIFY(spy.wait(10000));
    const auto e = spy.constFirst().constFirst().value<DockerCredentialEvidence>();
    QCOMPARE(e.configPath, config.fileName());
    QVERIFY(e.entryFound);
    QCOMPARE(e.sameAsChecked, std::optional<bool>(false));
    QCOMPARE(e.storedFingerprint, ghcr::analyzeToken(m_other).fingerprint);
    qunsetenv("DOCKER_CONFIG");
}

void tst_DockerCredentials::realSecretServiceHelper()
{
    if (QStandardPaths::findExecutable(u"docker-credential-secretservice"_s).isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("docker-credential-secretservice is missing (golang-docker-credential-helpers)");
        QSKIP("docker-credential-secretservice is not installed");
    }
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the private Secret Service session of tests/support/with-keyring.sh");

    // Store a login for ghcr.io with the real helper, exactly as `docker login` does.
    QProcess store;
    store.start(u"docker-credential-secretservice"_s, {u"store"_s});
    QVERIFY(store.waitForStarted(10000));
    store.write(QJsonDocument(
                    QJsonObject{{u"ServerURL"_s, u"ghcr.io"_s}, {u"Username"_s, u"octocat"_s}, {u"Secret"_s, m_other}})
                    .toJson(QJsonDocument::Compact));
    store.closeWriteChannel();
    QVERIFY(store.waitForFinished(20000));
    QCOMPARE(store.exitCode(), 0);

    QTemporaryDir dir;
    QFile config(dir.filePath(u"config.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"credsStore":"secretservice"})");
    config.close();
    qputenv("DOCKER_CONFIG", QFile::encodeName(dir.path()));

    // A different token is stored: the checked one is not what docker will use.
    {
        DockerCredentialsInspector inspector;
        QSignalSpy spy(&inspector, &DockerCredentialsInspector::finished);
        inspector.start(u"ghcr.io"_s, m_fingerprintA);
        QVERIFY(spy.wait(20000));
        const auto e = spy.constFirst().constFirst().value<DockerCredentialEvidence>();
        QCOMPARE(e.store, u"secretservice"_s);
        QCOMPARE(e.helperProgram, u"docker-credential-secretservice"_s);
        QVERIFY2(e.errorSentence.isEmpty(), qPrintable(e.errorSentence));
        QVERIFY(e.entryFound);
        QCOMPARE(e.storedUser, u"octocat"_s);
        QCOMPARE(e.sameAsChecked, std::optional<bool>(false));
        verifyNoSecret(e, m_other);
    }
    // The same token: docker uses what was checked.
    {
        DockerCredentialsInspector inspector;
        QSignalSpy spy(&inspector, &DockerCredentialsInspector::finished);
        inspector.start(u"ghcr.io"_s, ghcr::analyzeToken(m_other).fingerprint);
        QVERIFY(spy.wait(20000));
        QCOMPARE(spy.constFirst().constFirst().value<DockerCredentialEvidence>().sameAsChecked,
                 std::optional<bool>(true));
    }
    // Nothing stored for another registry: the helper's "not found" is no error.
    {
        DockerCredentialsInspector inspector;
        QSignalSpy spy(&inspector, &DockerCredentialsInspector::finished);
        inspector.start(u"containers.example.com"_s, m_fingerprintA);
        QVERIFY(spy.wait(20000));
        const auto e = spy.constFirst().constFirst().value<DockerCredentialEvidence>();
        QVERIFY(!e.entryFound);
        QVERIFY2(e.errorSentence.isEmpty(), qPrintable(e.errorSentence));
    }
    qunsetenv("DOCKER_CONFIG");
}

void tst_DockerCredentials::missingHelper()
{
    QTemporaryDir dir;
    QFile config(dir.filePath(u"config.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"credsStore":"no-such-store-xyz"})");
    config.close();
    qputenv("DOCKER_CONFIG", QFile::encodeName(dir.path()));
    DockerCredentialsInspector inspector;
    QSignalSpy spy(&inspector, &DockerCredentialsInspector::finished);
    inspector.start(u"ghcr.io"_s, m_fingerprintA);
    QVERIFY(spy.wait(10000));
    const auto e = spy.constFirst().constFirst().value<DockerCredentialEvidence>();
    QVERIFY(!e.entryFound);
    QVERIFY2(e.errorSentence.contains(u"docker-credential-no-such-store-xyz"_s), qPrintable(e.errorSentence));
    QVERIFY(e.errorSentence.contains(u"not installed"_s));
    qunsetenv("DOCKER_CONFIG");
}

void tst_DockerCredentials::misbehavingHelper_data()
{
    QTest::addColumn<QByteArray>("script"); // body of docker-credential-hostile (sh); $1 = get
    QTest::addColumn<int>("budgetMs");
    QTest::addColumn<QString>("expected");
    // A hung helper that started a child of its own: both are stopped at the budget.
    QTest::newRow("hangs with a child") << QByteArray("sleep 300 & echo $! > \"$PIDFILE\"; sleep 300\n") << 1500
                                        << u"did not answer within 1.5 seconds"_s;
    // 200 MB of output: stopped at 64 KiB, nothing kept.
    QTest::newRow("floods its output") << QByteArray(
                                              "echo $$ > \"$PIDFILE\"; head -c 200000000 /dev/zero | tr '\\0' 'a'\n")
                                       << 10000 << u"printed more than 64 KiB"_s;
    // A failing helper whose output holds a secret: reduced to a category, never quoted.
    QTest::newRow("fails, secret in stderr")
        << QByteArray(
               "echo $$ > \"$PIDFILE\"; echo 'error: stored secret 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' >&2; "
               "exit 1\n")
        << 10000 << u"failed: exit 1, 62 byte"_s;
}

void tst_DockerCredentials::misbehavingHelper()
{
    QFETCH(QByteArray, script);
    QFETCH(int, budgetMs);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QFile helper(dir.filePath(u"docker-credential-hostile"_s));
    QVERIFY(helper.open(QIODevice::WriteOnly));
    helper.write("#!/bin/sh\n" + script);
    helper.close();
    helper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile config(dir.filePath(u"config.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"credsStore":"hostile"})");
    config.close();
    const QByteArray oldPath = qgetenv("PATH");
    const QString pidFile = dir.filePath(u"child.pid"_s);
    qputenv("PATH", QFile::encodeName(dir.path()) + ':' + oldPath);
    qputenv("DOCKER_CONFIG", QFile::encodeName(dir.path()));
    qputenv("PIDFILE", QFile::encodeName(pidFile));

    DockerCredentialsInspector inspector;
    QSignalSpy spy(&inspector, &DockerCredentialsInspector::finished);
    QElapsedTimer clock;
    clock.start();
    inspector.start(u"ghcr.io"_s, m_fingerprintA, budgetMs);
    QVERIFY(spy.wait(30000));
    const qint64 elapsed = clock.elapsed();
    qputenv("PATH", oldPath);
    qunsetenv("DOCKER_CONFIG");
    qunsetenv("PIDFILE");
    qInfo("helper answered after %lld ms (budget %d ms)", elapsed, budgetMs);

    const auto e = spy.constFirst().constFirst().value<DockerCredentialEvidence>();
    QVERIFY2(e.errorSentence.contains(expected), qPrintable(e.errorSentence));
    verifyNoSecret(e, tokenA);
    QVERIFY(elapsed < budgetMs + 2000);
    // Whatever the helper started is gone (its process group was stopped).
    QFile pid(pidFile);
    QTRY_VERIFY_WITH_TIMEOUT(pid.exists(), 5000);
    QVERIFY(pid.open(QIODevice::ReadOnly));
    const pid_t child = pid_t(pid.readAll().trimmed().toInt());
    QVERIFY(child > 0);
    QTRY_VERIFY_WITH_TIMEOUT(::kill(child, 0) != 0, 5000);
}

void tst_DockerCredentials::sweepEveryFile()
{
    IsolatedHome home;
    const QString stale = makeToken(u"zyxwvutsrqponmlkjihgfedcba9876"_s);
    QJsonObject docker = QJsonDocument::fromJson(authConfig(u"https://ghcr.io"_s, u"olduser"_s, stale)).object();
    QJsonObject auths = docker.value(u"auths"_s).toObject();
    auths.insert(u"quay.io"_s, QJsonObject{{u"auth"_s, u"eDp5"_s}});
    docker.insert(u"auths"_s, auths);
    writeFile(home.path(u".docker/config.json"_s), QJsonDocument(docker).toJson());
    writeFile(home.path(u"run/containers/auth.json"_s), authConfig(u"ghcr.io"_s, u"octocat"_s, tokenA));
    writeFile(home.path(u".config/containers/auth.json"_s), authConfig(u"ghcr.io"_s, u"octocat"_s, m_other));
    writeFile(home.path(u".config/helm/registry/config.json"_s), authConfig(u"ghcr.io"_s, u"helmuser"_s, stale));
    // Another registry's entries are not listed.
    writeFile(home.path(u"elsewhere.json"_s), authConfig(u"quay.io"_s, u"octocat"_s, stale));

    const DockerCredentialEvidence e = sweep(u"ghcr.io"_s, m_fingerprintA);
    QCOMPARE(describeAll(e), (QStringList{u"docker ~/.docker/config.json file olduser other"_s,
                                          u"podman ~/run/containers/auth.json file octocat same"_s,
                                          u"podman ~/.config/containers/auth.json file octocat other"_s,
                                          u"helm ~/.config/helm/registry/config.json file helmuser other"_s}));
    // What docker uses (the diagnosis' row) is Docker's own file.
    QCOMPARE(e.tool, u"docker"_s);
    QCOMPARE(e.sameAsChecked, std::optional<bool>(false));
    QCOMPARE(e.entries.at(3).storedFingerprint, ghcr::analyzeToken(stale).fingerprint);
    for (const ghcr::StoredLogin& l : e.entries) {
        QCOMPARE(l.storedKind, u"classic"_s);
        for (const QString& secret : {tokenA, m_other, stale})
            QVERIFY(!describe(l).contains(secret) && !l.storedFingerprint.contains(secret.mid(4, 20)));
    }

    // HELM_REGISTRY_CONFIG and DOCKER_CONFIG move those files.
    qputenv("HELM_REGISTRY_CONFIG", QFile::encodeName(home.path(u"elsewhere.json"_s)));
    qputenv("DOCKER_CONFIG", QFile::encodeName(home.path(u"nowhere"_s)));
    QCOMPARE(describeAll(sweep(u"ghcr.io"_s, m_fingerprintA)),
             (QStringList{u"podman ~/run/containers/auth.json file octocat same"_s,
                          u"podman ~/.config/containers/auth.json file octocat other"_s}));
    QCOMPARE(describeAll(sweep(u"quay.io"_s, m_fingerprintA)),
             (QStringList{u"helm ~/elsewhere.json file octocat other"_s}));
}

void tst_DockerCredentials::registryAuthFileAlone()
{
    IsolatedHome home;
    writeFile(home.path(u"run/containers/auth.json"_s), authConfig(u"ghcr.io"_s, u"octocat"_s, tokenA));
    writeFile(home.path(u"custom/auth.json"_s), authConfig(u"ghcr.io"_s, u"ci"_s, m_other));
    qputenv("REGISTRY_AUTH_FILE", QFile::encodeName(home.path(u"custom/auth.json"_s)));
    // Podman reads REGISTRY_AUTH_FILE alone: the runtime file is not what it uses, and not listed.
    const DockerCredentialEvidence e = sweep(u"ghcr.io"_s, m_fingerprintA);
    QCOMPARE(describeAll(e), (QStringList{u"podman ~/custom/auth.json file ci other"_s}));
    QCOMPARE(e.configPath, u"~/custom/auth.json"_s);
    QCOMPARE(e.sameAsChecked, std::optional<bool>(false));
}

void tst_DockerCredentials::dockerDesktop()
{
    IsolatedHome home;
    // What Docker Desktop leaves: credsStore "desktop" and an empty auths entry; the secret is in its helper.
    writeFile(home.path(u".docker/config.json"_s), R"({"auths":{"ghcr.io":{}},"credsStore":"desktop"})");
    installHelper(home, u"desktop"_s,
                  "read host; [ \"$host\" = ghcr.io ] || { echo 'credentials not found in native keychain'; exit 1; }\n"
                  "printf '{\"ServerURL\":\"ghcr.io\",\"Username\":\"octocat\",\"Secret\":\"" +
                      m_other.toLatin1() + "\"}'\n");
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(home.path(u"bin"_s)) + ':' + oldPath);
    const DockerCredentialEvidence e = sweep(u"ghcr.io"_s, m_fingerprintA);
    const DockerCredentialEvidence none = sweep(u"quay.io"_s, m_fingerprintA);
    qputenv("PATH", oldPath);
    QCOMPARE(describeAll(e),
             (QStringList{u"docker-desktop ~/.docker/config.json docker-credential-desktop octocat other"_s}));
    QCOMPARE(e.storedFingerprint, ghcr::analyzeToken(m_other).fingerprint);
    verifyNoSecret(e, m_other);
    // Asked, nothing stored: listed as the place docker looks, with no login.
    QCOMPARE(none.entries.size(), 1);
    QVERIFY(!none.entries.constFirst().entryFound);
    QVERIFY(none.entries.constFirst().errorSentence.isEmpty());
}

void tst_DockerCredentials::budgetSharedByHelpers()
{
    IsolatedHome home;
    writeFile(home.path(u".docker/config.json"_s), R"({"credsStore":"hangs"})");
    installHelper(home, u"hangs"_s, "echo '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' >&2; sleep 300\n");
    writeFile(home.path(u".config/containers/auth.json"_s), R"({"credHelpers":{"ghcr.io":"second"}})");
    installHelper(home, u"second"_s, "echo asked > \"$HOME/second-was-asked\"\n");
    writeFile(home.path(u".config/helm/registry/config.json"_s), authConfig(u"ghcr.io"_s, u"helmuser"_s, tokenA));
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(home.path(u"bin"_s)) + ':' + oldPath);
    QElapsedTimer clock;
    clock.start();
    const DockerCredentialEvidence e = sweep(u"ghcr.io"_s, m_fingerprintA, 1500);
    const qint64 elapsed = clock.elapsed();
    qputenv("PATH", oldPath);
    qInfo("sweep with a hanging helper answered after %lld ms (budget 1500 ms)", elapsed);
    QVERIFY(elapsed < 3500);
    QCOMPARE(e.entries.size(), 3);
    QVERIFY2(e.entries.at(0).errorSentence.contains(u"docker-credential-hangs did not answer within 1.5 seconds"_s),
             qPrintable(e.entries.at(0).errorSentence));
    QVERIFY2(e.entries.at(1).errorSentence.contains(u"docker-credential-second was not asked"_s),
             qPrintable(e.entries.at(1).errorSentence));
    QVERIFY(!QFile::exists(home.path(u"second-was-asked"_s)));
    QCOMPARE(describe(e.entries.at(2)), u"helm ~/.config/helm/registry/config.json file helmuser same"_s);
    for (const ghcr::StoredLogin& l : e.entries)
        QVERIFY(!l.errorSentence.contains(tokenA.mid(4, 30)));
}

void tst_DockerCredentials::realPassHelper()
{
    for (const QString& tool : {u"docker-credential-pass"_s, u"pass"_s, u"gpg"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(tool + u" is missing (golang-docker-credential-helpers, pass, gnupg)"_s));
            QSKIP("docker-credential-pass, pass or gpg is not installed");
        }
    }
    IsolatedHome home;
    // A throwaway GPG key without a passphrase, and a password store encrypted to it.
    QDir().mkpath(home.path(u"gnupg"_s));
    QFile::setPermissions(home.path(u"gnupg"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("GNUPGHOME", QFile::encodeName(home.path(u"gnupg"_s)));
    qputenv("PASSWORD_STORE_DIR", QFile::encodeName(home.path(u"password-store"_s)));
    const auto run = [](const QString& program, const QStringList& args, const QByteArray& input = {}) {
        QProcess p;
        p.start(program, args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return p.exitCode() == 0 && p.exitStatus() == QProcess::NormalExit ? p.readAllStandardOutput() : QByteArray();
    };
    run(u"gpg"_s,
        {u"--batch"_s, u"--pinentry-mode"_s, u"loopback"_s, u"--passphrase"_s, QString(), u"--quick-gen-key"_s,
         u"GHCR Doctor test <test@example.invalid>"_s, u"future-default"_s, u"default"_s, u"never"_s});
    const QByteArray keys = run(u"gpg"_s, {u"--list-keys"_s, u"--with-colons"_s});
    const QByteArray fpr = keys.mid(keys.indexOf("\nfpr:")).split(':').value(9);
    QVERIFY2(fpr.size() == 40, keys.constData());
    QVERIFY(!run(u"pass"_s, {u"init"_s, QString::fromLatin1(fpr)}).isEmpty());
    run(u"docker-credential-pass"_s, {u"store"_s},
        QJsonDocument(
            QJsonObject{{u"ServerURL"_s, u"ghcr.io"_s}, {u"Username"_s, u"octocat"_s}, {u"Secret"_s, m_other}})
            .toJson(QJsonDocument::Compact));
    writeFile(home.path(u".docker/config.json"_s), R"({"credHelpers":{"ghcr.io":"pass"}})");

    const DockerCredentialEvidence e = sweep(u"ghcr.io"_s, ghcr::analyzeToken(m_other).fingerprint);
    const DockerCredentialEvidence none = sweep(u"quay.io"_s, m_fingerprintA);
    run(u"gpgconf"_s, {u"--kill"_s, u"gpg-agent"_s});
    qunsetenv("GNUPGHOME");
    qunsetenv("PASSWORD_STORE_DIR");
    QCOMPARE(describeAll(e), (QStringList{u"docker ~/.docker/config.json docker-credential-pass octocat same"_s}));
    verifyNoSecret(e, m_other);
    // No credHelper for quay.io: docker would look in the (empty) auths.
    QVERIFY(none.entries.isEmpty());
}

QTEST_GUILESS_MAIN(tst_DockerCredentials)
#include "tst_DockerCredentials.moc"
