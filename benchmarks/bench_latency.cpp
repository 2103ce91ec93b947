// bench_latency: time to verdict at the network's floor. The HTTPS fake server sits behind two
// LatencyProxy instances (one per origin: the API and the registry), each modelling a round-trip
// time D: the TCP handshake, the TLS handshake, the token realm and every request pay real round trips.
//
// For D = 0, 50, 100 ms (and --rtt to choose), interleaved runs of:
//   app      — a whole `ghcr-doctor check` (CheckRunner, --ops pull,push on a private image, user given,
//              fresh connections every run), the verdict's time;
//   minimal  — a minimal one-process client that does only the dependent chain a check needs:
//              GET /v2/ → token(pull,push) → HEAD manifest ∥ POST upload (a second connection opened at
//              the start), with GET /user in parallel: the floor;
//   peers    — what a user does by hand, when skopeo is installed: `skopeo login` then `skopeo inspect`
//              (separate processes, as typed). `gh auth status` cannot be pointed at the fake API and is
//              not included, so this row is a lower bound of the manual path.
// Prints medians, round trips on the critical path (median / D) and ratios; asserts nothing.

#include "app/core/CheckRunner.h"
#include "tests/support/FakeServer.h"
#include "tests/support/LatencyProxy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using ghcr::test::FakeServer;
using ghcr::test::LatencyProxy;

namespace {

struct Setup
{
    FakeServer* server = nullptr;
    LatencyProxy* api = nullptr;
    LatencyProxy* registry = nullptr;

    QString apiBase() const { return u"https://127.0.0.1:%1/api/v3"_s.arg(api->port()); }
    QString registryHost() const { return u"127.0.0.1:%1"_s.arg(registry->port()); }
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QSslConfiguration trustingTestCa()
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas = ssl.caCertificates();
    cas << FakeServer::testCa();
    ssl.setCaCertificates(cas);
    return ssl;
}

double runApp(const Setup& s, QString* verdict)
{
    QNetworkAccessManager network; // fresh connections, as a new `ghcr-doctor check` process has
    ghcr::CheckRequest request;
    request.apiUrl = QUrl(s.apiBase());
    request.registry = s.registryHost();
    request.user = u"octocat"_s;
    request.image = u"octocat/app:latest"_s;
    request.operations = {ghcr::Operation::Pull, ghcr::Operation::Push};
    request.extraCaCertificates = {FakeServer::testCa()};
    request.inspectDockerCredentials = false; // local file reads only; not what this measures
    ghcr::CheckRunner runner(&network);
    QEventLoop loop;
    QObject::connect(&runner, &ghcr::CheckRunner::finished, &loop, [&](const ghcr::Diagnosis& d) {
        *verdict = ghcr::verdictId(d.verdict);
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    runner.start(request, s.server->currentScenario().token);
    if (runner.isRunning())
        loop.exec();
    return clock.nsecsElapsed() / 1e6;
}

/// The floor: only the requests whose answers the next one needs, two registry connections from the start.
double runMinimal(const Setup& s, bool* ok)
{
    QNetworkAccessManager network;
    const QSslConfiguration ssl = trustingTestCa();
    const QString token = s.server->currentScenario().token;
    const QString base = u"https://"_s + s.registryHost();
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    int pending = 2; // the API side and the registry side
    *ok = true;
    auto sideDone = [&] {
        if (--pending == 0)
            loop.quit();
    };
    auto request = [&](const QUrl& url) {
        QNetworkRequest r(url);
        r.setSslConfiguration(ssl);
        return r;
    };
    network.connectToHostEncrypted(u"127.0.0.1"_s, s.registry->port(), ssl); // the probes' second connection

    QNetworkRequest user = request(QUrl(s.apiBase() + u"/user"_s));
    user.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply* api = network.get(user);
    QObject::connect(api, &QNetworkReply::finished, &loop, [&, api] {
        *ok = *ok && api->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        api->deleteLater();
        sideDone();
    });

    QNetworkReply* ping = network.get(request(QUrl(base + u"/v2/"_s)));
    QObject::connect(ping, &QNetworkReply::finished, &loop, [&, ping] {
        const QString challenge = QString::fromUtf8(ping->rawHeader("WWW-Authenticate"));
        ping->deleteLater();
        const QString realm = challenge.section(u"realm=\""_s, 1).section(u'"', 0, 0);
        QUrl tokenUrl(realm);
        QUrlQuery q;
        q.addQueryItem(u"service"_s, u"fake-registry"_s);
        q.addQueryItem(u"scope"_s, u"repository:octocat/app:pull,push"_s);
        tokenUrl.setQuery(q);
        QNetworkRequest t = request(tokenUrl);
        t.setRawHeader("Authorization", "Basic " + (u"octocat:"_s + token).toUtf8().toBase64());
        QNetworkReply* tokenReply = network.get(t);
        QObject::connect(tokenReply, &QNetworkReply::finished, &loop, [&, tokenReply] {
            const QByteArray bearer =
                QJsonDocument::fromJson(tokenReply->readAll()).object().value(u"token"_s).toString().toUtf8();
            tokenReply->deleteLater();
            auto probes = std::make_shared<int>(2);
            auto probeDone = [&, probes](QNetworkReply* r, int want) {
                *ok = *ok && r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == want;
                r->deleteLater();
                if (--*probes == 0)
                    sideDone();
            };
            QNetworkRequest head = request(QUrl(base + u"/v2/octocat/app/manifests/latest"_s));
            head.setRawHeader("Authorization", "Bearer " + bearer);
            QNetworkReply* h = network.head(head);
            QObject::connect(h, &QNetworkReply::finished, &loop, [probeDone, h] { probeDone(h, 200); });
            QNetworkRequest post = request(QUrl(base + u"/v2/octocat/app/blobs/uploads/"_s));
            post.setRawHeader("Authorization", "Bearer " + bearer);
            post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
            QNetworkReply* p = network.post(post, QByteArray());
            QObject::connect(p, &QNetworkReply::finished, &loop, [probeDone, p] { probeDone(p, 202); });
        });
    });
    loop.exec();
    return clock.nsecsElapsed() / 1e6;
}

/// Runs a tool while the event loop keeps running (the proxies live in this thread); false on failure.
bool runTool(const QString& program, const QStringList& arguments, const QProcessEnvironment& env,
             const QByteArray& input)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    loop.exec();
    if (process.state() != QProcess::NotRunning || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "bench_latency: %s %s failed: %s\n", qPrintable(program), qPrintable(arguments.value(0)),
                     process.readAllStandardError().constData());
        process.kill();
        process.waitForFinished(1000);
        return false;
    }
    return true;
}

/// skopeo login + skopeo inspect, as separate processes; -1 when skopeo is missing or failed.
double runPeers(const Setup& s, const QString& skopeo, const QString& certDir)
{
    if (skopeo.isEmpty())
        return -1;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"REGISTRY_AUTH_FILE"_s, home.path() + u"/auth.json"_s);
    QElapsedTimer clock;
    clock.start();
    if (!runTool(skopeo,
                 {u"login"_s, u"--cert-dir"_s, certDir, u"-u"_s, u"octocat"_s, u"--password-stdin"_s, s.registryHost()},
                 env, s.server->currentScenario().token.toUtf8()))
        return -1;
    if (!runTool(skopeo,
                 {u"inspect"_s, u"--raw"_s, u"--cert-dir"_s, certDir,
                  u"docker://"_s + s.registryHost() + u"/octocat/app:latest"_s},
                 env, {}))
        return -1;
    return clock.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 15;
    QList<int> rtts{0, 50, 100};
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--runs"_s)
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == u"--rtt"_s)
            rtts = {args.at(i + 1).toInt()};
    }

    FakeServer server;
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_latency: cannot start the fake server: %s\n", qPrintable(error));
        return 1;
    }
    LatencyProxy apiProxy(server.port(), 0);
    LatencyProxy registryProxy(server.port(), 0);
    if (!apiProxy.start(&error) || !registryProxy.start(&error)) {
        std::fprintf(stderr, "bench_latency: cannot start the proxies: %s\n", qPrintable(error));
        return 1;
    }
    ghcr::test::Scenario scenario = FakeServer::scenario(u"ok-read-write"_s);
    scenario.registry.realm = u"https://127.0.0.1:%1/token"_s.arg(registryProxy.port());
    scenario.registry.cancel = ghcr::test::RegistryBehaviour::Cancel::MethodNotAllowed; // as ghcr.io answers
    server.setScenario(scenario);
    const Setup setup{&server, &apiProxy, &registryProxy};

    const QString skopeo = QStandardPaths::findExecutable(u"skopeo"_s);
    QTemporaryDir certDir;
    QFile::copy(FakeServer::testCaFile(), certDir.path() + u"/ca.crt"_s);

    QTextStream out(stdout);
    if (args.contains(u"--trace"_s)) {
        // One check at the first RTT, then when each request reached the server (ms since the check began).
        apiProxy.setRttMs(rtts.constFirst());
        registryProxy.setRttMs(rtts.constFirst());
        server.clearRequests();
        QElapsedTimer sinceStart;
        sinceStart.start();
        const qint64 offset = server.requests().isEmpty() ? 0 : 0;
        QString verdict;
        const QList<ghcr::test::RecordedRequest> before = server.requests();
        const double ms = runApp(setup, &verdict);
        const auto reqs = server.requests();
        const qint64 first = reqs.isEmpty() ? 0 : reqs.constFirst().receivedAtMs;
        for (const auto& r : reqs)
            out << u"%1 ms  %2 %3 %4\n"_s.arg(r.receivedAtMs - first + offset, 6)
                       .arg(QString::fromLatin1(r.method), r.side, r.path);
        out << "verdict " << verdict << " after " << ms << " ms\n";
        Q_UNUSED(before)
        Q_UNUSED(sinceStart)
        return 0;
    }
    out << "bench_latency: --ops pull,push on a private image, user given, HTTPS through a latency proxy per origin, "
        << runs << " interleaved runs per row, fresh connections every run\n";
    out << u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(u"RTT ms"_s, 7)
               .arg(u"app ms"_s, 9)
               .arg(u"minimal ms"_s, 11)
               .arg(u"peers ms"_s, 9)
               .arg(u"app/minimal"_s, 12)
               .arg(u"peers/app"_s, 10)
               .arg(u"round trips app/minimal/peers"_s, 31);
    for (int rtt : std::as_const(rtts)) {
        apiProxy.setRttMs(rtt);
        registryProxy.setRttMs(rtt);
        QString verdict;
        bool minimalOk = false;
        runApp(setup, &verdict); // warm-up
        runMinimal(setup, &minimalOk);
        QList<double> appTimes, minimalTimes, peerTimes;
        int appConnections = 0;
        for (int i = 0; i < runs; ++i) {
            registryProxy.resetCounters();
            appTimes << runApp(setup, &verdict);
            appConnections += registryProxy.connectionsAccepted();
            minimalTimes << runMinimal(setup, &minimalOk);
            if (i < std::max(3, runs / 3)) { // the peers' processes are slow: fewer runs
                const double p = runPeers(setup, skopeo, certDir.path());
                if (p >= 0)
                    peerTimes << p;
            }
            server.clearRequests();
            server.forgetIssuedTokens();
        }
        const double a = median(appTimes), m = median(minimalTimes), p = median(peerTimes);
        const auto trips = [rtt](double ms) { return rtt > 0 ? u"%1"_s.arg(ms / rtt, 0, 'f', 1) : u"-"_s; };
        out << u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(rtt, 7)
                   .arg(a, 9, 'f', 1)
                   .arg(m, 11, 'f', 1)
                   .arg(peerTimes.isEmpty() ? u"n/a"_s : QString::number(p, 'f', 1), 9)
                   .arg(m > 0 ? a / m : 0, 12, 'f', 2)
                   .arg(peerTimes.isEmpty() || a <= 0 ? u"n/a"_s : QString::number(p / a, 'f', 2), 10)
                   .arg(trips(a) + u" / "_s + trips(m) + u" / "_s + (peerTimes.isEmpty() ? u"-"_s : trips(p)), 31);
        out << "        app verdict: " << verdict
            << ", registry connections per check: " << QString::number(double(appConnections) / runs, 'f', 1)
            << (minimalOk ? "" : "; minimal client saw an unexpected answer") << '\n';
        out.flush();
    }
    return 0;
}
