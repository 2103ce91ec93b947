// bench_check: how long a whole check takes, and what it costs in memory, against the HTTPS
// fake server on 127.0.0.1 with a simulated network latency on every answer.
//
// Measures, for ok-read-write with pull+push:
//   1. time to verdict with the latency on the API side only, the registry side only, and both;
//      the registry side is a chain of ~8 requests, the API side one request, and the two run
//      concurrently, so "both" should cost about the registry chain, not the sum;
//   2. resident memory after warm-up and after many more checks (a leak shows as growth).
// Prints figures; asserts nothing (speed targets are read from the output, not enforced in tests).

#include "app/core/CheckRunner.h"
#include "tests/support/FakeServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using ghcr::test::FakeServer;
using ghcr::test::Fault;

namespace {

long residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

struct Figures
{
    double medianMs = 0;
    double p90Ms = 0;
    double minMs = 0;
    QString verdict;
};

Figures runChecks(FakeServer& server, QNetworkAccessManager& network, int runs)
{
    ghcr::CheckRequest request;
    request.apiUrl = server.apiUrl();
    request.registry = server.registryHost();
    request.user = u"octocat"_s;
    request.image = u"octocat/app:latest"_s;
    request.operations = {ghcr::Operation::Pull, ghcr::Operation::Push};
    request.extraCaCertificates = {FakeServer::testCa()};
    request.timeoutSeconds = 20;

    QList<double> times;
    Figures f;
    for (int i = 0; i < runs; ++i) {
        ghcr::CheckRunner runner(&network);
        QEventLoop loop;
        QObject::connect(&runner, &ghcr::CheckRunner::finished, &loop, [&](const ghcr::Diagnosis& d) {
            f.verdict = ghcr::verdictId(d.verdict);
            loop.quit();
        });
        QElapsedTimer clock;
        clock.start();
        runner.start(request, server.currentScenario().token);
        loop.exec();
        times << clock.nsecsElapsed() / 1e6;
        // The fake server's own request log and token table would otherwise grow and blur the figure.
        server.clearRequests();
        server.forgetIssuedTokens();
    }
    std::sort(times.begin(), times.end());
    f.medianMs = times.at(times.size() / 2);
    f.p90Ms = times.at(std::min<qsizetype>(times.size() - 1, (times.size() * 9) / 10));
    f.minMs = times.constFirst();
    return f;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 15;
    int latency = 100;
    int memoryRuns = 300;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--runs"_s)
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == u"--latency"_s)
            latency = args.at(i + 1).toInt();
        else if (args.at(i) == u"--memory-runs"_s)
            memoryRuns = args.at(i + 1).toInt();
    }

    FakeServer server;
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_check: cannot start the fake server: %s\n", qPrintable(error));
        return 1;
    }
    QNetworkAccessManager network;
    QTextStream out(stdout);
    out << "bench_check: ok-read-write, pull+push, HTTPS on 127.0.0.1, " << runs << " runs per row, latency " << latency
        << " ms per answer where applied\n";
    out << u"%1 %2 %3 %4 %5\n"_s.arg(u"latency on"_s, -22)
               .arg(u"median ms"_s, 10)
               .arg(u"p90 ms"_s, 10)
               .arg(u"min ms"_s, 10)
               .arg(u"verdict"_s, 8);

    struct Row
    {
        QString name;
        bool api;
        bool registry;
    };
    const QList<Row> rows{{u"none"_s, false, false},
                          {u"API only"_s, true, false},
                          {u"registry only"_s, false, true},
                          {u"both"_s, true, true}};
    for (const Row& row : rows) {
        ghcr::test::Scenario s = FakeServer::scenario(u"ok-read-write"_s);
        if (row.api) {
            s.api.fault = Fault::Delay;
            s.api.delayMs = latency;
        }
        if (row.registry) {
            s.registry.fault = Fault::Delay;
            s.registry.delayMs = latency;
        }
        server.setScenario(s);
        runChecks(server, network, 2); // warm-up: TLS session, first allocations
        const Figures f = runChecks(server, network, runs);
        out << u"%1 %2 %3 %4 %5\n"_s.arg(row.name, -22)
                   .arg(f.medianMs, 10, 'f', 1)
                   .arg(f.p90Ms, 10, 'f', 1)
                   .arg(f.minMs, 10, 'f', 1)
                   .arg(f.verdict, 8);
        out.flush();
    }

    server.setScenario(FakeServer::scenario(u"ok-read-write"_s));
    runChecks(server, network, 20);
    const long before = residentKiB();
    runChecks(server, network, memoryRuns);
    const long after = residentKiB();
    out << "memory: resident " << before << " KiB after 20 checks, " << after << " KiB after " << memoryRuns
        << " more (" << (after - before) << " KiB difference)\n";
    return 0;
}
