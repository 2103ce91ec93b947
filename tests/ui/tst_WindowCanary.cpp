// Canary: after full flows through the window (passing, refused, SSO, expired, cancelled; show
// and hide; copy; every report format), the token appears in no log line, settings file,
// clipboard text, label, tree cell, tooltip, rich text or report. Only the masked line edit may
// hold it.

#include "app/reports/Report.h"
#include "tests/support/FakeServer.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/MainWindow.h"
#include "ui/UiHooks.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;
using ghcr::test::child;
using ghcr::test::FakeServer;

namespace {
constexpr int checkTimeoutMs = 30000;
QStringList* logLines = nullptr;
QMutex logMutex;
QString* homeDir = nullptr;

void captureMessages(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    const QMutexLocker locker(&logMutex);
    if (logLines)
        logLines->append(QString::fromUtf8(context.category ? context.category : "") + u": "_s + message);
}
} // namespace

class tst_WindowCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenNeverLeavesTheLineEdit();

private:
    QStringList secretForms(const QString& token) const;
    void assertClean(ghcr::MainWindow* window, const QString& token, const QString& where);
};

QStringList tst_WindowCanary::secretForms(const QString& token) const
{
    QStringList forms{token, token.mid(4), QString::fromLatin1(token.toUtf8().toBase64()),
                      QString::fromLatin1((u"octocat:"_s + token).toUtf8().toBase64())};
    // Pieces of base64/base64url encodings at each alignment: base64("user:token") for any user.
    for (int k = 0; k < 3; ++k) {
        const QByteArray padded = QByteArray(k, 'A') + token.toUtf8();
        forms << QString::fromLatin1(padded.toBase64().mid(8, 20))
              << QString::fromLatin1(padded.toBase64(QByteArray::Base64UrlEncoding).mid(8, 20));
    }
    return forms;
}

void tst_WindowCanary::assertClean(ghcr::MainWindow* window, const QString& token, const QString& where)
{
    const QStringList forms = secretForms(token);
    QStringList texts = ghcr::test::visibleTexts(window);
    texts << child<QTextBrowser>(window, u"fixStepsBrowser"_s)->toHtml()
          << child<QTextBrowser>(window, u"checklistDetailsBrowser"_s)->toHtml()
          << window->statusBar()->currentMessage() << QGuiApplication::clipboard()->text();
    for (const QString& text : std::as_const(texts)) {
        for (const QString& form : forms)
            QVERIFY2(!text.contains(form), qPrintable(where + u": token found in window text"_s));
    }
    const QMutexLocker locker(&logMutex);
    for (const QString& line : std::as_const(*logLines)) {
        for (const QString& form : forms)
            QVERIFY2(!line.contains(form), qPrintable(where + u": token found in a log line"_s));
    }
}

void tst_WindowCanary::tokenNeverLeavesTheLineEdit()
{
    FakeServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QTemporaryDir reports;
    QList<QUrl> opened;
    ghcr::UrlOpener::setHandler([&opened](const QUrl& url) {
        opened << url;
        return true;
    });

    QNetworkAccessManager network;
    ghcr::MainWindow window(&network, nullptr);
    ghcr::CheckOverrides overrides = ghcr::test::overridesFor(server);
    overrides.timeoutSeconds = 60;
    window.setCheckOverrides(overrides);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* edit = child<QLineEdit>(&window, u"tokenLineEdit"_s);
    QTest::keyClicks(child<QLineEdit>(&window, u"imageLineEdit"_s), u"octocat/app:latest"_s);
    QTest::mouseClick(child<QCheckBox>(&window, u"pushCheckBox"_s), Qt::LeftButton);
    QTest::mouseClick(child<QCheckBox>(&window, u"deleteCheckBox"_s), Qt::LeftButton);

    // "+echo": the server echoes the request's Authorization into every field the app reads.
    const QStringList scenarios{u"ok-read-write"_s,
                                u"write-only-needs-read"_s,
                                u"sso-required"_s,
                                u"fine-grained"_s,
                                u"expired"_s,
                                u"api-hang"_s,
                                u"ok-read-write+echo"_s,
                                u"write-only-needs-read+echo"_s,
                                u"fine-grained+echo"_s};
    QStringList allTokens;
    for (const QString& name : scenarios) {
        ghcr::test::Scenario scenario = FakeServer::scenario(name.section(u'+', 0, 0));
        scenario.echoAuthorization = name.endsWith(u"+echo"_s);
        server.setScenario(scenario);
        allTokens << scenario.token;
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, scenario.token);
        // Show and hide it once, as a person checking what they pasted would.
        auto* toggle = child<QToolButton>(&window, u"showTokenToolButton"_s);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);

        QSignalSpy finished(&window, &ghcr::MainWindow::checkFinished);
        QTest::mouseClick(child<QPushButton>(&window, u"checkTokenButton"_s), Qt::LeftButton);
        if (name == u"api-hang"_s) {
            QTRY_VERIFY_WITH_TIMEOUT(!server.requests(u"api"_s).isEmpty(), checkTimeoutMs);
            assertClean(&window, scenario.token, name + u" (running)"_s);
            QTest::mouseClick(child<QPushButton>(&window, u"cancelButton"_s), Qt::LeftButton);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, checkTimeoutMs);

        // Every row's details.
        auto* checklist = child<QTreeWidget>(&window, u"checklistTreeWidget"_s);
        for (int i = 0; i < checklist->topLevelItemCount(); ++i) {
            checklist->setCurrentItem(checklist->topLevelItem(i));
            assertClean(&window, scenario.token, name + u" row "_s + QString::number(i));
        }
        auto* copy = child<QPushButton>(&window, u"copyFixStepsButton"_s);
        if (copy->isEnabled())
            QTest::mouseClick(copy, Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&window, u"openTokenSettingsButton"_s), Qt::LeftButton);
        auto* sso = child<QPushButton>(&window, u"authorizeSsoButton"_s);
        if (sso->isVisible())
            QTest::mouseClick(sso, Qt::LeftButton);
        for (ghcr::ReportFormat format : ghcr::allReportFormats()) {
            const QString path = reports.filePath(name + u'.' + ghcr::reportFormatExtension(format));
            ghcr::FileDialogs::setNextFileName(path);
            QTest::mouseClick(child<QPushButton>(&window, u"saveReportButton"_s), Qt::LeftButton);
            QVERIFY2(QFile::exists(path), qPrintable(path));
        }
        assertClean(&window, scenario.token, name);
    }
    window.close();

    // Files: settings, reports, anything under the private HOME.
    for (const QString& token : std::as_const(allTokens)) {
        for (const QString& form : secretForms(token)) {
            QStringList hits = ghcr::test::filesContaining(*homeDir, form.toUtf8());
            hits << ghcr::test::filesContaining(reports.path(), form.toUtf8());
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
        }
        for (const QUrl& url : std::as_const(opened))
            QVERIFY(!url.toString().contains(token));
    }
    QSettings settings;
    QVERIFY(QFile::exists(settings.fileName()));
    QVERIFY(QDir(reports.path()).entryList(QDir::Files).size() >= scenarios.size());
    QVERIFY(!opened.isEmpty());
}

int main(int argc, char* argv[])
{
    QTemporaryDir home;
    QString homePath = home.path();
    homeDir = &homePath;
    ghcr::test::useThrowawayHome(homePath);
    QStringList lines;
    logLines = &lines;
    // Every logging category on, debug included: nothing may print the token.
    QLoggingCategory::setFilterRules(u"*.debug=true\nqt.*.debug=false"_s);
    qInstallMessageHandler(captureMessages);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GHCR Doctor Tests"_s);
    QCoreApplication::setApplicationName(u"tst_WindowCanary"_s);
    tst_WindowCanary test;
    const int rc = QTest::qExec(&test, argc, argv);
    qInstallMessageHandler(nullptr);
    logLines = nullptr;
    return rc;
}

#include "tst_WindowCanary.moc"
