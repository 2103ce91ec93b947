#pragma once
// Runs a program (the real binary) with posix_spawn and reaps it with wait4(): its exit code, time and exact
// peak resident memory (ru_maxrss of that child alone), while this process's event loop keeps running (the test
// servers living in it keep answering). TEST ONLY.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ghcr::test {

struct MeasuredRun
{
    bool finished = false; ///< false: it was still running after killAfterMs (then killed)
    int exitCode = -1;
    qint64 elapsedMs = 0;
    long maxRssKiB = 0;
    QByteArray out;
    QByteArray err;
};

/// The binary to run: $GHCR_DOCTOR_UNDER_TEST when set (another build of it, e.g. the Release one, or a wrapper
/// that profiles it), else `built`.
QByteArray binaryUnderTest(const QByteArray& built);

/// `token` is put in the environment variable `tokenVariable` for the child only (--token-env).
MeasuredRun runMeasured(const QByteArray& program, const QStringList& arguments, const char* tokenVariable,
                        const QString& token, int killAfterMs = 60000);

} // namespace ghcr::test
