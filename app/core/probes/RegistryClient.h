#pragma once

#include "app/core/model/CheckRequest.h"
#include "app/core/model/Evidence.h"
#include "app/core/probes/RegistryAuth.h"
#include "app/core/probes/RegistryProbes.h"
#include "app/core/probes/RegistryState.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace ghcr {

/// Asks a Docker Registry v2 (ghcr.io, the CNCF registry, …) what this token may really do: one check's registry
/// side. It runs RegistryAuth (the challenge, then one token request that is the login too) and RegistryProbes
/// (pull and push at once), and beside them the public-package check (an anonymous pull, unless GitHub's packages
/// API already said); then it emits the evidence, cleaned of the registry tokens received.
class RegistryClient : public QObject
{
    Q_OBJECT

public:
    RegistryClient(HttpClient* http, QObject* parent = nullptr);

    /// `user` may be empty: the client discovers the challenge and then waits for provideUser().
    void start(const CheckRequest& resolvedRequest, const QString& token, const QString& user);
    /// Supplies the user name once the API has answered (source: "api" or "placeholder").
    void provideUser(const QString& user, UserSource source);
    /// Stops waiting for a user (the HTTP client's cancelAll() answers the requests in flight).
    void cancel();
    /// Only the challenge (GET /v2/), then finished(): one discovery that a matrix run shares across its
    /// images through setKnownChallenge().
    void startDiscovery(const CheckRequest& resolvedRequest);
    /// Before start(): take the challenge (or its failure) from `discovered` instead of asking /v2/ again.
    void setKnownChallenge(const RegistryEvidence& discovered) { m_knownChallenge = discovered; }
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
    void setSharedToken(const QString& bearer) { m_auth->setSharedToken(bearer); }
    /// Before start(): see RegistryProbes::setCancelRefusal() (a 405 to an upload cancel, learned once per run).
    void setCancelRefusal(std::shared_ptr<CancelLearning> learning) { m_probes->setCancelRefusal(std::move(learning)); }
    /// Registry tokens received are added to this set (the check's secrets).
    void setRedactions(std::shared_ptr<RedactionSet> redactions) { m_state.redactions = std::move(redactions); }
    bool waitingForUser() const { return m_waitingForUser; }
    /// Before start(): once the registry is ready and still has no user, wait at most `ms` for provideUser(); then
    /// the registry part stops with a sentence saying why (no user name is guessed). 0: no limit but the budget.
    void setUserWaitLimit(int ms) { m_userWaitLimitMs = ms; }

    /// The realm policy and the registry's error body, by the names the tests and fuzzers know them
    /// (RegistryAuth and RegistryState define them).
    static constexpr auto realmAllowed = &RegistryAuth::realmAllowed;
    static constexpr auto parseRegistryError = &ghcr::parseRegistryError;

Q_SIGNALS:
    void progress(const QString& message);
    void finished(const ghcr::RegistryEvidence& evidence);

private:
    void initEvidence(const CheckRequest& resolvedRequest, const QString& user);
    void takeKnownChallenge();
    /// The challenge is known (asked or given): authorize or wait for the user, and the public-package check.
    void challengeKnown();
    /// After probes with the batch's token: when one did not prove its operation, forget that token and ask
    /// again with the image's own (true: asking; the chain is not over).
    bool retryWithOwnToken();
    /// In parallel with the probes: does the package answer an anonymous pull? (Then a pull proves nothing.)
    void checkPublic();
    /// The anonymous token arrived: HEAD the manifest with it.
    void anonymousPull(const HttpResponse& tokenAnswer);
    void sideCheckDone();
    /// The wait for the user is over (false: there was none).
    bool endUserWait();
    /// Stops waiting for the user: the registry part ends with `sentence` as its error.
    void stopWaitingForUser(const QString& sentence);
    void done();   ///< the main chain (login, probes) is over
    void finish(); ///< everything is over: emit the evidence

    RegistryState m_state;
    RegistryAuth* m_auth;
    RegistryProbes* m_probes;
    bool m_waitingForUser = false;
    int m_userWaitLimitMs = 0;
    QTimer* m_userWait; ///< the limit on the wait for provideUser()
    bool m_discovered = false;
    bool m_running = false;
    bool m_discoveryOnly = false;
    std::optional<RegistryEvidence> m_knownChallenge;
    QString m_knownVisibility;
    bool m_visibilityPending = false; ///< the packages API was asked; checkPublic() waits for its answer
    bool m_waitingVisibility = false; ///< checkPublic() ran and waits (one side check counted)
    QElapsedTimer m_clock;
    int m_pendingSideChecks = 0; ///< the public-package check and the upload cancel still in flight
    bool m_mainDone = false;     ///< the login and probes are finished
};

} // namespace ghcr
