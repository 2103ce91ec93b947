// HttpClient's requests as objects (HttpJob): the answer arrives once as a value, an aborted job and a job whose
// owner was deleted are never answered and free their origin's slot at once, cancelAll() answers Cancelled.
// Against the HTTPS FakeServer on 127.0.0.1 (its API answers GET /api/v3/user).
#include "app/core/net/HttpClient.h"
#include "tests/support/FakeServer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;
using ghcr::test::FakeServer;
using ghcr::test::Fault;
using ghcr::test::Scenario;

namespace {

/// Every answer a job emitted, in order.
struct Answers
{
    QList<HttpResponse> received;
    void watch(HttpJob* job, QObject* context)
    {
        QObject::connect(job, &HttpJob::finished, context, [this](const HttpResponse& r) { received << r; });
    }
};

} // namespace

class tst_HttpJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void finishedCarriesTheAnswer();
    void abortedJobIsNeverAnswered();
    void deletedOwnerIsNeverCalledBack();
    void abortFreesTheOriginsSlot();
    void cancelAllAnswersCancelled();

private:
    HttpClient::Settings settings(int maxPerOrigin = 0) const;
    HttpRequest userRequest() const;
    /// The API answers after `delayMs` (0: at once).
    void apiDelay(int delayMs);

    std::unique_ptr<FakeServer> m_server;
};

void tst_HttpJob::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->start());
    apiDelay(0);
}

void tst_HttpJob::apiDelay(int delayMs)
{
    Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    if (delayMs > 0) {
        s.api.fault = Fault::Delay;
        s.api.delayMs = delayMs;
    }
    m_server->setScenario(s);
}

HttpClient::Settings tst_HttpJob::settings(int maxPerOrigin) const
{
    HttpClient::Settings s;
    s.timeoutMs = 10000;
    s.extraCaCertificates = {FakeServer::testCa()};
    s.maxPerOrigin = maxPerOrigin;
    return s;
}

HttpRequest tst_HttpJob::userRequest() const
{
    HttpRequest r;
    r.url = QUrl(m_server->apiUrl().toString() + u"/user"_s);
    r.bearer = FakeServer::classicToken();
    return r;
}

void tst_HttpJob::finishedCarriesTheAnswer()
{
    HttpClient client(nullptr, settings());
    QObject owner;
    HttpJob* job = client.send(userRequest(), &owner);
    QCOMPARE(job->parent(), &owner);
    QPointer<HttpJob> watched(job);
    Answers answers;
    answers.watch(job, &owner);
    Answers atClient; // a receiver may be the HTTP client itself (a matrix run learns a cancel's 405 that way)
    atClient.watch(job, &client);
    QTRY_COMPARE(answers.received.size(), 1);
    QCOMPARE(atClient.received.size(), 1);
    QCOMPARE(answers.received.at(0).status, 200);
    QVERIFY(answers.received.at(0).ok());
    QVERIFY(answers.received.at(0).body.contains("\"login\""));
    QTRY_VERIFY(watched.isNull()); // a finished job deletes itself: a long run does not pile them up
    QTest::qWait(100);
    QCOMPARE(answers.received.size(), 1); // exactly once
}

void tst_HttpJob::abortedJobIsNeverAnswered()
{
    apiDelay(300);
    HttpClient client(nullptr, settings());
    QObject owner;
    HttpJob* job = client.send(userRequest(), &owner);
    Answers answers;
    answers.watch(job, &owner);
    QTRY_COMPARE(m_server->requests(u"api"_s).size(), 1); // on the wire
    QPointer<HttpJob> watched(job);
    job->abort();
    QCOMPARE(client.inFlight(), 0); // dropped at once, not when the server answers
    QTest::qWait(700);              // well past the server's answer
    QVERIFY(answers.received.isEmpty());
    QVERIFY(watched.isNull());
}

void tst_HttpJob::deletedOwnerIsNeverCalledBack()
{
    apiDelay(300);
    HttpClient client(nullptr, settings());
    auto* owner = new QObject;
    QObject receiver; // outlives the owner: only the job's own death can keep the answer from it
    HttpJob* job = client.send(userRequest(), owner);
    QPointer<HttpJob> watched(job);
    Answers answers;
    answers.watch(job, &receiver);
    QTRY_COMPARE(m_server->requests(u"api"_s).size(), 1);
    delete owner;
    QVERIFY(watched.isNull());
    QCOMPARE(client.inFlight(), 0);
    QTest::qWait(700);
    QVERIFY(answers.received.isEmpty());
}

void tst_HttpJob::abortFreesTheOriginsSlot()
{
    apiDelay(1500);
    HttpClient client(nullptr, settings(1)); // one request on the wire per origin
    QObject owner;
    HttpJob* slow = client.send(userRequest(), &owner);
    HttpJob* next = client.send(userRequest(), &owner);
    QCOMPARE(client.queued(), 1);
    Answers answers;
    answers.watch(next, &owner);
    QTRY_COMPARE(m_server->requests(u"api"_s).size(), 1);
    apiDelay(0); // the queued request is answered at once, once it is sent
    QElapsedTimer clock;
    clock.start();
    slow->abort();
    QTRY_COMPARE(answers.received.size(), 1);
    QCOMPARE(answers.received.at(0).status, 200);
    QVERIFY2(clock.elapsed() < 1200, "the aborted request kept its origin's slot until its answer");
}

void tst_HttpJob::cancelAllAnswersCancelled()
{
    apiDelay(1000);
    HttpClient client(nullptr, settings());
    QObject owner;
    Answers answers;
    answers.watch(client.send(userRequest(), &owner), &owner);
    answers.watch(client.send(userRequest(), &owner), &owner);
    QTRY_COMPARE(m_server->requests(u"api"_s).size(), 2);
    client.cancelAll();
    QCOMPARE(answers.received.size(), 2);
    for (const HttpResponse& r : std::as_const(answers.received))
        QCOMPARE(r.failure, HttpResponse::Failure::Cancelled);
    QCOMPARE(client.inFlight(), 0);
}

QTEST_GUILESS_MAIN(tst_HttpJob)
#include "tst_HttpJob.moc"
