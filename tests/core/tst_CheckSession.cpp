// One check as one object (CheckSession): abort() cancels every part at once (each reports Cancelled, a registry
// side waiting for the API's user stops), and deleting the session releases every part and request in flight so
// that nothing answers afterwards. Against the HTTPS FakeServer on 127.0.0.1.
#include "app/core/CheckSession.h"
#include "app/core/probes/GitHubApiClient.h"
#include "app/core/probes/RegistryClient.h"
#include "tests/support/FakeServer.h"

#include <QPointer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;
using ghcr::test::FakeServer;
using ghcr::test::Fault;

class tst_CheckSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    /// The API answers after `apiMs`, the registry after `registryMs`.
    void delays(int apiMs, int registryMs);
    void abortCancelsEveryPart();
    void deletingTheSessionReleasesEverything();

private:
    CheckRequest request() const;
    std::unique_ptr<FakeServer> m_server;
};

void tst_CheckSession::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->start());
    delays(400, 400);
}

void tst_CheckSession::delays(int apiMs, int registryMs)
{
    auto s = FakeServer::scenario(u"ok-read-write"_s);
    s.api.fault = Fault::Delay;
    s.api.delayMs = apiMs;
    s.registry.fault = registryMs > 0 ? Fault::Delay : Fault::None;
    s.registry.delayMs = registryMs;
    m_server->setScenario(s);
}

CheckRequest tst_CheckSession::request() const
{
    CheckRequest r;
    r.host = u"github.com"_s;
    r.apiUrl = m_server->apiUrl();
    r.registry = m_server->registryHost(); // 127.0.0.1: a registry that may check the user name
    r.image = u"octocat/app:latest"_s;
    r.operations = {Operation::Pull};
    r.timeoutSeconds = 10;
    r.extraCaCertificates = {FakeServer::testCa()};
    return r.resolved();
}

void tst_CheckSession::abortCancelsEveryPart()
{
    delays(1500, 0); // the registry has its challenge (and its public-package check) long before the API answers
    CheckSession session(nullptr, request());
    auto* api = session.add<GitHubApiClient>();
    auto* registry = session.add<RegistryClient>();
    QList<ApiEvidence> apiAnswers;
    QList<RegistryEvidence> registryAnswers;
    connect(api, &GitHubApiClient::finished, this, [&](const ApiEvidence& e) { apiAnswers << e; });
    connect(registry, &RegistryClient::finished, this, [&](const RegistryEvidence& e) { registryAnswers << e; });
    api->start(request().apiUrl, FakeServer::classicToken(), TokenKind::Classic);
    registry->start(request(), FakeServer::classicToken(), {});
    // The registry side waits for the API's user name with nothing of its own in flight: only abort() can end it.
    QTRY_VERIFY(!m_server->requests(u"registry"_s).isEmpty() && session.http()->inFlight() == 1);
    QVERIFY(registry->waitingForUser());

    session.abort();
    QCOMPARE(apiAnswers.size(), 1); // at once, not when the server answers
    QCOMPARE(apiAnswers.at(0).outcome, ApiEvidence::Outcome::Cancelled);
    QCOMPARE(registryAnswers.size(), 1);
    QVERIFY(!registryAnswers.at(0).errorSentence.isEmpty());
    QVERIFY(!registry->waitingForUser());
    QCOMPARE(session.http()->inFlight(), 0);
    QTest::qWait(1700); // past the server's answers: nothing more arrives
    QCOMPARE(apiAnswers.size(), 1);
    QCOMPARE(registryAnswers.size(), 1);
}

void tst_CheckSession::deletingTheSessionReleasesEverything()
{
    auto* session = new CheckSession(nullptr, request());
    QPointer<GitHubApiClient> api = session->add<GitHubApiClient>();
    QPointer<RegistryClient> registry = session->add<RegistryClient>();
    QPointer<HttpClient> http = session->http();
    int answers = 0;
    connect(api, &GitHubApiClient::finished, this, [&] { ++answers; });
    connect(registry, &RegistryClient::finished, this, [&] { ++answers; });
    api->start(request().apiUrl, FakeServer::classicToken(), TokenKind::Classic);
    registry->start(request(), FakeServer::classicToken(), u"octocat"_s);
    QTRY_VERIFY(m_server->requests(u"api"_s).size() == 1 && m_server->requests(u"registry"_s).size() == 1);

    session->deleteLater();
    QTRY_VERIFY(api.isNull() && registry.isNull() && http.isNull());
    QTest::qWait(600);
    QCOMPARE(answers, 0);
}

QTEST_GUILESS_MAIN(tst_CheckSession)
#include "tst_CheckSession.moc"
