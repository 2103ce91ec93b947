#pragma once
// Runs a program as a user's shell would in CI: its own session (no controlling terminal, so nothing can be asked
// on one), standard input closed, and the caller's event loop running while it waits (a fake server living in the
// test process keeps answering).

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace ghcr::test {

struct BinaryRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline BinaryRun runBinary(const QString& program, const QStringList& arguments,
                           const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                           int timeoutMs = 90000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([] { ::setsid(); });
#endif
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    BinaryRun r;
    if (!process.waitForStarted(30000))
        return r;
    process.closeWriteChannel();
    r.finished = finished.wait(timeoutMs);
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

} // namespace ghcr::test
