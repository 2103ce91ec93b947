#pragma once

// Time to first frame, for the start-up benchmark only (`--exit-after-first-frame`): when `window`
// has painted for the first time, print "first-frame-ms=N peak-rss-kib=M" to stderr and quit.
// Header-only so that benchmarks/bench_bare_window measures a bare Qt window the same way.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace ghcr {

/// Peak resident memory of this process (VmHWM), in KiB; -1 where /proc is not available.
inline long peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

class FirstFrameProbe : public QObject
{
public:
    FirstFrameProbe(QWidget* window, const QElapsedTimer& sinceStart)
        : QObject(window)
        , m_sinceStart(sinceStart)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // The paint is being delivered now; the frame is on screen once it returns to the event loop.
            QTimer::singleShot(0, this, [this] {
                std::fprintf(stderr, "first-frame-ms=%.1f peak-rss-kib=%ld\n", m_sinceStart.nsecsElapsed() / 1e6,
                             peakResidentKiB());
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceStart;
    bool m_seen = false;
};

} // namespace ghcr
