// No keychain at all: no D-Bus session, no X11 display (SSH, containers, CI). QtKeychain then
// fails with "Cannot autolaunch D-Bus without X11 $DISPLAY"; the app must say so with a way
// forward, keep working with the token in memory, and never fall back to plain text on disk.

#include "app/storage/TokenStore.h"
#include "tests/support/FakeServer.h"
#include "tests/ui/UiTestHelpers.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using ghcr::TokenStore;
using ghcr::TokenStoreResult;
using ghcr::test::child;
using ghcr::test::FakeServer;

namespace {
constexpr int keychainTimeoutMs = 30000;
QString* homeDir = nullptr;
} // namespace

class tst_TokenStoreNoBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveAndLoadSayNoBackend();
    void windowWorksWithTokenInMemoryAndSaysWhy();
    void nothingWrittenInPlainText();
    void errorMapping_data();
    void errorMapping();

private:
    QString m_token;
};

void tst_TokenStoreNoBackend::initTestCase()
{
    QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
    m_token = FakeServer::classicToken();
}

void tst_TokenStoreNoBackend::saveAndLoadSayNoBackend()
{
    TokenStore store;
    QSignalSpy saved(&store, &TokenStore::saved);
    store.save(u"github.com"_s, u"octocat"_s, m_token);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, keychainTimeoutMs);
    const auto result = saved.at(0).at(1).value<TokenStoreResult>();
    QVERIFY(!result.ok);
    QCOMPARE(result.errorKind, TokenStoreResult::ErrorKind::NoBackend);
    // A clear message with a way forward, and the keychain's own words for the expert.
    QVERIFY2(result.message.contains(u"No keychain is available"_s), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"gnome-keyring"_s), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"KWallet"_s), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"DBUS_SESSION_BUS_ADDRESS"_s), qPrintable(result.message));
    // The store cannot know whether a token is in memory: the window says so, only when there is one.
    QVERIFY2(!result.message.contains(u"in memory"_s), qPrintable(result.message));
    QVERIFY2(result.backendText.contains(u"D-Bus"_s), qPrintable(result.backendText));
    QVERIFY(!result.message.contains(m_token));
    QVERIFY(store.rememberedKeys().isEmpty());

    QSignalSpy loaded(&store, &TokenStore::loaded);
    store.load(u"github.com"_s, u"octocat"_s);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, keychainTimeoutMs);
    QCOMPARE(loaded.at(0).at(2).value<TokenStoreResult>().errorKind, TokenStoreResult::ErrorKind::NoBackend);
    QVERIFY(loaded.at(0).at(1).toString().isEmpty());
}

void tst_TokenStoreNoBackend::windowWorksWithTokenInMemoryAndSaysWhy()
{
    FakeServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setScenario(FakeServer::scenario(u"ok-read-write"_s));
    ghcr::CheckOverrides overrides = ghcr::test::overridesFor(server);
    QNetworkAccessManager network;
    TokenStore store;
    ghcr::MainWindow window(&network, &store);
    window.setCheckOverrides(overrides);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* edit = child<QLineEdit>(&window, u"tokenLineEdit"_s);
    edit->setFocus();
    QTest::keyClicks(edit, m_token);
    QTest::mouseClick(child<QCheckBox>(&window, u"rememberTokenCheckBox"_s), Qt::LeftButton);
    QSignalSpy saved(&store, &TokenStore::saved);
    QSignalSpy finished(&window, &ghcr::MainWindow::checkFinished);
    QTest::mouseClick(child<QPushButton>(&window, u"checkTokenButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, keychainTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, keychainTimeoutMs);

    // The check itself worked; the keychain problem is explained, not fatal.
    QVERIFY(window.diagnosis() && window.diagnosis()->api.login == u"octocat"_s);
    auto* status = child<QLabel>(&window, u"keychainStatusLabel"_s);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"No keychain is available"_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"in memory for this session"_s));
    QVERIFY(!status->text().contains(m_token));
    QCOMPARE(edit->text(), m_token); // still usable for another check
    QVERIFY(!child<QPushButton>(&window, u"forgetTokenButton"_s)->isEnabled());
    window.close();
}

void tst_TokenStoreNoBackend::nothingWrittenInPlainText()
{
    QSettings settings;
    settings.sync();
    QVERIFY(QFile::exists(settings.fileName())); // the window did save its (harmless) settings
    const QByteArray token = m_token.toUtf8();
    QStringList hits = ghcr::test::filesContaining(*homeDir, token);
    hits << ghcr::test::filesContaining(*homeDir, token.toBase64());
    hits << ghcr::test::filesContaining(*homeDir, m_token.mid(4).toUtf8());
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    QVERIFY(settings.value(u"keychain/entries"_s).toStringList().isEmpty());
}

void tst_TokenStoreNoBackend::errorMapping_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    using Kind = TokenStoreResult::ErrorKind;
    QTest::newRow("ok") << int(QKeychain::NoError) << QString() << int(Kind::None);
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << u"Entry not found"_s << int(Kind::EntryNotFound);
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << u"User denied"_s
                                    << int(Kind::AccessDenied);
    QTest::newRow("denied") << int(QKeychain::AccessDenied) << u"Locked"_s << int(Kind::AccessDenied);
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << u"No keychain service available"_s
                                << int(Kind::NoBackend);
    QTest::newRow("autolaunch") << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
                                << int(Kind::NoBackend);
    QTest::newRow("no login collection")
        << int(QKeychain::OtherError) << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s
        << int(Kind::NoBackend);
    QTest::newRow("dead bus") << int(QKeychain::OtherError)
                              << u"Failed to connect to socket /run/user/1000/bus: Connection refused"_s
                              << int(Kind::NoBackend);
    QTest::newRow("other") << int(QKeychain::OtherError) << u"Something odd"_s << int(Kind::Other);
}

void tst_TokenStoreNoBackend::errorMapping()
{
    QFETCH(int, error);
    QFETCH(QString, text);
    QFETCH(int, kind);
    const TokenStoreResult result = ghcr::tokenStoreResultFor(error, text);
    QCOMPARE(int(result.errorKind), kind);
    QCOMPARE(result.ok, error == int(QKeychain::NoError));
    if (!result.ok)
        QVERIFY(!result.message.isEmpty());
}

int main(int argc, char* argv[])
{
    // Exactly the situation of an SSH session or a container: no session bus, no display.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QTemporaryDir home;
    QString homePath = home.path();
    homeDir = &homePath;
    ghcr::test::useThrowawayHome(homePath);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GHCR Doctor Tests"_s);
    QCoreApplication::setApplicationName(u"tst_TokenStoreNoBackend"_s);
    tst_TokenStoreNoBackend test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_TokenStoreNoBackend.moc"
