// The token the window remembered in the keychain, used by the headless commands (`--token-keychain`): saved
// here through TokenStore into a private Secret Service (with-keyring.sh), then read by the real binary, which
// shares this test's settings (the remembered keys) through XDG_CONFIG_HOME.
#include "app/core/AppInfo.h"
#include "app/storage/TokenStore.h"
#include "tests/support/FakeServer.h"
#include "tests/support/IsolatedHome.h"
#include "tests/support/RunBinary.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using ghcr::test::FakeServer;
using ghcr::test::Scenario;

namespace {

using Run = ghcr::test::BinaryRun;

Run run(const QStringList& arguments)
{
    return ghcr::test::runBinary(QStringLiteral(GHCR_DOCTOR_BIN), arguments);
}

} // namespace

class tst_KeychainToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkUsesTheRememberedToken();
    void loginUsesTheRememberedToken();
    void nothingRemembered();

private:
    QStringList checkArgs(const QString& command) const;
    ghcr::test::IsolatedHome m_home; // HOME and XDG_CONFIG_HOME (the remembered keys) shared with the binary
    FakeServer m_server;
};

void tst_KeychainToken::initTestCase()
{
    // The binary's identity, so that both read the same settings file.
    QCoreApplication::setOrganizationDomain(QStringLiteral(GHCR_ORGANIZATION_DOMAIN));
    QCoreApplication::setOrganizationName(u"GHCR Doctor"_s);
    QCoreApplication::setApplicationName(u"GhcrDoctor"_s);
    QVERIFY(m_server.start());
    const Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    m_server.setScenario(s);
    ghcr::TokenStore store;
    QSignalSpy saved(&store, &ghcr::TokenStore::saved);
    store.save(u"github.com"_s, u"octocat"_s, s.token);
    QVERIFY(saved.wait(30000));
    const auto result = saved.constFirst().at(1).value<ghcr::TokenStoreResult>();
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(store.isRemembered(u"github.com"_s, u"octocat"_s));
}

QStringList tst_KeychainToken::checkArgs(const QString& command) const
{
    return {command,
            u"--api-url"_s,
            m_server.apiUrl().toString(),
            u"--registry"_s,
            m_server.registryHost(),
            u"--ca-file"_s,
            FakeServer::testCaFile(),
            u"--image"_s,
            u"octocat/app"_s,
            u"--ops"_s,
            u"pull,push"_s,
            u"--token-keychain"_s,
            u"--no-docker-credentials"_s};
}

void tst_KeychainToken::checkUsesTheRememberedToken()
{
    const Run r = run(checkArgs(u"check"_s));
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("The registry accepted pull and push"), r.out.constData());
    QVERIFY(!r.out.contains(m_server.currentScenario().token.toUtf8()));
}

void tst_KeychainToken::loginUsesTheRememberedToken()
{
    QStringList args = checkArgs(u"login"_s);
    args.removeOne(u"--no-docker-credentials"_s);
    const Run r = run(QStringList{u"login"_s, u"--tool"_s, u"podman"_s, u"--yes"_s} + args.mid(1));
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("now uses the checked token"), r.err.constData());
    QVERIFY(!r.err.contains(m_server.currentScenario().token.toUtf8()));
}

void tst_KeychainToken::nothingRemembered()
{
    const Run r = run(checkArgs(u"check"_s) << u"--user"_s << u"someone-else"_s);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("holds no token remembered for github.com / someone-else"), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_KeychainToken)
#include "tst_KeychainToken.moc"
