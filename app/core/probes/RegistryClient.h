#pragma once

#include "app/core/model/CheckRequest.h"
#include "app/core/model/Evidence.h"
#include "app/core/net/HttpClient.h"
#include "app/core/net/WwwAuthenticate.h"
#include "app/core/token/Redactor.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

namespace ghcr {

/// Asks a Docker Registry v2 (ghcr.io, the CNCF registry, …) what this token may really do:
/// challenge discovery on /v2/, a login token request, then per requested operation one token
/// request and one real probe (pull: manifest HEAD, fallback tags/list; push: start an upload
/// and cancel it; delete: never probed).
class RegistryClient : public QObject
{
    Q_OBJECT

public:
    RegistryClient(HttpClient* http, QObject* parent = nullptr);

    /// `user` may be empty: the client discovers the challenge and then waits for provideUser().
    void start(const CheckRequest& resolvedRequest, const QString& token, const QString& user);
    /// Supplies the user name once the API has answered (source: "api" or "placeholder").
    void provideUser(const QString& user, UserSource source);
    void cancel();
    /// Only the challenge (GET /v2/), then finished(): one discovery that a matrix run shares across its
    /// images through setKnownChallenge().
    void startDiscovery(const CheckRequest& resolvedRequest);
    /// Before start(): take the challenge (or its failure) from `discovered` instead of asking /v2/ again.
    void setKnownChallenge(const RegistryEvidence& discovered);
    /// Before start(): the package's visibility as GitHub's packages API listed it ("public", "private",
    /// "internal"); the anonymous public-package check is then skipped. Empty: unknown, check it.
    void setKnownVisibility(const QString& visibility) { m_knownVisibility = visibility; }
    /// Before start(): the visibility is being asked of GitHub's packages API; the public-package check waits
    /// for provideVisibility() — a visibility skips it, an empty one asks the registry anonymously.
    void setVisibilityPending() { m_visibilityPending = true; }
    void provideVisibility(const QString& visibility);
    /// Before start(): a registry token the matrix run asked for a batch of images at once. The probes use it
    /// instead of a token request of their own; any operation it does not prove is asked again with the
    /// image's own token (a token server may grant fewer scopes per request), so a refusal is never the batch's.
    void setSharedToken(const QString& bearer) { m_sharedToken = bearer; }
    /// Before start(): a cell the images of a matrix run share. An upload cancel answered 405 (ghcr.io cannot
    /// cancel uploads) is written into it, and later images do not send a cancel the registry cannot honour.
    void setCancelRefusal(std::shared_ptr<int> refusedStatus) { m_cancelRefusal = std::move(refusedStatus); }
    /// One token request for several repositories (a `scope` each, as the token specification allows), with
    /// the user's credentials; an empty URL when the challenge's realm may not get them (see realmAllowed()).
    static HttpRequest batchTokenRequest(const RegistryEvidence& challenge, const QStringList& repositories,
                                         const QStringList& actions, const QString& user, const QString& token);
    /// The registry token of a token endpoint's 200 answer ("token", else "access_token"); empty if none.
    static QString tokenFromBody(const QByteArray& body);
    /// Registry tokens received are added to this set (the check's secrets).
    void setRedactions(std::shared_ptr<RedactionSet> redactions) { m_redactions = std::move(redactions); }
    bool waitingForUser() const { return m_waitingForUser; }

    /// ghcr.io and GHE.com's containers host accept any user name with a token (Docker Hub checks it).
    static bool acceptsAnyUser(const QString& registryHost);
    static QString neutralUser() { return QStringLiteral("ghcr-doctor"); }
    /// How long the verdict waits for the answer to the upload cancel, which is not evidence.
    static constexpr int cancelGraceMs = 25;

    /// True when Basic credentials for `registryHost` may be sent to `realm`.
    static bool realmAllowed(const QUrl& realm, const QString& registryHost);
    /// Parses a registry error body {"errors":[{code,message,detail}]} (first error).
    static bool parseRegistryError(const QByteArray& body, QString* code, QString* message);

Q_SIGNALS:
    void progress(const QString& message);
    void finished(const ghcr::RegistryEvidence& evidence);

private:
    using TokenCallback = std::function<void(const HttpResponse& response, const QString& registryToken)>;
    void discover();
    /// The challenge is known (asked or given): authorize or wait for the user, and the public-package check.
    void challengeKnown();
    /// Once the challenge and the user are known: one token request for every operation, which is the login
    /// too; the probes then run concurrently. A registry that refuses the operations together gets a plain
    /// login and one token per operation.
    void authorize();
    /// authorize() with the batch's token: the probes run at once, no token request.
    void authorizeShared();
    /// After probes with the batch's token: when one did not prove its operation, forget that token and ask
    /// again with the image's own (true: asking; the chain is not over).
    bool retryWithOwnToken();
    void login(const QString& fallbackNote);
    void recordLogin(const HttpResponse& response, const QString& registryToken);
    void refusedAtTokenEndpoint(OperationResult* result, const HttpResponse& response);
    void startProbes(const QHash<Operation, QString>& bearers);
    void probeDone();
    void requestToken(const QStringList& actions, TokenCallback done);
    void probePull(OperationResult* result, const QString& bearer);
    void probePullTags(OperationResult* result, const QString& bearer);
    void probePush(OperationResult* result, const QString& bearer);
    OperationResult* result(Operation op);
    void applyAuthFailure(OperationResult* result, const HttpResponse& response);
    void done();   ///< the main chain (login, probes) is over
    void finish(); ///< everything is over: emit the evidence
    QUrl registryUrl(const QString& path) const;
    /// Every registry request goes through here: a 429 with a short Retry-After (≤ 2 s) is retried once;
    /// any other 429 comes back as a failure that says the registry is busy.
    void send(const HttpRequest& request, const std::function<void(const HttpResponse&)>& callback);
    /// In parallel with the probes: does the package answer an anonymous pull? (Then a pull proves nothing.)
    void checkPublic();
    void sideCheckDone();
    HttpRequest probeRequest(const QByteArray& method, const QString& pathOrUrl, const QString& registryToken) const;
    /// Records time and status; on a transport failure notes it, moves on and returns true.
    bool recordProbeAnswer(OperationResult* result, const HttpResponse& response);

    HttpClient* m_http;
    CheckRequest m_request;
    QString m_token;
    RegistryEvidence m_evidence;
    bool m_waitingForUser = false;
    bool m_discovered = false;
    bool m_running = false;
    bool m_discoveryOnly = false;
    std::optional<RegistryEvidence> m_knownChallenge;
    QString m_knownVisibility;
    bool m_visibilityPending = false; ///< the packages API was asked; checkPublic() waits for its answer
    bool m_waitingVisibility = false; ///< checkPublic() ran and waits (one side check counted)
    QString m_sharedToken;
    std::shared_ptr<int> m_cancelRefusal;
    QStringList m_registryTokens; ///< secrets received, wiped when done (the redaction set keeps them)
    std::shared_ptr<RedactionSet> m_redactions;
    QElapsedTimer m_clock;
    QString m_repository;
    QSet<QUrl> m_retried;        ///< requests already retried once after a 429
    int m_pendingSideChecks = 0; ///< the public-package check still in flight
    bool m_mainDone = false;     ///< the login and probes are finished
    int m_pendingProbes = 0;
    bool m_cancelOutstanding = false; ///< the upload cancel was sent and has not answered
    QPointer<HttpJob> m_cancelJob;    ///< the upload cancel's job (owned by the HTTP client, see probePush())

public:
    static constexpr double maxRetryAfterSeconds = 2.0;
};

} // namespace ghcr
