#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QProcess;

namespace ghcr {

/// "https://ghcr.io/v1/", "ghcr.io", "http://GHCR.io" → "ghcr.io": how the tools match a config key to a registry.
QString registryHostKey(const QString& key);

/// One stored login for the registry: which tool keeps it where, compared with the token being checked.
/// Holds no secret: only the stored token's fingerprint and kind.
struct StoredLogin
{
    QString tool;          ///< "docker", "docker-desktop", "podman" or "helm"
    QString configPath;    ///< the file read: ~/.docker/config.json, Podman's auth.json, … (home shown as ~)
    QString store;         ///< "file" (auths in the config) or the helper name ("secretservice", "desktop", …)
    QString helperProgram; ///< docker-credential-<name>, when one was asked
    bool entryFound = false;
    QString storedUser;
    QString storedFingerprint; ///< sha256:… of the stored secret, as TokenAnalysis computes it
    QString storedKind;        ///< tokenKindId() of the stored secret
    std::optional<bool> sameAsChecked;
    QString errorSentence; ///< the config or helper could not be read: why
};

/// What Docker (or Podman) uses for the registry, compared with the token being checked (the fields of
/// StoredLogin), and every stored login found for it (`entries`). A stale token stored by an earlier
/// `docker login` makes `docker pull` fail even when a new token is fine.
struct DockerCredentialEvidence : StoredLogin
{
    bool inspected = false;     ///< false: not asked (turned off)
    QList<StoredLogin> entries; ///< every file or helper holding a login for the registry, in lookup order
};

/// Sweeps every place a login for a registry is stored and compares each with the checked token:
/// Docker's config ($DOCKER_CONFIG or ~/.docker), Podman's auth.json ($REGISTRY_AUTH_FILE alone when set,
/// else $XDG_RUNTIME_DIR/containers, then $XDG_CONFIG_HOME/containers) and Helm's registry config
/// ($HELM_REGISTRY_CONFIG or $XDG_CONFIG_HOME/helm/registry/config.json). credHelpers/credsStore are
/// followed by running docker-credential-<name> get, one at a time, within the time budget.
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

    /// A file that may hold logins, and the tool reading it.
    struct Source
    {
        QString tool;
        QString path;
    };
    /// Every file swept, in lookup order (Podman's fallback to Docker's config is Docker's entry).
    static QList<Source> sources();
    /// The entry for `registryHost` in a Docker/Podman config document. Pure: for tests.
    /// Returns the helper name to ask in `helper` (empty when the secret is in the file itself).
    static DockerCredentialEvidence fromConfig(const QByteArray& json, const QString& registryHost,
                                               const QString& checkedFingerprint, QString* helper);

    /// What a helper's `get` printed, read into `base`. Pure: for tests and fuzzing. A failing helper's
    /// output (which may hold a stored secret) is never quoted: only its exit code and size are told.
    static StoredLogin fromHelperOutput(StoredLogin base, const QByteArray& out, const QByteArray& err, int exitCode,
                                        const QString& checkedFingerprint);
    /// A helper printing more than this is stopped and its output dropped.
    static constexpr qint64 maxHelperOutputBytes = 64 * 1024;

Q_SIGNALS:
    void finished(const ghcr::DockerCredentialEvidence& evidence);

private:
    void next();
    void entryDone();
    bool runHelper(const QString& helper); ///< false: not started (m_entry says why)
    void connectHelper(int budgetMs);
    void helperDone();
    void stopHelper();
    void finish();

    QList<Source> m_sources;
    QElapsedTimer m_clock;
    DockerCredentialEvidence m_evidence;
    StoredLogin m_entry; ///< the entry being read
    QString m_registryHost;
    QString m_checkedFingerprint;
    QPointer<QProcess> m_process;
    QByteArray m_out;
    QByteArray m_err;
    qint64 m_helperGroup = 0; ///< the helper's process group (its pid), for stopping its children too
    int m_timeoutMs = 10000;
    bool m_running = false;
    bool m_primaryDecided = false;
};

} // namespace ghcr

Q_DECLARE_METATYPE(ghcr::DockerCredentialEvidence)
