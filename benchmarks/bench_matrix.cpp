// Every package at once, measured (issue #13's targets): the HTTPS fake server behind two
// LatencyProxy instances (the API and the registry origin, round-trip time D each), and
//   1. wall time of a matrix run of 50 images against one image at D (default 100 ms), medians of
//      interleaved runs, and their ratio (target ≤ 3);
//   2. peak resident memory of a run of 1 and of 500 images, each in a fresh process of this program
//      (VmHWM from /proc/self/status), and the growth (target ≤ 2 MiB); then the same for the whole CLI
//      as a user runs it (`ghcr-doctor check --images-file F --format text|json --output FILE`: the run and
//      the report; the child's ru_maxrss from wait4);
//   3. the All packages window's longest event-loop stall while 500 results stream in (a 5 ms heartbeat
//      timer; the longest gap between its ticks, minus the period; target ≤ 50 ms).
// Prints figures; asserts nothing.   bench_matrix [--runs N] [--rtt MS]
//   bench_matrix --trace [--rtt MS] [--images N] [--ops pull|pull,push] [--listed]: one run, and when each
//   request reached the server (ms since the first), to see where a run waits.
#include "app/core/MatrixRunner.h"
#include "tests/support/FakeServer.h"
#include "tests/support/LatencyProxy.h"
#include "ui/PackagesWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace Qt::StringLiterals;
using ghcr::test::FakeServer;
using ghcr::test::LatencyProxy;

namespace {

struct Bench
{
    FakeServer server;
    std::unique_ptr<LatencyProxy> api;      ///< the GitHub API's origin
    std::unique_ptr<LatencyProxy> registry; ///< the registry's origin (and its token realm)
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
}

QStringList imageNames(int count)
{
    QStringList images;
    for (int i = 0; i < count; ++i)
        images << u"octocat/app%1:latest"_s.arg(i);
    return images;
}

ghcr::CheckRequest baseRequest(quint16 apiPort, quint16 registryPort)
{
    ghcr::CheckRequest base;
    base.apiUrl = QUrl(u"https://127.0.0.1:%1/api/v3"_s.arg(apiPort));
    base.registry = u"127.0.0.1:%1"_s.arg(registryPort);
    base.operations = {ghcr::Operation::Pull, ghcr::Operation::Push};
    base.extraCaCertificates = {FakeServer::testCa()};
    base.timeoutSeconds = 120;
    return base;
}

/// The account's packages as the packages API lists them: `count` private ones, each linked to its repository.
QList<ghcr::test::FakePackage> listedPackages(int count)
{
    QList<ghcr::test::FakePackage> packages;
    for (int i = 0; i < count; ++i)
        packages << ghcr::test::fakePackage(u"octocat"_s, false, u"app%1"_s.arg(i), u"private"_s, u"octocat/app"_s);
    return packages;
}

/// One matrix run of `count` images — given (--image), or listed by the packages API when `listed` — ; wall
/// time in ms (negative when it did not finish with verdicts).
double runMatrix(const ghcr::CheckRequest& base, const QString& token, int count, bool listed = false)
{
    QNetworkAccessManager network;
    ghcr::MatrixRunner runner(&network);
    ghcr::MatrixRequest request;
    request.base = base;
    request.allPackages = listed;
    if (!listed)
        request.images = imageNames(count);
    QEventLoop loop;
    int finishedImages = 0;
    QObject::connect(&runner, &ghcr::MatrixRunner::finished, &loop, [&](const ghcr::Diagnosis& d) {
        for (const ghcr::ImageResult& image : d.images)
            finishedImages += image.finished ? 1 : 0;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    runner.start(request, token);
    if (runner.isRunning())
        loop.exec();
    const double ms = clock.nsecsElapsed() / 1e6;
    return finishedImages == count ? ms : -1.0;
}

long peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

/// The window: the longest gap of a 5 ms heartbeat while `count` results stream into the table.
double windowStallMs(const Bench& b, int count, double* wallMs)
{
    QNetworkAccessManager network;
    ghcr::PackagesWindow window(&network);
    window.setCheck(baseRequest(b.api->port(), b.registry->port()), b.server.currentScenario().token, QString());
    window.findChild<QCheckBox*>(u"listPackagesCheckBox"_s)->setChecked(false);
    window.findChild<QPlainTextEdit*>(u"imagesPlainTextEdit"_s)->setPlainText(imageNames(count).join(u'\n'));
    window.show();
    QEventLoop loop;
    QObject::connect(&window, &ghcr::PackagesWindow::runFinished, &loop, &QEventLoop::quit);
    QElapsedTimer sinceTick;
    double longest = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&] {
        longest = std::max(longest, sinceTick.nsecsElapsed() / 1e6 - 5.0);
        sinceTick.restart();
    });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    heartbeat.start();
    window.start();
    loop.exec();
    *wallMs = clock.nsecsElapsed() / 1e6;
    return longest;
}

int childRss(const QString& program, quint16 serverPort, int count)
{
    QProcess child;
    child.start(program, {u"--rss-child"_s, QString::number(count), u"--server-port"_s, QString::number(serverPort)});
    if (!child.waitForFinished(300000))
        return -1;
    return QString::fromLatin1(child.readAllStandardOutput()).trimmed().toInt();
}

/// `bench_matrix --peak-rss PROGRAM ARGS…`: runs PROGRAM and prints its peak RSS in KiB (its ru_maxrss), or -1
/// when it did not exit with 0 or 1. Done in a fresh, small process, before Qt starts: Linux carries the
/// high-water mark of the process that spawns across exec, and this benchmark's own is larger than the CLI's.
int printPeakRss(char* argv[])
{
    pid_t pid = 0;
    posix_spawn_file_actions_t quiet; // the CLI's report lines are not the benchmark's figures
    posix_spawn_file_actions_init(&quiet);
    posix_spawn_file_actions_addopen(&quiet, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&quiet, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    const int spawned = posix_spawn(&pid, argv[0], &quiet, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&quiet);
    if (spawned != 0)
        return 1;
    int status = 0;
    rusage usage{};
    const bool ok = wait4(pid, &status, 0, &usage) == pid && WIFEXITED(status) && WEXITSTATUS(status) <= 1;
    std::printf("%ld\n", ok ? usage.ru_maxrss : -1L);
    return ok ? 0 : 1;
}

/// Peak RSS (KiB) of one `ghcr-doctor check` of `count` given images in `format` against the fake server's
/// process, the report written to a file, as a user runs it; -1 when it did not end with a verdict.
long cliPeakRssKiB(quint16 serverPort, int count, const QString& format, const QTemporaryDir& dir)
{
    const QString images = dir.filePath(u"images-%1.txt"_s.arg(count));
    QFile list(images);
    if (!list.open(QIODevice::WriteOnly) || list.write(imageNames(count).join(u'\n').toUtf8()) < 0)
        return -1;
    list.close();
    const QString origin = u"127.0.0.1:%1"_s.arg(serverPort);
    const QStringList args{u"--peak-rss"_s,
                           QStringLiteral(GHCR_DOCTOR_BIN),
                           u"check"_s,
                           u"--token-env"_s,
                           u"GHCR_BENCH_TOKEN"_s,
                           u"--api-url"_s,
                           u"https://"_s + origin + u"/api/v3"_s,
                           u"--registry"_s,
                           origin,
                           u"--ca-file"_s,
                           QStringLiteral(GHCR_TEST_CA_FILE),
                           u"--user"_s,
                           u"octocat"_s,
                           u"--images-file"_s,
                           images,
                           u"--ops"_s,
                           u"pull,push"_s,
                           u"--timeout"_s,
                           u"120"_s,
                           u"--format"_s,
                           format,
                           u"--output"_s,
                           dir.filePath(u"report"_s)};
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForFinished(300000))
        return -1;
    return QString::fromLatin1(child.readAllStandardOutput()).trimmed().toLong();
}

/// The CLI's peak RSS for 1 and for 500 images, per report format: medians of interleaved fresh processes.
void measureCliMemory(quint16 fakePort, int runs, QTextStream& out)
{
    QTemporaryDir dir;
    qputenv("GHCR_BENCH_TOKEN", FakeServer::classicToken().toLatin1());
    for (const QString& format : {u"text"_s, u"json"_s}) {
        QList<double> rss1, rss500, growth;
        for (int i = 0; i < runs; ++i) {
            rss1 << double(cliPeakRssKiB(fakePort, 1, format, dir));
            rss500 << double(cliPeakRssKiB(fakePort, 500, format, dir));
            growth << rss500.constLast() - rss1.constLast();
        }
        const auto [least, most] = std::minmax_element(growth.cbegin(), growth.cend());
        out << QString::asprintf("  ghcr-doctor check --format %-4s: peak RSS %5.1f / %5.1f MiB (1 / 500 images), "
                                 "growth %4.1f MiB (%.1f-%.1f)\n",
                                 qPrintable(format), median(rss1) / 1024.0, median(rss500) / 1024.0,
                                 median(growth) / 1024.0, *least / 1024.0, *most / 1024.0);
    }
    qunsetenv("GHCR_BENCH_TOKEN");
    out.flush();
}

/// One run, then each request's arrival at the server: where the run waits.
int traceRun(Bench& b, ghcr::test::Scenario scenario, const QStringList& args, QTextStream& out)
{
    const auto value = [&args](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int count = value(u"--images"_s, u"50"_s).toInt();
    const bool listed = args.contains(u"--listed"_s);
    ghcr::CheckRequest base = baseRequest(b.api->port(), b.registry->port());
    base.operations = {ghcr::Operation::Pull};
    if (value(u"--ops"_s, u"pull"_s).contains(u"push"_s))
        base.operations << ghcr::Operation::Push;
    scenario.packages.packages = listedPackages(count);
    b.server.setScenario(scenario);
    b.server.clearRequests();
    const double ms = runMatrix(base, scenario.token, count, listed);
    const auto requests = b.server.requests();
    const qint64 first = requests.isEmpty() ? 0 : requests.constFirst().receivedAtMs;
    for (const auto& r : requests)
        out << u"%1 ms  %2 %3 %4\n"_s.arg(r.receivedAtMs - first, 6).arg(QString::fromLatin1(r.method), r.side, r.path);
    out << count << (listed ? " listed" : " given") << " images: " << ms << " ms, " << requests.size() << " requests\n";
    return ms < 0 ? 1 : 0;
}

/// Wall time of 1 and 50 images at D, medians of interleaved runs, for each kind of run; false when a run failed.
bool measureLatency(Bench& b, ghcr::test::Scenario scenario, int runs, QTextStream& out)
{
    // pull,push as the speed issue checks, and pull alone (no upload start and cancel); images given (--image:
    // each also asks the registry anonymously whether it is public) or listed (the packages API tells that).
    const QList<QList<ghcr::Operation>> operationSets = {{ghcr::Operation::Pull, ghcr::Operation::Push},
                                                         {ghcr::Operation::Pull}};
    for (const bool listed : {false, true}) {
        for (const QList<ghcr::Operation>& operations : operationSets) {
            QList<double> one, fifty;
            ghcr::CheckRequest base = baseRequest(b.api->port(), b.registry->port());
            base.operations = operations;
            for (int i = 0; i < runs; ++i) {
                for (const int count : {1, 50}) {
                    scenario.packages.packages = listedPackages(count); // the images are the account's packages
                    b.server.setScenario(scenario);
                    (count == 1 ? one : fifty) << runMatrix(base, scenario.token, count, listed);
                }
            }
            if (one.contains(-1.0) || fifty.contains(-1.0)) {
                std::fprintf(stderr, "bench_matrix: a run did not finish every image\n");
                return false;
            }
            const double m1 = median(one), m50 = median(fifty);
            out << (listed ? "  listed images, " : "  given images, ")
                << (operations.size() == 2 ? "--ops pull,push\n" : "--ops pull\n");
            out << QString::asprintf("    1 image:   %7.0f ms (median)\n    50 images: %7.0f ms (median)\n    "
                                     "ratio:     %7.2f x (target <= 3)\n",
                                     m1, m50, m50 / m1);
            out.flush();
        }
    }
    return true;
}

} // namespace

/// Peak RSS of 1 and of 500 images: the engine alone (this program in fresh processes), then the CLI.
bool measureMemory(int runs, QTextStream& out)
{
    // Memory: the fake server in its own process (its request log must not count), each run in a fresh one.
    QProcess fake;
    fake.start(QStringLiteral(GHCR_FAKE_SERVER_BIN), {u"--scenario"_s, u"ok-read-write"_s});
    if (!fake.waitForReadyRead(20000)) {
        std::fprintf(stderr, "bench_matrix: the fake server process did not start\n");
        return false;
    }
    const quint16 fakePort = quint16(QString::fromLatin1(fake.readLine()).trimmed().section(u':', -1).toUInt());
    const QString self = QCoreApplication::applicationFilePath();
    // A single pair varies by a few hundred KiB (how many images are in flight when the heap peaks): medians of
    // interleaved fresh processes, and the spread of the growth.
    QList<double> rss1, rss500, growth;
    for (int i = 0; i < runs; ++i) {
        rss1 << double(childRss(self, fakePort, 1));
        rss500 << double(childRss(self, fakePort, 500));
        growth << rss500.constLast() - rss1.constLast();
    }
    const auto [least, most] = std::minmax_element(growth.cbegin(), growth.cend());
    out << QString::asprintf(
        "  peak RSS, 1 image:    %6.1f MiB (median of %d fresh processes)\n  peak RSS, 500 images: %6.1f MiB\n"
        "  growth:               %6.1f MiB (median; %.1f-%.1f; target <= 2; D = 0, the fake server in its own "
        "process)\n",
        median(rss1) / 1024.0, runs, median(rss500) / 1024.0, median(growth) / 1024.0, *least / 1024.0, *most / 1024.0);
    out.flush();
    measureCliMemory(fakePort, runs, out);
    fake.kill();
    fake.waitForFinished();
    return true;
}

int main(int argc, char* argv[])
{
    if (argc > 2 && std::strcmp(argv[1], "--peak-rss") == 0)
        return printPeakRss(argv + 2);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int runs = 7;
    int rtt = 100;
    int rssChild = 0;
    quint16 serverPort = 0;
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--runs"_s)
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == u"--rtt"_s)
            rtt = args.at(i + 1).toInt();
        else if (args.at(i) == u"--rss-child"_s)
            rssChild = args.at(i + 1).toInt();
        else if (args.at(i) == u"--server-port"_s)
            serverPort = quint16(args.at(i + 1).toUInt());
    }
    if (rssChild > 0) { // a fresh process: one run of N images against the fake server's process, then peak RSS
        const bool ok = runMatrix(baseRequest(serverPort, serverPort), FakeServer::classicToken(), rssChild) >= 0;
        std::printf("%ld\n", ok ? peakRssKiB() : -1L);
        return ok ? 0 : 1;
    }
    Bench b;
    QString error;
    if (!b.server.start(&error)) {
        std::fprintf(stderr, "bench_matrix: cannot start the fake server: %s\n", qPrintable(error));
        return 1;
    }
    b.api = std::make_unique<LatencyProxy>(b.server.port(), rtt);
    b.registry = std::make_unique<LatencyProxy>(b.server.port(), rtt);
    if (!b.api->start(&error) || !b.registry->start(&error)) {
        std::fprintf(stderr, "bench_matrix: cannot start the proxies: %s\n", qPrintable(error));
        return 1;
    }
    ghcr::test::Scenario scenario = FakeServer::scenario(u"ok-read-write"_s);
    scenario.registry.realm = u"https://127.0.0.1:%1/token"_s.arg(b.registry->port());
    scenario.registry.cancel = ghcr::test::RegistryBehaviour::Cancel::MethodNotAllowed; // as ghcr.io answers
    b.server.setScenario(scenario);

    QTextStream out(stdout);
    if (args.contains(u"--trace"_s))
        return traceRun(b, scenario, args, out);
    out << "bench_matrix: every package at once, D = " << rtt << " ms per round trip (API and registry origins), "
        << runs << " interleaved runs\n";
    const bool memoryOnly = args.contains(u"--memory-only"_s); // the peak RSS figures alone
    if (!memoryOnly && !measureLatency(b, scenario, runs, out))
        return 1;
    scenario.packages.packages.clear();
    b.server.setScenario(scenario);

    if (!measureMemory(runs, out))
        return 1;
    if (memoryOnly)
        return 0;

    b.api->setRttMs(0);
    b.registry->setRttMs(0);
    double wall500 = 0;
    const double stall500 = windowStallMs(b, 500, &wall500);
    b.api->setRttMs(rtt);
    b.registry->setRttMs(rtt);
    double wall50 = 0;
    const double stall50 = windowStallMs(b, 50, &wall50);
    out << QString::asprintf("  window, 500 images at D = 0:   longest event-loop stall %5.1f ms (run %5.0f ms)\n"
                             "  window, 50 images at D = %3d:  longest event-loop stall %5.1f ms (run %5.0f ms)"
                             " (target <= 50)\n",
                             stall500, wall500, rtt, stall50, wall50);
    return 0;
}
