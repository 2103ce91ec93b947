// One version everywhere: `ghcr-doctor --version`, the About box the Help menu opens, the JSON report
// of a real `ghcr-doctor check` (app.version, app.commit) and the AppStream metainfo the packages
// install all name the version of project(VERSION); the commit agrees between the first three and
// with `git describe` of the source when the source is a git checkout.
#include "app/core/AppInfo.h"
#include "tests/support/FakeServer.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/AboutDialog.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ghcr::test::FakeServer;

namespace {

QByteArray runBinary(const QStringList& arguments, const QProcessEnvironment& env, int* exitCode)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GHCR_DOCTOR_BIN), arguments);
    process.closeWriteChannel();
    // The check runs against the fake server in this process: keep its event loop turning.
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 90000)
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

} // namespace

class tst_VersionAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agree();

private:
    QTemporaryDir m_home;
};

void tst_VersionAgreement::initTestCase()
{
    QVERIFY(m_home.isValid());
    ghcr::test::useThrowawayHome(m_home.path());
}

void tst_VersionAgreement::agree()
{
    const QString version = QStringLiteral(GHCR_VERSION);
    QVERIFY2(QRegularExpression(u"^\\d+\\.\\d+\\.\\d+$"_s).match(version).hasMatch(), qPrintable(version));

    // 1. --version: "ghcr-doctor 0.1.0" or "ghcr-doctor 0.1.0 (v0.1.0-3-gabc1234)".
    int exitCode = -1;
    const QString versionLine =
        QString::fromUtf8(runBinary({u"--version"_s}, QProcessEnvironment::systemEnvironment(), &exitCode)).trimmed();
    QCOMPARE(exitCode, 0);
    const QRegularExpressionMatch m =
        QRegularExpression(u"^ghcr-doctor (\\d+\\.\\d+\\.\\d+)(?: \\(([^)]+)\\))?$"_s).match(versionLine);
    QVERIFY2(m.hasMatch(), qPrintable(versionLine));
    QCOMPARE(m.captured(1), version);
    const QString commit = m.captured(2);

    // The commit is `git describe` of the source when it is a git checkout.
    const QString git = QStandardPaths::findExecutable(u"git"_s);
    if (!git.isEmpty()) {
        QProcess describe;
        describe.setWorkingDirectory(QStringLiteral(GHCR_SOURCE_DIR));
        describe.start(git, {u"describe"_s, u"--tags"_s, u"--always"_s});
        QVERIFY(describe.waitForFinished(30000));
        const QString expected = QString::fromUtf8(describe.readAllStandardOutput()).trimmed();
        if (describe.exitCode() == 0 && !expected.isEmpty()) {
            QVERIFY2(commit == expected || commit == expected + u"-dirty"_s ||
                         (commit.isEmpty() && (expected == version || expected == u"v"_s + version)),
                     qPrintable(u"--version says '%1', git describe says '%2'"_s.arg(versionLine, expected)));
        }
    }

    // 2. The About box, opened from the Help menu like a person would.
    QNetworkAccessManager network;
    ghcr::MainWindow window(&network, nullptr);
    window.show();
    auto* about = window.findChild<QAction*>(u"aboutAction"_s);
    QVERIFY(about);
    about->trigger();
    ghcr::AboutDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ghcr::AboutDialog*>(u"aboutDialog"_s)) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto* label = dialog->findChild<QLabel*>(u"aboutTextLabel"_s);
    QVERIFY(label);
    QVERIFY2(
        label->text().contains(u"Version "_s + version + (commit.isEmpty() ? QString() : u" ("_s + commit + u")"_s)),
        qPrintable(label->text()));
    for (const QString& part :
         {u"MIT License"_s, u"Qt "_s, u"LGPL-3.0"_s, u"QtKeychain"_s, u"BSD-2-Clause"_s, u"OpenSSL"_s, u"Apache-2.0"_s})
        QVERIFY2(label->text().contains(part), qPrintable(part));
    QVERIFY(ghcr::AboutDialog::licenseText().startsWith(u"MIT License"_s));
    dialog->close();

    // 3. The JSON report of a real check.
    FakeServer server;
    QVERIFY(server.start());
    const auto preset = FakeServer::scenario(u"ok-read-write"_s);
    server.setScenario(preset);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GHCR_VERSION_TEST_TOKEN"_s, preset.token);
    const QByteArray json =
        runBinary({u"check"_s, u"--api-url"_s, server.apiUrl().toString(), u"--registry"_s, server.registryHost(),
                   u"--image"_s, u"octocat/app:latest"_s, u"--ca-file"_s, FakeServer::testCaFile(), u"--token-env"_s,
                   u"GHCR_VERSION_TEST_TOKEN"_s, u"--format"_s, u"json"_s},
                  env, &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonObject app = QJsonDocument::fromJson(json).object().value(u"app"_s).toObject();
    QCOMPARE(app.value(u"name"_s).toString(), u"ghcr-doctor"_s);
    QCOMPARE(app.value(u"version"_s).toString(), version);
    if (commit.isEmpty())
        QVERIFY2(app.value(u"commit"_s).isNull() || app.value(u"commit"_s).toString().startsWith(u'v'),
                 json.constData());
    else
        QCOMPARE(app.value(u"commit"_s).toString(), commit);
    QCOMPARE(QJsonDocument::fromJson(json).object().value(u"generator"_s).toObject().value(u"version"_s).toString(),
             version);

    // 4. The metainfo the packages install: its newest <release> is this version.
    QFile metainfo(QStringLiteral(GHCR_METAINFO_FILE));
    QVERIFY2(metainfo.open(QIODevice::ReadOnly), qPrintable(metainfo.fileName()));
    const QString xml = QString::fromUtf8(metainfo.readAll());
    const QRegularExpressionMatch release =
        QRegularExpression(u"<release version=\"([^\"]+)\" date=\"(\\d{4}-\\d{2}-\\d{2})\""_s).match(xml);
    QVERIFY2(release.hasMatch(), "no <release> in the metainfo");
    QCOMPARE(release.captured(1), version);
    QVERIFY(xml.contains(u"<project_license>MIT</project_license>"_s));
}

QTEST_MAIN(tst_VersionAgreement)
#include "tst_VersionAgreement.moc"
