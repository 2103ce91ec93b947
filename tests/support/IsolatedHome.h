#pragma once
// A throwaway HOME for tests of the files Docker, Podman and Helm keep their registry logins in.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QPair>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace ghcr::test {

inline void writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(content);
}

/// A throwaway HOME with every variable a tool reads to find its logins pointed into it (or unset), restored
/// on destruction.
class IsolatedHome
{
public:
    IsolatedHome()
    {
        for (const char* name : names)
            m_saved << qMakePair(QByteArray(name), qEnvironmentVariableIsSet(name) ? std::optional(qgetenv(name))
                                                                                   : std::optional<QByteArray>());
        for (const char* name : names)
            qunsetenv(name);
        qputenv("HOME", QFile::encodeName(m_dir.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral(".config"))));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path(QStringLiteral("run"))));
    }
    ~IsolatedHome()
    {
        for (const auto& [name, value] : m_saved) {
            if (value)
                qputenv(name.constData(), *value);
            else
                qunsetenv(name.constData());
        }
    }
    QString path(const QString& relative) const { return m_dir.filePath(relative); }

private:
    static constexpr const char* names[] = {"HOME",          "XDG_CONFIG_HOME",    "XDG_RUNTIME_DIR",
                                            "DOCKER_CONFIG", "REGISTRY_AUTH_FILE", "HELM_REGISTRY_CONFIG"};
    QTemporaryDir m_dir;
    QList<QPair<QByteArray, std::optional<QByteArray>>> m_saved;
};

} // namespace ghcr::test
