#include "app/storage/LoginWriter.h"

#include "app/core/probes/DockerCredentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

QString configHome()
{
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    return xdg.isEmpty() ? QDir::homePath() + u"/.config"_s : xdg;
}

/// The file behind a symlink (the config a dotfiles manager links elsewhere is written where it lives).
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    return info.isSymLink() ? info.symLinkTarget() : path;
}

bool atomicWrite(const QString& path, const QByteArray& content, QFileDevice::Permissions permissions, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    file.setPermissions(permissions);
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

/// Runs docker-credential-<helper> `action` with `input` on stdin, in its own process group, within the budget;
/// what it printed in `output` (at most 64 KiB) when asked for.
QString runHelper(const QString& helper, const QString& action, const QByteArray& input, int timeoutMs,
                  QByteArray* output = nullptr)
{
    QProcess p;
    p.setProgram(u"docker-credential-"_s + helper);
    p.setArguments({action});
#ifdef Q_OS_UNIX
    p.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    p.start();
    if (!p.waitForStarted(timeoutMs))
        return LoginWriter::tr("%1 could not be started.").arg(p.program());
    const qint64 group = p.processId(); // taken now: once it has exited, processId() is 0
    p.write(input);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(timeoutMs);
    if (output)
        *output = p.read(DockerCredentialsInspector::maxHelperOutputBytes);
#ifdef Q_OS_UNIX
    // Whatever it left behind in its group goes too (never kill(0): that would be our own group).
    if (group > 0)
        ::kill(-pid_t(group), SIGKILL);
#endif
    if (!finished)
        return LoginWriter::tr("%1 did not answer within %2 seconds.").arg(p.program()).arg(timeoutMs / 1000);
    // Its output may quote the secret: never shown, only the exit code.
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return LoginWriter::tr("%1 %2 failed (exit %3); its output is not shown.")
            .arg(p.program(), action)
            .arg(p.exitCode());
    return {};
}

/// The credential helper Docker uses for the registry (credHelpers, then credsStore), or empty.
QString dockerHelper(const QString& configPath, const QString& registry)
{
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString helper;
    DockerCredentialsInspector::fromConfig(file.read(4 * 1024 * 1024), registry, QString(), &helper);
    return helper;
}

/// Docker with a credential helper for the registry: the helper does `action` (store, erase). False when
/// the login lives in a file instead.
bool throughHelper(const QString& tool, const QString& host, const QString& action, const QByteArray& input,
                   int timeoutMs, LoginChange* c)
{
    if (tool != u"docker"_s && tool != u"docker-desktop"_s)
        return false;
    const QString helper = dockerHelper(LoginWriter::configPathFor(tool), host);
    if (helper.isEmpty())
        return false;
    c->changed = u"docker-credential-"_s + helper;
    c->errorSentence = runHelper(helper, action, input, timeoutMs);
    c->ok = c->errorSentence.isEmpty();
    return true;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// True when the file's `auths` has an entry for the registry (in any of the forms the tools write its key).
bool hasEntry(const QByteArray& json, const QString& registry)
{
    const QJsonObject auths = QJsonDocument::fromJson(json).object().value(u"auths"_s).toObject();
    const QString host = registryHostKey(registry);
    for (const QString& key : auths.keys()) {
        if (registryHostKey(key) == host)
            return true;
    }
    return false;
}

LoginChange changeEntry(const QString& tool, const QString& registry, const QString& user, const QString& token)
{
    const QString path = LoginWriter::configPathFor(tool);
    if (path.isEmpty()) {
        LoginChange c;
        c.errorSentence = LoginWriter::tr("Unknown tool “%1”: docker, podman or helm.").arg(tool);
        return c;
    }
    const QByteArray old = readAll(path);
    if (token.isEmpty() && !hasEntry(old, registry)) {
        // Nothing to remove: the file and its backup (maybe the only copy of a login removed before) stay as they are.
        LoginChange c;
        c.ok = true;
        c.unchanged = true;
        c.changed = path;
        return c;
    }
    LoginChange c = LoginWriter::writeFile(path, LoginWriter::withEntry(old, registry, user, token));
    if (c.ok && !token.isEmpty() && tool != u"helm"_s && tool != u"podman"_s)
        c.warning = LoginWriter::tr("WARNING! Your credentials are stored unencrypted in '%1'.\nConfigure a credential "
                                    "helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/")
                        .arg(path);
    return c;
}

} // namespace

QString LoginWriter::configPathFor(const QString& tool)
{
    if (tool == u"docker"_s || tool == u"docker-desktop"_s) {
        const QString dir = qEnvironmentVariable("DOCKER_CONFIG");
        return (dir.isEmpty() ? QDir::homePath() + u"/.docker"_s : dir) + u"/config.json"_s;
    }
    if (tool == u"podman"_s) {
        const QString authFile = qEnvironmentVariable("REGISTRY_AUTH_FILE");
        if (!authFile.isEmpty())
            return authFile;
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        return runtime.isEmpty() ? configHome() + u"/containers/auth.json"_s : runtime + u"/containers/auth.json"_s;
    }
    if (tool == u"helm"_s) {
        const QString helm = qEnvironmentVariable("HELM_REGISTRY_CONFIG");
        return helm.isEmpty() ? configHome() + u"/helm/registry/config.json"_s : helm;
    }
    return {};
}

QString LoginWriter::target(const QString& tool, const QString& registry)
{
    const QString path = configPathFor(tool);
    if (path.isEmpty())
        return {};
    if (tool == u"docker"_s || tool == u"docker-desktop"_s) {
        if (const QString helper = dockerHelper(path, registryHostKey(registry)); !helper.isEmpty())
            return u"docker-credential-"_s + helper;
    }
    return resolved(path);
}

QString LoginWriter::backupPathFor(const QString& configPath)
{
    return resolved(configPath) + u".ghcr-doctor-backup"_s;
}

QByteArray LoginWriter::withEntry(const QByteArray& json, const QString& registry, const QString& user,
                                  const QString& token)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject auths = root.value(u"auths"_s).toObject();
    const QString host = registryHostKey(registry);
    for (const QString& key : auths.keys()) {
        if (registryHostKey(key) == host)
            auths.remove(key); // https://ghcr.io, ghcr.io/v1/, …: one login per registry
    }
    if (!token.isEmpty())
        auths.insert(host, QJsonObject{{u"auth"_s, QString::fromLatin1((user + u':' + token).toUtf8().toBase64())}});
    root.insert(u"auths"_s, auths);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

LoginChange LoginWriter::writeFile(const QString& path, const QByteArray& content)
{
    LoginChange c;
    const QString target = resolved(path);
    c.changed = target;
    const QFileInfo info(target);
    QFileDevice::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner;
    if (info.exists()) {
        permissions = info.permissions();
        // Checked on the bits, not access(): root may write anywhere, docker login would still refuse.
        if (!(permissions & QFile::WriteOwner) || !QFileInfo(info.path()).isWritable()) {
            c.errorSentence = tr("%1 is read-only; nothing was changed.").arg(target);
            return c;
        }
        QString error;
        c.backupPath = backupPathFor(target);
        if (!atomicWrite(c.backupPath, readAll(target), QFile::ReadOwner | QFile::WriteOwner, &error)) {
            c.errorSentence = tr("Could not write the backup %1: %2; nothing was changed.").arg(c.backupPath, error);
            return c;
        }
    } else if (!QDir().mkpath(info.path())) {
        c.errorSentence = tr("Could not create the folder %1.").arg(info.path());
        return c;
    }
    QString error;
    c.ok = atomicWrite(target, content, permissions, &error);
    if (!c.ok)
        c.errorSentence = tr("Could not write %1: %2; it was not changed.").arg(target, error);
    return c;
}

LoginChange LoginWriter::store(const QString& tool, const QString& registry, const QString& user, const QString& token,
                               int timeoutMs)
{
    const QString host = registryHostKey(registry);
    const QByteArray input =
        QJsonDocument(QJsonObject{{u"ServerURL"_s, host}, {u"Username"_s, user}, {u"Secret"_s, token}})
            .toJson(QJsonDocument::Compact);
    LoginChange c;
    if (throughHelper(tool, host, u"store"_s, input, timeoutMs, &c))
        return c;
    return changeEntry(tool, host, user, token);
}

LoginChange LoginWriter::erase(const QString& tool, const QString& registry, int timeoutMs)
{
    const QString host = registryHostKey(registry);
    LoginChange c;
    if (throughHelper(tool, host, u"erase"_s, host.toUtf8() + '\n', timeoutMs, &c))
        return c;
    return changeEntry(tool, host, QString(), QString());
}

QString LoginWriter::storedSecret(const StoredLogin& login, const QString& registry, QString* user, QString* error,
                                  int timeoutMs)
{
    const QString host = registryHostKey(registry);
    QByteArray out;
    if (!login.helperProgram.isEmpty()) {
        *error = runHelper(login.store, u"get"_s, host.toUtf8() + '\n', timeoutMs, &out);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        out.fill('\0');
        *user = o.value(u"Username"_s).toString();
        const QString secret = o.value(u"Secret"_s).toString();
        if (error->isEmpty() && secret.isEmpty())
            *error = tr("%1 holds no login for %2.").arg(login.helperProgram, host);
        return error->isEmpty() ? secret : QString();
    }
    const QString path =
        login.configPath.startsWith(u"~/"_s) ? QDir::homePath() + login.configPath.mid(1) : login.configPath;
    const QJsonObject auths = QJsonDocument::fromJson(readAll(path)).object().value(u"auths"_s).toObject();
    for (const QString& key : auths.keys()) {
        if (registryHostKey(key) == host)
            out = QByteArray::fromBase64(auths.value(key).toObject().value(u"auth"_s).toString().toLatin1());
    }
    const qsizetype colon = out.indexOf(':');
    if (colon <= 0) {
        *error = tr("%1 holds no login for %2.").arg(login.configPath, host);
        return {};
    }
    *user = QString::fromUtf8(out.left(colon));
    const QString secret = QString::fromUtf8(out.mid(colon + 1));
    out.fill('\0');
    return secret;
}

LoginChange LoginWriter::undo(const QString& configPath)
{
    const QString backup = backupPathFor(configPath);
    if (!QFile::exists(backup)) {
        LoginChange c;
        c.errorSentence = tr("There is no backup of %1 to restore.").arg(configPath);
        return c;
    }
    return writeFile(configPath, readAll(backup));
}

} // namespace ghcr
