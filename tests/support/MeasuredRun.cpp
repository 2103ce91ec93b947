#include "tests/support/MeasuredRun.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char** environ;

using namespace Qt::StringLiterals;

namespace ghcr::test {

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QByteArray binaryUnderTest(const QByteArray& built)
{
    return qEnvironmentVariableIsSet("GHCR_DOCTOR_UNDER_TEST") ? qgetenv("GHCR_DOCTOR_UNDER_TEST") : built;
}

MeasuredRun runMeasured(const QByteArray& program, const QStringList& arguments, const char* tokenVariable,
                        const QString& token, int killAfterMs)
{
    MeasuredRun o;
    QTemporaryDir dir;
    const QByteArray outPath = (dir.path() + u"/out"_s).toLocal8Bit();
    const QByteArray errPath = (dir.path() + u"/err"_s).toLocal8Bit();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QList<QByteArray> argStore{program};
    for (const QString& a : arguments)
        argStore << a.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    qputenv(tokenVariable, token.toUtf8());
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    qunsetenv(tokenVariable);
    if (spawned != 0)
        return o;
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, WNOHANG, &usage) != pid) {
        if (clock.elapsed() > killAfterMs) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            return o;
        }
        QTest::qWait(10);
    }
    o.finished = true;
    o.elapsedMs = clock.elapsed();
    o.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    o.maxRssKiB = usage.ru_maxrss;
    o.out = readAll(QString::fromLocal8Bit(outPath));
    o.err = readAll(QString::fromLocal8Bit(errPath));
    return o;
}

} // namespace ghcr::test
