// `ghcr-doctor check` (the real binary) against servers that misbehave on purpose: endless headers,
// one huge header, a reset mid-body, a stall after the headers, a drip, a hang, redirect loops,
// redirects and realms towards another host, an oversized registry token. For each case: the
// verdict and message, the time against the check's budget (--timeout) and the process's peak RSS
// (wait4's ru_maxrss). Each hostile origin is on its own port; the other origin is the well-behaved
// FakeServer, so every case also shows that the other side still got its answer.
#include "tests/support/FakeServer.h"
#include "tests/support/HostileServer.h"
#include "tests/support/MeasuredRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ghcr::test::FakeServer;
using ghcr::test::HostileServer;
using B = HostileServer::Behaviour;

namespace {

constexpr int budgetSeconds = 4;
constexpr long maxRssKiB = 64 * 1024;

/// The binary under test (GHCR_DOCTOR_UNDER_TEST measures another build of it with the same cases).
ghcr::test::MeasuredRun runBinary(const QStringList& arguments, const QString& token)
{
    return ghcr::test::runMeasured(ghcr::test::binaryUnderTest(GHCR_DOCTOR_BIN), arguments, "GHCR_HOSTILE_TOKEN",
                                   token);
}

QByteArray redirectTo(const QByteArray& location)
{
    return "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n";
}

const QByteArray challenge = "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer "
                             "realm=\"https://127.0.0.1:%PORT%/token\",service=\"hostile\"\r\n"
                             "Content-Length: 0\r\n\r\n";

} // namespace

class tst_HostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostile_data();
    void hostile();
};

void tst_HostileServer::hostile_data()
{
    QTest::addColumn<QString>("side"); // which origin is hostile: api or registry
    QTest::addColumn<QList<HostileServer::Rule>>("rules");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // in the summary or the JSON report
    QTest::addColumn<int>("maxMs");       // the verdict arrives within this
    // Requests with credentials the hostile server may see: one per request the check makes (anonymous
    // probe, login token, operation token, probe), never one more for a redirect.
    QTest::addColumn<int>("maxAuthorized");
    QTest::addColumn<QString>("neverRequested"); // a path prefix the hostile server must never be asked for

    using Rules = QList<HostileServer::Rule>;
    const int atOnce = budgetSeconds * 1000 - 500; // answered long before the budget
    const int deadline = budgetSeconds * 1000 + 1000;
    const QString api = u"/api/v3/user"_s;

    // A hostile API does not stop the registry's verdict (exit 0); its failure is named in the summary.
    QTest::newRow("api: endless headers") << u"api"_s << Rules{{api, B::EndlessHeaders, {}}} << 0
                                          << u"headers larger than 64 KiB"_s << atOnce << 1 << QString();
    QTest::newRow("api: one 64 MiB header") << u"api"_s << Rules{{api, B::HugeHeader, {}}} << 0
                                            << u"headers larger than 64 KiB"_s << atOnce << 1 << QString();
    QTest::newRow("api: reset mid-body") << u"api"_s << Rules{{api, B::ResetMidBody, {}}} << 0 << u"broke after"_s
                                         << atOnce << 2 << QString();
    QTest::newRow("api: stall after headers") << u"api"_s << Rules{{api, B::StallAfterHeaders, {}}} << 0
                                              << u"stalled or trickled"_s << deadline << 1 << QString();
    QTest::newRow("api: drip") << u"api"_s << Rules{{api, B::Drip, {}}} << 0 << u"stalled or trickled"_s << deadline
                               << 1 << QString();
    QTest::newRow("api: hang") << u"api"_s << Rules{{api, B::Hang, {}}} << 0 << u"did not answer within"_s << deadline
                               << 1 << QString();
    QTest::newRow("api: redirect loop") << u"api"_s << Rules{{api, B::Canned, redirectTo("/api/v3/user?again")}} << 0
                                        << u"redirected in a loop"_s << atOnce << 2 << QString();
    QTest::newRow("api: redirect of the token to another host")
        << u"api"_s << Rules{{api, B::Canned, redirectTo("https://localhost:%PORT%/elsewhere/user")}} << 0
        << u"redirected to another host"_s << atOnce << 1 << u"/elsewhere"_s;

    QTest::newRow("registry: hang") << u"registry"_s << Rules{{u"/v2/"_s, B::Hang, {}}} << 3
                                    << u"did not answer within"_s << deadline << 0 << QString();
    QTest::newRow("registry: drip") << u"registry"_s
                                    << Rules{{u"/v2/"_s, B::Drip, HostileServer::jsonResponse(200, "{}")}} << 3
                                    << u"stalled or trickled"_s << deadline << 0 << QString();
    QTest::newRow("registry: reset mid-body") << u"registry"_s << Rules{{u"/v2/"_s, B::ResetMidBody, {}}} << 3
                                              << u"broke after"_s << atOnce << 0 << QString();
    QTest::newRow("registry: stall after headers") << u"registry"_s << Rules{{u"/v2/"_s, B::StallAfterHeaders, {}}} << 3
                                                   << u"stalled or trickled"_s << deadline << 0 << QString();
    QTest::newRow("registry: endless headers") << u"registry"_s << Rules{{u"/v2/"_s, B::EndlessHeaders, {}}} << 3
                                               << u"headers larger than 64 KiB"_s << atOnce << 0 << QString();
    QTest::newRow("registry: realm on another host")
        << u"registry"_s
        << Rules{{u"/v2/"_s, B::Canned,
                  "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm=\"https://localhost:%PORT%/token\"\r\n"
                  "Content-Length: 0\r\n\r\n"}}
        << 3 << u"sent its token endpoint to another host"_s << atOnce << 0 << u"/token"_s;
    QTest::newRow("registry: Basic credentials redirected to another host")
        << u"registry"_s
        << Rules{{u"/v2/"_s, B::Canned, challenge},
                 {u"/token"_s, B::Canned, redirectTo("https://localhost:%PORT%/elsewhere/token")}}
        << 3 << u"redirected to another host"_s << atOnce << 2 << u"/elsewhere"_s;
    QTest::newRow("registry: bearer token redirected to another host")
        << u"registry"_s
        << Rules{{u"/v2/octocat/app/manifests/"_s, B::Canned,
                  redirectTo("https://localhost:%PORT%/elsewhere/manifest")},
                 {u"/v2/"_s, B::Canned, challenge},
                 {u"/token"_s, B::Canned, HostileServer::jsonResponse(200, R"({"token":"registry-token-0123456789"})")}}
        << 3 << u"redirected to another host"_s << atOnce << 4 << u"/elsewhere"_s;
    QTest::newRow("registry: bearer token with a line break")
        << u"registry"_s
        << Rules{{u"/v2/"_s, B::Canned, challenge},
                 {u"/token"_s, B::Canned, HostileServer::jsonResponse(200, R"({"token":"abc\r\nX-Injected: yes"})")}}
        << 3 << u"holds a line break"_s << atOnce << 2 << u"/v2/octocat"_s;
    QTest::newRow("registry: 20 KiB bearer token")
        << u"registry"_s
        << Rules{{u"/v2/"_s, B::Canned, challenge},
                 {u"/token"_s, B::Canned,
                  HostileServer::jsonResponse(200, R"({"token":")" + QByteArray(20 * 1024, 'x') + R"("})")}}
        << 3 << u"larger than the 16 KiB"_s << atOnce << 2 << u"/v2/octocat"_s;
}

void tst_HostileServer::hostile()
{
    QFETCH(QString, side);
    QFETCH(QList<HostileServer::Rule>, rules);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(int, maxMs);
    QFETCH(int, maxAuthorized);
    QFETCH(QString, neverRequested);

    FakeServer good;
    QVERIFY(good.start());
    HostileServer hostile;
    QVERIFY(hostile.start());
    hostile.setRules(rules);

    const QString hostileHostPort = u"127.0.0.1:"_s + QString::number(hostile.port());
    const QString apiUrl = side == u"api"_s ? hostile.origin() + u"/api/v3"_s : good.apiUrl().toString();
    const QString registry = side == u"registry"_s ? hostileHostPort : good.registryHost();
    const QStringList args{u"check"_s,
                           u"--api-url"_s,
                           apiUrl,
                           u"--registry"_s,
                           registry,
                           u"--user"_s,
                           u"octocat"_s,
                           u"--image"_s,
                           u"octocat/app:latest"_s,
                           u"--ops"_s,
                           u"pull"_s,
                           u"--ca-file"_s,
                           FakeServer::testCaFile(),
                           u"--timeout"_s,
                           QString::number(budgetSeconds),
                           u"--no-docker-credentials"_s,
                           u"--format"_s,
                           u"json"_s,
                           u"--token-env"_s,
                           u"GHCR_HOSTILE_TOKEN"_s};
    const ghcr::test::MeasuredRun o = runBinary(args, FakeServer::classicToken());
    QVERIFY2(o.finished, "the check did not end within 60 s");
    // The figures, for the closing note (not assertions beyond the targets).
    qInfo("HOSTILE %-55s exit=%d elapsed_ms=%lld budget_ms=%d max_rss_kib=%ld hostile_bytes_sent=%lld",
          QTest::currentDataTag(), o.exitCode, o.elapsedMs, budgetSeconds * 1000, o.maxRssKiB, hostile.bytesSent());

    const QJsonObject report = QJsonDocument::fromJson(o.out).object();
    QVERIFY2(!report.isEmpty(), o.out.left(2000).constData());
    const QString summary = report.value(u"summary"_s).toString();
    QVERIFY2(o.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(o.exitCode).arg(summary)));
    QVERIFY2(QString::fromUtf8(o.out).contains(message), qPrintable(summary));
    // The summary always names the origin that failed.
    const QString origin = side == u"api"_s ? hostile.origin() : hostileHostPort;
    QVERIFY2(summary.contains(hostileHostPort) || summary.contains(origin), qPrintable(summary));
    QVERIFY2(o.elapsedMs <= maxMs, qPrintable(u"%1 ms > %2 ms"_s.arg(o.elapsedMs).arg(maxMs)));
    QVERIFY2(o.maxRssKiB <= maxRssKiB, qPrintable(u"peak RSS %1 KiB"_s.arg(o.maxRssKiB)));
    for (const HostileServer::Request& r : hostile.requests())
        qInfo("  asked: %s %s%s", r.method.constData(), qPrintable(r.path.left(80)),
              r.hasAuthorization ? " (with credentials)" : "");
    QVERIFY2(hostile.authorizedRequests() <= maxAuthorized,
             qPrintable(u"%1 requests with credentials"_s.arg(hostile.authorizedRequests())));
    if (!neverRequested.isEmpty()) {
        for (const HostileServer::Request& r : hostile.requests())
            QVERIFY2(!r.path.startsWith(neverRequested), qPrintable(r.path));
    }
    QVERIFY(!o.out.contains(FakeServer::classicToken().toUtf8()));
    QVERIFY(!o.err.contains(FakeServer::classicToken().toUtf8()));
}

QTEST_GUILESS_MAIN(tst_HostileServer)
#include "tst_HostileServer.moc"
