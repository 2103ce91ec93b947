// Check → All packages, as a person uses it against the HTTPS fake server: the packages are listed,
// every image is probed, the table fills as results stream in (status icons and words), the header
// counts what works, the table sorts and filters, a row's evidence and settings link show below, the
// causes are grouped, Cancel stops a run whose registry hangs, and nothing of it shows the token.
#include "app/i18n/Translations.h"
#include "app/reports/Report.h"
#include "tests/support/FakeServer.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/MainWindow.h"
#include "ui/PackagesWindow.h"
#include "ui/UiHooks.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAccessibleEvent>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using ghcr::test::child;
using ghcr::test::FakeServer;

namespace {

constexpr int runTimeoutMs = 60000;
constexpr int pushColumn = 4;

} // namespace

class tst_PackagesWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyPackageFillsTheTable();
    void sortsAndFilters();
    void rowsChangeInPlace();
    void rowEvidenceAndSettingsLink();
    void cancelStopsAHangingRun();
    void escapeCancelsThenCloses();
    void pastedListNamesEveryBadLine();
    void noTokenSaysWhy();
    void statusColumnsSortByMeaning();
    void keyboardOpensSettingsAndCopiesTheRow();
    void mnemonicsUniqueInBothLanguages_data();
    void mnemonicsUniqueInBothLanguages();

private:
    ghcr::PackagesWindow* open(const ghcr::test::Scenario& scenario, int timeoutSeconds = 60);
    void runToTheEnd(ghcr::PackagesWindow* packages);
    /// A run whose registry never answers, once its 8 rows show; null if they do not.
    ghcr::PackagesWindow* startHangingRun();
    QStringList column(int column) const;

    FakeServer m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ghcr::MainWindow> m_window;
    QTableView* m_table = nullptr;
};

void tst_PackagesWindow::initTestCase()
{
    QVERIFY(m_server.start());
}

void tst_PackagesWindow::cleanup()
{
    m_window.reset();
    m_network.reset();
}

ghcr::PackagesWindow* tst_PackagesWindow::open(const ghcr::test::Scenario& scenario, int timeoutSeconds)
{
    m_server.setScenario(scenario);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_window = std::make_unique<ghcr::MainWindow>(m_network.get(), nullptr);
    ghcr::CheckOverrides overrides = ghcr::test::overridesFor(m_server);
    overrides.timeoutSeconds = timeoutSeconds;
    m_window->setCheckOverrides(overrides);
    m_window->setToken(scenario.token);
    m_window->setOperations({ghcr::Operation::Pull, ghcr::Operation::Push});
    m_window->show();
    auto* action = m_window->findChild<QAction*>(u"allPackagesAction"_s);
    if (!action)
        return nullptr;
    action->trigger();
    ghcr::PackagesWindow* packages = m_window->packagesWindow();
    if (packages)
        m_table = child<QTableView>(packages, u"packagesTableView"_s);
    return packages;
}

void tst_PackagesWindow::runToTheEnd(ghcr::PackagesWindow* packages)
{
    QSignalSpy finished(packages, &ghcr::PackagesWindow::runFinished);
    child<QPushButton>(packages, u"checkAllButton"_s)->click();
    QVERIFY(finished.wait(runTimeoutMs));
}

ghcr::PackagesWindow* tst_PackagesWindow::startHangingRun()
{
    ghcr::test::Scenario scenario = FakeServer::scenario(u"packages"_s);
    scenario.registry.fault = ghcr::test::Fault::Hang;
    ghcr::PackagesWindow* packages = open(scenario, 120);
    if (!packages)
        return nullptr;
    child<QPushButton>(packages, u"checkAllButton"_s)->click();
    return QTest::qWaitFor([this] { return m_table->model()->rowCount() == 8; }, 20000) ? packages : nullptr;
}

QStringList tst_PackagesWindow::column(int c) const
{
    QStringList cells;
    const QAbstractItemModel* model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        cells << model->index(row, c).data().toString();
    return cells;
}

void tst_PackagesWindow::everyPackageFillsTheTable()
{
    const ghcr::test::Scenario scenario = FakeServer::scenario(u"packages"_s);
    ghcr::PackagesWindow* packages = open(scenario);
    QVERIFY(packages);
    QVERIFY(packages->isVisible());
    // Rows appear before the verdicts: "checking…" is seen while the run streams.
    bool sawChecking = false;
    connect(m_table->model(), &QAbstractItemModel::dataChanged, this,
            [&] { sawChecking = sawChecking || column(pushColumn).contains(u"checking…"_s); });
    connect(m_table->model(), &QAbstractItemModel::rowsInserted, this,
            [&] { sawChecking = sawChecking || column(pushColumn).contains(u"checking…"_s); });
    QList<QObject*> announced; // what a screen reader is told
    ghcr::Announcer::setObserver([&announced](QAccessibleEvent* event) {
        if (event->type() == QAccessible::Alert)
            announced << event->object();
    });
    runToTheEnd(packages);
    ghcr::Announcer::setObserver({});
    QCOMPARE(announced, QList<QObject*>{child<QLabel>(packages, u"packagesCountsLabel"_s)});
    QVERIFY(sawChecking);
    // It opens inside the screen (it was 980×600 on any screen).
    const QRect screen = packages->screen()->availableGeometry();
    QVERIFY2(packages->width() <= screen.width() && packages->height() <= screen.height(),
             qPrintable(u"%1x%2 on %3x%4"_s.arg(packages->width())
                            .arg(packages->height())
                            .arg(screen.width())
                            .arg(screen.height())));
    QVERIFY(packages->diagnosis().has_value());
    const ghcr::Diagnosis& d = *packages->diagnosis();
    QCOMPARE(m_table->model()->rowCount(), d.images.size());
    QCOMPARE(d.images.size(), 8);
    int pushWorks = 0;
    for (const ghcr::ImageResult& image : d.images)
        pushWorks += image.allowed(ghcr::Operation::Push) == true ? 1 : 0;
    QCOMPARE(pushWorks, 5);
    const QString counts = child<QLabel>(packages, u"packagesCountsLabel"_s)->text();
    QVERIFY2(counts.contains(u"push works on 5 of 8 images"_s), qPrintable(counts));
    QVERIFY2(counts.startsWith(u"Action needed: Pull works on 8 of 8 images"_s), qPrintable(counts));
    // Finished: the verdict line every report of this run says first.
    QCOMPARE(counts, QString::fromUtf8(ghcr::renderReport(d, ghcr::ReportFormat::Text)).section(u'\n', 1, 1));
    // Status words AND icons, never colour alone.
    const QStringList push = column(pushColumn);
    QCOMPARE(push.count(u"works"_s), 5);
    QCOMPARE(push.count(u"refused"_s), 3);
    for (int row = 0; row < m_table->model()->rowCount(); ++row)
        QVERIFY(!m_table->model()->index(row, pushColumn).data(Qt::DecorationRole).isNull());
    const QString causes = child<QLabel>(packages, u"packagesCausesLabel"_s)->text();
    QVERIFY2(causes.contains(u"3 packages refuse push: not linked to a repository"_s), qPrintable(causes));
    QVERIFY2(causes.contains(u"sso-corp"_s), qPrintable(causes));
    // How long it took, in the unit that says something ("40 ms", never "0.0 s").
    const QString status = child<QLabel>(packages, u"packagesStatusLabel"_s)->text();
    static const QRegularExpression took(uR"(^8 images checked in (\d+ ms|\d+\.\d s)\.$)"_s);
    QVERIFY2(took.match(status).hasMatch() && !status.contains(u" 0.0 s"_s), qPrintable(status));
    for (QWidget* widget : packages->findChildren<QWidget*>()) {
        if (auto* label = qobject_cast<QLabel*>(widget))
            QVERIFY(!label->text().contains(scenario.token));
    }
}

// A result changes its row's cells; it does not replace the row (the old way rebuilt every row at the final
// verdict: a 500-image run froze the window for half a second; bench_matrix measures it).
void tst_PackagesWindow::rowsChangeInPlace()
{
    ghcr::PackagesWindow* packages = open(FakeServer::scenario(u"packages"_s));
    QVERIFY(packages);
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(m_table->model());
    QVERIFY(proxy);
    QList<const QStandardItem*> first;
    connect(proxy, &QAbstractItemModel::dataChanged, this, [&] {
        auto* model = qobject_cast<QStandardItemModel*>(proxy->sourceModel());
        if (first.isEmpty() && model && model->rowCount() > 0)
            for (int row = 0; row < model->rowCount(); ++row)
                first << model->item(row, pushColumn);
    });
    runToTheEnd(packages);
    auto* model = qobject_cast<QStandardItemModel*>(proxy->sourceModel());
    QVERIFY(model);
    QVERIFY(!first.isEmpty());
    QCOMPARE(model->rowCount(), first.size());
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY2(model->item(row, pushColumn) == first.at(row), qPrintable(QString::number(row)));
}

void tst_PackagesWindow::sortsAndFilters()
{
    ghcr::PackagesWindow* packages = open(FakeServer::scenario(u"packages"_s));
    QVERIFY(packages);
    runToTheEnd(packages);
    // Sorted by push status: the three refusals come together.
    m_table->sortByColumn(pushColumn, Qt::DescendingOrder);
    QStringList push = column(pushColumn);
    QCOMPARE(push.mid(0, 5), QStringList(5, u"works"_s));
    QCOMPARE(push.mid(5), QStringList(3, u"refused"_s));
    m_table->sortByColumn(0, Qt::AscendingOrder);
    QCOMPARE(column(0).first(), u"acme/api"_s);
    // Text filter over every column.
    auto* filter = child<QLineEdit>(packages, u"packagesFilterLineEdit"_s);
    QTest::keyClicks(filter, u"acme"_s);
    QCOMPARE(m_table->model()->rowCount(), 3);
    filter->clear();
    QCOMPARE(m_table->model()->rowCount(), 8);
    // Problems only: the images whose verdict is not ok.
    int problems = 0;
    for (const ghcr::ImageResult& image : packages->diagnosis()->images)
        problems += image.verdict == ghcr::Verdict::Ok ? 0 : 1;
    QVERIFY(problems >= 3);
    child<QComboBox>(packages, u"packagesShowComboBox"_s)->setCurrentIndex(1);
    QCOMPARE(m_table->model()->rowCount(), problems);
    QVERIFY(column(pushColumn).contains(u"refused"_s));
}

void tst_PackagesWindow::rowEvidenceAndSettingsLink()
{
    ghcr::PackagesWindow* packages = open(FakeServer::scenario(u"packages"_s));
    QVERIFY(packages);
    runToTheEnd(packages);
    const int row = int(column(0).indexOf(u"acme/worker"_s));
    QVERIFY(row >= 0);
    m_table->setCurrentIndex(m_table->model()->index(row, 0));
    const QString html = child<QTextBrowser>(packages, u"packagesDetailsBrowser"_s)->toHtml();
    QVERIFY2(html.contains(u"https://github.com/orgs/acme/packages/container/worker/settings"_s), qPrintable(html));
    QVERIFY2(html.contains(u"Registry: push"_s), qPrintable(html));
    // The note, cut by its cell, is whole in its tooltip.
    const QModelIndex note = m_table->model()->index(row, pushColumn + 2);
    QVERIFY(note.data().toString().startsWith(u"Push will fail"_s));
    QCOMPARE(note.data(Qt::ToolTipRole).toString(), note.data().toString());
    QVERIFY(!html.contains(FakeServer::scenario(u"packages"_s).token));
}

void tst_PackagesWindow::cancelStopsAHangingRun()
{
    ghcr::PackagesWindow* packages = startHangingRun();
    QVERIFY(packages);
    QSignalSpy finished(packages, &ghcr::PackagesWindow::runFinished);
    QVERIFY(packages->isRunning());
    QVERIFY2(column(pushColumn).contains(u"checking…"_s), qPrintable(column(pushColumn).join(u", "_s)));
    // Images not reached yet are not findings: the header said "Pull works on 0 of 8 images (8 not proved)".
    auto* counts = child<QLabel>(packages, u"packagesCountsLabel"_s);
    QCOMPARE(counts->text(), u"0 of 8 images checked"_s);
    // While it streams, the columns already fit their words ("octocat/tools/cli" and "checking…" were cut).
    for (int c = 0; c < pushColumn + 2; ++c) {
        for (int row = 0; row < m_table->model()->rowCount(); ++row) {
            const QModelIndex cell = m_table->model()->index(row, c);
            QVERIFY2(m_table->columnWidth(c) >= m_table->sizeHintForIndex(cell).width(),
                     qPrintable(cell.data().toString()));
        }
    }
    QElapsedTimer clock;
    clock.start();
    child<QPushButton>(packages, u"cancelAllButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!packages->isRunning());
    QVERIFY(!column(pushColumn).contains(u"checking…"_s));
    QVERIFY(column(pushColumn).contains(u"cancelled"_s));
    QVERIFY(child<QPushButton>(packages, u"checkAllButton"_s)->isEnabled());
    // It says it was cancelled and how far it got (it said "8 images checked in 2.4 s.").
    const QString status = child<QLabel>(packages, u"packagesStatusLabel"_s)->text();
    QVERIFY2(status.startsWith(u"Cancelled: 0 of 8 images checked in "_s), qPrintable(status));
}

// Esc in a dialog rejects it: it hid the window while the run went on unseen. Running, Esc cancels (the window
// stays with what was checked); idle, it closes.
void tst_PackagesWindow::escapeCancelsThenCloses()
{
    ghcr::PackagesWindow* packages = startHangingRun();
    QVERIFY(packages);
    QSignalSpy finished(packages, &ghcr::PackagesWindow::runFinished);
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(packages->isVisible());
    QVERIFY(column(pushColumn).contains(u"cancelled"_s));
    QTest::keyClick(m_table, Qt::Key_Escape);
    QVERIFY(!packages->isVisible());
}

// A pasted line that is not an image reference was dropped without a word (three of seven lines vanished and
// "3 images checked" followed). Now nothing starts; every bad line is named with its number.
void tst_PackagesWindow::pastedListNamesEveryBadLine()
{
    ghcr::PackagesWindow* packages = open(FakeServer::scenario(u"packages"_s));
    QVERIFY(packages);
    child<QCheckBox>(packages, u"listPackagesCheckBox"_s)->setChecked(false);
    auto* images = child<QPlainTextEdit>(packages, u"imagesPlainTextEdit"_s);
    images->setPlainText(u"octocat/app\nnot an image!!\n# a comment\nacme/worker:\n\noctocat/web@sha256:zz\n"_s);
    child<QPushButton>(packages, u"checkAllButton"_s)->click();
    QTest::qWait(200);
    QVERIFY(!packages->isRunning());
    QCOMPARE(m_table->model()->rowCount(), 0);
    auto* problem = child<QLabel>(packages, u"packagesImagesProblemLabel"_s);
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    const QStringList lines = problem->text().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"Line 2: “not an image!!”"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"Line 4: “acme/worker:”"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"Line 6: “sha256:zz” is not a digest"_s), qPrintable(lines.at(2)));
    QCOMPARE(QApplication::focusWidget(), images);
    // Hundreds of bad lines: the first eight and how many more.
    images->setPlainText(QStringList(300, u"not an image!!"_s).join(u'\n'));
    child<QPushButton>(packages, u"checkAllButton"_s)->click();
    QCOMPARE(problem->text().count(u'\n'), 8);
    QVERIFY2(problem->text().endsWith(u"\n…and 292 more bad lines."_s), qPrintable(problem->text()));
    // Corrected, the run starts and the sentence goes.
    images->setPlainText(u"octocat/app\n# a comment\nacme/worker\n"_s);
    runToTheEnd(packages);
    QVERIFY(!problem->isVisible());
    QCOMPARE(m_table->model()->rowCount(), 2);
}

void tst_PackagesWindow::noTokenSaysWhy()
{
    ghcr::test::Scenario scenario = FakeServer::scenario(u"packages"_s);
    scenario.token.clear();
    ghcr::PackagesWindow* packages = open(scenario);
    QVERIFY(packages);
    QVERIFY(!child<QPushButton>(packages, u"checkAllButton"_s)->isEnabled());
    const QString problem = child<QLabel>(packages, u"packagesProblemLabel"_s)->text();
    QVERIFY2(problem.contains(u"token field is empty"_s), qPrintable(problem));
}

// Sorting a status column groups by meaning, problems first, in every language: by its words, "not proved" came
// before "refused" (and "cancelled" before both).
void tst_PackagesWindow::statusColumnsSortByMeaning()
{
    ghcr::PackagesWindow* packages = open(FakeServer::scenario(u"packages"_s));
    QVERIFY(packages);
    // A typo'd host is a row that is not probed: push "not proved".
    child<QPlainTextEdit>(packages, u"imagesPlainTextEdit"_s)->setPlainText(u"ghrc.io/octocat/typo"_s);
    runToTheEnd(packages);
    m_table->sortByColumn(pushColumn, Qt::AscendingOrder);
    const QStringList expected =
        QStringList(3, u"refused"_s) + QStringList{u"not proved"_s} + QStringList(5, u"works"_s);
    QCOMPARE(column(pushColumn), expected);
    m_table->sortByColumn(pushColumn, Qt::DescendingOrder);
    QStringList reversed(expected.rbegin(), expected.rend());
    QCOMPARE(column(pushColumn), reversed);
}

// Without the mouse: Enter on a row opens its package's settings, Ctrl+C copies the whole row (Qt copied the one
// cell), and Tab reaches the buttons below the table that do both.
void tst_PackagesWindow::keyboardOpensSettingsAndCopiesTheRow()
{
    QList<QUrl> opened; // the browser
    ghcr::UrlOpener::setHandler([&opened](const QUrl& url) {
        opened << url;
        return true;
    });
    ghcr::PackagesWindow* packages = open(FakeServer::scenario(u"packages"_s));
    QVERIFY(packages);
    runToTheEnd(packages);
    QApplication::setActiveWindow(packages);
    m_table->setFocus();
    const int row = int(column(0).indexOf(u"acme/worker"_s));
    m_table->setCurrentIndex(m_table->model()->index(row, 0));
    QTest::keyClick(m_table, Qt::Key_Return);
    const QUrl settings(u"https://github.com/orgs/acme/packages/container/worker/settings"_s);
    QCOMPARE(opened, QList<QUrl>{settings});
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(m_table, Qt::Key_C, Qt::ControlModifier);
    const QStringList copied = QGuiApplication::clipboard()->text().split(u'\t');
    QCOMPARE(copied.mid(0, pushColumn + 2),
             (QStringList{u"acme/worker"_s, u"private"_s, u"not linked"_s, u"works"_s, u"refused"_s, u"not asked"_s}));
    QVERIFY(copied.value(pushColumn + 2).startsWith(u"Push will fail"_s));
    QCOMPARE(copied.value(pushColumn + 3), settings.toString());
    // Tab leaves the table (it walked the row's cells) for the row's buttons; Space presses one.
    QTest::keyClick(m_table, Qt::Key_Tab);
    auto* settingsButton = child<QPushButton>(packages, u"openPackageSettingsButton"_s);
    QCOMPARE(QApplication::focusWidget(), settingsButton);
    QTest::keyClick(settingsButton, Qt::Key_Space);
    QCOMPARE(opened.size(), 2);
    // The details' link, by keyboard too (it opened outside the window's URL opener).
    auto* details = child<QTextBrowser>(packages, u"packagesDetailsBrowser"_s);
    details->setFocus();
    QTest::keyClick(details, Qt::Key_Tab);
    QTest::keyClick(details, Qt::Key_Return);
    QCOMPARE(opened, (QList<QUrl>{settings, settings, settings}));
    ghcr::UrlOpener::resetHandler();
    // Esc in the filter clears it (it closed the window), then closes the window.
    auto* filter = child<QLineEdit>(packages, u"packagesFilterLineEdit"_s);
    filter->setFocus();
    QTest::keyClicks(filter, u"acme"_s);
    QCOMPARE(m_table->model()->rowCount(), 3);
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(packages->isVisible());
    QCOMPARE(m_table->model()->rowCount(), 8);
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(!packages->isVisible());
}

void tst_PackagesWindow::mnemonicsUniqueInBothLanguages_data()
{
    QTest::addColumn<bool>("russian");
    QTest::newRow("en") << false;
    QTest::newRow("ru") << true;
}

void tst_PackagesWindow::mnemonicsUniqueInBothLanguages()
{
    QFETCH(bool, russian);
    QTranslator translator;
    if (russian) {
        QVERIFY(translator.load(u":/i18n/ghcr-doctor_ru.qm"_s));
        QCoreApplication::installTranslator(&translator);
    }
    ghcr::PackagesWindow* packages = open(FakeServer::scenario(u"packages"_s));
    QVERIFY(packages);
    QMultiHash<QChar, QString> owners;
    for (QAbstractButton* button : packages->findChildren<QAbstractButton*>())
        if (const QChar m = ghcr::test::mnemonic(button->text()); !m.isNull())
            owners.insert(m, button->text());
    for (QLabel* label : packages->findChildren<QLabel*>()) {
        if (const QChar m = ghcr::test::mnemonic(label->text()); !m.isNull()) {
            QVERIFY2(label->buddy(), qPrintable(label->text() + u" has a mnemonic but no buddy"_s));
            owners.insert(m, label->text());
        }
    }
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(owners.size(), 8);
    QStringList duplicates;
    for (const QChar key : owners.uniqueKeys())
        if (owners.count(key) > 1)
            duplicates << owners.values(key).join(u" | "_s);
    QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u'\n')));
}

int main(int argc, char* argv[])
{
    QTemporaryDir home;
    ghcr::test::useThrowawayHome(home.path());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GHCR Doctor Tests"_s);
    QCoreApplication::setApplicationName(u"tst_PackagesWindow"_s);
    ghcr::installTranslations(u"en"_s); // English plural forms, as the app shows them
    tst_PackagesWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_PackagesWindow.moc"
