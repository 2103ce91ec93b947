#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QProcess;

namespace ghcr {

/// What Docker (or Podman) has stored for the registry, compared with the token being checked.
/// A stale token stored by an earlier `docker login` makes `docker pull` fail even when a new token
/// is fine. Holds no secret: only the stored token's fingerprint and kind.
struct DockerCredentialEvidence
{
    bool inspected = false; ///< false: not asked (turned off)
    QString configPath;     ///< the file read: ~/.docker/config.json, Podman's auth.json, …
    QString store;          ///< "file" (auths in the config) or the helper name ("secretservice", "desktop", …)
    QString helperProgram;  ///< docker-credential-<name>, when one was asked
    bool entryFound = false;
    QString storedUser;
    QString storedFingerprint; ///< sha256:… of the stored secret, as TokenAnalysis computes it
    QString storedKind;        ///< tokenKindId() of the stored secret
    std::optional<bool> sameAsChecked;
    QString errorSentence; ///< the config or helper could not be read: why
};

/// Finds Docker's (or Podman's) stored login for a registry and compares it with the checked token.
/// Reads $DOCKER_CONFIG/config.json or ~/.docker/config.json, then Podman's auth.json; follows
/// credHelpers/credsStore by running docker-credential-<name> get (asynchronously, with a timeout).
class DockerCredentialsInspector : public QObject
{
    Q_OBJECT

public:
    explicit DockerCredentialsInspector(QObject* parent = nullptr);
    ~DockerCredentialsInspector() override;

    /// `checkedFingerprint` is TokenAnalysis::fingerprint of the token being checked. A credential helper
    /// gets at most `timeoutMs` (the caller passes what is left of the check's budget, at most 10 s).
    void start(const QString& registryHost, const QString& checkedFingerprint, int timeoutMs = 10000);
    void cancel();

    /// Candidate files, in the order they are consulted.
    static QStringList configCandidates();
    /// The entry for `registryHost` in a Docker/Podman config document. Pure: for tests.
    /// Returns the helper name to ask in `helper` (empty when the secret is in the file itself).
    static DockerCredentialEvidence fromConfig(const QByteArray& json, const QString& registryHost,
                                               const QString& checkedFingerprint, QString* helper);

    /// What a helper's `get` printed, read into `base`. Pure: for tests and fuzzing. A failing helper's
    /// output (which may hold a stored secret) is never quoted: only its exit code and size are told.
    static DockerCredentialEvidence fromHelperOutput(DockerCredentialEvidence base, const QByteArray& out,
                                                     const QByteArray& err, int exitCode,
                                                     const QString& checkedFingerprint);
    /// A helper printing more than this is stopped and its output dropped.
    static constexpr qint64 maxHelperOutputBytes = 64 * 1024;

Q_SIGNALS:
    void finished(const ghcr::DockerCredentialEvidence& evidence);

private:
    void runHelper(const QString& helper);
    void stopHelper();
    void finish();

    DockerCredentialEvidence m_evidence;
    QString m_registryHost;
    QString m_checkedFingerprint;
    QPointer<QProcess> m_process;
    QByteArray m_out;
    QByteArray m_err;
    qint64 m_helperGroup = 0; ///< the helper's process group (its pid), for stopping its children too
    int m_timeoutMs = 10000;
    bool m_running = false;
};

} // namespace ghcr

Q_DECLARE_METATYPE(ghcr::DockerCredentialEvidence)
