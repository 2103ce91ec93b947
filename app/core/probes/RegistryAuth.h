#pragma once

#include "app/core/probes/RegistryState.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace ghcr {

/// The authentication half of a check's registry side: the challenge (GET /v2/, and plain HTTP on loopback when
/// allowed), the realm policy (where credentials may go), and the token requests — one for every operation
/// (pull,push), which is the login too; a plain login and one token per operation only when the registry refuses
/// the operations together (403); or the matrix run's shared token, without a request.
class RegistryAuth : public QObject
{
    Q_OBJECT

public:
    using Bearers = QHash<Operation, QString>; ///< a registry token per operation to probe
    RegistryAuth(RegistryState* state, QObject* parent = nullptr);

    /// GET /v2/: discovered() with the challenge in the evidence, or failed().
    void discover();
    /// Once the challenge and the user are known: the login and the operations' tokens, then authorized() (or
    /// failed() when a Basic registry could not be asked at all).
    void authorize();
    /// A registry token the matrix run asked for a batch of images at once: authorize() uses it, no request.
    void setSharedToken(const QString& bearer) { m_sharedToken = bearer; }
    /// Forgets the shared token (to ask again with the image's own); true if there was one.
    bool dropSharedToken();

    /// True when Basic credentials for `registryHost` may be sent to `realm`.
    static bool realmAllowed(const QUrl& realm, const QString& registryHost);
    /// ghcr.io and GHE.com's containers host accept any user name with a token (Docker Hub checks it).
    static bool acceptsAnyUser(const QString& registryHost);
    static QString neutralUser() { return QStringLiteral("ghcr-doctor"); }
    /// One token request for several repositories (a `scope` each, as the token specification allows), with
    /// the user's credentials; an empty URL when the challenge's realm may not get them (see realmAllowed()).
    static HttpRequest batchTokenRequest(const RegistryEvidence& challenge, const QStringList& repositories,
                                         const QStringList& actions, const QString& user, const QString& token);
    /// The registry token of a token endpoint's 200 answer ("token", else "access_token"); empty if none.
    static QString tokenFromBody(const QByteArray& body);

Q_SIGNALS:
    void progress(const QString& message);
    void discovered();
    void authorized(const ghcr::RegistryAuth::Bearers& bearers);
    /// The chain is over without probes (the evidence says why).
    void failed();

private:
    using TokenCallback = std::function<void(const HttpResponse& response, const QString& registryToken)>;
    void authorizeShared();
    void login(const QString& fallbackNote);
    void recordLogin(const HttpResponse& response, const QString& registryToken);
    void refusedAtTokenEndpoint(OperationResult* result, const HttpResponse& response);
    void requestToken(const QStringList& actions, TokenCallback done);

    RegistryState* m_state;
    QString m_sharedToken;
};

} // namespace ghcr
