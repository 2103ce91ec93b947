// The binary's command line outside the `check` command, run as a user runs it (QProcess): the
// general help (commands and the window's options, in English and Russian), an unknown command and a
// bad option as usage errors, and no display: one line pointing at `check`, exit 2, never Qt's
// platform-plugin abort.
#include "app/core/AppInfo.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
};

/// Runs the binary with `unset` removed from the environment and `set` added.
Run run(const QStringList& arguments, const QStringList& unset = {}, const QList<QPair<QString, QString>>& set = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"GHCR_DOCTOR_LANG"_s);
    for (const QString& name : unset)
        env.remove(name);
    for (const auto& [name, value] : set)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GHCR_DOCTOR_BIN), arguments);
    Run r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return r;
    }
    r.crashed = process.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -1 : process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

const QStringList noDisplay = {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s};

} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsCommandsAndWindowOptions_data();
    void helpListsCommandsAndWindowOptions();
    void russianHelp();
    void helpCheckShowsTheCheckOptions();
    void unknownCommandIsUsageError_data();
    void unknownCommandIsUsageError();
    void badWindowOptionIsUsageError();
    void windowWithCaFileStartsQuietly();
    void noDisplayExplainsInOneLine_data();
    void noDisplayExplainsInOneLine();
};

void tst_CommandLine::helpListsCommandsAndWindowOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--help") << QStringList{u"--help"_s};
    QTest::newRow("-h") << QStringList{u"-h"_s};
    QTest::newRow("help") << QStringList{u"help"_s};
    QTest::newRow("window option first") << QStringList{u"--lang"_s, u"en"_s, u"--help"_s};
}

void tst_CommandLine::helpListsCommandsAndWindowOptions()
{
    QFETCH(QStringList, arguments);
    // Help needs no display either.
    const Run r = run(arguments, noDisplay);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"check [OPTIONS]"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"check --help"_s), qPrintable(r.out));
    for (const QString& option : {u"--autorun"_s, u"--screenshot"_s, u"--lang"_s, u"--token-env"_s, u"--token-stdin"_s})
        QVERIFY2(r.out.contains(option), qPrintable(option + u" missing from:\n"_s + r.out));
}

void tst_CommandLine::russianHelp()
{
    const Run r = run({u"--lang"_s, u"ru"_s, u"--help"_s}, noDisplay);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Команды:"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"--screenshot"_s), qPrintable(r.out));
    const Run viaEnv = run({u"--help"_s}, noDisplay, {{u"GHCR_DOCTOR_LANG"_s, u"ru"_s}});
    QCOMPARE(viaEnv.out, r.out);
}

void tst_CommandLine::helpCheckShowsTheCheckOptions()
{
    const Run r = run({u"help"_s, u"check"_s}, noDisplay);
    QCOMPARE(r.exitCode, 0);
    for (const QString& option : {u"--token-stdin"_s, u"--format"_s, u"--output"_s, u"--no-docker-credentials"_s})
        QVERIFY2(r.out.contains(option), qPrintable(option));
}

void tst_CommandLine::unknownCommandIsUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("pull") << QStringList{u"pull"_s}; // `login`/`logout` are commands now (tst_LoginCommand)
    QTest::newRow("typo") << QStringList{u"chekc"_s, u"--token-stdin"_s};
}

void tst_CommandLine::unknownCommandIsUsageError()
{
    QFETCH(QStringList, arguments);
    // With and without a display: the command is refused before any window.
    for (const QStringList& unset : {noDisplay, QStringList{}}) {
        const Run r = run(arguments, unset,
                          unset.isEmpty() ? QList<QPair<QString, QString>>{{u"QT_QPA_PLATFORM"_s, u"offscreen"_s}}
                                          : QList<QPair<QString, QString>>{});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"“"_s + arguments.constFirst() + u"”"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"check"_s) && r.err.contains(u"help"_s) && r.err.contains(u"login"_s),
                 qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }
}

void tst_CommandLine::badWindowOptionIsUsageError()
{
    const Run r = run({u"--bogus"_s}, noDisplay);
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"bogus"_s) && r.err.contains(u"--help"_s), qPrintable(r.err));
}

// --ca-file is read before the application exists (to decide whether a window can open): Qt's TLS backend cannot
// load then, and every start printed "QObject::connect(QObject, Unknown): invalid nullptr parameter".
void tst_CommandLine::windowWithCaFileStartsQuietly()
{
    const QString ca = qEnvironmentVariable("GHCR_TEST_DATA") + u"/test-ca.pem"_s;
    QVERIFY(QFile::exists(ca));
    const Run r =
        run({u"--ca-file"_s, ca, u"--exit-after-first-frame"_s}, {}, {{u"QT_QPA_PLATFORM"_s, u"offscreen"_s}});
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"first-frame-ms="_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"QObject::connect"_s), qPrintable(r.err));
}

void tst_CommandLine::noDisplayExplainsInOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("platform");
    QTest::newRow("no arguments") << QStringList{} << QString();
    QTest::newRow("window options") << QStringList{u"--image"_s, u"octocat/app"_s} << QString();
    QTest::newRow("xcb asked, no DISPLAY") << QStringList{} << u"xcb"_s;
    QTest::newRow("wayland then xcb") << QStringList{} << u"wayland;xcb"_s;
}

void tst_CommandLine::noDisplayExplainsInOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, platform);
    QList<QPair<QString, QString>> set;
    if (!platform.isEmpty())
        set << qMakePair(u"QT_QPA_PLATFORM"_s, platform);
    const Run r = run(arguments, noDisplay, set);
    QVERIFY2(!r.crashed, "the process crashed (Qt's platform plugin abort?)");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(!r.err.contains(u"platform plugin"_s), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(u"check --token-stdin"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_CommandLine.moc"
