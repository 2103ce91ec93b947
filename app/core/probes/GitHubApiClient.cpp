#include "app/core/probes/GitHubApiClient.h"

#include "app/core/token/Redactor.h"
#include "app/core/token/Scopes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// A header's value as evidence may keep it: server-controlled, so redacted and bounded.
QString headerText(const HttpResponse& r, const QByteArray& name)
{
    return Redactor::redact(QString::fromUtf8(r.header(name)).trimmed()).left(500);
}

int headerInt(const HttpResponse& r, const QByteArray& name)
{
    bool ok = false;
    const int v = headerText(r, name).toInt(&ok);
    return ok ? v : -1;
}

QUrl userUrlFor(const QUrl& apiUrl)
{
    QUrl u = apiUrl;
    QString path = u.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    u.setPath(path + u"/user"_s);
    return u;
}

QString notGitHubSentence(const QUrl& userUrl, const QString& url, int status)
{
    const QString path = userUrl.path().chopped(qMin<qsizetype>(5, userUrl.path().size())); // without "/user"
    QUrl suggestion = userUrl;
    suggestion.setPath(u"/api/v3"_s);
    suggestion.setQuery(QString());
    const bool atRoot = path.isEmpty() || path == u"/"_s;
    return atRoot && userUrl.host() != u"api.github.com"_s
               ? GitHubApiClient::tr("%1 answered %2 without GitHub's signature (no X-GitHub-Request-Id): this does "
                                     "not look like GitHub's API. Did you mean %3?")
                     .arg(url)
                     .arg(status)
                     .arg(suggestion.toString())
               : GitHubApiClient::tr("%1 answered %2 without GitHub's signature (no X-GitHub-Request-Id): this does "
                                     "not look like GitHub's API. Check the API URL; a proxy or captive portal may be "
                                     "answering instead.")
                     .arg(url)
                     .arg(status);
}

/// Scopes: an absent header (fine-grained, app tokens) is not the same as an empty one.
void readScopes(ApiEvidence& e, const HttpResponse& r, TokenKind kind)
{
    const QList<QByteArray> scopeHeaders = r.headerValues("x-oauth-scopes");
    if (!scopeHeaders.isEmpty()) {
        e.scopes = parseScopesHeader(Redactor::redact(QString::fromUtf8(scopeHeaders.join(", "))).left(4096));
        e.scopesExpanded = expandScopes(*e.scopes);
    } else if (r.status == 200 &&
               (kind == TokenKind::Classic || kind == TokenKind::OAuth || kind == TokenKind::LegacyHex)) {
        // GitHub always sends X-OAuth-Scopes for these kinds; "missing" here is the empty header Qt dropped.
        e.scopes = QStringList();
        e.scopesInferredEmpty = true;
    }
    e.acceptedScopes = parseScopesHeader(headerText(r, "x-accepted-oauth-scopes"));
    e.acceptedPermissions = headerText(r, "x-accepted-github-permissions");
}

void readSso(ApiEvidence& e, const HttpResponse& r, const QUrl& userUrl)
{
    const QString sso = headerText(r, "x-github-sso");
    if (sso.isEmpty())
        return;
    const QStringList parts = sso.split(u';');
    const QString ssoKind = parts.value(0).trimmed().toLower();
    for (int i = 1; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        if (part.startsWith(u"url="_s, Qt::CaseInsensitive))
            e.ssoUrl = part.mid(4).trimmed();
        else if (part.startsWith(u"organizations="_s, Qt::CaseInsensitive))
            e.ssoPartialOrganizations = part.mid(14).split(u',', Qt::SkipEmptyParts);
    }
    if (ssoKind == u"required"_s)
        e.ssoRequired = true;
    for (QString& org : e.ssoPartialOrganizations)
        org = org.trimmed();
    // Only hand out an https URL on the GitHub host checked (api.HOST → HOST; GHES: HOST) or github.com.
    const QUrl ssoUrl(e.ssoUrl, QUrl::StrictMode);
    const QString apiHost = userUrl.host().toLower();
    const QString githubHost = apiHost.startsWith(u"api."_s) ? apiHost.mid(4) : apiHost;
    const QString ssoHost = ssoUrl.host().toLower();
    if (!e.ssoUrl.isEmpty() && (!ssoUrl.isValid() || ssoUrl.scheme() != u"https"_s || !ssoUrl.userInfo().isEmpty() ||
                                (ssoHost != githubHost && ssoHost != u"github.com"_s)))
        e.ssoUrl.clear();
}

void readRateLimit(ApiEvidence& e, const HttpResponse& r)
{
    e.rateLimit.limit = headerInt(r, "x-ratelimit-limit");
    e.rateLimit.remaining = headerInt(r, "x-ratelimit-remaining");
    e.rateLimit.used = headerInt(r, "x-ratelimit-used");
    e.rateLimit.resource = headerText(r, "x-ratelimit-resource");
    const int reset = headerInt(r, "x-ratelimit-reset");
    if (reset > 0)
        e.rateLimit.reset = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    e.rateLimit.retryAfterSeconds = headerInt(r, "retry-after");
}

/// A 200: the user object, or a body that is not one.
void readUser(ApiEvidence& e, const QJsonDocument& doc, const QJsonParseError& parseError)
{
    const QJsonObject body = doc.isObject() ? doc.object() : QJsonObject();
    e.login = body.value(u"login"_s).toString();
    e.accountType = Redactor::redact(body.value(u"type"_s).toString()).left(100);
    static const QRegularExpression loginRe(uR"(^[A-Za-z0-9][A-Za-z0-9\-_\.\[\]]{0,99}$)"_s);
    // A login is a name and is shown as is. One that holds the token (or an encoding of it) is a server echoing
    // the credentials: never kept, and the answer is not GitHub's.
    const bool loginShaped = doc.isObject() && loginRe.match(e.login).hasMatch();
    if (loginShaped && Redactor::redact(e.login) != e.login) {
        e.outcome = ApiEvidence::Outcome::Malformed;
        e.login.clear();
        e.errorSentence = GitHubApiClient::tr("%1 answered 200 with a “login” that contains the token itself: this is "
                                              "not GitHub's API, or something between you and it echoes credentials.")
                              .arg(e.url);
        return;
    }
    if (loginShaped) {
        e.outcome = ApiEvidence::Outcome::Ok;
        return;
    }
    e.outcome = ApiEvidence::Outcome::Malformed;
    e.login.clear();
    e.errorSentence =
        GitHubApiClient::tr("%1 answered 200 but the body is not GitHub's user object (%2). Is the API URL "
                            "right? A proxy or captive portal may be answering instead.")
            .arg(e.url, doc.isNull() ? GitHubApiClient::tr("invalid JSON: %1").arg(parseError.errorString())
                                     : GitHubApiClient::tr("no “login” field"));
}

/// What an answer other than 200 is read from.
struct Answer
{
    const HttpResponse& r;
    const ApiEvidence& e;
    TokenKind kind;

    QString status() const { return QString::number(r.status); }
    QString messageOrNone() const { return e.message.isEmpty() ? GitHubApiClient::tr("no message") : e.message; }
    bool rateLimited() const
    {
        return (e.rateLimit.remaining == 0) || e.rateLimit.retryAfterSeconds >= 0 || r.status == 429 ||
               e.message.contains(u"rate limit"_s, Qt::CaseInsensitive);
    }
    QString resetWhen() const
    {
        if (e.rateLimit.reset.isValid())
            return e.rateLimit.reset.toString(Qt::ISODate);
        return e.rateLimit.retryAfterSeconds >= 0
                   ? GitHubApiClient::tr("in %1 seconds").arg(e.rateLimit.retryAfterSeconds)
                   : GitHubApiClient::tr("later");
    }
};

/// The outcome of a non-200 answer: the first rule whose condition holds.
struct OutcomeRule
{
    bool (*applies)(const Answer& a);
    ApiEvidence::Outcome outcome;
    QString (*sentence)(const Answer& a);
};

using O = ApiEvidence::Outcome;
const OutcomeRule outcomeRules[] = {
    {[](const Answer& a) { return a.r.status == 401; }, O::BadCredentials,
     [](const Answer& a) {
         return GitHubApiClient::tr("GitHub answered 401 (%1): the token is not valid — it was revoked, it expired, "
                                    "or it was mistyped.")
             .arg(a.messageOrNone());
     }},
    {[](const Answer& a) { return a.r.status == 403 && a.e.ssoRequired; }, O::SsoRequired,
     [](const Answer&) {
         return GitHubApiClient::tr("GitHub answered 403: an organization uses SAML single sign-on and this token is "
                                    "not authorized for it yet.");
     }},
    {[](const Answer& a) { return (a.r.status == 403 || a.r.status == 429) && a.rateLimited(); }, O::RateLimited,
     [](const Answer& a) {
         return GitHubApiClient::tr("GitHub answered %1: the API rate limit is exhausted; it resets %2. The token "
                                    "itself may be fine.")
             .arg(a.status(), a.resetWhen());
     }},
    {[](const Answer& a) {
         return a.r.status == 403 && (a.e.message.contains(u"login attempts"_s, Qt::CaseInsensitive) ||
                                      a.e.message.contains(u"too many"_s, Qt::CaseInsensitive));
     },
     O::LockedOut,
     [](const Answer&) {
         return GitHubApiClient::tr("GitHub answered 403 after too many failed sign-in attempts from this address; it "
                                    "refuses every attempt for a while. Wait before trying again.");
     }},
    {[](const Answer& a) {
         return a.r.status == 403 && a.kind == TokenKind::AppServer &&
                a.e.message.contains(u"not accessible by integration"_s, Qt::CaseInsensitive);
     },
     O::Integration,
     [](const Answer& a) {
         return GitHubApiClient::tr("GitHub recognised an installation token (an Actions GITHUB_TOKEN or a GitHub "
                                    "App's): it answered 403 “%1”, as it does for every installation token on /user. "
                                    "Such tokens have permissions instead of scopes.")
             .arg(a.e.message);
     }},
    {[](const Answer& a) { return a.r.status == 403; }, O::Forbidden,
     [](const Answer& a) { return GitHubApiClient::tr("GitHub answered 403 (%1).").arg(a.messageOrNone()); }},
    {[](const Answer& a) { return a.r.status == 404; }, O::NotFound,
     [](const Answer& a) {
         return GitHubApiClient::tr("GitHub answered 404 for %1: the API URL may be wrong (GitHub Enterprise Server "
                                    "uses https://HOST/api/v3), or the token lacks a scope this endpoint needs.")
             .arg(a.e.url);
     }},
    {[](const Answer& a) { return a.r.status >= 500; }, O::ServerError,
     [](const Answer& a) {
         return GitHubApiClient::tr("GitHub answered %1 (a server error) to GET %2; try again in a few minutes, and "
                                    "check the service status.")
             .arg(a.status(), a.e.url);
     }},
    {[](const Answer&) { return true; }, O::UnexpectedStatus,
     [](const Answer& a) {
         return a.r.errorSentence.isEmpty()
                    ? GitHubApiClient::tr("GitHub answered an unexpected %1 to GET %2.").arg(a.status(), a.e.url)
                    : a.r.errorSentence;
     }},
};

} // namespace

GitHubApiClient::GitHubApiClient(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_http(http)
{
}

void GitHubApiClient::start(const QUrl& apiUrl, const QString& token, TokenKind kind)
{
    HttpRequest req;
    req.method = "GET";
    req.url = userUrlFor(apiUrl);
    req.headers = {{"Accept", "application/vnd.github+json"}, {"X-GitHub-Api-Version", "2022-11-28"}};
    req.headers.append({"Authorization", "Bearer " + token.toUtf8()});
    const QUrl url = req.url;
    // The job is this client's child: a client deleted with its check is never called back.
    connect(m_http->send(req, this), &HttpJob::finished, this,
            [this, url, kind](const HttpResponse& response) { Q_EMIT finished(interpret(url, response, kind)); });
}

ApiEvidence GitHubApiClient::interpret(const QUrl& userUrl, const HttpResponse& r, TokenKind kind)
{
    ApiEvidence e;
    e.url = userUrl.toString(QUrl::RemoveUserInfo);
    e.elapsedMs = r.elapsedMs;
    e.answeredAt = QDateTime::currentDateTimeUtc();
    if (r.failure != HttpResponse::Failure::None) {
        const bool cancelled = r.failure == HttpResponse::Failure::Cancelled;
        e.outcome = cancelled ? O::Cancelled : O::NetworkError;
        e.errorSentence = cancelled ? tr("The GitHub API check was cancelled.") : r.errorSentence;
        return e;
    }
    e.httpStatus = r.status;
    // GitHub (github.com, GHE.com, GHES) signs every API answer; a web page, a proxy or a 404 at a host's
    // root does not. Then nothing in the answer is evidence about the token.
    const bool signedByGitHub =
        !r.header("x-github-request-id").isEmpty() || !r.header("x-github-media-type").isEmpty();
    if (!signedByGitHub && r.status < 500) {
        e.outcome = O::NotGitHub;
        e.errorSentence = notGitHubSentence(userUrl, e.url, r.status);
        return e;
    }
    readScopes(e, r, kind);
    e.expiresRaw = headerText(r, "github-authentication-token-expiration");
    if (!e.expiresRaw.isEmpty())
        e.expiresAt = parseGitHubExpiry(e.expiresRaw);
    readSso(e, r, userUrl);
    readRateLimit(e, r);
    e.requestId = headerText(r, "x-github-request-id");

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    const QJsonObject body = doc.isObject() ? doc.object() : QJsonObject();
    e.message = Redactor::redact(body.value(u"message"_s).toString()).left(500);
    e.documentationUrl = Redactor::redact(body.value(u"documentation_url"_s).toString()).left(300);
    if (r.status == 200) {
        readUser(e, doc, parseError);
        return e;
    }
    const Answer answer{r, e, kind};
    for (const OutcomeRule& rule : outcomeRules) {
        if (rule.applies(answer)) {
            e.outcome = rule.outcome;
            e.errorSentence = rule.sentence(answer);
            break;
        }
    }
    return e;
}

} // namespace ghcr
