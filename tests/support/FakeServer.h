#pragma once

// A fake GitHub REST API (GHES-style, under /api/v3) and a fake Docker Registry v2 with token auth
// (/v2/..., token endpoint /token) on one HTTPS server at https://127.0.0.1:PORT, driven by
// scenarios and able to inject faults (delay, hang, reset, HTML 5xx, malformed JSON, huge body).
// TEST ONLY: it serves the committed test certificate (tests/data/server.pem, signed by test-ca.pem).

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QTcpSocket;

namespace ghcr::test {

/// A transport-level fault injected instead of (or around) the normal answer.
enum class Fault {
    None,
    Delay,       ///< answer normally after `delayMs`
    Hang,        ///< read the request, never answer
    Reset,       ///< close the connection abruptly without an answer
    HugeBody,    ///< answer 200 with a body far beyond 1 MiB (hugeBodyBytes)
    ServerError, ///< answer 502/503 with an HTML body
};

/// What GET /api/v3/user answers.
struct ApiBehaviour
{
    enum class Body {
        Json,      ///< the user object (200) or {"message","documentation_url"} (errors)
        Malformed, ///< truncated JSON
        Html,      ///< an HTML error page
    };

    int status = 200;
    /// X-OAuth-Scopes: nullopt = header absent (fine-grained), "" = present but empty, else the value.
    std::optional<QString> scopes = QStringLiteral("read:packages, write:packages");
    QString expiry;  ///< GitHub-Authentication-Token-Expiration as sent; empty = absent
    QString sso;     ///< X-GitHub-SSO as sent; empty = absent
    QString message; ///< JSON "message" on errors ("Bad credentials", ...)
    Body body = Body::Json;
    QString login = QStringLiteral("octocat");
    int rateLimit = 5000;
    int rateRemaining = 4987;
    qint64 rateReset = 0; ///< epoch seconds; 0 = now + 1 hour
    int retryAfter = -1;  ///< Retry-After seconds; -1 = absent
    Fault fault = Fault::None;
    int delayMs = 0;
    /// false: answer without X-GitHub-Request-Id / X-GitHub-Media-Type, as a web server that is not
    /// GitHub's API does (with Body::Html: an HTML page).
    bool signedByGitHub = true;
};

/// What GET /api/v3/orgs|users/OWNER/packages/container/NAME answers (the package the check names).
struct PackageBehaviour
{
    bool exists = true;
    bool organization = false; ///< owned by an organization (answers under /orgs/), else by a user (/users/)
    QString linkedRepository;  ///< full_name of the linked repository; empty = not linked (no "repository" key)
    QString visibility = QStringLiteral("private");
    int status = 200; ///< another status answers {"message": message} (e.g. 403)
    QString message;
};

/// What one registry probe (pull: manifest HEAD / tags list; push: POST blobs/uploads/) answers
/// once the bearer token is valid and carries the action.
struct ProbeBehaviour
{
    enum class Kind {
        Allow,
        DeniedGhcr,        ///< 403 {"errors":[{"code":"DENIED","message":message}]} (ghcr.io)
        InsufficientScope, ///< 401 + Bearer ...,error="insufficient_scope" + UNAUTHORIZED body (CNCF)
        Unauthorized,      ///< 401 + plain Bearer challenge + UNAUTHORIZED body (SSO org on ghcr.io)
        ManifestUnknown,   ///< 404 MANIFEST_UNKNOWN
        NameUnknown,       ///< 404 NAME_UNKNOWN
    };
    Kind kind = Kind::Allow;
    QString message; ///< error message; a sensible default per kind when empty
};

/// What the registry side (/v2/..., /token) does.
struct RegistryBehaviour
{
    enum class TokenEndpoint {
        Grant,          ///< 200 {"token": …}: grants requested ∩ grantableActions
        Refuse401,      ///< 401 UNAUTHORIZED refusalMessage, for every request
        Refuse403,      ///< 403 DENIED refusalMessage, for every request
        RefuseCombined, ///< 403 DENIED when one scope asks for several actions; grants single actions
    };
    enum class Cancel {
        NoContent,         ///< 204
        MethodNotAllowed,  ///< 405 UNSUPPORTED (ghcr.io)
        InsufficientScope, ///< 401 insufficient_scope unless the token carries "delete", then 204 (CNCF)
    };

    QString service = QStringLiteral("fake-registry");
    QString realm; ///< empty = https://127.0.0.1:PORT/token
    TokenEndpoint tokenEndpoint = TokenEndpoint::Grant;
    QString refusalMessage;        ///< for Refuse401/Refuse403; a default when empty
    bool accessTokenField = false; ///< answer {"access_token": …} instead of {"token": …}
    bool firstScopeOnly = false;   ///< a token server that grants only the first repository a request names
    QStringList grantableActions{QStringLiteral("pull"), QStringLiteral("push"), QStringLiteral("delete")};
    ProbeBehaviour pull;
    ProbeBehaviour push;
    Cancel cancel = Cancel::NoContent;
    Fault fault = Fault::None; ///< applies to every registry request (/v2/..., /token)
    int delayMs = 0;
    QStringList tags{QStringLiteral("latest")}; ///< what tags/list answers (also when the manifest is unknown)
    /// A public package: anonymous token requests get a pull token, and pulls with it are served.
    bool publicPackage = false;
    /// Answer this many registry/token requests with 429 TOOMANYREQUESTS first (ghcr.io's rate limit).
    int tooManyRequests = 0;
    int tooManyRequestsAfter = 0; ///< …once this many registry/token requests were answered normally
    int retryAfterSeconds = 1;    ///< the Retry-After of those 429s
};

/// One container package of the fake GitHub (listed by /user/packages and /orgs/ORG/packages, probed on /v2/).
struct FakePackage
{
    QString owner;
    bool orgOwned = false;
    QString name;
    QString visibility = QStringLiteral("private"); ///< "private", "public", "internal"
    QString repository;                             ///< OWNER/REPO it is linked to; empty: not linked
    std::optional<ProbeBehaviour> pull;             ///< this package's answer to pulls (else the registry's)
    std::optional<ProbeBehaviour> push;
};
/// A package as GitHub lists it (private/public/internal; an empty repository: not linked).
FakePackage fakePackage(const QString& owner, bool org, const QString& name, const QString& visibility,
                        const QString& repository);

/// What the packages endpoints (/user/packages, /orgs/ORG/packages, /user/orgs) answer.
struct PackagesBehaviour
{
    int status = 200;       ///< 403: the token may not list packages; 404: no packages API (GHES)
    QString message;        ///< JSON "message" when status is not 200
    int maxPageSize = 100;  ///< per_page above it is clamped (small values test Link pagination)
    bool notAList = false;  ///< hostile: a package listing answers 200 with a JSON object, not a list
    QStringList orgs;       ///< what GET /user/orgs lists
    QStringList ssoOrgs;    ///< answer 403 + X-GitHub-SSO: required (SAML SSO not authorized for the token)
    QStringList policyOrgs; ///< answer 403 "`ORG` forbids access via a personal access token (classic)…"
    QList<FakePackage> packages;
};

/// The message GitHub sends when an organization forbids classic personal access tokens.
QString classicPatForbiddenMessage(const QString& org);

/// One complete behaviour of the fake server. `token` is the secret both sides expect: the API
/// answers 401 Bad credentials and the token endpoint 401 for anything else.
struct Scenario
{
    QString name;
    QString description;
    QString token;
    ApiBehaviour api;
    RegistryBehaviour registry;
    PackagesBehaviour packages;
    /// Hostile: the request's raw Authorization value is echoed into every field the app reads (request id,
    /// expiry, accepted permissions, SSO, rate-limit resource, JSON message/documentation_url, registry error
    /// code/message/detail, WWW-Authenticate error/scope, Location, token response extras).
    bool echoAuthorization = false;
    PackageBehaviour package;
};

/// One request the server received. The raw Authorization value is kept in memory only, for assertions.
struct RecordedRequest
{
    QByteArray method; ///< "GET", "HEAD", ...
    QString path;      ///< decoded path, e.g. /v2/octocat/app/manifests/latest
    QString query;     ///< decoded query, e.g. service=fake-registry&scope=repository:octocat/app:pull
    QString side;      ///< "api", "token", "registry" or "other"
    bool hasAuthorization = false;
    QString authScheme;         ///< "Basic", "Bearer", "token" (as sent)
    QByteArray authorization;   ///< raw header value (secret; never print it)
    QString basicUser;          ///< user of Basic credentials
    bool secretMatched = false; ///< the Basic password / API token equals the scenario's token
    QByteArray userAgent;
    QList<QPair<QByteArray, QByteArray>> headers; ///< all headers as received (secret: never print)
    qint64 receivedAtMs = 0; ///< when it arrived, in ms since the server started (order and overlap tests)

    QStringList scopes() const; ///< the scope= query parameters of a token request
};

class FakeServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit FakeServer(QObject* parent = nullptr);
    ~FakeServer() override;

    /// Loads the test certificate and listens on 127.0.0.1 (port 0 = any free port).
    bool start(QString* error = nullptr, quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;         ///< https://127.0.0.1:PORT
    QUrl apiUrl() const;          ///< https://127.0.0.1:PORT/api/v3
    QString registryHost() const; ///< 127.0.0.1:PORT

    /// The folder with test-ca.pem etc.: $GHCR_TEST_DATA, else the path compiled in.
    static QString testDataDir();
    static QString testCaFile();
    static QSslCertificate testCa();
    static QString otherCaFile();
    static QSslCertificate otherCa();

    void setScenario(const Scenario& scenario);
    const Scenario& currentScenario() const { return m_scenario; }
    /// A named preset; time-relative values (expiry, rate-limit reset) are computed from now.
    /// Unknown names give a Scenario with an empty name.
    static Scenario scenario(const QString& name);
    static QStringList scenarioNames();
    /// The default secrets the presets expect.
    static QString classicToken();     ///< ghp_… with a valid checksum
    static QString fineGrainedToken(); ///< github_pat_…
    /// ghs_<APPID>_<JWT>, the 2026 Actions token shape (see TestTokens.h).
    static QString statelessToken();

    QList<RecordedRequest> requests() const { return m_requests; }
    QList<RecordedRequest> requests(const QString& side) const;
    void clearRequests() { m_requests.clear(); }
    /// The most requests the server held unanswered at once (read, answer not yet written), since the last reset.
    int maxConcurrentRequests() const { return m_maxOpen; }
    void resetConcurrency() { m_maxOpen = m_open; }
    /// Every bearer token the token endpoint issued (secrets: for "never in output" assertions).
    QStringList issuedTokens() const { return m_issued.keys(); }
    /// Invalidates every registry token handed out so far (benchmarks clear it between checks).
    void forgetIssuedTokens() { m_issued.clear(); }

    static constexpr qint64 hugeBodyBytes = 5 * 1024 * 1024;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct Response
    {
        int status = 200;
        Headers headers;
        QByteArray body;
        Fault fault = Fault::None;
        int delayMs = 0;
    };
    /// What a registry token allows: actions per repository (a request may name several, one scope each).
    struct Grant
    {
        QHash<QString, QStringList> access;
        bool allows(const QString& repository, const QString& action) const
        {
            return access.value(repository).contains(action);
        }
    };

    Response handleApi(const QHttpServerRequest& request, RecordedRequest& record);
    static void echoInto(Response& response, const QByteArray& authorization);
    Response handlePackages(const QString& path, const QUrlQuery& query);
    const FakePackage* package(const QString& repository) const;
    Response handleToken(const QHttpServerRequest& request, RecordedRequest& record);
    Response handleRegistry(const QHttpServerRequest& request, const QString& path);
    Response challenge(const QString& scope, const QString& error, const QByteArray& code, const QString& message,
                       int status = 401) const;
    Response probeRefusal(const ProbeBehaviour& behaviour, const QString& scope) const;
    static Response registryError(int status, const QByteArray& code, const QString& message);
    static Response htmlError(int status);
    void send(QTcpSocket* socket, bool head, const Response& response);
    void writeNow(QTcpSocket* socket, bool head, const Response& response);
    QString realm() const;

    Scenario m_scenario;
    quint16 m_port = 0;
    QList<RecordedRequest> m_requests;
    QHash<QString, Grant> m_issued; ///< registry token → what it grants
    int m_tooManyRequestsSent = 0;
    int m_registryRequestsSeen = 0; ///< registry/token requests since the scenario was set
    int m_open = 0;                 ///< requests read and not yet answered
    int m_maxOpen = 0;
    QElapsedTimer m_clock;
};

} // namespace ghcr::test
