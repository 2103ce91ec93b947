#pragma once

#include "app/core/diagnosis/Diagnosis.h"
#include "app/core/model/CheckRequest.h"

#include <QElapsedTimer>
#include <QObject>

class QNetworkAccessManager;

namespace ghcr {

class CheckSession;
class RegistryClient;

/// Runs one check: the GitHub API and the registry side by side, then the diagnosis.
/// Widgets use this object and its signals only; they never see a network reply.
class CheckRunner : public QObject
{
    Q_OBJECT

public:
    enum class Side { Api, Registry };
    Q_ENUM(Side)

    explicit CheckRunner(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~CheckRunner() override;

    /// Starts a check. The token is held in memory only for the duration of the check.
    /// If a check is running it is cancelled first.
    void start(const CheckRequest& request, const QString& token);
    /// Aborts every request at once; finished() is emitted with `cancelled` set.
    void cancel();
    bool isRunning() const { return m_running; }
    /// How long the registry waits for the API's login when no user is given and the registry may check user
    /// names: a quarter of the check's budget, at least 1 s.
    static int userWaitLimitMs(const CheckRequest& request);

Q_SIGNALS:
    /// Human progress line for one side ("Requesting a registry token for pull…").
    void progress(ghcr::CheckRunner::Side side, const QString& message);
    void apiFinished(const ghcr::ApiEvidence& evidence);
    void registryFinished(const ghcr::RegistryEvidence& evidence);
    void finished(const ghcr::Diagnosis& diagnosis);

private:
    void startDockerInspection();
    void startPackageProbe(const QString& cleanToken);
    void maybeFinish();

    QNetworkAccessManager* m_network;
    CheckSession* m_session = nullptr; ///< this check's network side (deleted once the verdict is out)
    RegistryClient* m_registry = nullptr;
    CheckRequest m_request;
    TokenAnalysis m_token;
    ApiEvidence m_apiEvidence;
    RegistryEvidence m_registryEvidence;
    DockerCredentialEvidence m_dockerEvidence;
    PackageEvidence m_packageEvidence;
    bool m_dockerDone = true;
    bool m_packageDone = true;
    bool m_apiDone = false;
    bool m_registryDone = false;
    bool m_running = false;
    bool m_cancelled = false;
    QDateTime m_startedAt;
    QElapsedTimer m_clock;
    std::shared_ptr<RedactionSet> m_redactions; ///< this check's secrets, handed to its diagnosis
};

} // namespace ghcr
