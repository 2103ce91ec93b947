#include "DockerCredentials.h"

#include "Redactor.h"
#include "TokenAnalysis.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// "https://ghcr.io/v1/", "ghcr.io", "http://ghcr.io" → "ghcr.io"
QString normalizedHost(const QString& key)
{
    QString k = key.trimmed().toLower();
    if (k.contains(u"://"_s))
        k = k.section(u"://"_s, 1);
    return k.section(u'/', 0, 0);
}

void compare(DockerCredentialEvidence& e, const QString& user, QString secret, const QString& checkedFingerprint)
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
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QStringList DockerCredentialsInspector::configCandidates()
{
    QStringList files;
    const QString dockerConfig = qEnvironmentVariable("DOCKER_CONFIG");
    files << (dockerConfig.isEmpty() ? QDir::homePath() + u"/.docker/config.json"_s : dockerConfig + u"/config.json"_s);
    const QString authFile = qEnvironmentVariable("REGISTRY_AUTH_FILE");
    if (!authFile.isEmpty())
        files << authFile;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty())
        files << runtime + u"/containers/auth.json"_s;
    files << QDir::homePath() + u"/.config/containers/auth.json"_s;
    return files;
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
    const QString host = normalizedHost(registryHost);

    // credHelpers (per registry) wins over credsStore (for all), which wins over auths in the file.
    const QJsonObject helpers = root.value(u"credHelpers"_s).toObject();
    for (auto it = helpers.constBegin(); it != helpers.constEnd(); ++it) {
        if (normalizedHost(it.key()) == host && !it.value().toString().isEmpty()) {
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
        if (normalizedHost(it.key()) != host)
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
    m_registryHost = normalizedHost(registryHost);
    m_checkedFingerprint = checkedFingerprint;
    m_timeoutMs = timeoutMs;
    m_running = true;
    m_evidence = DockerCredentialEvidence{};
    m_evidence.inspected = true;

    for (const QString& path : configCandidates()) {
        QFile file(path);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            m_evidence.configPath = path;
            m_evidence.errorSentence = tr("Could not read %1: %2").arg(path, file.errorString());
            continue;
        }
        QString helper;
        DockerCredentialEvidence found =
            fromConfig(file.read(4 * 1024 * 1024), m_registryHost, checkedFingerprint, &helper);
        // Shown in reports meant for sharing: the home folder becomes "~".
        const QString home = QDir::homePath();
        found.configPath = (!home.isEmpty() && path.startsWith(home + u'/')) ? u"~"_s + path.mid(home.size()) : path;
        if (!found.errorSentence.isEmpty())
            found.errorSentence = tr("%1: %2").arg(path, found.errorSentence);
        m_evidence = found;
        if (!helper.isEmpty()) {
            runHelper(helper);
            return;
        }
        if (m_evidence.entryFound || !m_evidence.errorSentence.isEmpty())
            break; // the first file with an answer is the one the client uses
    }
    QTimer::singleShot(0, this, &DockerCredentialsInspector::finish);
}

void DockerCredentialsInspector::runHelper(const QString& helper)
{
    // Only a plain helper name: never a path or anything a shell would interpret.
    static const QString allowed = u"abcdefghijklmnopqrstuvwxyz0123456789-_."_s;
    for (QChar c : helper) {
        if (!allowed.contains(c.toLower())) {
            m_evidence.errorSentence =
                tr("Docker's config names an unusual credential helper “%1”; not run.").arg(Redactor::redact(helper));
            QTimer::singleShot(0, this, &DockerCredentialsInspector::finish);
            return;
        }
    }
    m_evidence.helperProgram = u"docker-credential-"_s + helper;
    m_process = new QProcess(this);
    m_process->setProgram(m_evidence.helperProgram);
    m_process->setArguments({u"get"_s});
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_evidence.errorSentence = tr("Docker stores logins with %1, which is not installed here (or not on "
                                          "PATH); its stored login could not be compared.")
                                           .arg(m_evidence.helperProgram);
            finish();
        }
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (!m_running)
            return;
        QByteArray out = m_process->readAllStandardOutput();
        const QByteArray err = m_process->readAllStandardError();
        if (status != QProcess::NormalExit) {
            m_evidence.errorSentence = tr("%1 did not finish normally.").arg(m_evidence.helperProgram);
        } else if (exitCode != 0) {
            const QString said = QString::fromUtf8(out + err).trimmed().left(200);
            if (said.contains(u"not found"_s, Qt::CaseInsensitive))
                m_evidence.entryFound = false;
            else
                m_evidence.errorSentence = tr("%1 failed (exit %2): %3")
                                               .arg(m_evidence.helperProgram)
                                               .arg(exitCode)
                                               .arg(Redactor::redact(said));
        } else {
            const QJsonObject o = QJsonDocument::fromJson(out).object();
            const QString secret = o.value(u"Secret"_s).toString();
            if (!secret.isEmpty())
                compare(m_evidence, o.value(u"Username"_s).toString(), secret, m_checkedFingerprint);
            else
                m_evidence.errorSentence = tr("%1 answered without a stored secret.").arg(m_evidence.helperProgram);
        }
        out.fill('\0');
        finish();
    });
    QTimer::singleShot(m_timeoutMs, m_process, [this] {
        if (m_running && m_process && m_process->state() != QProcess::NotRunning) {
            m_evidence.errorSentence = tr("%1 did not answer within %2 seconds (is a keychain prompt waiting?).")
                                           .arg(m_evidence.helperProgram)
                                           .arg(m_timeoutMs / 1000);
            m_process->kill();
            finish();
        }
    });
    m_process->start();
    m_process->write(m_registryHost.toUtf8() + '\n');
    m_process->closeWriteChannel();
}

void DockerCredentialsInspector::cancel()
{
    if (!m_running)
        return;
    if (m_process)
        m_process->kill();
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
