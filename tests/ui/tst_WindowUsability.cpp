// The window as a person meets it on a small laptop, by keyboard and through a screen reader:
// it fits 1024×640 in English and Russian with every kind of message, mnemonics are unique per
// language, accessible names, reading order and the verdict announcement reach QAccessible, the
// first run shows no empty tables, Cancel is not a failure, changed inputs mark the results stale,
// the save dialog falls back to the home folder, and the #8 window parts (amber banner for an ok
// with warnings, login-only checks, GHE.com endpoints under the host box).
#include "tests/support/FakeServer.h"
#include "tests/support/IsolatedHome.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"
#include "ui/UiHooks.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using ghcr::test::checklistStatus;
using ghcr::test::child;
using ghcr::test::FakeServer;
using ghcr::test::mnemonic;

namespace {

constexpr int checkTimeoutMs = 30000;

struct RecordedEvent
{
    QAccessible::Event type;
    QObject* object;
    QString name;
};
QList<RecordedEvent> g_recorded;

void recordAnnouncement(QAccessibleEvent* event)
{
    QString name;
    if (QAccessibleInterface* iface = event->accessibleInterface())
        name = iface->text(QAccessible::Name);
    g_recorded.append({event->type(), event->object(), name});
}

/// The letter after a single '&' in `text`, lower-cased, or a null char.

/// Depth-first names of the accessibility tree below `iface`.
void collectNames(QAccessibleInterface* iface, QStringList* names, int depth = 0)
{
    if (!iface || depth > 40)
        return;
    const QString name = iface->text(QAccessible::Name);
    if (!name.isEmpty())
        names->append(name);
    for (int i = 0; i < iface->childCount(); ++i)
        collectNames(iface->child(i), names, depth + 1);
}

} // namespace

class tst_WindowUsability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunTeachesWithoutEmptyTables();
    void fitsSmallScreen_data();
    void fitsSmallScreen();
    void mnemonicsAreUniquePerLanguage_data();
    void mnemonicsAreUniquePerLanguage();
    void accessibleNamesAndOrder();
    void verdictIsAnnounced();
    void enterOnCheckboxChecks();
    void fixStepLinksReachableByKeyboard();
    void cancelIsNotAFailure();
    void changedInputsMarkResultsStale();
    void inputProblemClearsWhenFixed();
    void saveDialogFallsBackToHome();
    void okWithWarningsIsAmber();
    void noOperationIsLoginOnly();
    void hostBoxShowsDerivedEndpoints();
    void problemsFirstOkFolded();
    void everyTabStopShowsFocus();

private:
    void openWindow(int width = 1240, int height = 820);
    void useScenario(const QString& name);
    void check(const QString& image = u"octocat/app:latest"_s);
    void useRussian(bool on);
    QString verdict() { return child<QLabel>(m_window.get(), u"verdictLabel"_s)->text(); }

    FakeServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ghcr::MainWindow> m_window;
    std::unique_ptr<QTranslator> m_russian;
    QString m_token;
    QList<QUrl> m_openedUrls;
};

void tst_WindowUsability::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    ghcr::UrlOpener::setHandler([this](const QUrl& url) {
        m_openedUrls << url;
        return true;
    });
    // Qt sends accessibility events only to a connected screen reader, so the window's announcements
    // are observed where they are made; what they carry is read through QAccessible.
    ghcr::Announcer::setObserver(recordAnnouncement);
}

void tst_WindowUsability::init()
{
    QSettings().clear();
    m_openedUrls.clear();
    g_recorded.clear();
    useScenario(u"ok-read-write"_s);
}

void tst_WindowUsability::cleanup()
{
    m_window.reset();
    m_network.reset();
    useRussian(false);
    ghcr::FileDialogs::clearNext();
}

void tst_WindowUsability::useScenario(const QString& name)
{
    const ghcr::test::Scenario scenario = FakeServer::scenario(name);
    QVERIFY2(!scenario.name.isEmpty(), qPrintable(name));
    m_server.setScenario(scenario);
    m_token = scenario.token;
}

void tst_WindowUsability::useRussian(bool on)
{
    if (on && !m_russian) {
        m_russian = std::make_unique<QTranslator>();
        QVERIFY(m_russian->load(u":/i18n/ghcr-doctor_ru.qm"_s));
        QCoreApplication::installTranslator(m_russian.get());
    } else if (!on && m_russian) {
        QCoreApplication::removeTranslator(m_russian.get());
        m_russian.reset();
    }
}

void tst_WindowUsability::openWindow(int width, int height)
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_window = std::make_unique<ghcr::MainWindow>(m_network.get(), nullptr);
    ghcr::CheckOverrides overrides = ghcr::test::overridesFor(m_server);
    overrides.timeoutSeconds = 120;
    m_window->setCheckOverrides(overrides);
    m_window->resize(width, height);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The results under the verdict are built after the first frame.
    QTRY_VERIFY(m_window->isStartupFinished());
}

void tst_WindowUsability::check(const QString& image)
{
    m_window->setToken(m_token);
    m_window->setImage(image);
    QSignalSpy finished(m_window.get(), &ghcr::MainWindow::checkFinished);
    m_window->startCheck();
    QVERIFY(finished.wait(checkTimeoutMs));
}

void tst_WindowUsability::firstRunTeachesWithoutEmptyTables()
{
    openWindow();
    QVERIFY(child<QWidget>(m_window.get(), u"welcomeTextBrowser"_s)->isVisible());
    for (QTreeWidget* tree : m_window->findChildren<QTreeWidget*>())
        QVERIFY2(!tree->isVisible(), qPrintable(tree->objectName() + u" is shown empty before a check"_s));
    QVERIFY(!child<QTextBrowser>(m_window.get(), u"fixStepsBrowser"_s)->isVisible());
    // A neutral icon, not the app's green check, and a banner that adapts once a token is there.
    const QImage icon = child<QLabel>(m_window.get(), u"verdictIconLabel"_s)->pixmap().toImage();
    const QImage pass = ghcr::statusIcon(ghcr::CheckStatus::Pass).pixmap(icon.size()).toImage();
    QVERIFY(!icon.isNull());
    QVERIFY(icon.convertToFormat(QImage::Format_ARGB32) != pass.convertToFormat(QImage::Format_ARGB32));
    QVERIFY2(verdict().startsWith(u"Paste a token"_s), qPrintable(verdict()));
    m_window->setToken(m_token);
    QVERIFY2(verdict().startsWith(u"Ready"_s), qPrintable(verdict()));
    check();
    QVERIFY(!child<QWidget>(m_window.get(), u"welcomeTextBrowser"_s)->isVisible());
    QVERIFY(child<QTreeWidget>(m_window.get(), u"checklistTreeWidget"_s)->isVisible());
}

void tst_WindowUsability::fitsSmallScreen_data()
{
    QTest::addColumn<bool>("russian");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("staleLogins"); // Docker and Helm hold another token: the stored logins panel shows
    for (bool russian : {false, true}) {
        const char* lang = russian ? "ru" : "en";
        for (const char* scenario : {"sso-required", "write-only-needs-read", "expiring-soon", "api-html"})
            QTest::addRow("%s %s", lang, scenario) << russian << QString::fromLatin1(scenario) << false;
        // Its four buttons in one row once made the Russian window wider than 1024 pixels.
        QTest::addRow("%s ok-read-write, stale logins", lang) << russian << u"ok-read-write"_s << true;
    }
}

void tst_WindowUsability::fitsSmallScreen()
{
    QFETCH(bool, russian);
    QFETCH(QString, scenario);
    QFETCH(bool, staleLogins);
    std::optional<ghcr::test::IsolatedHome> home;
    if (staleLogins) {
        home.emplace();
        const QByteArray entry = R"({"auths":{")" + m_server.registryHost().toUtf8() + R"(":{"auth":")" +
                                 QByteArray("octocat:ghp_ZYXWVUTSRQPONMLKJIHGFEDCBA98760vOkw5").toBase64() + R"("}}})";
        ghcr::test::writeFile(home->path(u".docker/config.json"_s), entry);
        ghcr::test::writeFile(home->path(u".config/helm/registry/config.json"_s), entry);
    }
    useRussian(russian);
    useScenario(scenario);
    openWindow(1024, 640);
    // Every message at once: Advanced open, the keychain line, a token note, then the result.
    child<QToolButton>(m_window.get(), u"advancedToolButton"_s)->setChecked(true);
    // The keychain look-up starts after the first frame; its message follows.
    QTRY_VERIFY(child<QLabel>(m_window.get(), u"keychainStatusLabel"_s)->isVisible());
    child<QLineEdit>(m_window.get(), u"tokenLineEdit"_s)->setText(u"  "_s + m_token + u"\n"_s);
    QVERIFY(child<QLabel>(m_window.get(), u"tokenNoteLabel"_s)->isVisible());
    auto* scroll = child<QScrollArea>(m_window.get(), u"windowScrollArea"_s);
    const QSize before = scroll->widget()->minimumSizeHint();
    m_window->setImage(u"octocat/app:latest"_s);
    QSignalSpy finished(m_window.get(), &ghcr::MainWindow::checkFinished);
    m_window->startCheck();
    QVERIFY(finished.wait(checkTimeoutMs));
    QTest::qWait(50);
    const QSize after = scroll->widget()->minimumSizeHint();
    const QSize window = m_window->minimumSizeHint();
    qInfo("%s %s: content needs %dx%d before the check (inputs open), %dx%d after (inputs folded); window "
          "minimum %dx%d",
          russian ? "ru" : "en", qPrintable(scenario), before.width(), before.height(), after.width(), after.height(),
          window.width(), window.height());
    QVERIFY2(window.width() <= 1000 && window.height() <= 600, "the window's minimum size exceeds 1000x600");
    // Nothing is cut off sideways at 1024 px, before or after the check.
    QVERIFY2(before.width() <= scroll->viewport()->width(), qPrintable(QString::number(before.width())));
    QVERIFY2(after.width() <= scroll->viewport()->width(), qPrintable(QString::number(after.width())));
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    // After the check, without scrolling: the verdict, both panel headings, the first problem and the
    // buttons under the fix steps.
    QVERIFY2(after.height() <= scroll->viewport()->height(),
             qPrintable(u"%1 > %2"_s.arg(after.height()).arg(scroll->viewport()->height())));
    QStringList inSight{u"verdictLabel"_s,     u"apiPanelGroupBox"_s,   u"registryPanelGroupBox"_s,
                        u"saveReportButton"_s, u"copyFixStepsButton"_s, u"checkAgainButton"_s};
    if (staleLogins)
        inSight << u"storedLoginsUseButton"_s << u"storedLoginsRemoveButton"_s << u"storedLoginsUndoButton"_s;
    for (const QString& name : std::as_const(inSight)) {
        auto* widget = m_window->findChild<QWidget*>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(widget->isVisible(), qPrintable(name));
        const QRect inViewport(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
        QVERIFY2(scroll->viewport()->rect().contains(inViewport),
                 qPrintable(name + u" is outside the visible area: "_s +
                            u"%1,%2 %3x%4 in %5x%6"_s.arg(inViewport.x())
                                .arg(inViewport.y())
                                .arg(inViewport.width())
                                .arg(inViewport.height())
                                .arg(scroll->viewport()->width())
                                .arg(scroll->viewport()->height())));
    }
}

void tst_WindowUsability::mnemonicsAreUniquePerLanguage_data()
{
    QTest::addColumn<bool>("russian");
    QTest::newRow("en") << false;
    QTest::newRow("ru") << true;
}

void tst_WindowUsability::mnemonicsAreUniquePerLanguage()
{
    QFETCH(bool, russian);
    useRussian(russian);
    openWindow();
    child<QToolButton>(m_window.get(), u"advancedToolButton"_s)->setChecked(true);
    // Everything Alt+letter can reach from the window: menu titles, buttons, checkboxes, labels.
    QMultiHash<QChar, QString> owners;
    for (QAction* menu : m_window->menuBar()->actions())
        if (const QChar m = mnemonic(menu->text()); !m.isNull())
            owners.insert(m, menu->text());
    for (QAbstractButton* button : m_window->findChildren<QAbstractButton*>())
        if (const QChar m = mnemonic(button->text()); !m.isNull())
            owners.insert(m, button->text());
    for (QLabel* label : m_window->findChildren<QLabel*>()) {
        if (label->textFormat() == Qt::RichText)
            continue;
        const QChar m = mnemonic(label->text());
        if (m.isNull())
            continue;
        // A label with a mnemonic and no buddy shows a literal "&".
        QVERIFY2(label->buddy(), qPrintable(label->text() + u" has a mnemonic but no buddy"_s));
        owners.insert(m, label->text());
    }
    QVERIFY(owners.size() > 15);
    QStringList duplicates;
    for (const QChar key : owners.uniqueKeys())
        if (owners.count(key) > 1)
            duplicates << u"Alt+%1: %2"_s.arg(key.toUpper(), owners.values(key).join(u" | "_s));
    QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u'\n')));
}

void tst_WindowUsability::accessibleNamesAndOrder()
{
    useScenario(u"write-only-needs-read"_s);
    openWindow();
    // The host box is named for what it is, not for its text; the token's clear button is named.
    auto* host = child<QComboBox>(m_window.get(), u"hostComboBox"_s);
    QAccessibleInterface* hostIface = QAccessible::queryAccessibleInterface(host);
    QVERIFY(hostIface);
    QCOMPARE(hostIface->text(QAccessible::Name), u"GitHub host"_s);
    QAccessibleInterface* hostEdit = QAccessible::queryAccessibleInterface(host->lineEdit());
    QCOMPARE(hostEdit->text(QAccessible::Name), u"GitHub host"_s);
    auto* token = child<QLineEdit>(m_window.get(), u"tokenLineEdit"_s);
    for (QToolButton* clear : token->findChildren<QToolButton*>())
        QCOMPARE(QAccessible::queryAccessibleInterface(clear)->text(QAccessible::Name), u"Clear the token"_s);
    check();
    QAccessibleInterface* icon =
        QAccessible::queryAccessibleInterface(child<QLabel>(m_window.get(), u"verdictIconLabel"_s));
    QCOMPARE(icon->text(QAccessible::Name), u"Action needed"_s);

    // Reading order: verdict, then the API before the registry, the checklist before the fix steps.
    QStringList names;
    collectNames(QAccessible::queryAccessibleInterface(m_window.get()), &names);
    qInfo("reading order: %s", qPrintable(names.join(u" / "_s)));
    const auto at = [&names](const QString& name) {
        const qsizetype i = names.indexOf(name);
        return i;
    };
    for (const QString& name : {u"GitHub API"_s, u"Container registry"_s, u"Checklist"_s, u"Fix steps"_s})
        QVERIFY2(at(name) >= 0, qPrintable(name + u" missing from: "_s + names.join(u" / "_s)));
    QVERIFY2(at(u"GitHub API"_s) < at(u"Container registry"_s), qPrintable(names.join(u" / "_s)));
    QVERIFY2(at(u"Checklist"_s) < at(u"Fix steps"_s), qPrintable(names.join(u" / "_s)));
    QVERIFY2(at(u"Action needed"_s) < at(u"GitHub API"_s), qPrintable(names.join(u" / "_s)));
}

void tst_WindowUsability::verdictIsAnnounced()
{
    useScenario(u"write-only-needs-read"_s);
    openWindow();
    g_recorded.clear();
    check();
    auto* label = child<QLabel>(m_window.get(), u"verdictLabel"_s);
    bool announced = false;
    for (const RecordedEvent& e : std::as_const(g_recorded))
        if (e.object == label && e.type == QAccessible::Alert && e.name.startsWith(u"Action needed"_s))
            announced = true;
    if (!announced)
        for (const RecordedEvent& e : std::as_const(g_recorded))
            qInfo("event %d on %s: %s", int(e.type), e.object ? qPrintable(e.object->objectName()) : "-",
                  qPrintable(e.name.left(40)));
    QVERIFY2(announced, "no Alert event carried the new verdict");
}

void tst_WindowUsability::enterOnCheckboxChecks()
{
    openWindow();
    m_window->setToken(m_token);
    auto* push = child<QCheckBox>(m_window.get(), u"pushCheckBox"_s);
    push->setFocus();
    const bool ticked = push->isChecked();
    QSignalSpy finished(m_window.get(), &ghcr::MainWindow::checkFinished);
    QTest::keyClick(push, Qt::Key_Return);
    QVERIFY(m_window->isChecking());
    QCOMPARE(push->isChecked(), ticked); // Enter checks; Space ticks
    QVERIFY(finished.wait(checkTimeoutMs));
}

void tst_WindowUsability::fixStepLinksReachableByKeyboard()
{
    useScenario(u"write-only-needs-read"_s);
    openWindow();
    check();
    auto* steps = child<QTextBrowser>(m_window.get(), u"fixStepsBrowser"_s);
    QVERIFY(steps->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
    steps->setFocus();
    QTest::keyClick(steps, Qt::Key_Tab);
    QVERIFY2(steps->textCursor().hasSelection(), "Tab did not move to a link");
    QTest::keyClick(steps, Qt::Key_Return);
    QTRY_COMPARE(m_openedUrls.size(), 1);
    QVERIFY2(m_openedUrls.constFirst().toString().contains(u"/settings/tokens/new"_s),
             qPrintable(m_openedUrls.constFirst().toString()));
}

void tst_WindowUsability::cancelIsNotAFailure()
{
    useScenario(u"api-hang"_s);
    openWindow();
    m_window->setToken(m_token);
    m_window->setUser(u"octocat"_s);
    m_window->setImage(u"octocat/app:latest"_s);
    QSignalSpy finished(m_window.get(), &ghcr::MainWindow::checkFinished);
    m_window->startCheck();
    QTest::qWait(300);
    m_window->cancelCheck();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, checkTimeoutMs);
    for (const QString& side : {u"api"_s, u"registry"_s}) {
        const QString text = child<QLabel>(m_window.get(), side + u"StatusLabel"_s)->text();
        QVERIFY2(text == u"Cancelled."_s || !text.contains(u"ancel"_s), qPrintable(side + u": "_s + text));
    }
    QCOMPARE(child<QLabel>(m_window.get(), u"apiStatusLabel"_s)->text(), u"Cancelled."_s);
    // No fix step is offered after a cancel, nothing to copy, and the status bar does not say "Cancelling…".
    QVERIFY(!child<QPushButton>(m_window.get(), u"copyFixStepsButton"_s)->isEnabled());
    QVERIFY(child<QTextBrowser>(m_window.get(), u"fixStepsBrowser"_s)->toPlainText().contains(u"cancelled"_s));
    QVERIFY(!m_window->statusBar()->currentMessage().contains(u"Cancelling"_s));
    QVERIFY(!child<QLabel>(m_window.get(), u"verdictLabel"_s)->text().contains(u"Action needed"_s));
}

void tst_WindowUsability::changedInputsMarkResultsStale()
{
    openWindow();
    check();
    auto* stale = child<QLabel>(m_window.get(), u"staleResultsLabel"_s);
    QVERIFY(!stale->isVisible());
    child<QPushButton>(m_window.get(), u"editInputsButton"_s)->click();
    QVERIFY(child<QLineEdit>(m_window.get(), u"imageLineEdit"_s)->isVisible());
    g_recorded.clear();
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"imageLineEdit"_s), u"2"_s);
    QVERIFY(stale->isVisible());
    bool announced = false;
    for (const RecordedEvent& e : std::as_const(g_recorded))
        announced = announced || (e.object == stale && e.type == QAccessible::Alert);
    QVERIFY(announced);
    check(u"octocat/app:v2"_s);
    QVERIFY(!stale->isVisible());
}

void tst_WindowUsability::inputProblemClearsWhenFixed()
{
    openWindow();
    m_window->startCheck();
    QVERIFY2(verdict().contains(u"Paste a token first"_s), qPrintable(verdict()));
    QTest::keyClicks(child<QLineEdit>(m_window.get(), u"tokenLineEdit"_s), m_token.left(8));
    QVERIFY2(!verdict().contains(u"Paste a token first"_s), qPrintable(verdict()));
}

void tst_WindowUsability::saveDialogFallsBackToHome()
{
    // This test's HOME has no Documents folder (as on a fresh account or a server).
    QVERIFY(!QFileInfo(QDir::home().filePath(u"Documents"_s)).isDir());
    openWindow();
    check();
    QString offered;
    ghcr::FileDialogs::setNextFileName(QString()); // the user cancels
    ghcr::FileDialogs::setObserver([&offered](const QString& path) { offered = path; });
    m_window->saveReport();
    ghcr::FileDialogs::setObserver({});
    QVERIFY2(!offered.isEmpty(), "the save dialog was not asked");
    QCOMPARE(QFileInfo(offered).absolutePath(), QDir::homePath());
}

void tst_WindowUsability::okWithWarningsIsAmber()
{
    useScenario(u"expiring-soon"_s);
    openWindow();
    check();
    QVERIFY(m_window->diagnosis() && m_window->diagnosis()->verdict == ghcr::Verdict::Ok);
    QVERIFY(m_window->diagnosis()->hasWarnings());
    QVERIFY2(verdict().startsWith(u"Works for octocat/app:latest, with warnings: "_s), qPrintable(verdict()));
    const QImage icon = child<QLabel>(m_window.get(), u"verdictIconLabel"_s)->pixmap().toImage();
    const QImage warn = ghcr::statusIcon(ghcr::CheckStatus::Warn).pixmap(icon.size()).toImage();
    QCOMPARE(icon.convertToFormat(QImage::Format_ARGB32), warn.convertToFormat(QImage::Format_ARGB32));
    QCOMPARE(child<QGroupBox>(m_window.get(), u"fixStepsGroupBox"_s)->title(), u"Next steps"_s);
}

void tst_WindowUsability::noOperationIsLoginOnly()
{
    openWindow();
    m_window->setOperations({});
    m_window->setToken(m_token);
    QVERIFY(child<QPushButton>(m_window.get(), u"checkTokenButton"_s)->isEnabled());
    check(QString());
    QVERIFY(m_window->diagnosis());
    QVERIFY(m_window->diagnosis()->request.loginOnly());
    QVERIFY2(verdict().startsWith(u"Login works"_s), qPrintable(verdict()));
    QVERIFY2(child<QLabel>(m_window.get(), u"inputsSummaryLabel"_s)->text().contains(u"login only"_s),
             qPrintable(child<QLabel>(m_window.get(), u"inputsSummaryLabel"_s)->text()));
}

void tst_WindowUsability::hostBoxShowsDerivedEndpoints()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_window = std::make_unique<ghcr::MainWindow>(m_network.get(), nullptr); // no overrides
    m_window->show();
    auto* host = child<QComboBox>(m_window.get(), u"hostComboBox"_s);
    auto* endpoints = child<QLabel>(m_window.get(), u"endpointsLabel"_s);
    QVERIFY2(endpoints->text().contains(u"https://api.github.com"_s) && endpoints->text().contains(u"ghcr.io"_s),
             qPrintable(endpoints->text()));
    // The templates: GHES and GHE.com.
    QStringList items;
    for (int i = 0; i < host->count(); ++i)
        items << host->itemText(i);
    QVERIFY2(items.join(u'|').contains(u"Enterprise Server"_s) && items.join(u'|').contains(u"ghe.com"_s),
             qPrintable(items.join(u'|')));
    const int ghe = int(items.indexOf(items.filter(u"ghe.com"_s).constFirst()));
    host->setCurrentIndex(ghe);
    Q_EMIT host->activated(ghe);
    QCOMPARE(host->currentText(), u"SUBDOMAIN.ghe.com"_s);
    QCOMPARE(host->lineEdit()->selectedText(), u"SUBDOMAIN"_s);
    host->setEditText(u"octo.ghe.com"_s);
    QVERIFY2(endpoints->text().contains(u"https://api.octo.ghe.com"_s), qPrintable(endpoints->text()));
    QVERIFY2(endpoints->text().contains(u"containers.octo.ghe.com"_s), qPrintable(endpoints->text()));
    host->setEditText(u"ghe.example.com"_s);
    QVERIFY2(endpoints->text().contains(u"https://ghe.example.com/api/v3"_s), qPrintable(endpoints->text()));
    QVERIFY2(endpoints->text().contains(u"containers.ghe.example.com"_s), qPrintable(endpoints->text()));
    // Templates are not remembered as hosts.
    host->setEditText(u"github.com"_s);
    m_window->close();
    QVERIFY(QSettings().value(u"check/recentHosts"_s).toStringList().filter(u"Enterprise"_s).isEmpty());
}

void tst_WindowUsability::problemsFirstOkFolded()
{
    useScenario(u"write-only-needs-read"_s);
    openWindow();
    check();
    auto* list = child<QTreeWidget>(m_window.get(), u"checklistTreeWidget"_s);
    QVERIFY(list->topLevelItemCount() >= 2);
    // Problem rows first, then one folded row that holds every OK and skipped row.
    QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole + 1).toString(), u"fail"_s);
    QTreeWidgetItem* group = list->topLevelItem(list->topLevelItemCount() - 1);
    QCOMPARE(group->data(0, Qt::UserRole + 1).toString(), u"group"_s);
    QVERIFY(!group->isExpanded());
    QVERIFY(group->childCount() > 3);
    for (int i = 0; i < list->topLevelItemCount() - 1; ++i) {
        const QString status = list->topLevelItem(i)->data(0, Qt::UserRole + 1).toString();
        QVERIFY2(status == u"fail"_s || status == u"warn"_s, qPrintable(status));
    }
    QCOMPARE(checklistStatus(list, u"token.accepted"_s), u"pass"_s);
}

// Before a check, Tab visits every control, and each one looks different when it has the focus.
void tst_WindowUsability::everyTabStopShowsFocus()
{
    openWindow();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto* token = child<QLineEdit>(m_window.get(), u"tokenLineEdit"_s);
    m_window->setToken(m_token);
    QList<QWidget*> stops;
    QWidget* widget = token;
    do {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            m_window->isAncestorOf(widget))
            stops << widget;
        widget = widget->nextInFocusChain();
    } while (widget && widget != token && stops.size() < 60);
    QStringList names;
    for (QWidget* stop : std::as_const(stops))
        names << stop->objectName() + u":"_s + QString::fromLatin1(stop->metaObject()->className());
    QVERIFY2(stops.size() >= 8, qPrintable(names.join(u", "_s)));
    // Unfocused pictures first (the focus parked on the menu bar), then Tab through them as a person does.
    QHash<QWidget*, QImage> unfocused;
    m_window->menuBar()->setFocus();
    QApplication::processEvents();
    for (QWidget* stop : std::as_const(stops))
        unfocused.insert(stop, stop->grab().toImage());
    token->setFocus(Qt::TabFocusReason);
    QStringList unmarked;
    for (int i = 0; i < stops.size(); ++i) {
        QWidget* focused = QApplication::focusWidget();
        QVERIFY(focused);
        QApplication::processEvents();
        if (unfocused.contains(focused) && focused->grab().toImage() == unfocused.value(focused))
            unmarked << focused->objectName();
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    QVERIFY2(unmarked.isEmpty(), qPrintable(u"no focus indicator: "_s + unmarked.join(u", "_s)));
}

int main(int argc, char* argv[])
{
    // A private HOME without a Documents folder: settings land in scratch, and the save dialog's fallback shows.
    QTemporaryDir home;
    ghcr::test::useThrowawayHome(home.path());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GHCR Doctor Tests"_s);
    QCoreApplication::setApplicationName(u"tst_WindowUsability"_s);
    tst_WindowUsability test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_WindowUsability.moc"
