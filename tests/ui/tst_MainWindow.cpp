// Drives the real window like a person against the fake GitHub API + registry over HTTPS: type a
// token, click Check token, wait for the checklist, read rows and panel evidence, press the
// buttons. No timed assertions: QTRY_* with generous timeouts only.

#include "app/core/token/TokenAnalysis.h"
#include "app/reports/Report.h"
#include "tests/support/FakeServer.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/MainWindow.h"
#include "ui/UiHooks.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using ghcr::test::checklistStatus;
using ghcr::test::child;
using ghcr::test::evidenceValue;
using ghcr::test::FakeServer;

namespace {
constexpr int checkTimeoutMs = 30000;
}

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void passingToken();
    void dockerLoginComparedAndCanBeTurnedOff();
    void writeOnlyTokenRefusedByRegistry();
    void fineGrainedToken();
    void ssoBlockedToken();
    void expiredToken();
    void hangingServerCancelWorks();
    void copyFixStepsPutsMarkdownWithoutToken();
    void saveReportThroughFileDialogHook();
    void formatProblemsFlaggedBeforeAnyRequest();
    void pastedWhitespaceIsTrimmedWithNote();
    void keyboardOnlyCheck();
    void settingsRememberInputsButNeverTheToken();
    void showHideToken();

private:
    void openWindow();
    void useScenario(const QString& name);
    void typeToken(const QString& token);
    void clickCheckAndWait();
    QTreeWidget* checklist() { return child<QTreeWidget>(m_window.get(), u"checklistTreeWidget"_s); }
    QTreeWidget* apiEvidence() { return child<QTreeWidget>(m_window.get(), u"apiEvidenceTreeWidget"_s); }
    QTreeWidget* registryEvidence() { return child<QTreeWidget>(m_window.get(), u"registryEvidenceTreeWidget"_s); }
    QString verdict() { return child<QLabel>(m_window.get(), u"verdictLabel"_s)->text(); }

    FakeServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ghcr::MainWindow> m_window;
    QString m_token;
    QList<QUrl> m_openedUrls;
    QTemporaryDir m_files;
};

void tst_MainWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_files.isValid());
    ghcr::UrlOpener::setHandler([this](const QUrl& url) {
        m_openedUrls << url;
        return true;
    });
}

void tst_MainWindow::init()
{
    QSettings().clear();
    m_openedUrls.clear();
    QGuiApplication::clipboard()->clear();
    m_server.clearRequests();
    useScenario(u"ok-read-write"_s);
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_network.reset();
    ghcr::FileDialogs::clearNext();
}

void tst_MainWindow::useScenario(const QString& name)
{
    const ghcr::test::Scenario scenario = FakeServer::scenario(name);
    QVERIFY2(!scenario.name.isEmpty(), qPrintable(name));
    m_server.setScenario(scenario);
    m_token = scenario.token;
}

void tst_MainWindow::openWindow()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_window = std::make_unique<ghcr::MainWindow>(m_network.get(), nullptr);
    ghcr::CheckOverrides overrides = ghcr::test::overridesFor(m_server);
    overrides.timeoutSeconds = 120; // the hang test must end by Cancel, not by a timeout
    m_window->setCheckOverrides(overrides);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The results under the verdict are built after the first frame.
    QTRY_VERIFY(m_window->isStartupFinished());
}

void tst_MainWindow::typeToken(const QString& token)
{
    auto* edit = child<QLineEdit>(m_window.get(), u"tokenLineEdit"_s);
    QVERIFY(edit);
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, token);
    QCOMPARE(edit->text(), token);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

void tst_MainWindow::clickCheckAndWait()
{
    auto* check = child<QPushButton>(m_window.get(), u"checkTokenButton"_s);
    QVERIFY(check->isEnabled());
    QSignalSpy finished(m_window.get(), &ghcr::MainWindow::checkFinished);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(m_window->isChecking() || finished.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, checkTimeoutMs);
    QTRY_VERIFY(checklist()->topLevelItemCount() > 0);
    QVERIFY(check->isEnabled());
}

void tst_MainWindow::passingToken()
{
    openWindow();
    typeToken(m_token);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"imageLineEdit"_s), u"octocat/app:latest"_s);
    QTest::mouseClick(child<QCheckBox>(m_window.get(), u"pushCheckBox"_s), Qt::LeftButton);
    clickCheckAndWait();

    QCOMPARE(checklistStatus(checklist(), u"token.format"_s), u"pass"_s);
    QCOMPARE(checklistStatus(checklist(), u"token.accepted"_s), u"pass"_s);
    QCOMPARE(checklistStatus(checklist(), u"scope.read:packages"_s), u"pass"_s);
    QCOMPARE(checklistStatus(checklist(), u"registry.pull"_s), u"pass"_s);
    QCOMPARE(checklistStatus(checklist(), u"registry.push"_s), u"pass"_s);
    QVERIFY2(verdict().startsWith(u"Works for octocat/app:latest: "_s), qPrintable(verdict()));
    // One verdict line: the banner says what the report of this diagnosis says first.
    QVERIFY(m_window->diagnosis().has_value());
    const QString report = QString::fromUtf8(ghcr::renderReport(*m_window->diagnosis(), ghcr::ReportFormat::Text));
    QCOMPARE(verdict(), report.section(u'\n', 1, 1));
    // The status is said in words, not only by the icon.
    QCOMPARE(ghcr::test::checklistRow(checklist(), u"registry.pull"_s)->text(0), u"OK"_s);

    QCOMPARE(evidenceValue(apiEvidence(), u"Login"_s), u"octocat"_s);
    QCOMPARE(evidenceValue(apiEvidence(), u"Account type"_s), u"User"_s);
    QVERIFY(evidenceValue(apiEvidence(), u"Scopes (X-OAuth-Scopes, raw)"_s).contains(u"read:packages"_s));
    QCOMPARE(evidenceValue(apiEvidence(), u"HTTP status"_s), u"200"_s);
    QCOMPARE(evidenceValue(registryEvidence(), u"Registry: pull"_s), u"allowed"_s);
    QCOMPARE(evidenceValue(registryEvidence(), u"Registry: push"_s), u"allowed"_s);
    QVERIFY(evidenceValue(registryEvidence(), u"Probe"_s).contains(u"/v2/octocat/app/manifests/latest"_s));
    // Each side's status line, in the words of its section (app/reports/EvidenceFacts).
    QCOMPARE(child<QLabel>(m_window.get(), u"apiStatusLabel"_s)->text(), u"GitHub accepted the token of octocat."_s);
    QCOMPARE(child<QLabel>(m_window.get(), u"registryStatusLabel"_s)->text(),
             u"The registry allowed every requested operation."_s);
    QVERIFY(!child<QLabel>(m_window.get(), u"apiElapsedLabel"_s)->text().isEmpty());
    QVERIFY(!child<QLabel>(m_window.get(), u"registryElapsedLabel"_s)->text().isEmpty());
    QVERIFY(!child<QPushButton>(m_window.get(), u"authorizeSsoButton"_s)->isVisible());

    // Selecting a row shows its evidence and guidance.
    QTreeWidgetItem* push = ghcr::test::checklistRow(checklist(), u"registry.push"_s);
    checklist()->setCurrentItem(push);
    const QString details = child<QTextBrowser>(m_window.get(), u"checklistDetailsBrowser"_s)->toPlainText();
    QVERIFY2(details.contains(push->text(1)), qPrintable(details));
    QVERIFY(details.contains(u"Evidence:"_s));
}

// Docker holds a different token for the registry: the checklist warns, the registry panel says so,
// and the Advanced switch turns the comparison off (remembered in the settings).
void tst_MainWindow::dockerLoginComparedAndCanBeTurnedOff()
{
    QTemporaryDir dockerDir;
    QVERIFY(dockerDir.isValid());
    QFile config(dockerDir.filePath(u"config.json"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    const QString random = u"ZYXWVUTSRQPONMLKJIHGFEDCBA9876"_s;
    const QString stale = u"ghp_"_s + random + ghcr::tokenChecksum(random);
    config.write("{\"auths\":{\"" + m_server.registryHost().toUtf8() + "\":{\"auth\":\"" +
                 (u"octocat:"_s + stale).toUtf8().toBase64() + "\"}}}");
    config.close();
    const QByteArray previous = qgetenv("DOCKER_CONFIG");
    qputenv("DOCKER_CONFIG", QFile::encodeName(dockerDir.path()));

    openWindow();
    typeToken(m_token);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"imageLineEdit"_s), u"octocat/app:latest"_s);
    clickCheckAndWait();
    QCOMPARE(checklistStatus(checklist(), u"docker.credentials"_s), u"warn"_s);
    QVERIFY2(evidenceValue(registryEvidence(), u"Stored logins for this registry"_s).contains(u"different"_s),
             qPrintable(evidenceValue(registryEvidence(), u"Stored logins for this registry"_s)));
    QCOMPARE(evidenceValue(registryEvidence(), u"Saved token"_s),
             ghcr::analyzeToken(stale).fingerprint + u" · classic"_s);
    QVERIFY2(verdict().contains(u"Docker"_s), qPrintable(verdict()));
    // The sweep's row for that file: where, who, which token, and that it is not the checked one.
    QCOMPARE(evidenceValue(registryEvidence(), u"Stored login (Docker)"_s), config.fileName() + u" · octocat · "_s +
                                                                                ghcr::analyzeToken(stale).fingerprint +
                                                                                u" · classic · a different token"_s);

    auto* compare = child<QCheckBox>(m_window.get(), u"compareDockerLoginCheckBox"_s);
    QVERIFY(compare->isChecked());
    compare->setChecked(false);
    clickCheckAndWait();
    QCOMPARE(checklistStatus(checklist(), u"docker.credentials"_s), u"skip"_s);
    QVERIFY(evidenceValue(registryEvidence(), u"Stored logins for this registry"_s).isNull());
    qputenv("DOCKER_CONFIG", previous);
    for (const QTreeWidgetItem* item : ghcr::test::allItems(registryEvidence()))
        QVERIFY(!item->text(1).contains(random));
}

void tst_MainWindow::writeOnlyTokenRefusedByRegistry()
{
    useScenario(u"write-only-needs-read"_s);
    openWindow();
    typeToken(m_token);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"imageLineEdit"_s), u"octocat/app"_s);
    QTest::mouseClick(child<QCheckBox>(m_window.get(), u"pushCheckBox"_s), Qt::LeftButton);
    clickCheckAndWait();

    QCOMPARE(checklistStatus(checklist(), u"scope.read:packages"_s), u"fail"_s);
    QCOMPARE(checklistStatus(checklist(), u"scope.write:packages"_s), u"pass"_s);
    QCOMPARE(checklistStatus(checklist(), u"registry.pull"_s), u"fail"_s);
    QCOMPARE(ghcr::test::checklistRow(checklist(), u"registry.pull"_s)->text(0), u"Problem"_s);
    QVERIFY2(verdict().startsWith(u"Action needed"_s), qPrintable(verdict()));
    QCOMPARE(evidenceValue(apiEvidence(), u"Scopes (X-OAuth-Scopes, raw)"_s), u"write:packages"_s);
    QCOMPARE(evidenceValue(registryEvidence(), u"Registry: pull"_s), u"refused"_s);
    QVERIFY2(evidenceValue(registryEvidence(), u"Probe"_s).endsWith(u"→ 403"_s),
             qPrintable(evidenceValue(registryEvidence(), u"Probe"_s)));
    QCOMPARE(evidenceValue(registryEvidence(), u"Error code"_s), u"DENIED"_s);
    QCOMPARE(child<QLabel>(m_window.get(), u"registryStatusLabel"_s)->text(), u"The registry refused: pull."_s);
    // The failing row is selected first, so its guidance is in view.
    const QString selected = checklist()->currentItem()->data(0, Qt::UserRole).toString();
    QVERIFY2(selected == u"scope.read:packages"_s || selected == u"registry.pull"_s, qPrintable(selected));

    // Least privilege: the token settings link asks for exactly the package scopes, never repo.
    QTest::mouseClick(child<QPushButton>(m_window.get(), u"openTokenSettingsButton"_s), Qt::LeftButton);
    QCOMPARE(m_openedUrls.size(), 1);
    const QString url = m_openedUrls.constFirst().toString();
    QVERIFY2(url.contains(u"/settings/tokens/new?scopes=read:packages,write:packages"_s), qPrintable(url));
    QVERIFY(!url.contains(u"repo"_s));
    const QString fix = child<QTextBrowser>(m_window.get(), u"fixStepsBrowser"_s)->toPlainText();
    QVERIFY(fix.contains(u"read:packages"_s));
    // Docker has no login saved in this throwaway HOME: no step to store the token for Docker in its place.
    QVERIFY2(!fix.contains(u"docker logout"_s), qPrintable(fix));
}

void tst_MainWindow::fineGrainedToken()
{
    useScenario(u"fine-grained"_s);
    openWindow();
    typeToken(m_token);
    QVERIFY2(child<QLabel>(m_window.get(), u"tokenInfoLabel"_s)->text().contains(u"ine-grained"_s),
             qPrintable(child<QLabel>(m_window.get(), u"tokenInfoLabel"_s)->text()));
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"imageLineEdit"_s), u"octocat/app:latest"_s);
    clickCheckAndWait();

    QVERIFY(checklistStatus(checklist(), u"token.kind"_s) == u"fail"_s ||
            checklistStatus(checklist(), u"token.kind"_s) == u"warn"_s);
    QCOMPARE(checklistStatus(checklist(), u"registry.pull"_s), u"fail"_s);
    QVERIFY2(evidenceValue(apiEvidence(), u"Scopes (X-OAuth-Scopes, raw)"_s).contains(u"header absent"_s),
             qPrintable(evidenceValue(apiEvidence(), u"Scopes (X-OAuth-Scopes, raw)"_s)));
    QVERIFY(evidenceValue(apiEvidence(), u"Kind"_s).contains(u"ine-grained"_s));
}

void tst_MainWindow::ssoBlockedToken()
{
    useScenario(u"sso-required"_s);
    openWindow();
    typeToken(m_token);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"imageLineEdit"_s), u"acme/app:latest"_s);
    clickCheckAndWait();

    QCOMPARE(checklistStatus(checklist(), u"sso.authorized"_s), u"fail"_s);
    QCOMPARE(evidenceValue(apiEvidence(), u"SAML SSO"_s), u"authorization required"_s);
    QCOMPARE(evidenceValue(apiEvidence(), u"HTTP status"_s), u"403"_s);
    auto* authorize = child<QPushButton>(m_window.get(), u"authorizeSsoButton"_s);
    QVERIFY(authorize->isVisible());
    QTest::mouseClick(authorize, Qt::LeftButton);
    QCOMPARE(m_openedUrls.size(), 1);
    QVERIFY2(m_openedUrls.constFirst().toString().contains(u"/sso?authorization_request="_s),
             qPrintable(m_openedUrls.constFirst().toString()));
}

void tst_MainWindow::expiredToken()
{
    useScenario(u"expired"_s);
    openWindow();
    typeToken(m_token);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"imageLineEdit"_s), u"octocat/app:latest"_s);
    clickCheckAndWait();

    QCOMPARE(checklistStatus(checklist(), u"token.accepted"_s), u"fail"_s);
    QCOMPARE(checklistStatus(checklist(), u"registry.login"_s), u"fail"_s);
    QCOMPARE(evidenceValue(apiEvidence(), u"HTTP status"_s), u"401"_s);
    QCOMPARE(evidenceValue(apiEvidence(), u"Message"_s), u"Bad credentials"_s);
    QVERIFY(evidenceValue(registryEvidence(), u"Login (token step)"_s).startsWith(u"refused"_s));
    QVERIFY2(verdict().startsWith(u"Action needed"_s), qPrintable(verdict()));
}

void tst_MainWindow::hangingServerCancelWorks()
{
    useScenario(u"api-hang"_s);
    openWindow();
    typeToken(m_token);
    // With a user name the registry side does not wait for the API's login, so it finishes alone.
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"userLineEdit"_s), u"octocat"_s);
    auto* check = child<QPushButton>(m_window.get(), u"checkTokenButton"_s);
    auto* cancel = child<QPushButton>(m_window.get(), u"cancelButton"_s);
    auto* tokenEdit = child<QLineEdit>(m_window.get(), u"tokenLineEdit"_s);
    auto* apiElapsed = child<QLabel>(m_window.get(), u"apiElapsedLabel"_s);
    QVERIFY(!cancel->isEnabled());
    QTest::mouseClick(check, Qt::LeftButton);

    // Running: inputs locked, Cancel available, the registry side finishes on its own.
    QVERIFY(m_window->isChecking());
    QVERIFY(!tokenEdit->isEnabled());
    QVERIFY(!check->isEnabled());
    QVERIFY(cancel->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!child<QProgressBar>(m_window.get(), u"registryProgressBar"_s)->isVisible(),
                             checkTimeoutMs);
    QVERIFY(child<QProgressBar>(m_window.get(), u"apiProgressBar"_s)->isVisible());
    // The window stays responsive: the elapsed time keeps ticking while the API hangs.
    const QString before = apiElapsed->text();
    QTRY_VERIFY_WITH_TIMEOUT(apiElapsed->text() != before, checkTimeoutMs);

    QSignalSpy finished(m_window.get(), &ghcr::MainWindow::checkFinished);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, checkTimeoutMs);
    QVERIFY(!m_window->isChecking());
    QVERIFY(tokenEdit->isEnabled());
    QVERIFY(check->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY2(verdict().contains(u"cancelled"_s, Qt::CaseInsensitive), qPrintable(verdict()));
    QVERIFY(m_window->diagnosis() && m_window->diagnosis()->cancelled);
    QVERIFY(!child<QProgressBar>(m_window.get(), u"apiProgressBar"_s)->isVisible());

    // And it can check again right away.
    useScenario(u"ok-read-write"_s);
    clickCheckAndWait();
    QCOMPARE(checklistStatus(checklist(), u"token.accepted"_s), u"pass"_s);
}

void tst_MainWindow::copyFixStepsPutsMarkdownWithoutToken()
{
    useScenario(u"write-only-needs-read"_s);
    openWindow();
    typeToken(m_token);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"imageLineEdit"_s), u"octocat/app:latest"_s);
    clickCheckAndWait();
    auto* copy = child<QPushButton>(m_window.get(), u"copyFixStepsButton"_s);
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.contains(u"1. "_s) || text.contains(u"## "_s), qPrintable(text));
    QVERIFY2(text.contains(u"read:packages"_s), qPrintable(text));
    QVERIFY2(text.contains(u"https://github.com/settings/tokens/new?scopes="_s), qPrintable(text));
    QVERIFY(!text.contains(m_token));
    QVERIFY(!text.contains(m_token.mid(4)));
}

void tst_MainWindow::saveReportThroughFileDialogHook()
{
    useScenario(u"write-only-needs-read"_s);
    openWindow();
    typeToken(m_token);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"imageLineEdit"_s), u"octocat/app:latest"_s);
    auto* save = child<QPushButton>(m_window.get(), u"saveReportButton"_s);
    QVERIFY(!save->isEnabled()); // nothing to save before a check
    clickCheckAndWait();
    QVERIFY(save->isEnabled());

    // By button, JSON chosen by the extension.
    const QString jsonPath = m_files.filePath(u"report.json"_s);
    ghcr::FileDialogs::setNextFileName(jsonPath);
    QTest::mouseClick(save, Qt::LeftButton);
    QFile json(jsonPath);
    QVERIFY2(json.open(QIODevice::ReadOnly), qPrintable(jsonPath));
    const QByteArray jsonBytes = json.readAll();
    const QJsonObject report = QJsonDocument::fromJson(jsonBytes).object();
    QCOMPARE(report.value(u"schema"_s).toString(), u"ghcr-doctor.report/1"_s);
    QCOMPARE(report.value(u"verdict"_s).toString(), u"action-needed"_s);
    QVERIFY(!jsonBytes.contains(m_token.toUtf8()));

    // By Ctrl+S, Markdown.
    const QString mdPath = m_files.filePath(u"report.md"_s);
    ghcr::FileDialogs::setNextFileName(mdPath);
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(QFile::exists(mdPath));
    QFile md(mdPath);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QByteArray mdBytes = md.readAll();
    QVERIFY(mdBytes.contains("read:packages"));
    QVERIFY(!mdBytes.contains(m_token.toUtf8()));

    // Cancelling the dialog writes nothing.
    ghcr::FileDialogs::setNextFileName(QString());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(QDir(m_files.path()).entryList(QDir::Files).size(), 2);
}

void tst_MainWindow::formatProblemsFlaggedBeforeAnyRequest()
{
    openWindow();
    // One character changed: the built-in checksum no longer matches.
    QString mistyped = m_token;
    mistyped[10] = mistyped[10] == u'A' ? u'B' : u'A';
    typeToken(mistyped);
    auto* note = child<QLabel>(m_window.get(), u"tokenNoteLabel"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"checksum"_s, Qt::CaseInsensitive), qPrintable(note->text()));
    QVERIFY(m_server.requests().isEmpty());
    QVERIFY(!note->text().contains(mistyped));
}

void tst_MainWindow::pastedWhitespaceIsTrimmedWithNote()
{
    openWindow();
    auto* edit = child<QLineEdit>(m_window.get(), u"tokenLineEdit"_s);
    edit->setFocus();
    QGuiApplication::clipboard()->setText(u"  \""_s + m_token + u"\"  "_s);
    QTest::keySequence(edit, QKeySequence::Paste);
    QCOMPARE(edit->text(), m_token);
    auto* note = child<QLabel>(m_window.get(), u"tokenNoteLabel"_s);
    QVERIFY(note->isVisible());
    QVERIFY(!note->text().isEmpty());
    QVERIFY(!note->text().contains(m_token));
    QGuiApplication::clipboard()->clear();
}

void tst_MainWindow::keyboardOnlyCheck()
{
    openWindow();
    typeToken(m_token);
    QSignalSpy finished(m_window.get(), &ghcr::MainWindow::checkFinished);
    // Enter in the token field checks.
    QTest::keyClick(child<QLineEdit>(m_window.get(), u"tokenLineEdit"_s), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, checkTimeoutMs);
    // Ctrl+Return from anywhere in the window checks again.
    auto* user = child<QLineEdit>(m_window.get(), u"userLineEdit"_s);
    user->setFocus();
    QTest::keyClick(user, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, checkTimeoutMs);
    QCOMPARE(checklistStatus(checklist(), u"token.accepted"_s), u"pass"_s);
    // Every control has an accessible name.
    const QList<QWidget*> controls = m_window->findChildren<QWidget*>();
    for (QWidget* widget : controls) {
        if ((qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
             qobject_cast<QComboBox*>(widget) || qobject_cast<QTreeWidget*>(widget)) &&
            widget->isVisibleTo(m_window.get()) && widget->parentWidget() != nullptr && !widget->objectName().isEmpty())
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
}

void tst_MainWindow::settingsRememberInputsButNeverTheToken()
{
    openWindow();
    typeToken(m_token);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"userLineEdit"_s), u"octocat"_s);
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"imageLineEdit"_s), u"octocat/app:v1"_s);
    QTest::mouseClick(child<QCheckBox>(m_window.get(), u"pushCheckBox"_s), Qt::LeftButton);
    clickCheckAndWait();
    m_window->close();
    m_window.reset();
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("octocat/app:v1"));
        QVERIFY(!bytes.contains(m_token.toUtf8()));
        QVERIFY(!bytes.contains(m_token.mid(4).toUtf8()));
    }

    // A new window ("restart") comes back with the inputs but an empty token.
    openWindow();
    QCOMPARE(child<QLineEdit>(m_window.get(), u"userLineEdit"_s)->text(), u"octocat"_s);
    QCOMPARE(child<QLineEdit>(m_window.get(), u"imageLineEdit"_s)->text(), u"octocat/app:v1"_s);
    QVERIFY(child<QCheckBox>(m_window.get(), u"pullCheckBox"_s)->isChecked());
    QVERIFY(child<QCheckBox>(m_window.get(), u"pushCheckBox"_s)->isChecked());
    QVERIFY(!child<QCheckBox>(m_window.get(), u"deleteCheckBox"_s)->isChecked());
    QVERIFY(child<QLineEdit>(m_window.get(), u"tokenLineEdit"_s)->text().isEmpty());
    // Forced overrides are not saved as the user's own Advanced settings.
    QVERIFY(QSettings().value(u"advanced/apiUrl"_s).toString().isEmpty());
}

void tst_MainWindow::showHideToken()
{
    openWindow();
    typeToken(m_token);
    auto* edit = child<QLineEdit>(m_window.get(), u"tokenLineEdit"_s);
    auto* toggle = child<QToolButton>(m_window.get(), u"showTokenToolButton"_s);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    toggle->setFocus();
    QTest::keyClick(toggle, Qt::Key_Space);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QTest::keyClick(toggle, Qt::Key_Space);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

int main(int argc, char* argv[])
{
    // A private HOME so QSettings and anything else the window writes lands in a scratch folder.
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + u"/config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + u"/data"_s).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GHCR Doctor Tests"_s);
    QCoreApplication::setApplicationName(u"tst_MainWindow"_s);
    tst_MainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_MainWindow.moc"
