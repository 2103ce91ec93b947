#include "app/core/probes/DockerCredentials.h"

#include "app/core/token/Redactor.h"
#include "app/core/token/TokenAnalysis.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace ghcr {

QString registryHostKey(const QString& key)
{
    QString k = key.trimmed().toLower();
    if (k.contains(u"://"_s))
        k = k.section(u"://"_s, 1);
    return k.section(u'/', 0, 0);
}

namespace {

void compare(StoredLogin& e, const QString& user, QString secret, const QString& checkedFingerprint)
{
    e.entryFound = true;
    e.storedUser = user;
    const TokenAnalysis stored = analyzeToken(secret);
    secret.fill(u'\0');
    e.storedFingerprint = stored.fingerprint;
    e.storedKind = tokenKindId(stored.kind);
    if (!checkedFingerprint.isEmpty() && !e.storedFingerprint.isEmpty())
        e.sameAsChecked = (e.storedFingerprint == checkedFingerprint);
}

} // namespace

DockerCredentialsInspector::DockerCredentialsInspector(QObject* parent)
    : QObject(parent)
{
}

DockerCredentialsInspector::~DockerCredentialsInspector()
{
    if (m_process) {
        m_process->disconnect(this);
        stopHelper();
        m_process->waitForFinished(1000);
    }
    m_out.fill('\0');
}

void DockerCredentialsInspector::stopHelper()
{
#ifdef Q_OS_UNIX
    // The helper runs in its own process group: whatever it started goes with it, also after it exited.
    if (m_helperGroup > 0)
        ::kill(-pid_t(m_helperGroup), SIGKILL);
    m_helperGroup = 0;
#endif
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill();
}

StoredLogin DockerCredentialsInspector::fromHelperOutput(StoredLogin e, const QByteArray& out, const QByteArray& err,
                                                         int exitCode, const QString& checkedFingerprint)
{
    if (exitCode != 0) {
        // docker-credential-* print "credentials not found in native keychain" for a missing entry.
        if (out.contains("not found") || out.contains("Not found") || err.contains("not found")) {
            e.entryFound = false;
            return e;
        }
        e.errorSentence = tr("%1 failed: exit %2, %n byte(s) of output not shown (it may hold a stored secret).",
                             nullptr, int(qMin<qint64>(out.size() + err.size(), INT_MAX)))
                              .arg(e.helperProgram)
                              .arg(exitCode);
        return e;
    }
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    const QString secret = o.value(u"Secret"_s).toString();
    // docker-credential-pass answers a missing entry with exit 0 and an empty user and secret.
    if (secret.isEmpty() && o.value(u"Username"_s).toString().isEmpty() && o.contains(u"Secret"_s)) {
        e.entryFound = false;
        return e;
    }
    if (!secret.isEmpty())
        compare(e, Redactor::redact(o.value(u"Username"_s).toString()).left(200), secret, checkedFingerprint);
    else
        e.errorSentence = tr("%1 answered without a stored secret.").arg(e.helperProgram);
    return e;
}

QList<DockerCredentialsInspector::Source> DockerCredentialsInspector::sources()
{
    const QString home = QDir::homePath();
    QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (configHome.isEmpty())
        configHome = home + u"/.config"_s;
    QList<Source> list;
    const QString dockerConfig = qEnvironmentVariable("DOCKER_CONFIG");
    list << Source{u"docker"_s,
                   dockerConfig.isEmpty() ? home + u"/.docker/config.json"_s : dockerConfig + u"/config.json"_s};
    // Podman, Buildah and skopeo: REGISTRY_AUTH_FILE alone when it is set (then Docker's config).
    const QString authFile = qEnvironmentVariable("REGISTRY_AUTH_FILE");
    if (!authFile.isEmpty()) {
        list << Source{u"podman"_s, authFile};
    } else {
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtime.isEmpty())
            list << Source{u"podman"_s, runtime + u"/containers/auth.json"_s};
        list << Source{u"podman"_s, configHome + u"/containers/auth.json"_s};
    }
    const QString helm = qEnvironmentVariable("HELM_REGISTRY_CONFIG");
    list << Source{u"helm"_s, helm.isEmpty() ? configHome + u"/helm/registry/config.json"_s : helm};
    // One file named twice (REGISTRY_AUTH_FILE pointing at Docker's config, …) is read once.
    QStringList seen;
    list.removeIf([&seen](const Source& src) {
        const QString canonical = QFileInfo(src.path).absoluteFilePath();
        if (seen.contains(canonical))
            return true;
        seen << canonical;
        return false;
    });
    return list;
}

DockerCredentialEvidence DockerCredentialsInspector::fromConfig(const QByteArray& json, const QString& registryHost,
                                                                const QString& checkedFingerprint, QString* helper)
{
    DockerCredentialEvidence e;
    e.inspected = true;
    if (helper)
        helper->clear();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        e.errorSentence = tr("The file is not valid JSON (%1).").arg(error.errorString());
        return e;
    }
    const QJsonObject root = doc.object();
    const QString host = registryHostKey(registryHost);

    // credHelpers (per registry) wins over credsStore (for all), which wins over auths in the file.
    const QJsonObject helpers = root.value(u"credHelpers"_s).toObject();
    for (auto it = helpers.constBegin(); it != helpers.constEnd(); ++it) {
        if (registryHostKey(it.key()) == host && !it.value().toString().isEmpty()) {
            e.store = it.value().toString();
            if (helper)
                *helper = e.store;
            return e;
        }
    }
    const QString credsStore = root.value(u"credsStore"_s).toString();
    if (!credsStore.isEmpty()) {
        e.store = credsStore;
        if (helper)
            *helper = credsStore;
        return e;
    }
    e.store = u"file"_s;
    const QJsonObject auths = root.value(u"auths"_s).toObject();
    for (auto it = auths.constBegin(); it != auths.constEnd(); ++it) {
        if (registryHostKey(it.key()) != host)
            continue;
        const QJsonObject entry = it.value().toObject();
        QByteArray pair = QByteArray::fromBase64(entry.value(u"auth"_s).toString().toLatin1());
        const qsizetype colon = pair.indexOf(':');
        if (colon >= 0) {
            compare(e, QString::fromUtf8(pair.left(colon)), QString::fromUtf8(pair.mid(colon + 1)), checkedFingerprint);
        } else if (!entry.value(u"identitytoken"_s).toString().isEmpty()) {
            e.entryFound = true; // an OAuth identity token, not a GitHub token: nothing to compare
        }
        pair.fill('\0');
        return e;
    }
    return e;
}

void DockerCredentialsInspector::start(const QString& registryHost, const QString& checkedFingerprint, int timeoutMs)
{
    m_registryHost = registryHostKey(registryHost);
    m_checkedFingerprint = checkedFingerprint;
    m_timeoutMs = timeoutMs;
    m_running = true;
    m_evidence = DockerCredentialEvidence{};
    m_evidence.inspected = true;
    m_primaryDecided = false;
    m_sources = sources();
    m_clock.start();
    next();
}

void DockerCredentialsInspector::next()
{
    while (m_running && !m_sources.isEmpty()) {
        const Source src = m_sources.takeFirst();
        QFile file(src.path);
        if (!file.exists())
            continue;
        // Shown in reports meant for sharing: the home folder becomes "~".
        const QString home = QDir::homePath();
        const QString shown =
            (!home.isEmpty() && src.path.startsWith(home + u'/')) ? u"~"_s + src.path.mid(home.size()) : src.path;
        QString helper;
        if (!file.open(QIODevice::ReadOnly)) {
            m_entry = StoredLogin{};
            m_entry.errorSentence = tr("Could not read %1: %2").arg(src.path, file.errorString());
        } else {
            m_entry = fromConfig(file.read(4 * 1024 * 1024), m_registryHost, m_checkedFingerprint, &helper);
            if (!m_entry.errorSentence.isEmpty())
                m_entry.errorSentence = tr("%1: %2").arg(src.path, m_entry.errorSentence);
        }
        m_entry.configPath = shown;
        m_entry.tool = src.tool;
        if (src.tool == u"docker"_s && (helper == u"desktop"_s || helper == u"desktop.exe"_s))
            m_entry.tool = u"docker-desktop"_s;
        if (!helper.isEmpty() && runHelper(helper))
            return; // continues when the helper is done
        entryDone();
    }
    QTimer::singleShot(0, this, &DockerCredentialsInspector::finish);
}

void DockerCredentialsInspector::entryDone()
{
    const bool answered = m_entry.entryFound || !m_entry.errorSentence.isEmpty() || !m_entry.helperProgram.isEmpty();
    if (answered)
        m_evidence.entries << m_entry;
    // What docker (or podman) uses: the first of their files with an answer.
    if (!m_primaryDecided && m_entry.tool != u"helm"_s) {
        static_cast<StoredLogin&>(m_evidence) = m_entry;
        m_primaryDecided = answered;
    }
}

void DockerCredentialsInspector::helperDone()
{
    if (m_process) {
        m_process->disconnect(this);
        stopHelper();
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_out.fill('\0');
    m_out.clear();
    m_err.clear();
    if (!m_running)
        return;
    entryDone();
    QTimer::singleShot(0, this, &DockerCredentialsInspector::next);
}

bool DockerCredentialsInspector::runHelper(const QString& helper)
{
    // Only a plain helper name: never a path or anything a shell would interpret.
    static const QString allowed = u"abcdefghijklmnopqrstuvwxyz0123456789-_."_s;
    for (QChar c : helper) {
        if (!allowed.contains(c.toLower())) {
            m_entry.errorSentence =
                tr("Docker's config names an unusual credential helper “%1”; not run.").arg(Redactor::redact(helper));
            return false;
        }
    }
    m_entry.helperProgram = u"docker-credential-"_s + helper;
    // Helpers run one after another, all within the check's budget.
    const int remainingMs = int(m_timeoutMs - m_clock.elapsed());
    if (remainingMs <= 0) {
        m_entry.errorSentence =
            tr("%1 was not asked: the time for stored logins was used up.").arg(m_entry.helperProgram);
        return false;
    }
    m_out.clear();
    m_err.clear();
    m_process = new QProcess(this);
    m_process->setProgram(m_entry.helperProgram);
    m_process->setArguments({u"get"_s});
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_UNIX
    // Its own process group, so that a stop takes the helper's children too (a hung keychain prompt, …).
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    connectHelper(remainingMs);
    m_process->start();
    if (!m_process)
        return true; // it failed to start, and helperDone() moved on
    m_helperGroup = m_process->processId();
    m_process->write(m_registryHost.toUtf8() + '\n');
    m_process->closeWriteChannel();
    return true;
}

void DockerCredentialsInspector::connectHelper(int budgetMs)
{
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_entry.errorSentence = tr("Docker stores logins with %1, which is not installed here (or not on "
                                       "PATH); its stored login could not be compared.")
                                        .arg(m_entry.helperProgram);
            helperDone();
        }
    });
    const auto drain = [this] {
        if (!m_running || !m_process)
            return false;
        m_out += m_process->readAllStandardOutput();
        m_err += m_process->readAllStandardError();
        if (m_out.size() + m_err.size() <= maxHelperOutputBytes)
            return true;
        m_entry.errorSentence = tr("%1 printed more than %2 KiB; it was stopped and its output dropped.")
                                    .arg(m_entry.helperProgram)
                                    .arg(maxHelperOutputBytes / 1024);
        helperDone();
        return false;
    };
    connect(m_process, &QProcess::readyReadStandardOutput, this, drain);
    connect(m_process, &QProcess::readyReadStandardError, this, drain);
    connect(m_process, &QProcess::finished, this, [this, drain](int exitCode, QProcess::ExitStatus status) {
        if (!drain())
            return;
        if (status != QProcess::NormalExit)
            m_entry.errorSentence = tr("%1 did not finish normally.").arg(m_entry.helperProgram);
        else
            m_entry = fromHelperOutput(m_entry, m_out, m_err, exitCode, m_checkedFingerprint);
        helperDone();
    });
    QTimer::singleShot(budgetMs, m_process, [this, budgetMs] {
        if (m_running && m_process && m_process->state() != QProcess::NotRunning) {
            m_entry.errorSentence = tr("%1 did not answer within %2 seconds (is a keychain prompt waiting?).")
                                        .arg(m_entry.helperProgram)
                                        .arg(budgetMs / 1000.0, 0, 'g', 3);
            helperDone();
        }
    });
}

void DockerCredentialsInspector::cancel()
{
    if (!m_running)
        return;
    if (m_process) {
        m_process->disconnect(this);
        stopHelper();
    }
    m_evidence.errorSentence = tr("Cancelled.");
    finish();
}

void DockerCredentialsInspector::finish()
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(m_evidence);
}

} // namespace ghcr
