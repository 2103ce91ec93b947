// The store that stands for "no keychain": MemoryTokenStore keeps a token for the session only (save, load,
// forget round trip; asynchronous like the keychain; nothing in QSettings), and a window given no store uses
// one: "Remember token" cannot be ticked, the keychain line says the token is never saved, Forget stays off.

#include "app/storage/TokenStore.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;

class tst_MemoryTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }

    void roundTripInMemoryOnly()
    {
        MemoryTokenStore store;
        QVERIFY(!store.isPersistent());
        QSignalSpy saved(&store, &TokenStore::saved);
        QSignalSpy loaded(&store, &TokenStore::loaded);
        QSignalSpy forgotten(&store, &TokenStore::forgotten);
        const QString token = u"ghp_"_s + QString(36, u'a');

        store.save(u"github.com"_s, u"octocat"_s, token);
        QCOMPARE(saved.count(), 0); // asynchronous, like the keychain's jobs
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toString(), u"github.com/octocat"_s);
        QVERIFY(saved.at(0).at(1).value<TokenStoreResult>().ok);
        QVERIFY(store.isRemembered(u"github.com"_s, u"octocat"_s));
        // Nothing reached the settings file, where the real store lists its keys.
        QVERIFY(QSettings().allKeys().isEmpty());

        store.load(u"github.com"_s, u"octocat"_s);
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(loaded.at(0).at(1).toString(), token);

        store.forget(u"github.com"_s, u"octocat"_s);
        QTRY_COMPARE(forgotten.count(), 1);
        QVERIFY(forgotten.at(0).at(1).value<TokenStoreResult>().ok);
        QVERIFY(!store.isRemembered(u"github.com"_s, u"octocat"_s));

        store.load(u"github.com"_s, u"octocat"_s);
        QTRY_COMPARE(loaded.count(), 2);
        const auto missing = loaded.at(1).at(2).value<TokenStoreResult>();
        QVERIFY(!missing.ok);
        QCOMPARE(missing.errorKind, TokenStoreResult::ErrorKind::EntryNotFound);
        QVERIFY(loaded.at(1).at(1).toString().isEmpty());
    }

    void windowWithoutKeychainSaysSo()
    {
        QNetworkAccessManager network;
        MainWindow window(&network, nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.isStartupFinished());
        auto* remember = window.findChild<QCheckBox*>(u"rememberTokenCheckBox"_s);
        auto* forget = window.findChild<QPushButton*>(u"forgetTokenButton"_s);
        auto* status = window.findChild<QLabel*>(u"keychainStatusLabel"_s);
        QVERIFY(remember && forget && status);
        QVERIFY(!remember->isEnabled());
        QVERIFY(remember->toolTip().contains(u"memory"_s));
        QVERIFY(!forget->isEnabled());
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(u"No keychain in use"_s), qPrintable(status->text()));
        window.setToken(u"ghp_"_s + QString(36, u'b'));
        QVERIFY(!remember->isEnabled());
        QVERIFY(QSettings().value(u"keychain/entries"_s).isNull());
    }
};

int main(int argc, char* argv[])
{
    // A private HOME so QSettings writes into a scratch folder.
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + u"/config"_s).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GHCR Doctor Tests"_s);
    QCoreApplication::setApplicationName(u"tst_MemoryTokenStore"_s);
    tst_MemoryTokenStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_MemoryTokenStore.moc"
