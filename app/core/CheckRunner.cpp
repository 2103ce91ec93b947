#include "app/core/CheckRunner.h"

#include "app/core/CheckSession.h"
#include "app/core/diagnosis/ActionsRules.h"
#include "app/core/probes/DockerCredentials.h"
#include "app/core/probes/GitHubApiClient.h"
#include "app/core/probes/PackageProbe.h"
#include "app/core/probes/RegistryClient.h"
#include "app/core/token/Redactor.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ghcr {

CheckRunner::CheckRunner(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

CheckRunner::~CheckRunner() = default;

int CheckRunner::userWaitLimitMs(const CheckRequest& request)
{
    return qMax(1000, request.timeoutSeconds * 1000 / 4);
}

void CheckRunner::start(const CheckRequest& request, const QString& token)
{
    if (m_running)
        cancel();
    m_request = request.resolved();
    m_token = analyzeToken(token);
    const QString clean = normalizeToken(token);
    m_apiEvidence = ApiEvidence{};
    m_registryEvidence = RegistryEvidence{};
    m_dockerEvidence = DockerCredentialEvidence{};
    m_packageEvidence = PackageEvidence{};
    m_dockerDone = m_packageDone = true;
    m_apiDone = m_registryDone = false;
    m_cancelled = false;
    m_running = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();

    // A session per check: it owns this check's HTTP client, parts and requests; abort() cancels exactly them.
    m_session = new CheckSession(m_network, m_request, 0, this);
    auto* api = m_session->add<GitHubApiClient>();
    m_registry = m_session->add<RegistryClient>();
    // A registry that may check user names waits for the API's login: a quarter of the budget at most, so that a
    // hanging API does not hold the registry part until the whole budget is spent (--user avoids the wait).
    m_registry->setUserWaitLimit(userWaitLimitMs(m_request));

    // A token that cannot travel in a header (empty, non-ASCII, inner spaces) is not sent anywhere.
    if (!canBeSent(m_token)) {
        m_apiEvidence.outcome = ApiEvidence::Outcome::NotRun;
        m_apiDone = m_registryDone = true;
        QMetaObject::invokeMethod(this, &CheckRunner::maybeFinish, Qt::QueuedConnection);
        return;
    }
    m_redactions = std::make_shared<RedactionSet>();
    m_redactions->add(clean);
    m_registry->setRedactions(m_redactions);

    connect(api, &GitHubApiClient::finished, this, [this](const ApiEvidence& e) {
        m_apiEvidence = e;
        m_apiDone = true;
        Q_EMIT apiFinished(e);
        if (!m_cancelled && m_registry && m_registry->waitingForUser()) {
            if (!e.login.isEmpty())
                m_registry->provideUser(e.login, UserSource::Api);
            else
                m_registry->provideUser(u"ghcr-doctor"_s, UserSource::Placeholder);
        }
        maybeFinish();
    });
    connect(m_registry, &RegistryClient::progress, this,
            [this](const QString& message) { Q_EMIT progress(Side::Registry, message); });
    connect(m_registry, &RegistryClient::finished, this, [this](const RegistryEvidence& e) {
        m_registryEvidence = e;
        m_registryDone = true;
        Q_EMIT registryFinished(e);
        maybeFinish();
    });

    startDockerInspection();
    startPackageProbe(clean);

    Q_EMIT progress(Side::Api, tr("Asking GitHub about the token (GET /user)…"));
    api->start(m_request.apiUrl, clean, m_token.kind);
    m_registry->start(m_request, clean, m_request.user);
}

void CheckRunner::startDockerInspection()
{
    if (!m_request.inspectDockerCredentials)
        return;
    // Local and quick: Docker's saved login for the registry, compared by fingerprint only.
    m_dockerDone = false;
    auto* docker = m_session->add<DockerCredentialsInspector>();
    connect(docker, &DockerCredentialsInspector::finished, this, [this](const DockerCredentialEvidence& e) {
        m_dockerEvidence = e;
        m_dockerDone = true;
        maybeFinish();
    });
    // A credential helper gets what is left of the check's budget, and never more than 10 s.
    docker->start(m_request.registry, m_token.fingerprint, int(qMin<qint64>(10000, m_session->http()->remainingMs())));
}

void CheckRunner::startPackageProbe(const QString& cleanToken)
{
    // In GitHub Actions: does the package exist, and is it linked to a repository ("Manage Actions access")?
    QString repository;
    QString reference;
    if (m_request.actions.inActions && parseImageReference(m_request.image, &repository, &reference) &&
        repository.contains(u'/')) {
        m_packageDone = false;
        auto* probe = m_session->add<PackageProbe>();
        connect(probe, &PackageProbe::finished, this, [this](const PackageEvidence& e) {
            m_packageEvidence = e;
            m_packageDone = true;
            maybeFinish();
        });
        probe->start(m_request.apiUrl, cleanToken, repository.section(u'/', 0, 0), repository.section(u'/', 1));
    }
}

void CheckRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_session)
        m_session->abort(); // every request at once (the parts report Cancelled), the user wait, the Docker helper
    if (!m_apiDone) {
        m_apiEvidence.outcome = ApiEvidence::Outcome::Cancelled;
        m_apiDone = true;
    }
    if (!m_registryDone)
        m_registryDone = true;
    m_dockerDone = true;
    m_packageDone = true;
    maybeFinish();
}

void CheckRunner::maybeFinish()
{
    if (!m_running || !m_apiDone || !m_registryDone || !m_dockerDone || !m_packageDone)
        return;
    m_running = false;
    if (m_cancelled)
        m_apiEvidence.outcome = ApiEvidence::Outcome::Cancelled;
    Diagnosis d = Diagnoser::diagnose(m_request, m_token, m_apiEvidence, m_registryEvidence,
                                      QDateTime::currentDateTimeUtc(), m_dockerEvidence);
    d.startedAt = m_startedAt;
    d.finishedAt = QDateTime::currentDateTimeUtc();
    d.timings.apiMs = m_apiEvidence.elapsedMs;
    d.timings.registryMs = m_registryEvidence.elapsedMs;
    d.timings.totalMs = m_clock.elapsed();
    d.cancelled = m_cancelled;
    d.redactions = std::move(m_redactions);
    d.package = m_packageEvidence;
    addActionsFindings(d);
    if (m_session) {
        m_session->deleteLater(); // the HTTP client, every part and whatever is still in flight
        m_session = nullptr;
        m_registry = nullptr;
    }
    Q_EMIT finished(d);
}

} // namespace ghcr
