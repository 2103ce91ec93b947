#include "tests/support/FakeServer.h"

#include "tests/support/TestTokens.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace ghcr::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 202:
        return "Accepted"_ba;
    case 204:
        return "No Content"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    default:
        return "Status"_ba;
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    default:
        return "OTHER"_ba;
    }
}

QByteArray headerValue(const QHttpServerRequest& request, const QByteArray& name)
{
    const auto headers = request.headers();
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QString randomHex(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (auto& c : data)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(data.toHex());
}

QString githubDate(const QDateTime& utc)
{
    return utc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

QString githubOffsetDate(const QDateTime& utc, int offsetHours)
{
    const QDateTime local = utc.toOffsetFromUtc(offsetHours * 3600);
    const QString sign = offsetHours < 0 ? u"-"_s : u"+"_s;
    return local.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u' ' + sign +
           QStringLiteral("%1").arg(qAbs(offsetHours), 2, 10, QLatin1Char('0')) + u"00"_s;
}

QString defaultProbeMessage(ProbeBehaviour::Kind kind)
{
    switch (kind) {
    case ProbeBehaviour::Kind::DeniedGhcr:
        return u"permission_denied: The token provided does not match expected scopes."_s;
    case ProbeBehaviour::Kind::InsufficientScope:
    case ProbeBehaviour::Kind::Unauthorized:
        return u"authentication required"_s;
    case ProbeBehaviour::Kind::ManifestUnknown:
        return u"manifest unknown"_s;
    case ProbeBehaviour::Kind::NameUnknown:
        return u"repository name not known to registry"_s;
    case ProbeBehaviour::Kind::Allow:
        break;
    }
    return {};
}

/// "repository:NAME:a,b" → NAME and actions; NAME may contain host:port, so split at the last colon.
bool splitScope(const QString& scope, QString* name, QStringList* actions)
{
    if (!scope.startsWith(u"repository:"_s))
        return false;
    const QString rest = scope.mid(int(qstrlen("repository:")));
    const int colon = rest.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    *name = rest.left(colon);
    *actions = rest.mid(colon + 1).split(u',', Qt::SkipEmptyParts);
    return true;
}

} // namespace

QStringList RecordedRequest::scopes() const
{
    QStringList result;
    const QUrlQuery q(query);
    const QStringList values = q.allQueryItemValues(u"scope"_s, QUrl::FullyDecoded);
    for (const QString& value : values)
        result << value.split(u' ', Qt::SkipEmptyParts);
    return result;
}

FakeServer::FakeServer(QObject* parent)
    : QAbstractHttpServer(parent)
{
    m_scenario = scenario(u"ok-read-write"_s);
}

FakeServer::~FakeServer() = default;

QString FakeServer::testDataDir()
{
    const QString fromEnv = qEnvironmentVariable("GHCR_TEST_DATA");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStringLiteral(GHCR_TEST_DATA_DIR);
}

QString FakeServer::testCaFile()
{
    return testDataDir() + u"/test-ca.pem"_s;
}

QString FakeServer::otherCaFile()
{
    return testDataDir() + u"/other-ca.pem"_s;
}

QSslCertificate FakeServer::testCa()
{
    const auto certs = QSslCertificate::fromPath(testCaFile(), QSsl::Pem);
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

QSslCertificate FakeServer::otherCa()
{
    const auto certs = QSslCertificate::fromPath(otherCaFile(), QSsl::Pem);
    return certs.isEmpty() ? QSslCertificate() : certs.first();
}

bool FakeServer::start(QString* error, quint16 port)
{
    m_clock.start();
    const QString dir = testDataDir();
    const auto certs = QSslCertificate::fromPath(dir + u"/server.pem"_s, QSsl::Pem);
    QFile keyFile(dir + u"/server.key"_s);
    if (certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read the test certificate or key in "_s + dir + u" (set GHCR_TEST_DATA)"_s;
        return false;
    }
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        if (error)
            *error = u"cannot parse "_s + keyFile.fileName();
        return false;
    }
    // Qt 6.4: sslSetup() before listen(); Qt >= 6.8 would use bind(QSslServer*) instead.
    sslSetup(certs.first(), key);
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        if (error)
            *error = u"cannot listen on 127.0.0.1:"_s + QString::number(port);
        return false;
    }
    return true;
}

QUrl FakeServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

QUrl FakeServer::apiUrl() const
{
    QUrl url = baseUrl();
    url.setPath(u"/api/v3"_s);
    return url;
}

QString FakeServer::registryHost() const
{
    return u"127.0.0.1:"_s + QString::number(m_port);
}

QString FakeServer::realm() const
{
    if (!m_scenario.registry.realm.isEmpty())
        return m_scenario.registry.realm;
    return baseUrl().toString() + u"/token"_s;
}

void FakeServer::setScenario(const Scenario& scenario)
{
    m_scenario = scenario;
    m_tooManyRequestsSent = 0;
    m_registryRequestsSeen = 0;
}

QList<RecordedRequest> FakeServer::requests(const QString& side) const
{
    QList<RecordedRequest> result;
    for (const auto& r : m_requests) {
        if (r.side == side)
            result << r;
    }
    return result;
}

QString FakeServer::classicToken()
{
    return u"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"_s;
}

QString FakeServer::statelessToken()
{
    return statelessActionsToken();
}

QString FakeServer::fineGrainedToken()
{
    return u"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"_s;
}

FakePackage fakePackage(const QString& owner, bool org, const QString& name, const QString& visibility,
                        const QString& repository)
{
    FakePackage p;
    p.owner = owner;
    p.orgOwned = org;
    p.name = name;
    p.visibility = visibility;
    p.repository = repository;
    return p;
}

// ---------------------------------------------------------------------------------------------
// Named scenarios

namespace {

using Builder = std::function<void(Scenario&)>;

const QString orgForbidsClassic =
    u"permission_denied: `acme` forbids access via a personal access token (classic). Please use a GitHub App, "
    u"OAuth App, or a personal access token with fine-grained permissions."_s;

/// octocat with 5 container packages (one public, one not linked to a repository), org acme with 3 (one
/// internal, two not linked), org sso-corp behind SAML SSO; packages not linked to a repository refuse the push
/// as ghcr.io refuses an Actions token without access.
void packagesAccount(Scenario& s)
{
    s.packages.orgs = {u"acme"_s, u"sso-corp"_s};
    s.packages.ssoOrgs = {u"sso-corp"_s};
    s.packages.packages = {
        fakePackage(u"octocat"_s, false, u"app"_s, u"private"_s, u"octocat/app"_s),
        fakePackage(u"octocat"_s, false, u"web"_s, u"public"_s, u"octocat/web"_s),
        fakePackage(u"octocat"_s, false, u"tools/cli"_s, u"private"_s, u"octocat/tools"_s),
        fakePackage(u"octocat"_s, false, u"loose"_s, u"private"_s, QString()),
        fakePackage(u"octocat"_s, false, u"db"_s, u"private"_s, u"octocat/db"_s),
        fakePackage(u"acme"_s, true, u"api"_s, u"internal"_s, u"acme/api"_s),
        fakePackage(u"acme"_s, true, u"worker"_s, u"private"_s, QString()),
        fakePackage(u"acme"_s, true, u"site"_s, u"private"_s, QString()),
    };
    ProbeBehaviour denied;
    denied.kind = ProbeBehaviour::Kind::DeniedGhcr;
    denied.message = u"permission_denied: write_package"_s;
    for (FakePackage& p : s.packages.packages)
        if (p.repository.isEmpty())
            p.push = denied;
}

const std::map<QString, std::pair<QString, Builder>>& presets()
{
    using PK = ProbeBehaviour::Kind;
    using TE = RegistryBehaviour::TokenEndpoint;
    static const std::map<QString, std::pair<QString, Builder>> table = {
        {u"ok-read-write"_s,
         {u"classic token with read:packages and write:packages; registry allows pull and push"_s, [](Scenario&) {}}},
        {u"packages"_s,
         {u"an account with 8 container packages in 2 owners (+ an SSO org); unlinked packages refuse push"_s,
          packagesAccount}},
        {u"write-only-implies-read"_s,
         {u"API lists only write:packages; the registry still allows pull and push"_s,
          [](Scenario& s) { s.api.scopes = u"write:packages"_s; }}},
        {u"write-only-needs-read"_s,
         {u"API lists only write:packages; the registry refuses pull ghcr-style (403 DENIED)"_s,
          [](Scenario& s) {
              s.api.scopes = u"write:packages"_s;
              s.registry.pull = {PK::DeniedGhcr, u"The token provided does not match expected scopes."_s};
          }}},
        {u"write-only-needs-read-cncf"_s,
         {u"API lists only write:packages; the registry refuses pull CNCF-style (401 insufficient_scope)"_s,
          [](Scenario& s) {
              s.api.scopes = u"write:packages"_s;
              s.registry.pull = {PK::InsufficientScope, {}};
          }}},
        {u"read-only"_s,
         {u"API lists read:packages; the registry refuses push (403 DENIED)"_s,
          [](Scenario& s) {
              s.api.scopes = u"read:packages"_s;
              s.registry.push = {PK::DeniedGhcr, {}};
          }}},
        {u"no-scopes"_s,
         {u"classic token without any scope (X-OAuth-Scopes present but empty); registry refuses"_s,
          [](Scenario& s) {
              s.api.scopes = QString();
              s.registry.pull = {PK::DeniedGhcr, {}};
              s.registry.push = {PK::DeniedGhcr, {}};
          }}},
        {u"fine-grained"_s,
         {u"fine-grained PAT: no X-OAuth-Scopes header; the registry refuses (403 DENIED)"_s,
          [](Scenario& s) {
              s.token = FakeServer::fineGrainedToken();
              s.api.scopes = std::nullopt;
              s.registry.pull = {PK::DeniedGhcr, {}};
              s.registry.push = {PK::DeniedGhcr, {}};
          }}},
        {u"fine-grained-accepted"_s,
         {u"fine-grained PAT: no X-OAuth-Scopes header; this registry allows pull and push"_s,
          [](Scenario& s) {
              s.token = FakeServer::fineGrainedToken();
              s.api.scopes = std::nullopt;
          }}},
        {u"sso-required"_s,
         {u"API 403 with X-GitHub-SSO: required; the registry answers plain 401 unauthorized"_s,
          [](Scenario& s) {
              s.api.status = 403;
              s.api.sso = u"required; url=https://github.com/orgs/acme/sso?authorization_request=ABC"_s;
              s.api.message = u"Resource protected by organization SAML enforcement. You must grant your Personal "
                              u"Access token access to this organization."_s;
              s.registry.pull = {PK::Unauthorized, {}};
              s.registry.push = {PK::Unauthorized, {}};
          }}},
        {u"sso-partial"_s,
         {u"API 200 with X-GitHub-SSO: partial-results; registry allows pull and push"_s,
          [](Scenario& s) { s.api.sso = u"partial-results; organizations=21955855,20582480"_s; }}},
        {u"expired"_s,
         {u"expired token: API 401 Bad credentials; token endpoint 401 unauthenticated"_s,
          [](Scenario& s) {
              s.api.status = 401;
              s.api.message = u"Bad credentials"_s;
              s.api.scopes.reset();
              s.registry.tokenEndpoint = TE::Refuse401;
              s.registry.refusalMessage = u"unauthenticated: User cannot be authenticated with the token provided."_s;
          }}},
        {u"revoked"_s,
         {u"revoked token: API 401 Bad credentials; token endpoint 403 DENIED denied"_s,
          [](Scenario& s) {
              s.api.status = 401;
              s.api.message = u"Bad credentials"_s;
              s.api.scopes.reset();
              s.registry.tokenEndpoint = TE::Refuse403;
              s.registry.refusalMessage = u"denied"_s;
          }}},
        {u"expiring-soon"_s,
         {u"token expires in 3 days (\"YYYY-MM-DD HH:MM:SS UTC\"); otherwise fine"_s,
          [](Scenario& s) { s.api.expiry = githubDate(QDateTime::currentDateTimeUtc().addDays(3)); }}},
        {u"expiring-soon-offset"_s,
         {u"token expires in 3 days (\"YYYY-MM-DD HH:MM:SS +0900\"); otherwise fine"_s,
          [](Scenario& s) { s.api.expiry = githubOffsetDate(QDateTime::currentDateTimeUtc().addDays(3), 9); }}},
        {u"rate-limited"_s,
         {u"API 403 with x-ratelimit-remaining 0 and a reset time; registry fine"_s,
          [](Scenario& s) {
              s.api.status = 403;
              s.api.message = u"API rate limit exceeded for user ID 1."_s;
              s.api.rateRemaining = 0;
              s.api.rateReset = QDateTime::currentDateTimeUtc().addSecs(1800).toSecsSinceEpoch();
          }}},
        {u"locked-out"_s,
         {u"API 403 after too many failed attempts; token endpoint 401"_s,
          [](Scenario& s) {
              s.api.status = 403;
              s.api.message = u"Maximum number of login attempts exceeded. Please try again later."_s;
              s.api.scopes.reset();
              s.registry.tokenEndpoint = TE::Refuse401;
          }}},
        {u"api-5xx-html"_s,
         {u"API answers 502 with an HTML page; registry fine"_s,
          [](Scenario& s) { s.api.fault = Fault::ServerError; }}},
        {u"malformed-json"_s,
         {u"API answers 200 with broken JSON (headers fine); registry fine"_s,
          [](Scenario& s) { s.api.body = ApiBehaviour::Body::Malformed; }}},
        {u"api-hang"_s, {u"API never answers; registry fine"_s, [](Scenario& s) { s.api.fault = Fault::Hang; }}},
        {u"huge-body"_s,
         {u"API answers 200 with a 5 MiB body; registry fine"_s, [](Scenario& s) { s.api.fault = Fault::HugeBody; }}},
        {u"api-reset"_s,
         {u"API closes the connection without answering; registry fine"_s,
          [](Scenario& s) { s.api.fault = Fault::Reset; }}},
        {u"api-slow"_s,
         {u"API answers after 1.5 s; registry fine"_s,
          [](Scenario& s) {
              s.api.fault = Fault::Delay;
              s.api.delayMs = 1500;
          }}},
        {u"token-endpoint-403"_s,
         {u"scopes fine; the registry token endpoint refuses with 403 DENIED"_s,
          [](Scenario& s) {
              s.registry.tokenEndpoint = TE::Refuse403;
              s.registry.refusalMessage = u"requested access to the resource is denied"_s;
          }}},
        {u"combined-scope-refused"_s,
         {u"token endpoint refuses pull,push in one request but grants each alone"_s,
          [](Scenario& s) { s.registry.tokenEndpoint = TE::RefuseCombined; }}},
        {u"access-token-field"_s,
         {u"token endpoint answers {\"access_token\": …} instead of {\"token\": …}"_s,
          [](Scenario& s) { s.registry.accessTokenField = true; }}},
        {u"package-access-denied"_s,
         {u"scopes right; push refused 403 DENIED permission_denied: write_package"_s,
          [](Scenario& s) {
              s.registry.push = {PK::DeniedGhcr, u"permission_denied: write_package"_s};
          }}},
        {u"manifest-unknown"_s,
         {u"pull probe answers 404 MANIFEST_UNKNOWN (authorized, tag missing)"_s,
          [](Scenario& s) {
              s.registry.pull = {PK::ManifestUnknown, {}};
              s.registry.tags = {u"v1"_s};
          }}},
        {u"name-unknown"_s,
         {u"pull probe answers 404 NAME_UNKNOWN (repository not found)"_s,
          [](Scenario& s) {
              s.registry.pull = {PK::NameUnknown, {}};
          }}},
        {u"registry-5xx"_s,
         {u"API fine; every registry request answers 503 with an HTML page"_s,
          [](Scenario& s) { s.registry.fault = Fault::ServerError; }}},
        {u"registry-hang"_s,
         {u"API fine; the registry never answers"_s, [](Scenario& s) { s.registry.fault = Fault::Hang; }}},
        {u"cancel-405"_s,
         {u"push allowed; cancelling the upload answers 405 (ghcr.io)"_s,
          [](Scenario& s) { s.registry.cancel = RegistryBehaviour::Cancel::MethodNotAllowed; }}},
        {u"cancel-401"_s,
         {u"push allowed; cancelling the upload needs the delete action: 401 insufficient_scope (CNCF)"_s,
          [](Scenario& s) { s.registry.cancel = RegistryBehaviour::Cancel::InsufficientScope; }}},
        {u"actions-token"_s,
         {u"2026 stateless ghs_ Actions token: /user answers 403 'not accessible by integration'; registry allows "
          u"pull and push"_s,
          [](Scenario& s) {
              s.token = FakeServer::statelessToken();
              s.api.status = 403;
              s.api.scopes.reset();
              s.api.expiry.clear();
              s.api.message = u"Resource not accessible by integration"_s;
          }}},
        {u"actions-token-no-write"_s,
         {u"2026 stateless ghs_ Actions token without packages: write: push refused 'installation not allowed'"_s,
          [](Scenario& s) {
              s.token = FakeServer::statelessToken();
              s.api.status = 403;
              s.api.scopes.reset();
              s.api.expiry.clear();
              s.api.message = u"Resource not accessible by integration"_s;
              s.registry.push = {PK::DeniedGhcr, u"installation not allowed to Write organization package"_s};
          }}},
        {u"org-forbids-classic-token-step"_s,
         {u"the org forbids classic PATs: the token endpoint refuses with ghcr's policy sentence"_s,
          [](Scenario& s) {
              s.registry.tokenEndpoint = TE::Refuse403;
              s.registry.refusalMessage = orgForbidsClassic;
          }}},
        {u"org-forbids-classic-probe"_s,
         {u"the org forbids classic PATs: pull and push probes answer 403 DENIED with the policy sentence"_s,
          [](Scenario& s) {
              s.registry.pull = {PK::DeniedGhcr, orgForbidsClassic};
              s.registry.push = {PK::DeniedGhcr, orgForbidsClassic};
          }}},
        {u"org-lifetime-policy"_s,
         {u"the org forbids PATs living longer than 90 days: probes answer 403 with GitHub's sentence"_s,
          [](Scenario& s) {
              const QString m = u"permission_denied: The `acme` organization forbids access via a personal access "
                                u"token (classic) if the token's lifetime is greater than 90 days. Please adjust "
                                u"your token's lifetime at the following URL: "
                                u"https://github.com/settings/tokens/1234"_s;
              s.registry.pull = {PK::DeniedGhcr, m};
              s.registry.push = {PK::DeniedGhcr, m};
          }}},
        {u"registry-429-short"_s,
         {u"the registry answers one 429 TOOMANYREQUESTS with Retry-After: 1, then normally"_s,
          [](Scenario& s) {
              s.registry.tooManyRequests = 1;
              s.registry.retryAfterSeconds = 1;
          }}},
        {u"registry-429-long"_s,
         {u"the registry answers every request 429 TOOMANYREQUESTS with Retry-After: 30"_s,
          [](Scenario& s) {
              s.registry.tooManyRequests = 1000;
              s.registry.retryAfterSeconds = 30;
          }}},
        {u"missing-tag"_s,
         {u"the tag does not exist (404 MANIFEST_UNKNOWN); the repository has other tags"_s,
          [](Scenario& s) {
              s.registry.pull = {PK::ManifestUnknown, {}};
              s.registry.tags = {u"v1.0.0"_s, u"v1.1.0"_s, u"main"_s};
          }}},
        {u"public-package"_s,
         {u"a public package: anonymous pulls are served; the token may pull and push"_s,
          [](Scenario& s) { s.registry.publicPackage = true; }}},
        {u"public-package-write-only"_s,
         {u"a public package pulled with a token that the registry would refuse for a private one"_s,
          [](Scenario& s) {
              s.registry.publicPackage = true;
              s.api.scopes = u"write:packages"_s;
          }}},
        {u"api-html"_s,
         {u"the API URL serves an HTML page (200, no GitHub headers): not GitHub's API; registry fine"_s,
          [](Scenario& s) {
              s.api.body = ApiBehaviour::Body::Html;
              s.api.signedByGitHub = false;
          }}},
        {u"api-html-registry-refuses"_s,
         {u"the API URL is not GitHub's; the registry refuses pull"_s,
          [](Scenario& s) {
              s.api.body = ApiBehaviour::Body::Html;
              s.api.signedByGitHub = false;
              s.registry.pull = {PK::DeniedGhcr, {}};
          }}},
        {u"read-write-delete"_s,
         {u"classic token with read, write and delete:packages; registry allows pull and push"_s,
          [](Scenario& s) { s.api.scopes = u"delete:packages, read:packages, write:packages"_s; }}},
    };
    return table;
}

} // namespace

Scenario FakeServer::scenario(const QString& name)
{
    const auto& table = presets();
    const auto it = table.find(name);
    Scenario s;
    if (it == table.end())
        return s;
    s.name = name;
    s.description = it->second.first;
    s.token = classicToken();
    s.api.expiry = githubDate(QDateTime::currentDateTimeUtc().addDays(60));
    it->second.second(s);
    return s;
}

QStringList FakeServer::scenarioNames()
{
    QStringList names;
    for (const auto& entry : presets())
        names << entry.first;
    return names;
}

// ---------------------------------------------------------------------------------------------
// Request handling

bool FakeServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    RecordedRequest record;
    record.receivedAtMs = m_clock.elapsed();
    record.method = methodName(request.method());
    record.path = request.url().path();
    record.query = request.url().query(QUrl::FullyDecoded);
    record.headers = request.headers();
    record.userAgent = headerValue(request, "user-agent"_ba);
    record.authorization = headerValue(request, "authorization"_ba);
    record.hasAuthorization = !record.authorization.isEmpty();
    if (record.hasAuthorization) {
        const int space = record.authorization.indexOf(' ');
        record.authScheme = QString::fromLatin1(space < 0 ? record.authorization : record.authorization.left(space));
    }
    const bool head = request.method() == QHttpServerRequest::Method::Head;
    m_maxOpen = qMax(m_maxOpen, ++m_open);

    Response response;
    if (record.path == u"/api/v3"_s || record.path.startsWith(u"/api/v3/"_s)) {
        record.side = u"api"_s;
        response = handleApi(request, record);
    } else if (record.path == u"/token"_s) {
        record.side = u"token"_s;
        response = handleToken(request, record);
    } else if (record.path == u"/v2"_s || record.path.startsWith(u"/v2/"_s)) {
        record.side = u"registry"_s;
        response = handleRegistry(request, record.path);
    } else {
        record.side = u"other"_s;
        response.status = 404;
        response.headers << qMakePair("Content-Type"_ba, "text/plain"_ba);
        response.body = "not found\n"_ba;
    }

    const bool registrySide = record.side == u"token"_s || record.side == u"registry"_s;
    if (registrySide && m_registryRequestsSeen++ >= m_scenario.registry.tooManyRequestsAfter &&
        m_tooManyRequestsSent < m_scenario.registry.tooManyRequests) {
        ++m_tooManyRequestsSent;
        response = registryError(429, "TOOMANYREQUESTS"_ba, u"retry-after: 1.16ms, allowed: 44000/minute"_s);
        response.headers << qMakePair("Retry-After"_ba, QByteArray::number(m_scenario.registry.retryAfterSeconds));
    }
    if (record.side == u"token"_s || record.side == u"registry"_s) {
        const auto& reg = m_scenario.registry;
        switch (reg.fault) {
        case Fault::None:
            break;
        case Fault::Delay:
            response.delayMs = reg.delayMs;
            response.fault = Fault::Delay;
            break;
        case Fault::ServerError:
            response = htmlError(503);
            break;
        case Fault::HugeBody:
            response.body = QByteArray(int(hugeBodyBytes), 'x');
            response.fault = Fault::None;
            break;
        case Fault::Hang:
        case Fault::Reset:
            response.fault = reg.fault;
            break;
        }
    }

    if (m_scenario.echoAuthorization && record.hasAuthorization)
        echoInto(response, record.authorization);
    m_requests << record;
    send(socket, head, response);
    return true;
}

void FakeServer::echoInto(Response& response, const QByteArray& authorization)
{
    const QByteArray a = authorization;
    const QByteArray credential = a.mid(a.indexOf(' ') + 1);
    for (const QByteArray& name :
         {"X-GitHub-Request-Id"_ba, "GitHub-Authentication-Token-Expiration"_ba, "X-Accepted-GitHub-Permissions"_ba,
          "X-Accepted-OAuth-Scopes"_ba, "X-RateLimit-Resource"_ba, "X-Echo"_ba}) {
        response.headers.removeIf([&](const auto& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        response.headers << qMakePair(name, a);
    }
    response.headers << qMakePair("X-GitHub-SSO"_ba, "partial-results; organizations=" + credential +
                                                         "; url=https://github.com/orgs/x/sso?t=" + credential);
    for (auto& h : response.headers) {
        if (h.first.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0)
            h.second += ",error=\"" + credential + "\",error_description=\"" + a + "\"";
    }
    QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (!doc.isObject())
        return;
    QJsonObject o = doc.object();
    const QString text = QString::fromLatin1(a);
    if (o.contains(u"message"_s) || !o.contains(u"errors"_s))
        o.insert(u"message"_s, text);
    o.insert(u"documentation_url"_s, QString(u"https://docs.github.com/"_s + QString::fromLatin1(credential)));
    o.insert(u"type"_s, text);
    o.insert(u"detail"_s, text);
    if (o.contains(u"errors"_s)) {
        QJsonArray errors;
        errors.append(
            QJsonObject{{u"code"_s, QString::fromLatin1(credential)}, {u"message"_s, text}, {u"detail"_s, text}});
        o.insert(u"errors"_s, errors);
    }
    response.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    response.headers.removeIf(
        [](const auto& h) { return h.first.compare("Content-Length", Qt::CaseInsensitive) == 0; });
}

void FakeServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    Response response;
    response.status = 404;
    response.body = "not found\n"_ba;
    ++m_open;
    send(socket, request.method() == QHttpServerRequest::Method::Head, response);
}

FakeServer::Response FakeServer::handleApi(const QHttpServerRequest& request, RecordedRequest& record)
{
    const ApiBehaviour& api = m_scenario.api;
    Response r;
    r.headers << qMakePair("Content-Type"_ba, "application/json; charset=utf-8"_ba);
    if (api.signedByGitHub) {
        r.headers << qMakePair("X-GitHub-Request-Id"_ba, "FAKE:1234:5678:9ABC:DEF0"_ba);
        r.headers << qMakePair("X-GitHub-Media-Type"_ba, "github.v3; format=json"_ba);
    }

    // The secret must arrive as "Bearer X" or "token X".
    QByteArray presented;
    if (record.authScheme.compare(u"bearer"_s, Qt::CaseInsensitive) == 0 ||
        record.authScheme.compare(u"token"_s, Qt::CaseInsensitive) == 0)
        presented = record.authorization.mid(record.authorization.indexOf(' ') + 1).trimmed();
    record.secretMatched = !presented.isEmpty() && presented == m_scenario.token.toUtf8();

    const qint64 reset =
        api.rateReset > 0 ? api.rateReset : QDateTime::currentDateTimeUtc().addSecs(3600).toSecsSinceEpoch();
    r.headers << qMakePair("x-ratelimit-limit"_ba, QByteArray::number(api.rateLimit));
    r.headers << qMakePair("x-ratelimit-remaining"_ba, QByteArray::number(api.rateRemaining));
    r.headers << qMakePair("x-ratelimit-used"_ba, QByteArray::number(api.rateLimit - api.rateRemaining));
    r.headers << qMakePair("x-ratelimit-reset"_ba, QByteArray::number(reset));
    r.headers << qMakePair("x-ratelimit-resource"_ba, "core"_ba);
    if (api.retryAfter >= 0)
        r.headers << qMakePair("Retry-After"_ba, QByteArray::number(api.retryAfter));

    const bool packagesEndpoint = record.path == u"/api/v3/user/orgs"_s || record.path == u"/api/v3/user/packages"_s ||
                                  (record.path.startsWith(u"/api/v3/orgs/"_s) && record.path.endsWith(u"/packages"_s));
    // GitHub lists packages only to a classic/OAuth token with read:packages (write:packages includes it).
    const bool listsPackages = packagesEndpoint && record.path != u"/api/v3/user/orgs"_s;
    const bool mayReadPackages = !api.scopes.has_value() || api.scopes->contains(u"read:packages"_s) ||
                                 api.scopes->contains(u"write:packages"_s);
    if (listsPackages && record.secretMatched && api.status == 200 && !mayReadPackages) {
        r.status = 403;
        r.body =
            QJsonDocument(QJsonObject{{u"message"_s, u"You need at least read:packages scope to list packages."_s},
                                      {u"documentation_url"_s, u"https://docs.github.com/rest/packages/packages"_s}})
                .toJson(QJsonDocument::Compact);
        return r;
    }
    if (packagesEndpoint && record.secretMatched && api.status == 200 &&
        request.method() == QHttpServerRequest::Method::Get) {
        Response listing = handlePackages(record.path.mid(int(qstrlen("/api/v3"))), QUrlQuery(request.url()));
        r.status = listing.status;
        r.headers += listing.headers;
        r.body = listing.body;
        return r;
    }
    // GitHub refuses a token the same way on every endpoint (401 Bad credentials, a lock-out, a rate limit, SSO, an
    // installation token's 403): the listing endpoints then answer what /user answers.
    const bool userEndpoint =
        (record.path == u"/api/v3/user"_s || (packagesEndpoint && api.status != 200)) &&
        (request.method() == QHttpServerRequest::Method::Get || request.method() == QHttpServerRequest::Method::Head);
    static const QRegularExpression packageRe(u"^/api/v3/(orgs|users)/([^/]+)/packages/container/(.+)$"_s);
    static const QRegularExpression ownPackageRe(u"^/api/v3/user/packages/container/(.+)$"_s);
    const QRegularExpressionMatch package = packageRe.match(record.path);
    const QRegularExpressionMatch ownPackage = ownPackageRe.match(record.path);
    // One package of the account's list (s.packages): /orgs/ORG/…, /users/LOGIN/… or the login's own /user/….
    const bool getWithToken = request.method() == QHttpServerRequest::Method::Get && record.secretMatched;
    const FakePackage* listedPackage = nullptr;
    if (getWithToken && ownPackage.hasMatch())
        listedPackage = this->package(m_scenario.api.login + u'/' + ownPackage.captured(1));
    else if (getWithToken && package.hasMatch())
        listedPackage = this->package(package.captured(2) + u'/' + package.captured(3));
    if (listedPackage && (ownPackage.hasMatch() ? !listedPackage->orgOwned
                                                : listedPackage->orgOwned == (package.captured(1) == u"orgs"_s))) {
        QJsonObject one{{u"id"_s, 43},
                        {u"name"_s, listedPackage->name},
                        {u"package_type"_s, u"container"_s},
                        {u"owner"_s, QJsonObject{{u"login"_s, listedPackage->owner}}},
                        {u"visibility"_s, listedPackage->visibility}};
        if (!listedPackage->repository.isEmpty())
            one.insert(u"repository"_s, QJsonObject{{u"full_name"_s, listedPackage->repository}});
        r.headers << qMakePair("Content-Type"_ba, "application/json"_ba);
        r.body = QJsonDocument(one).toJson(QJsonDocument::Compact);
        return r;
    }
    QJsonObject body;
    if (package.hasMatch() && request.method() == QHttpServerRequest::Method::Get && record.secretMatched) {
        const PackageBehaviour& p = m_scenario.package;
        const bool ownerMatches = (package.captured(1) == u"orgs"_s) == p.organization;
        if (!p.exists || !ownerMatches) {
            r.status = 404;
            body.insert(u"message"_s, u"Package not found."_s);
        } else if (p.status != 200) {
            r.status = p.status;
            body.insert(u"message"_s, p.message.isEmpty() ? u"Forbidden"_s : p.message);
        } else {
            body.insert(u"id"_s, 42);
            body.insert(u"name"_s, package.captured(3));
            body.insert(u"package_type"_s, u"container"_s);
            body.insert(u"owner"_s, QJsonObject{{u"login"_s, package.captured(2)}});
            body.insert(u"visibility"_s, p.visibility);
            if (!p.linkedRepository.isEmpty())
                body.insert(u"repository"_s, QJsonObject{{u"full_name"_s, p.linkedRepository}});
        }
        if (r.status == 404 || r.status >= 400)
            body.insert(u"documentation_url"_s, u"https://docs.github.com/rest/packages/packages"_s);
    } else if (!userEndpoint) {
        r.status = 404;
        body.insert(u"message"_s, u"Not Found"_s);
        body.insert(u"documentation_url"_s, u"https://docs.github.com/rest"_s);
    } else if (!record.secretMatched) {
        r.status = 401;
        body.insert(u"message"_s, u"Bad credentials"_s);
        body.insert(u"documentation_url"_s, u"https://docs.github.com/rest"_s);
    } else {
        r.status = api.status;
        if (api.scopes.has_value()) {
            r.headers << qMakePair("X-OAuth-Scopes"_ba, api.scopes->toUtf8());
            r.headers << qMakePair("X-Accepted-OAuth-Scopes"_ba, QByteArray());
        }
        if (!api.expiry.isEmpty())
            r.headers << qMakePair("GitHub-Authentication-Token-Expiration"_ba, api.expiry.toUtf8());
        if (!api.sso.isEmpty())
            r.headers << qMakePair("X-GitHub-SSO"_ba, api.sso.toUtf8());
        if (r.status == 200) {
            body.insert(u"login"_s, api.login);
            body.insert(u"id"_s, 583231);
            body.insert(u"type"_s, u"User"_s);
            body.insert(u"name"_s, u"The Octocat"_s);
            body.insert(u"html_url"_s, QString(u"https://github.com/"_s + api.login));
        } else {
            body.insert(u"message"_s, api.message.isEmpty() ? u"Error"_s : api.message);
            body.insert(u"documentation_url"_s, u"https://docs.github.com/rest"_s);
        }
    }
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);

    if (userEndpoint && record.secretMatched) {
        switch (api.body) {
        case ApiBehaviour::Body::Json:
            break;
        case ApiBehaviour::Body::Malformed:
            r.body = "{\"login\": \"octocat\", \"id\": 583231, \"type\": "_ba;
            break;
        case ApiBehaviour::Body::Html:
            r.headers[0].second = "text/html; charset=utf-8"_ba;
            r.body = "<!DOCTYPE html><html><body><h1>Unicorn!</h1></body></html>"_ba;
            break;
        }
    }

    switch (api.fault) {
    case Fault::None:
        break;
    case Fault::Delay:
        r.fault = Fault::Delay;
        r.delayMs = api.delayMs;
        break;
    case Fault::Hang:
    case Fault::Reset:
        r.fault = api.fault;
        break;
    case Fault::ServerError:
        r = htmlError(502);
        break;
    case Fault::HugeBody: {
        r.status = 200;
        QByteArray huge;
        huge.reserve(int(hugeBodyBytes) + 64);
        huge += "{\"login\":\"octocat\",\"padding\":\""_ba;
        huge += QByteArray(int(hugeBodyBytes), 'x');
        huge += "\"}"_ba;
        r.body = huge;
        break;
    }
    }
    return r;
}

QString classicPatForbiddenMessage(const QString& org)
{
    return u"`"_s + org +
           u"` forbids access via a personal access token (classic). Please use a GitHub App, OAuth App, or a "
           u"personal access token with fine-grained permissions."_s;
}

const FakePackage* FakeServer::package(const QString& repository) const
{
    for (const FakePackage& p : m_scenario.packages.packages)
        if (QString(p.owner + u'/' + p.name).compare(repository, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

FakeServer::Response FakeServer::handlePackages(const QString& path, const QUrlQuery& query)
{
    const PackagesBehaviour& pk = m_scenario.packages;
    Response r;
    auto error = [&r](int status, const QString& message) {
        r.status = status;
        r.body = QJsonDocument(QJsonObject{{u"message"_s, message},
                                           {u"documentation_url"_s, u"https://docs.github.com/rest/packages"_s}})
                     .toJson(QJsonDocument::Compact);
        return r;
    };
    if (pk.status != 200)
        return error(pk.status, pk.message.isEmpty() ? u"Not Found"_s : pk.message);

    QJsonArray all;
    if (path == u"/user/orgs"_s) {
        for (const QString& org : pk.orgs)
            all.append(QJsonObject{{u"login"_s, org}, {u"id"_s, 1000 + all.size()}});
    } else {
        QString owner = m_scenario.api.login;
        bool org = false;
        if (path.startsWith(u"/orgs/"_s)) {
            owner = path.mid(6).chopped(int(qstrlen("/packages")));
            org = true;
            if (pk.ssoOrgs.contains(owner)) {
                r.headers << qMakePair("X-GitHub-SSO"_ba, ("required; url=https://github.com/orgs/"_L1 + owner +
                                                           "/sso?authorization_request=FAKE"_L1)
                                                              .toUtf8());
                return error(403, u"Resource protected by organization SAML enforcement. You must grant your "
                                  u"Personal Access token access to this organization."_s);
            }
            if (pk.policyOrgs.contains(owner))
                return error(403, classicPatForbiddenMessage(owner));
            if (!pk.orgs.contains(owner))
                return error(404, u"Not Found"_s);
        }
        if (query.queryItemValue(u"package_type"_s) != u"container"_s)
            return error(400, u"package_type is required"_s);
        if (pk.notAList) {
            r.body = QJsonDocument(QJsonObject{{u"packages"_s, QJsonArray()}}).toJson(QJsonDocument::Compact);
            return r;
        }
        for (const FakePackage& p : pk.packages) {
            if (p.orgOwned != org || p.owner != owner)
                continue;
            QJsonObject o{
                {u"id"_s, 5000 + all.size()},
                {u"name"_s, p.name},
                {u"package_type"_s, u"container"_s},
                {u"visibility"_s, p.visibility},
                {u"owner"_s, QJsonObject{{u"login"_s, p.owner}, {u"type"_s, org ? u"Organization"_s : u"User"_s}}},
                {u"html_url"_s,
                 QString(u"https://github.com/"_s + p.owner + u"/packages/container/package/"_s + p.name)}};
            if (!p.repository.isEmpty())
                o.insert(u"repository"_s,
                         QJsonObject{{u"full_name"_s, p.repository}, {u"name"_s, p.repository.section(u'/', 1)}});
            all.append(o);
        }
    }
    const int perPage =
        qBound(1, query.hasQueryItem(u"per_page"_s) ? query.queryItemValue(u"per_page"_s).toInt() : 30, pk.maxPageSize);
    const int page = qMax(1, query.hasQueryItem(u"page"_s) ? query.queryItemValue(u"page"_s).toInt() : 1);
    const int pages = qMax(1, int((all.size() + perPage - 1) / perPage));
    QJsonArray slice;
    for (int i = (page - 1) * perPage; i < qMin(int(all.size()), page * perPage); ++i)
        slice.append(all.at(i));
    auto pageUrl = [&](int n) {
        QUrl url = apiUrl();
        url.setPath(url.path() + path);
        QUrlQuery q(query);
        q.removeAllQueryItems(u"page"_s);
        q.addQueryItem(u"page"_s, QString::number(n));
        url.setQuery(q);
        return url.toString(QUrl::FullyEncoded).toUtf8();
    };
    if (page < pages)
        r.headers << qMakePair("Link"_ba, "<"_ba + pageUrl(page + 1) + ">; rel=\"next\", <"_ba + pageUrl(pages) +
                                              ">; rel=\"last\""_ba);
    r.body = QJsonDocument(slice).toJson(QJsonDocument::Compact);
    return r;
}

FakeServer::Response FakeServer::handleToken(const QHttpServerRequest& request, RecordedRequest& record)
{
    const RegistryBehaviour& reg = m_scenario.registry;
    if (record.authScheme.compare(u"basic"_s, Qt::CaseInsensitive) == 0) {
        const QByteArray decoded =
            QByteArray::fromBase64(record.authorization.mid(record.authorization.indexOf(' ') + 1).trimmed());
        const int colon = decoded.indexOf(':');
        if (colon >= 0) {
            record.basicUser = QString::fromUtf8(decoded.left(colon));
            record.secretMatched = decoded.mid(colon + 1) == m_scenario.token.toUtf8();
        }
    }
    bool publicPackage = reg.publicPackage;
    QString scoped;
    QStringList scopedActions;
    if (!record.scopes().isEmpty() && splitScope(record.scopes().constFirst(), &scoped, &scopedActions)) {
        if (const FakePackage* own = package(scoped))
            publicPackage = own->visibility == u"public"_s;
    }
    if (!record.hasAuthorization && publicPackage) {
        // Anyone may pull a public package: an anonymous token that grants pull and nothing else.
        Grant anonymous;
        QString name;
        QStringList actions;
        if (!record.scopes().isEmpty() && splitScope(record.scopes().constFirst(), &name, &actions))
            anonymous.access.insert(name, actions.contains(u"pull"_s) ? QStringList{u"pull"_s} : QStringList());
        const QString token = u"fake-anonymous-token-"_s + randomHex(16);
        m_issued.insert(token, anonymous);
        Response r;
        r.headers << qMakePair("Content-Type"_ba, "application/json"_ba);
        r.body = QJsonDocument(QJsonObject{{u"token"_s, token}}).toJson(QJsonDocument::Compact);
        return r;
    }
    if (!record.hasAuthorization)
        return registryError(401, "UNAUTHORIZED"_ba, u"authentication required"_s);
    if (!record.secretMatched)
        return registryError(401, "UNAUTHORIZED"_ba,
                             u"unauthenticated: User cannot be authenticated with the token provided."_s);

    switch (reg.tokenEndpoint) {
    case RegistryBehaviour::TokenEndpoint::Refuse401:
        return registryError(401, "UNAUTHORIZED"_ba,
                             reg.refusalMessage.isEmpty()
                                 ? u"unauthenticated: User cannot be authenticated with the token provided."_s
                                 : reg.refusalMessage);
    case RegistryBehaviour::TokenEndpoint::Refuse403:
        return registryError(403, "DENIED"_ba, reg.refusalMessage.isEmpty() ? u"denied"_s : reg.refusalMessage);
    case RegistryBehaviour::TokenEndpoint::Grant:
    case RegistryBehaviour::TokenEndpoint::RefuseCombined:
        break;
    }

    Grant grant;
    const QStringList scopes = record.scopes();
    for (const QString& scope : scopes) {
        QString name;
        QStringList actions;
        if (!splitScope(scope, &name, &actions))
            continue;
        if (reg.tokenEndpoint == RegistryBehaviour::TokenEndpoint::RefuseCombined && actions.size() > 1)
            return registryError(403, "DENIED"_ba, u"requested access to the resource is denied"_s);
        if (reg.firstScopeOnly && !grant.access.isEmpty() && !grant.access.contains(name))
            continue;
        QStringList& granted = grant.access[name]; // each repository: requested ∩ grantable (CNCF's token server)
        for (const QString& action : std::as_const(actions)) {
            if (reg.grantableActions.contains(action) && !granted.contains(action))
                granted << action;
        }
    }
    Q_UNUSED(request)

    const QString token = u"fake-registry-token-"_s + randomHex(16);
    m_issued.insert(token, grant);
    QJsonObject body;
    body.insert(reg.accessTokenField ? u"access_token"_s : u"token"_s, token);
    body.insert(u"expires_in"_s, 300);
    body.insert(u"issued_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    Response r;
    r.headers << qMakePair("Content-Type"_ba, "application/json"_ba);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

FakeServer::Response FakeServer::registryError(int status, const QByteArray& code, const QString& message)
{
    QJsonObject error;
    error.insert(u"code"_s, QString::fromLatin1(code));
    error.insert(u"message"_s, message);
    QJsonObject body;
    body.insert(u"errors"_s, QJsonArray{error});
    Response r;
    r.status = status;
    r.headers << qMakePair("Content-Type"_ba, "application/json"_ba);
    r.headers << qMakePair("Docker-Distribution-API-Version"_ba, "registry/2.0"_ba);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

FakeServer::Response FakeServer::htmlError(int status)
{
    Response r;
    r.status = status;
    r.headers << qMakePair("Content-Type"_ba, "text/html"_ba);
    r.body = "<html>\r\n<head><title>"_ba + QByteArray::number(status) + ' ' + reasonPhrase(status) +
             "</title></head>\r\n<body>\r\n<center><h1>"_ba + QByteArray::number(status) + ' ' + reasonPhrase(status) +
             "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"_ba;
    return r;
}

FakeServer::Response FakeServer::challenge(const QString& scope, const QString& error, const QByteArray& code,
                                           const QString& message, int status) const
{
    Response r = registryError(status, code, message);
    QString value = u"Bearer realm=\""_s + realm() + u"\",service=\""_s + m_scenario.registry.service + u"\""_s;
    if (!scope.isEmpty())
        value += u",scope=\""_s + scope + u"\""_s;
    if (!error.isEmpty())
        value += u",error=\""_s + error + u"\""_s;
    r.headers << qMakePair("WWW-Authenticate"_ba, value.toUtf8());
    return r;
}

FakeServer::Response FakeServer::probeRefusal(const ProbeBehaviour& behaviour, const QString& scope) const
{
    const QString message = behaviour.message.isEmpty() ? defaultProbeMessage(behaviour.kind) : behaviour.message;
    switch (behaviour.kind) {
    case ProbeBehaviour::Kind::DeniedGhcr:
        return registryError(403, "DENIED"_ba, message);
    case ProbeBehaviour::Kind::InsufficientScope:
        return challenge(scope, u"insufficient_scope"_s, "UNAUTHORIZED"_ba, message);
    case ProbeBehaviour::Kind::Unauthorized:
        return challenge(scope, {}, "UNAUTHORIZED"_ba, message);
    case ProbeBehaviour::Kind::ManifestUnknown:
        return registryError(404, "MANIFEST_UNKNOWN"_ba, message);
    case ProbeBehaviour::Kind::NameUnknown:
        return registryError(404, "NAME_UNKNOWN"_ba, message);
    case ProbeBehaviour::Kind::Allow:
        break;
    }
    return {};
}

FakeServer::Response FakeServer::handleRegistry(const QHttpServerRequest& request, const QString& path)
{
    const RegistryBehaviour& reg = m_scenario.registry;
    const QByteArray authorization = headerValue(request, "authorization"_ba);
    QString bearer;
    if (authorization.startsWith("Bearer "_ba) || authorization.startsWith("bearer "_ba))
        bearer = QString::fromUtf8(authorization.mid(7).trimmed());
    const bool knownBearer = !bearer.isEmpty() && m_issued.contains(bearer);
    const Grant grant = m_issued.value(bearer);
    const auto method = request.method();

    // Ping / challenge discovery.
    if (path == u"/v2"_s || path == u"/v2/"_s) {
        if (knownBearer) {
            Response r;
            r.headers << qMakePair("Content-Type"_ba, "application/json"_ba);
            r.headers << qMakePair("Docker-Distribution-API-Version"_ba, "registry/2.0"_ba);
            r.body = "{}"_ba;
            return r;
        }
        return challenge(u"repository:user/image:pull"_s, bearer.isEmpty() ? QString() : u"invalid_token"_s,
                         "UNAUTHORIZED"_ba, u"authentication required"_s);
    }

    const QString rest = path.mid(4); // after "/v2/"
    QString name;
    QString action;
    enum class Kind { Manifest, Tags, StartUpload, CancelUpload, Unknown } kind = Kind::Unknown;
    QString reference;
    QString uploadId;
    if (const int i = rest.lastIndexOf(u"/manifests/"_s); i > 0) {
        name = rest.left(i);
        reference = rest.mid(i + int(qstrlen("/manifests/")));
        if (method == QHttpServerRequest::Method::Head || method == QHttpServerRequest::Method::Get) {
            kind = Kind::Manifest;
            action = u"pull"_s;
        }
    } else if (rest.endsWith(u"/tags/list"_s)) {
        name = rest.chopped(int(qstrlen("/tags/list")));
        if (method == QHttpServerRequest::Method::Get) {
            kind = Kind::Tags;
            action = u"pull"_s;
        }
    } else if (const int j = rest.indexOf(u"/blobs/uploads/"_s); j > 0) {
        name = rest.left(j);
        uploadId = rest.mid(j + int(qstrlen("/blobs/uploads/")));
        if (uploadId.isEmpty() && method == QHttpServerRequest::Method::Post) {
            kind = Kind::StartUpload;
            action = u"push"_s;
        } else if (!uploadId.isEmpty() && method == QHttpServerRequest::Method::Delete) {
            kind = Kind::CancelUpload;
            action = u"delete"_s;
        }
    }
    if (kind == Kind::Unknown)
        return registryError(404, "UNSUPPORTED"_ba, u"the fake registry does not implement this request"_s);

    const QString scope = u"repository:"_s + name + u':' + action;
    if (bearer.isEmpty())
        return challenge(scope, {}, "UNAUTHORIZED"_ba, u"authentication required"_s);
    if (!knownBearer)
        return challenge(scope, u"invalid_token"_s, "UNAUTHORIZED"_ba, u"authentication required"_s);

    if (kind == Kind::CancelUpload) {
        switch (reg.cancel) {
        case RegistryBehaviour::Cancel::NoContent:
            break;
        case RegistryBehaviour::Cancel::MethodNotAllowed:
            return registryError(405, "UNSUPPORTED"_ba, u"The operation is unsupported."_s);
        case RegistryBehaviour::Cancel::InsufficientScope:
            if (!grant.allows(name, u"delete"_s))
                return challenge(scope, u"insufficient_scope"_s, "UNAUTHORIZED"_ba, u"authentication required"_s);
            break;
        }
        Response r;
        r.status = 204;
        r.headers << qMakePair("Docker-Distribution-API-Version"_ba, "registry/2.0"_ba);
        return r;
    }

    if (!grant.allows(name, action))
        return challenge(scope, u"insufficient_scope"_s, "UNAUTHORIZED"_ba, u"authentication required"_s);

    ProbeBehaviour behaviour = action == u"pull"_s ? reg.pull : reg.push;
    if (const FakePackage* own = package(name)) {
        const std::optional<ProbeBehaviour>& special = action == u"pull"_s ? own->pull : own->push;
        if (special)
            behaviour = *special;
    }
    // A missing tag: the manifest is unknown, but the repository's tag list is there (as on a real registry).
    const bool tagListOfKnownRepository = kind == Kind::Tags && behaviour.kind == ProbeBehaviour::Kind::ManifestUnknown;
    if (behaviour.kind != ProbeBehaviour::Kind::Allow && !tagListOfKnownRepository) {
        // NAME_UNKNOWN / MANIFEST_UNKNOWN describe a pull; a push to a new repository creates it.
        return probeRefusal(behaviour, scope);
    }

    Response r;
    r.headers << qMakePair("Docker-Distribution-API-Version"_ba, "registry/2.0"_ba);
    switch (kind) {
    case Kind::Manifest: {
        QJsonObject manifest;
        manifest.insert(u"schemaVersion"_s, 2);
        manifest.insert(u"mediaType"_s, u"application/vnd.oci.image.index.v1+json"_s);
        manifest.insert(u"manifests"_s, QJsonArray());
        r.body = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        r.headers << qMakePair("Content-Type"_ba, "application/vnd.oci.image.index.v1+json"_ba);
        r.headers << qMakePair("Docker-Content-Digest"_ba,
                               "sha256:3b2a6a2d9b8f6c1e0d4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f809"_ba);
        break;
    }
    case Kind::Tags: {
        QJsonObject tags;
        tags.insert(u"name"_s, name);
        tags.insert(u"tags"_s, QJsonArray::fromStringList(reg.tags));
        r.body = QJsonDocument(tags).toJson(QJsonDocument::Compact);
        r.headers << qMakePair("Content-Type"_ba, "application/json"_ba);
        break;
    }
    case Kind::StartUpload: {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.status = 202;
        r.headers << qMakePair("Location"_ba, (u"/v2/"_s + name + u"/blobs/uploads/"_s + uuid).toUtf8());
        r.headers << qMakePair("Docker-Upload-UUID"_ba, uuid.toUtf8());
        r.headers << qMakePair("Range"_ba, "0-0"_ba);
        break;
    }
    case Kind::CancelUpload:
    case Kind::Unknown:
        break;
    }
    return r;
}

void FakeServer::send(QTcpSocket* socket, bool head, const Response& response)
{
    QPointer<QTcpSocket> guard(socket);
    switch (response.fault) {
    case Fault::Hang:
        return; // keep the connection open, never answer
    case Fault::Reset:
        --m_open;
        // Abort after handleRequest() returned, so the server's own bookkeeping sees a normal return.
        QTimer::singleShot(0, this, [guard] {
            if (guard)
                guard->abort();
        });
        return;
    case Fault::Delay:
        QTimer::singleShot(response.delayMs, this, [this, guard, head, response] {
            if (guard)
                writeNow(guard, head, response);
            else
                --m_open;
        });
        return;
    case Fault::None:
    case Fault::HugeBody:
    case Fault::ServerError:
        break;
    }
    writeNow(socket, head, response);
}

void FakeServer::writeNow(QTcpSocket* socket, bool head, const Response& response)
{
    --m_open;
    QByteArray out =
        "HTTP/1.1 "_ba + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n"_ba;
    for (const auto& header : response.headers)
        out += header.first + ": "_ba + header.second + "\r\n"_ba;
    if (response.status != 204 && response.status != 304)
        out += "Content-Length: "_ba + QByteArray::number(response.body.size()) + "\r\n"_ba;
    out += "Date: "_ba +
           QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1() +
           "\r\n"_ba;
    out += "\r\n"_ba;
    if (!head && response.status != 204 && response.status != 304)
        out += response.body;
    socket->write(out);
}

} // namespace ghcr::test
