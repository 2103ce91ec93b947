#pragma once

#include "app/core/model/EnumIds.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ghcr {

enum class Operation { Pull, Push, Delete };
template <> struct EnumTable<Operation>
{
    static constexpr const char* context = "";
    static constexpr EnumEntry<Operation> entries[] = {
        {Operation::Pull, u"pull"}, {Operation::Push, u"push"}, {Operation::Delete, u"delete"}};
};
QString operationId(Operation op); ///< "pull", "push", "delete"
std::optional<Operation> operationFromId(const QString& id);
/// "login,pull,push" → the operations to prove besides login (login is always checked, so "login" alone
/// gives an empty list). nullopt when the list is empty or names an unknown operation (`bad` gets it).
std::optional<QList<Operation>> operationsFromList(const QString& list, QString* bad = nullptr);

struct RateLimit
{
    int limit = -1;
    int remaining = -1;
    int used = -1;
    QDateTime reset; ///< UTC; invalid when unknown
    QString resource;
    int retryAfterSeconds = -1;
};

/// What the GitHub REST API said about the token (GET /user). Holds no secret.
struct ApiEvidence
{
    enum class Outcome {
        NotRun,         ///< not attempted (e.g. unusable token)
        Ok,             ///< 200
        BadCredentials, ///< 401
        SsoRequired,    ///< 403 with X-GitHub-SSO: required
        RateLimited,    ///< 403/429 with remaining 0 or Retry-After
        LockedOut,      ///< 403 after too many failed attempts
        Forbidden,      ///< any other 403
        NotFound,       ///< 404
        ServerError,    ///< 5xx
        UnexpectedStatus,
        Malformed,    ///< 200 but the body is not the JSON we expect
        NetworkError, ///< no HTTP answer (DNS, TLS, refused, timeout, reset)
        Cancelled,
        NotGitHub,  ///< an answer without GitHub's signature (HTML, no X-GitHub-Request-Id): wrong API URL
        Integration ///< 403 "Resource not accessible by integration": an installation token GitHub recognised
    };

    Outcome outcome = Outcome::NotRun;
    QString url;           ///< e.g. https://api.github.com/user
    int httpStatus = 0;    ///< 0 when no HTTP answer
    QString errorSentence; ///< human sentence when something went wrong ("the server answered 502 to GET …")
    QString login;
    QString accountType;               ///< "User", "Bot", … from the body
    std::optional<QStringList> scopes; ///< raw X-OAuth-Scopes; nullopt when the header is absent
    QStringList scopesExpanded;        ///< raw + GitHub's documented implications
    /// True when `scopes` is an empty list inferred, not read: Qt 6.4 drops response headers whose value is
    /// empty, and GitHub sends an empty X-OAuth-Scopes for a classic/OAuth token without scopes.
    bool scopesInferredEmpty = false;
    QStringList acceptedScopes;  ///< X-Accepted-OAuth-Scopes
    QString acceptedPermissions; ///< X-Accepted-GitHub-Permissions
    QString expiresRaw;          ///< GitHub-Authentication-Token-Expiration as sent
    QDateTime expiresAt;         ///< UTC; invalid when absent or unparsable
    QDateTime answeredAt;        ///< UTC: when GitHub's answer (or the failure) arrived
    bool ssoRequired = false;
    QString ssoUrl;
    QStringList ssoPartialOrganizations;
    RateLimit rateLimit;
    QString requestId; ///< X-GitHub-Request-Id
    QString message;   ///< GitHub's JSON "message" (redacted)
    QString documentationUrl;
    qint64 elapsedMs = 0;

    bool answered() const { return httpStatus != 0; }
    /// True when GitHub took the token as its own (200, or the 403 asking for SSO authorization): only then are
    /// the answer's scope and expiry headers the token's. A refused token's answer (401 Bad credentials), a rate
    /// limit or a body that cannot be read says nothing about the token, whatever headers came with it.
    bool describesToken() const { return outcome == Outcome::Ok || outcome == Outcome::SsoRequired; }
    /// Days from the answer to the expiry, to the nearest whole day (negative once expired). The one figure
    /// the checklist, the window and every report show; nullopt unless both dates are known.
    std::optional<qint64> expiresInDays() const;
};
template <> struct EnumTable<ApiEvidence::Outcome>
{
    using O = ApiEvidence::Outcome;
    static constexpr const char* context = "Evidence";
    static constexpr EnumEntry<O> entries[] = {
        {O::NotRun, u"not-run", QT_TRANSLATE_NOOP("Evidence", "not run")},
        {O::Ok, u"ok", QT_TRANSLATE_NOOP("Evidence", "accepted")},
        {O::BadCredentials, u"bad-credentials", QT_TRANSLATE_NOOP("Evidence", "bad credentials")},
        {O::SsoRequired, u"sso-required", QT_TRANSLATE_NOOP("Evidence", "SAML SSO authorization required")},
        {O::RateLimited, u"rate-limited", QT_TRANSLATE_NOOP("Evidence", "rate limited")},
        {O::LockedOut, u"locked-out", QT_TRANSLATE_NOOP("Evidence", "locked out after too many failed attempts")},
        {O::Forbidden, u"forbidden", QT_TRANSLATE_NOOP("Evidence", "forbidden")},
        {O::NotFound, u"not-found", QT_TRANSLATE_NOOP("Evidence", "not found")},
        {O::ServerError, u"server-error", QT_TRANSLATE_NOOP("Evidence", "server error")},
        {O::UnexpectedStatus, u"unexpected-status", QT_TRANSLATE_NOOP("Evidence", "unexpected status")},
        {O::Malformed, u"malformed", QT_TRANSLATE_NOOP("Evidence", "malformed answer")},
        {O::NetworkError, u"network-error", QT_TRANSLATE_NOOP("Evidence", "no answer (network error)")},
        {O::Cancelled, u"cancelled", QT_TRANSLATE_NOOP("Evidence", "cancelled")},
        {O::NotGitHub, u"not-github", QT_TRANSLATE_NOOP("Evidence", "not GitHub's API")},
        {O::Integration, u"integration", QT_TRANSLATE_NOOP("Evidence", "recognised as an installation token")},
    };
};
QString apiOutcomeId(ApiEvidence::Outcome outcome);
/// Human, translated words for an outcome ("bad credentials"): the window and every report use these.
QString apiOutcomeTitle(ApiEvidence::Outcome outcome);

/// What an operation's verdict rests on.
enum class OperationBasis { None, Probe, TokenEndpoint, Scopes, NotRun };
template <> struct EnumTable<OperationBasis>
{
    using B = OperationBasis;
    static constexpr const char* context = "";
    static constexpr EnumEntry<B> entries[] = {{B::None, u""},
                                               {B::Probe, u"probe"},
                                               {B::TokenEndpoint, u"token-endpoint"},
                                               {B::Scopes, u"scopes"},
                                               {B::NotRun, u"not-run"}};
};

/// Where the user name sent to the registry came from.
enum class UserSource { None, Given, Api, Placeholder, Neutral };
template <> struct EnumTable<UserSource>
{
    using S = UserSource;
    static constexpr const char* context = "";
    static constexpr EnumEntry<S> entries[] = {{S::None, u""},
                                               {S::Given, u"given"},
                                               {S::Api, u"api"},
                                               {S::Placeholder, u"placeholder"},
                                               {S::Neutral, u"neutral"}};
};

/// One registry operation (pull/push/delete) and the evidence its verdict rests on.
struct OperationResult
{
    Operation operation = Operation::Pull;
    bool requested = false;
    std::optional<bool> allowed;                 ///< nullopt: could not tell
    OperationBasis basis = OperationBasis::None; ///< ids "probe", "token-endpoint", "scopes", "not-run"
    int tokenStatus = 0;                         ///< HTTP status of the token request for this operation (0: none)
    QString probe;                               ///< e.g. "HEAD /v2/owner/app/manifests/latest"
    int httpStatus = 0;                          ///< status of the probe itself
    QString code;                                ///< registry error code: DENIED, UNAUTHORIZED, MANIFEST_UNKNOWN, …
    QString message;                             ///< registry error message (redacted)
    QString challengeError;                      ///< error= from WWW-Authenticate (insufficient_scope, invalid_token)
    QString note;                                ///< human explanation of what the evidence means
    QString cancelProbe;                         ///< push: "DELETE <location>" used to cancel the empty upload
    int cancelStatus = 0;
    QString cancelNote;
    QString errorSentence; ///< transport failure, if any
    qint64 elapsedMs = 0;
};

/// What the container registry answered. Holds no secret (no token, no registry token).
struct RegistryEvidence
{
    bool attempted = false;
    QString host;            ///< ghcr.io or HOST:PORT
    QString baseUrl;         ///< https://ghcr.io
    int challengeStatus = 0; ///< status of GET /v2/
    QString challengeScheme; ///< Bearer / Basic / "" (open registry)
    QString realm;
    QString service;
    QString challengeScope;
    QString user;
    UserSource userSource = UserSource::None; ///< Neutral: a registry that accepts any user name
    bool waitedForApi = false;
    QString image;     ///< owner/name (without tag) as probed (see lintImage())
    QString reference; ///< tag or digest; "latest" by default
    /// Whether the tag/digest exists: true when the manifest was served, false on MANIFEST_UNKNOWN or an
    /// unknown repository, nullopt when not looked up or not determinable.
    std::optional<bool> referenceExists;
    QStringList existingTags; ///< from tags/list when the reference was missing (at most 20)
    /// Whether the package answers pulls without credentials (then a pull proves nothing about the token):
    /// nullopt when not determinable.
    std::optional<bool> publicImage;
    QString publicEvidence;     ///< e.g. "anonymous token request → 200; anonymous HEAD …/manifests/latest → 200"
    bool rateLimited = false;   ///< the registry answered 429 and a short retry did not help
    int retryAfterSeconds = -1; ///< its Retry-After in whole seconds, -1 when it named none
    // Login: a token request without a repository scope, as `docker login` does.
    bool loginAttempted = false;
    std::optional<bool> loginOk;
    int loginStatus = 0;
    QString loginCode;
    QString loginMessage;
    QString errorSentence;             ///< transport failure on discovery or login
    QList<OperationResult> operations; ///< one per operation pull, push, delete (requested or not)
    qint64 elapsedMs = 0;

    const OperationResult* operation(Operation op) const;
};

} // namespace ghcr
