// bench_window: how fast the window opens. Starts `ghcr-doctor --exit-after-first-frame` and a bare Qt
// Widgets window (bench_bare_window) as separate processes, interleaved, and reads what each prints at its
// first frame (time since main() and peak resident memory); also times each process from spawn to exit.
// Run it where a window can open (xvfb-run -a …). Prints medians and ratios; asserts nothing.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    double firstFrameMs = -1;
    double wallMs = -1;
    long peakKiB = -1;
};

Sample run(const QString& program, const QStringList& arguments, const QString& home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home); // no saved settings, no remembered token: a first start
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    Sample s;
    if (!process.waitForFinished(30000))
        return s;
    s.wallMs = clock.nsecsElapsed() / 1e6;
    static const QRegularExpression re(uR"(first-frame-ms=([0-9.]+) peak-rss-kib=(-?\d+))"_s);
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(process.readAllStandardError()));
    if (m.hasMatch()) {
        s.firstFrameMs = m.captured(1).toDouble();
        s.peakKiB = m.captured(2).toLong();
    }
    return s;
}

template <typename T> T median(QList<T> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? T(-1) : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 15;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i)
        if (args.at(i) == u"--runs"_s)
            runs = args.at(i + 1).toInt();
    QTemporaryDir home;
    QList<double> appFrame, bareFrame, appWall, bareWall;
    QList<long> appPeak, barePeak;
    run(QStringLiteral(GHCR_BARE_WINDOW_BIN), {}, home.path()); // warm the disk cache for both
    run(QStringLiteral(GHCR_DOCTOR_BIN), {u"--exit-after-first-frame"_s}, home.path());
    for (int i = 0; i < runs; ++i) {
        const Sample bare = run(QStringLiteral(GHCR_BARE_WINDOW_BIN), {}, home.path());
        const Sample doctor = run(QStringLiteral(GHCR_DOCTOR_BIN), {u"--exit-after-first-frame"_s}, home.path());
        if (bare.firstFrameMs < 0 || doctor.firstFrameMs < 0)
            continue;
        bareFrame << bare.firstFrameMs;
        appFrame << doctor.firstFrameMs;
        bareWall << bare.wallMs;
        appWall << doctor.wallMs;
        barePeak << bare.peakKiB;
        appPeak << doctor.peakKiB;
    }
    QTextStream out(stdout);
    if (appFrame.isEmpty()) {
        out << "bench_window: no first frame seen (is there a display? run under xvfb-run -a)\n";
        return 1;
    }
    const double af = median(appFrame), bf = median(bareFrame), aw = median(appWall), bw = median(bareWall);
    const long ap = median(appPeak), bp = median(barePeak);
    out << "bench_window: " << appFrame.size() << " interleaved starts each, first start (empty HOME), platform "
        << qEnvironmentVariable("QT_QPA_PLATFORM", u"default"_s) << '\n';
    out << u"%1 %2 %3 %4\n"_s.arg(u""_s, -22).arg(u"ghcr-doctor"_s, 12).arg(u"bare Qt"_s, 10).arg(u"ratio"_s, 8);
    out << u"%1 %2 %3 %4\n"_s.arg(u"first frame, ms"_s, -22)
               .arg(af, 12, 'f', 1)
               .arg(bf, 10, 'f', 1)
               .arg(af / bf, 8, 'f', 2);
    out << u"%1 %2 %3 %4\n"_s.arg(u"spawn to exit, ms"_s, -22)
               .arg(aw, 12, 'f', 1)
               .arg(bw, 10, 'f', 1)
               .arg(aw / bw, 8, 'f', 2);
    out << u"%1 %2 %3 %4\n"_s.arg(u"peak RSS, MiB"_s, -22)
               .arg(ap / 1024.0, 12, 'f', 1)
               .arg(bp / 1024.0, 10, 'f', 1)
               .arg(u"+%1 MiB"_s.arg((ap - bp) / 1024.0, 0, 'f', 1), 8);
    return 0;
}
