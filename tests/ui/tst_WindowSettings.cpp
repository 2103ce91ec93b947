// WindowSettings against a real QSettings file in a scratch HOME: the defaults of a first run, a
// round trip of every field, the key names older versions wrote (a settings file from before
// keeps working), and forced advanced values that never overwrite the user's own.

#include "ui/WindowSettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;

class tst_WindowSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void firstRunDefaults()
    {
        const WindowSettings s = WindowSettings::load();
        QCOMPARE(s.host, u"github.com"_s);
        QCOMPARE(s.operations, QStringList{u"pull"_s});
        QVERIFY(s.compareDockerLogin);
        QVERIFY(!s.advancedShown);
        QVERIFY(s.geometry.isEmpty());
        QCOMPARE(WindowSettings::lastReportFormat(), u"html"_s);
        QVERIFY(WindowSettings::lastReportDirectory().isEmpty());
    }

    void roundTrip()
    {
        WindowSettings s;
        s.geometry = "geometry";
        s.checklistSplitter = "splitter";
        s.host = u"ghe.example.com"_s;
        s.recentHosts = {u"a.example"_s, u"b.example"_s};
        s.user = u"octocat"_s;
        s.image = u"ghcr.io/octo/app:1"_s;
        s.operations = {u"push"_s, u"delete"_s};
        s.advancedShown = true;
        s.apiUrl = u"https://127.0.0.1:8443/api/v3"_s;
        s.registry = u"127.0.0.1:8444"_s;
        s.caFile = u"/tmp/ca.pem"_s;
        s.compareDockerLogin = false;
        s.save();
        const WindowSettings back = WindowSettings::load();
        QCOMPARE(back.geometry, s.geometry);
        QCOMPARE(back.checklistSplitter, s.checklistSplitter);
        QCOMPARE(back.host, s.host);
        QCOMPARE(back.recentHosts, s.recentHosts);
        QCOMPARE(back.user, s.user);
        QCOMPARE(back.image, s.image);
        QCOMPARE(back.operations, s.operations);
        QCOMPARE(back.advancedShown, true);
        QCOMPARE(back.apiUrl, s.apiUrl);
        QCOMPARE(back.registry, s.registry);
        QCOMPARE(back.caFile, s.caFile);
        QCOMPARE(back.compareDockerLogin, false);
    }

    void readsTheKeysEarlierVersionsWrote()
    {
        QSettings settings;
        settings.setValue(u"check/host"_s, u"ghe.example.com"_s);
        settings.setValue(u"check/operations"_s, QStringList{u"push"_s});
        settings.setValue(u"advanced/compareDockerLogin"_s, false);
        settings.setValue(u"report/lastFormat"_s, u"pdf"_s);
        settings.sync();
        const WindowSettings s = WindowSettings::load();
        QCOMPARE(s.host, u"ghe.example.com"_s);
        QCOMPARE(s.operations, QStringList{u"push"_s});
        QVERIFY(!s.compareDockerLogin);
        QCOMPARE(WindowSettings::lastReportFormat(), u"pdf"_s);
    }

    void keepsAtMostEightRecentHosts()
    {
        WindowSettings s;
        for (int i = 0; i < 12; ++i)
            s.recentHosts << u"host%1.example"_s.arg(i);
        s.save();
        QCOMPARE(WindowSettings::load().recentHosts, s.recentHosts.mid(0, 8));
    }

    void forcedAdvancedValuesAreNotSaved()
    {
        WindowSettings mine;
        mine.apiUrl = u"https://ghe.example.com/api/v3"_s;
        mine.save();
        WindowSettings forced = WindowSettings::load();
        forced.apiUrl = u"https://127.0.0.1:1/api/v3"_s;
        forced.registry = u"127.0.0.1:2"_s;
        forced.saveAdvancedFields = false;
        forced.save();
        const WindowSettings back = WindowSettings::load();
        QCOMPARE(back.apiUrl, mine.apiUrl);
        QVERIFY(back.registry.isEmpty());
    }

    void lastReport()
    {
        WindowSettings::setLastReport(u"/tmp/reports"_s, u"json"_s);
        QCOMPARE(WindowSettings::lastReportDirectory(), u"/tmp/reports"_s);
        QCOMPARE(WindowSettings::lastReportFormat(), u"json"_s);
    }
};

int main(int argc, char* argv[])
{
    // A private HOME so QSettings writes into a scratch folder.
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + u"/config"_s).toLocal8Bit());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GHCR Doctor Tests"_s);
    QCoreApplication::setApplicationName(u"tst_WindowSettings"_s);
    tst_WindowSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_WindowSettings.moc"
