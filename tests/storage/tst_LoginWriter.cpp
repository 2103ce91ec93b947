// Registry logins written as docker, podman and helm write them, read back by the sweep that the check runs
// (DockerCredentialsInspector): files in a throwaway HOME, the real docker-credential-secretservice in the
// private Secret Service of scripts/with-keyring.sh, a failing helper, a read-only and a symlinked config,
// undo from the backup, and a writer killed mid-write.
#include "app/core/probes/DockerCredentials.h"
#include "app/core/token/TokenAnalysis.h"
#include "app/storage/LoginWriter.h"
#include "tests/support/IsolatedHome.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using ghcr::DockerCredentialEvidence;
using ghcr::LoginChange;
using ghcr::LoginWriter;
using ghcr::test::IsolatedHome;
using ghcr::test::writeFile;

namespace {

/// Owner, group and other bits (Qt also reports the current user's, which depend on who runs the test).
const QFileDevice::Permissions unixBits(0x7077);

QString makeToken(const QString& random30)
{
    return u"ghp_"_s + random30 + ghcr::tokenChecksum(random30);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// What the check's sweep now finds for ghcr.io, as "tool user same|other" lines.
QStringList sweep(const QString& fingerprint)
{
    ghcr::DockerCredentialsInspector inspector;
    QSignalSpy spy(&inspector, &ghcr::DockerCredentialsInspector::finished);
    inspector.start(u"ghcr.io"_s, fingerprint, 10000);
    if (!spy.wait(20000))
        return {u"no answer"_s};
    QStringList out;
    for (const ghcr::StoredLogin& l : spy.constFirst().constFirst().value<DockerCredentialEvidence>().entries)
        out << l.tool + u' ' + l.storedUser + u' ' +
                   (!l.sameAsChecked ? u"?"_s : (*l.sameAsChecked ? u"same"_s : u"other"_s));
    return out;
}

QString authOf(const QByteArray& json, const QString& key)
{
    const QJsonObject auths = QJsonDocument::fromJson(json).object().value(u"auths"_s).toObject();
    return QString::fromUtf8(
        QByteArray::fromBase64(auths.value(key).toObject().value(u"auth"_s).toString().toLatin1()));
}

} // namespace

class tst_LoginWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dockerFileStoreEraseUndo();
    void podmanAndHelmFiles();
    void symlinkedConfig();
    void readOnlyConfig();
    void realSecretServiceHelper();
    void failingHelperNotQuoted();
    void killedMidWrite();

private:
    QString m_token;
    QString m_fingerprint;
    QString m_stale;
};

void tst_LoginWriter::initTestCase()
{
    m_token = makeToken(u"abcdefghijklmnopqrstuvwxyz0123"_s);
    m_fingerprint = ghcr::analyzeToken(m_token).fingerprint;
    m_stale = makeToken(u"zyxwvutsrqponmlkjihgfedcba9876"_s);
}

void tst_LoginWriter::dockerFileStoreEraseUndo()
{
    IsolatedHome home;
    const QString config = home.path(u".docker/config.json"_s);
    const QByteArray before =
        QJsonDocument(
            QJsonObject{{u"auths"_s, QJsonObject{{u"https://ghcr.io"_s, QJsonObject{{u"auth"_s, u"b2xkOng="_s}}},
                                                 {u"quay.io"_s, QJsonObject{{u"auth"_s, u"cTp5"_s}}}}},
                        {u"currentContext"_s, u"desktop-linux"_s}})
            .toJson();
    writeFile(config, before);
    QFile::setPermissions(config, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);

    const LoginChange stored = LoginWriter::store(u"docker"_s, u"ghcr.io"_s, u"octocat"_s, m_token);
    QVERIFY2(stored.ok, qPrintable(stored.errorSentence));
    QCOMPARE(stored.changed, config);
    QCOMPARE(stored.backupPath, config + u".ghcr-doctor-backup"_s);
    QVERIFY(stored.warning.contains(u"stored unencrypted in '"_s + config + u"'"_s));
    QVERIFY(!stored.warning.contains(m_token));
    const QByteArray after = readAll(config);
    QCOMPARE(authOf(after, u"ghcr.io"_s), u"octocat:"_s + m_token);
    QVERIFY(!QJsonDocument::fromJson(after).object().value(u"auths"_s).toObject().contains(u"https://ghcr.io"_s));
    QCOMPARE(authOf(after, u"quay.io"_s), u"q:y"_s); // another registry's entry is untouched
    QCOMPARE(QJsonDocument::fromJson(after).object().value(u"currentContext"_s).toString(), u"desktop-linux"_s);
    QCOMPARE(QFileInfo(config).permissions() & unixBits, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    QCOMPARE(readAll(stored.backupPath), before);
    QCOMPARE(sweep(m_fingerprint), QStringList{u"docker octocat same"_s});

    const LoginChange erased = LoginWriter::erase(u"docker"_s, u"https://ghcr.io/v1/"_s);
    QVERIFY2(erased.ok, qPrintable(erased.errorSentence));
    QVERIFY(authOf(readAll(config), u"ghcr.io"_s).isEmpty());
    QCOMPARE(authOf(readAll(config), u"quay.io"_s), u"q:y"_s);
    QVERIFY(sweep(m_fingerprint).isEmpty());

    const LoginChange undone = LoginWriter::undo(config);
    QVERIFY2(undone.ok, qPrintable(undone.errorSentence));
    QCOMPARE(sweep(m_fingerprint), QStringList{u"docker octocat same"_s});
}

void tst_LoginWriter::podmanAndHelmFiles()
{
    IsolatedHome home;
    QVERIFY(LoginWriter::store(u"podman"_s, u"ghcr.io"_s, u"octocat"_s, m_token).ok);
    const LoginChange helm = LoginWriter::store(u"helm"_s, u"ghcr.io"_s, u"helmuser"_s, m_stale);
    QVERIFY(helm.ok);
    QVERIFY(helm.warning.isEmpty());
    QVERIFY(helm.backupPath.isEmpty()); // there was no file before
    // Where podman login and helm registry login write, created private.
    const QString podmanFile = home.path(u"run/containers/auth.json"_s);
    const QString helmFile = home.path(u".config/helm/registry/config.json"_s);
    QCOMPARE(authOf(readAll(podmanFile), u"ghcr.io"_s), u"octocat:"_s + m_token);
    QCOMPARE(authOf(readAll(helmFile), u"ghcr.io"_s), u"helmuser:"_s + m_stale);
    QCOMPARE(QFileInfo(podmanFile).permissions() & unixBits, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(sweep(m_fingerprint), (QStringList{u"podman octocat same"_s, u"helm helmuser other"_s}));
    // REGISTRY_AUTH_FILE is where podman writes when it is set.
    qputenv("REGISTRY_AUTH_FILE", QFile::encodeName(home.path(u"ci-auth.json"_s)));
    QCOMPARE(LoginWriter::store(u"podman"_s, u"ghcr.io"_s, u"ci"_s, m_token).changed, home.path(u"ci-auth.json"_s));
}

void tst_LoginWriter::symlinkedConfig()
{
    IsolatedHome home;
    const QString target = home.path(u"dotfiles/docker-config.json"_s);
    writeFile(target, R"({"auths":{"quay.io":{"auth":"cTp5"}}})");
    QDir().mkpath(home.path(u".docker"_s));
    QVERIFY(QFile::link(target, home.path(u".docker/config.json"_s)));
    const LoginChange c = LoginWriter::store(u"docker"_s, u"ghcr.io"_s, u"octocat"_s, m_token);
    QVERIFY2(c.ok, qPrintable(c.errorSentence));
    QCOMPARE(c.changed, target);
    QVERIFY(QFileInfo(home.path(u".docker/config.json"_s)).isSymLink()); // the link stays a link
    QCOMPARE(authOf(readAll(target), u"ghcr.io"_s), u"octocat:"_s + m_token);
    QCOMPARE(authOf(readAll(target), u"quay.io"_s), u"q:y"_s);
}

void tst_LoginWriter::readOnlyConfig()
{
    IsolatedHome home;
    const QString config = home.path(u".docker/config.json"_s);
    const QByteArray before = R"({"auths":{"ghcr.io":{"auth":"b2xkOng="}}})";
    writeFile(config, before);
    QFile::setPermissions(config, QFile::ReadOwner | QFile::ReadGroup);
    const LoginChange c = LoginWriter::store(u"docker"_s, u"ghcr.io"_s, u"octocat"_s, m_token);
    QVERIFY(!c.ok);
    QVERIFY2(c.errorSentence.contains(u"read-only; nothing was changed"_s), qPrintable(c.errorSentence));
    QCOMPARE(readAll(config), before);
    QVERIFY(!QFile::exists(LoginWriter::backupPathFor(config)));
    QVERIFY(!LoginWriter::undo(config).ok);
}

void tst_LoginWriter::realSecretServiceHelper()
{
    if (QStandardPaths::findExecutable(u"docker-credential-secretservice"_s).isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("docker-credential-secretservice is missing (golang-docker-credential-helpers)");
        QSKIP("docker-credential-secretservice is not installed");
    }
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the private Secret Service session of scripts/with-keyring.sh");
    IsolatedHome home;
    const QString config = home.path(u".docker/config.json"_s);
    const QByteArray before = R"({"auths":{"ghcr.io":{}},"credsStore":"secretservice"})";
    writeFile(config, before);
    const LoginChange stored = LoginWriter::store(u"docker"_s, u"ghcr.io"_s, u"octocat"_s, m_token);
    QVERIFY2(stored.ok, qPrintable(stored.errorSentence));
    QCOMPARE(stored.changed, u"docker-credential-secretservice"_s);
    QVERIFY(stored.warning.isEmpty());
    QCOMPARE(readAll(config), before); // the secret went to the helper, not the file
    QCOMPARE(sweep(m_fingerprint), QStringList{u"docker octocat same"_s});
    ghcr::StoredLogin login; // as the sweep names a helper's login: read back for "Check the saved login too"
    login.store = u"secretservice"_s;
    login.helperProgram = u"docker-credential-secretservice"_s;
    QString user;
    QString error;
    QCOMPARE(LoginWriter::storedSecret(login, u"ghcr.io"_s, &user, &error), m_token);
    QCOMPARE(user, u"octocat"_s);
    const LoginChange erased = LoginWriter::erase(u"docker"_s, u"ghcr.io"_s);
    QVERIFY2(erased.ok, qPrintable(erased.errorSentence));
    QCOMPARE(sweep(m_fingerprint), QStringList{u"docker  ?"_s}); // the helper is asked, nothing stored
}

void tst_LoginWriter::failingHelperNotQuoted()
{
    IsolatedHome home;
    writeFile(home.path(u".docker/config.json"_s), R"({"credHelpers":{"ghcr.io":"broken"}})");
    const QString helper = home.path(u"bin/docker-credential-broken"_s);
    writeFile(helper, "#!/bin/sh\ncat >&2; echo ' could not store' >&2; exit 3\n");
    QFile::setPermissions(helper, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(home.path(u"bin"_s)) + ':' + oldPath);
    const LoginChange c = LoginWriter::store(u"docker"_s, u"ghcr.io"_s, u"octocat"_s, m_token);
    qputenv("PATH", oldPath);
    QVERIFY(!c.ok);
    QVERIFY2(c.errorSentence.contains(u"docker-credential-broken store failed (exit 3)"_s),
             qPrintable(c.errorSentence));
    QVERIFY(!c.errorSentence.contains(m_token.mid(4, 20)));
}

void tst_LoginWriter::killedMidWrite()
{
    const QString writer = qEnvironmentVariable("GHCR_CRASH_WRITER");
    QVERIFY2(QFile::exists(writer), "GHCR_CRASH_WRITER names the ghcr-crash-writer program");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"config.json"_s);
    writeFile(path, "version 0\n");
    int versionsSeen = 0;
    for (int round = 0; round < 15; ++round) {
        QProcess child;
        child.start(writer, {path});
        QVERIFY(child.waitForStarted(10000));
        const pid_t pid = pid_t(child.processId());
        QVERIFY(pid > 0);
        QTest::qWait(int(QRandomGenerator::global()->bounded(20, 120)));
        QCOMPARE(child.state(), QProcess::Running); // still writing: it never stops by itself
        ::kill(pid, SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        // Exactly one whole version: the old content or a new one, never a mix or a cut.
        for (const QString& file : {path, LoginWriter::backupPathFor(path)}) {
            if (file != path && !QFile::exists(file))
                continue; // killed before its first write made a backup (a slow start on a loaded machine)
            const QByteArray content = readAll(file);
            const int newline = int(content.indexOf('\n'));
            QVERIFY2(content.startsWith("version ") && newline > 0, qPrintable(file));
            const int version = content.mid(8, newline - 8).toInt();
            const QByteArray expected = version == 0 ? QByteArray("version 0\n")
                                                     : "version " + QByteArray::number(version) + '\n' +
                                                           QByteArray(4 * 1024 * 1024, char('a' + version % 26));
            QVERIFY2(content == expected, qPrintable(file + u": a half-written version "_s + QString::number(version)));
            versionsSeen = qMax(versionsSeen, version);
        }
    }
    qInfo("15 kills; the file was always one whole version (up to version %d)", versionsSeen);
    QVERIFY(versionsSeen > 0);
}

QTEST_GUILESS_MAIN(tst_LoginWriter)
#include "tst_LoginWriter.moc"
