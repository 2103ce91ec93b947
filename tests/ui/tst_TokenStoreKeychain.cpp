// The keychain against the REAL Secret Service: CTest runs this inside tests/support/with-keyring.sh
// (a private D-Bus session with an unlocked gnome-keyring). save → restart → load → forget, both
// through TokenStore and through the window like a person.

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
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using ghcr::TokenStore;
using ghcr::TokenStoreResult;
using ghcr::test::child;
using ghcr::test::FakeServer;

namespace {
constexpr int keychainTimeoutMs = 30000;
}

class tst_TokenStoreKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveRestartLoadForget();
    void loadMissingEntryIsEntryNotFound();
    void windowRemembersLoadsAndForgets();

private:
    QString m_token;
};

void tst_TokenStoreKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("Needs a D-Bus session with a Secret Service: run through tests/support/with-keyring.sh (ctest does).");
    m_token = FakeServer::classicToken();
    QSettings().clear();
}

void tst_TokenStoreKeychain::saveRestartLoadForget()
{
    const QString host = u"github.com"_s;
    const QString user = u"keychain-user"_s;
    {
        TokenStore store;
        QCOMPARE(store.service(), u"io.github.ghcrdoctor.GhcrDoctor"_s);
        QSignalSpy saved(&store, &TokenStore::saved);
        store.save(host, user, m_token);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, keychainTimeoutMs);
        const auto result = saved.at(0).at(1).value<TokenStoreResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(saved.at(0).at(0).toString(), u"github.com/keychain-user"_s);
        QVERIFY(store.rememberedKeys().contains(u"github.com/keychain-user"_s));
    }
    // "Restart": a new store knows the key from the settings and loads the token from the keychain.
    {
        TokenStore store;
        QVERIFY(store.isRemembered(host, user));
        QSignalSpy loaded(&store, &TokenStore::loaded);
        store.load(host, user);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, keychainTimeoutMs);
        const auto result = loaded.at(0).at(2).value<TokenStoreResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(loaded.at(0).at(1).toString(), m_token);

        QSignalSpy forgotten(&store, &TokenStore::forgotten);
        store.forget(host, user);
        QTRY_COMPARE_WITH_TIMEOUT(forgotten.count(), 1, keychainTimeoutMs);
        QVERIFY(forgotten.at(0).at(1).value<TokenStoreResult>().ok);
        QVERIFY(!store.isRemembered(host, user));

        store.load(host, user);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, keychainTimeoutMs);
        const auto missing = loaded.at(1).at(2).value<TokenStoreResult>();
        QVERIFY(!missing.ok);
        QCOMPARE(missing.errorKind, TokenStoreResult::ErrorKind::EntryNotFound);
        QVERIFY(loaded.at(1).at(1).toString().isEmpty());
        QVERIFY(!missing.message.isEmpty());
    }
    // The keyring files on disk are encrypted: the token is nowhere in plain text, and the
    // settings only ever held the key name.
    const QStringList hits = ghcr::test::filesContaining(QDir::homePath(), m_token.toUtf8());
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
}

void tst_TokenStoreKeychain::loadMissingEntryIsEntryNotFound()
{
    TokenStore store;
    QSignalSpy loaded(&store, &TokenStore::loaded);
    store.load(u"github.com"_s, u"nobody-saved-this"_s);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, keychainTimeoutMs);
    const auto result = loaded.at(0).at(2).value<TokenStoreResult>();
    QCOMPARE(result.errorKind, TokenStoreResult::ErrorKind::EntryNotFound);
    QVERIFY2(result.message.contains(u"Remember token"_s), qPrintable(result.message));
}

void tst_TokenStoreKeychain::windowRemembersLoadsAndForgets()
{
    FakeServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    server.setScenario(FakeServer::scenario(u"ok-read-write"_s));
    ghcr::CheckOverrides overrides = ghcr::test::overridesFor(server);
    QNetworkAccessManager network;

    // 1. Paste a token, tick "Remember token", check: the token goes to the keychain under the login.
    {
        TokenStore store;
        ghcr::MainWindow window(&network, &store);
        window.setCheckOverrides(overrides);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* edit = child<QLineEdit>(&window, u"tokenLineEdit"_s);
        edit->setFocus();
        QTest::keyClicks(edit, m_token);
        auto* remember = child<QCheckBox>(&window, u"rememberTokenCheckBox"_s);
        QVERIFY(remember->isEnabled());
        QTest::mouseClick(remember, Qt::LeftButton);
        QVERIFY(remember->isChecked());
        QSignalSpy saved(&store, &TokenStore::saved);
        QTest::mouseClick(child<QPushButton>(&window, u"checkTokenButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, keychainTimeoutMs);
        QCOMPARE(saved.at(0).at(0).toString(), u"github.com/octocat"_s);
        auto* status = child<QLabel>(&window, u"keychainStatusLabel"_s);
        QTRY_VERIFY(status->text().contains(u"saved"_s));
        QVERIFY(child<QPushButton>(&window, u"forgetTokenButton"_s)->isEnabled());
        window.close();
    }
    // 2. Restart: the saved token loads without being shown; kind and fingerprint are.
    {
        TokenStore store;
        QSignalSpy loaded(&store, &TokenStore::loaded);
        ghcr::MainWindow window(&network, &store);
        window.setCheckOverrides(overrides);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, keychainTimeoutMs);
        auto* edit = child<QLineEdit>(&window, u"tokenLineEdit"_s);
        QCOMPARE(edit->text(), m_token);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QToolButton>(&window, u"showTokenToolButton"_s)->isEnabled());
        const QString info = child<QLabel>(&window, u"tokenInfoLabel"_s)->text();
        QVERIFY2(info.contains(u"sha256:"_s) && info.contains(u"keychain"_s), qPrintable(info));
        QVERIFY(!info.contains(m_token));
        QVERIFY(child<QCheckBox>(&window, u"rememberTokenCheckBox"_s)->isChecked());
        // It works for a check straight away.
        QSignalSpy finished(&window, &ghcr::MainWindow::checkFinished);
        QTest::mouseClick(child<QPushButton>(&window, u"checkTokenButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, keychainTimeoutMs);
        QVERIFY(window.diagnosis() && window.diagnosis()->api.login == u"octocat"_s);

        // 3. Forget token deletes it from the keychain.
        QSignalSpy forgotten(&store, &TokenStore::forgotten);
        auto* forget = child<QPushButton>(&window, u"forgetTokenButton"_s);
        QVERIFY(forget->isEnabled());
        QTest::mouseClick(forget, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(forgotten.count(), 1, keychainTimeoutMs);
        QVERIFY(forgotten.at(0).at(1).value<TokenStoreResult>().ok);
        QTRY_VERIFY(child<QLabel>(&window, u"keychainStatusLabel"_s)->text().contains(u"removed"_s));
        QVERIFY(!child<QCheckBox>(&window, u"rememberTokenCheckBox"_s)->isChecked());
        window.close();
    }
    // 4. Restart again: nothing to load, the keychain has no entry any more.
    {
        TokenStore store;
        QVERIFY(store.rememberedKeys().isEmpty());
        ghcr::MainWindow window(&network, &store);
        window.show();
        QVERIFY(child<QLineEdit>(&window, u"tokenLineEdit"_s)->text().isEmpty());
        QSignalSpy loaded(&store, &TokenStore::loaded);
        store.load(u"github.com"_s, u"octocat"_s);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, keychainTimeoutMs);
        QCOMPARE(loaded.at(0).at(2).value<TokenStoreResult>().errorKind, TokenStoreResult::ErrorKind::EntryNotFound);
    }
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains(m_token.toUtf8()));
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GHCR Doctor Tests"_s);
    QCoreApplication::setApplicationName(u"tst_TokenStoreKeychain"_s);
    tst_TokenStoreKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_TokenStoreKeychain.moc"
