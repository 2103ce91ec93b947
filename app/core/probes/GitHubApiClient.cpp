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

} // namespace

GitHubApiClient::GitHubApiClient(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_http(http)
{
}

void GitHubApiClient::start(const QUrl& apiUrl, const QString& token, TokenKind kind)
{
    m_running = true;
    HttpRequest req;
    req.method = "GET";
    req.url = userUrlFor(apiUrl);
    req.headers = {{"Accept", "application/vnd.github+json"}, {"X-GitHub-Api-Version", "2022-11-28"}};
    req.headers.append({"Authorization", "Bearer " + token.toUtf8()});
    const QUrl url = req.url;
    m_http->send(req, [this, url, kind](const HttpResponse& response) {
        if (!m_running)
            return;
        m_running = false;
        Q_EMIT finished(interpret(url, response, kind));
    });
}

void GitHubApiClient::cancel()
{
    // HttpClient::cancelAll() (owned by the runner) aborts the request; our callback then reports Cancelled.
}

ApiEvidence GitHubApiClient::interpret(const QUrl& userUrl, const HttpResponse& r, TokenKind kind)
{
    using O = ApiEvidence::Outcome;
    ApiEvidence e;
    e.url = userUrl.toString(QUrl::RemoveUserInfo);
    e.elapsedMs = r.elapsedMs;
    e.answeredAt = QDateTime::currentDateTimeUtc();
    if (r.failure == HttpResponse::Failure::Cancelled) {
        e.outcome = O::Cancelled;
        e.errorSentence = tr("The GitHub API check was cancelled.");
        return e;
    }
    if (r.failure != HttpResponse::Failure::None) {
        e.outcome = O::NetworkError;
        e.errorSentence = r.errorSentence;
        return e;
    }
    e.httpStatus = r.status;
    // GitHub (github.com, GHE.com, GHES) signs every API answer; a web page, a proxy or a 404 at a host's
    // root does not. Then nothing in the answer is evidence about the token.
    const bool signedByGitHub =
        !r.header("x-github-request-id").isEmpty() || !r.header("x-github-media-type").isEmpty();
    if (!signedByGitHub && r.status < 500) {
        e.outcome = O::NotGitHub;
        const QString path = userUrl.path().chopped(qMin<qsizetype>(5, userUrl.path().size())); // without "/user"
        QUrl suggestion = userUrl;
        suggestion.setPath(u"/api/v3"_s);
        suggestion.setQuery(QString());
        const bool atRoot = path.isEmpty() || path == u"/"_s;
        e.errorSentence =
            atRoot && userUrl.host() != u"api.github.com"_s
                ? tr("%1 answered %2 without GitHub's signature (no X-GitHub-Request-Id): this does not look like "
                     "GitHub's API. Did you mean %3?")
                      .arg(e.url)
                      .arg(r.status)
                      .arg(suggestion.toString())
                : tr("%1 answered %2 without GitHub's signature (no X-GitHub-Request-Id): this does not look like "
                     "GitHub's API. Check the API URL; a proxy or captive portal may be answering instead.")
                      .arg(e.url)
                      .arg(r.status);
        return e;
    }

    // Scopes: absent header (fine-grained, app tokens) is not the same as an empty one.
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
    e.expiresRaw = headerText(r, "github-authentication-token-expiration");
    if (!e.expiresRaw.isEmpty())
        e.expiresAt = parseGitHubExpiry(e.expiresRaw);

    const QString sso = headerText(r, "x-github-sso");
    if (!sso.isEmpty()) {
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
        if (!e.ssoUrl.isEmpty() &&
            (!ssoUrl.isValid() || ssoUrl.scheme() != u"https"_s || !ssoUrl.userInfo().isEmpty() ||
             (ssoHost != githubHost && ssoHost != u"github.com"_s)))
            e.ssoUrl.clear();
    }

    e.rateLimit.limit = headerInt(r, "x-ratelimit-limit");
    e.rateLimit.remaining = headerInt(r, "x-ratelimit-remaining");
    e.rateLimit.used = headerInt(r, "x-ratelimit-used");
    e.rateLimit.resource = headerText(r, "x-ratelimit-resource");
    const int reset = headerInt(r, "x-ratelimit-reset");
    if (reset > 0)
        e.rateLimit.reset = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    e.rateLimit.retryAfterSeconds = headerInt(r, "retry-after");
    e.requestId = headerText(r, "x-github-request-id");

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    const QJsonObject body = doc.isObject() ? doc.object() : QJsonObject();
    e.message = Redactor::redact(body.value(u"message"_s).toString()).left(500);
    e.documentationUrl = Redactor::redact(body.value(u"documentation_url"_s).toString()).left(300);

    const QString statusText = QString::number(r.status);
    if (r.status == 200) {
        e.login = body.value(u"login"_s).toString();
        e.accountType = Redactor::redact(body.value(u"type"_s).toString()).left(100);
        static const QRegularExpression loginRe(uR"(^[A-Za-z0-9][A-Za-z0-9\-_\.\[\]]{0,99}$)"_s);
        if (!doc.isObject() || !loginRe.match(e.login).hasMatch()) {
            e.outcome = O::Malformed;
            e.login.clear();
            e.errorSentence = tr("%1 answered 200 but the body is not GitHub's user object (%2). Is the API URL "
                                 "right? A proxy or captive portal may be answering instead.")
                                  .arg(e.url, doc.isNull() ? tr("invalid JSON: %1").arg(parseError.errorString())
                                                           : tr("no “login” field"));
            return e;
        }
        e.outcome = O::Ok;
        return e;
    }
    if (r.status == 401) {
        e.outcome = O::BadCredentials;
        e.errorSentence = tr("GitHub answered 401 (%1): the token is not valid — it was revoked, it expired, "
                             "or it was mistyped.")
                              .arg(e.message.isEmpty() ? tr("no message") : e.message);
        return e;
    }
    const bool rateLimited = (e.rateLimit.remaining == 0) || e.rateLimit.retryAfterSeconds >= 0 || r.status == 429 ||
                             e.message.contains(u"rate limit"_s, Qt::CaseInsensitive);
    if (r.status == 403 && e.ssoRequired) {
        e.outcome = O::SsoRequired;
        e.errorSentence = tr("GitHub answered 403: an organization uses SAML single sign-on and this token is not "
                             "authorized for it yet.");
        return e;
    }
    if ((r.status == 403 || r.status == 429) && rateLimited) {
        e.outcome = O::RateLimited;
        const QString when = e.rateLimit.reset.isValid() ? e.rateLimit.reset.toString(Qt::ISODate)
                                                         : (e.rateLimit.retryAfterSeconds >= 0
                                                                ? tr("in %1 seconds").arg(e.rateLimit.retryAfterSeconds)
                                                                : tr("later"));
        e.errorSentence = tr("GitHub answered %1: the API rate limit is exhausted; it resets %2. The token "
                             "itself may be fine.")
                              .arg(statusText, when);
        return e;
    }
    if (r.status == 403 && (e.message.contains(u"login attempts"_s, Qt::CaseInsensitive) ||
                            e.message.contains(u"too many"_s, Qt::CaseInsensitive))) {
        e.outcome = O::LockedOut;
        e.errorSentence = tr("GitHub answered 403 after too many failed sign-in attempts from this address; it "
                             "refuses every attempt for a while. Wait before trying again.");
        return e;
    }
    if (r.status == 403 && kind == TokenKind::AppServer &&
        e.message.contains(u"not accessible by integration"_s, Qt::CaseInsensitive)) {
        e.outcome = O::Integration;
        e.errorSentence = tr("GitHub recognised an installation token (an Actions GITHUB_TOKEN or a GitHub App's): "
                             "it answered 403 “%1”, as it does for every installation token on /user. Such tokens "
                             "have permissions instead of scopes.")
                              .arg(e.message);
        return e;
    }
    if (r.status == 403) {
        e.outcome = O::Forbidden;
        e.errorSentence = tr("GitHub answered 403 (%1).").arg(e.message.isEmpty() ? tr("no message") : e.message);
        return e;
    }
    if (r.status == 404) {
        e.outcome = O::NotFound;
        e.errorSentence = tr("GitHub answered 404 for %1: the API URL may be wrong (GitHub Enterprise Server uses "
                             "https://HOST/api/v3), or the token lacks a scope this endpoint needs.")
                              .arg(e.url);
        return e;
    }
    if (r.status >= 500) {
        e.outcome = O::ServerError;
        e.errorSentence = tr("GitHub answered %1 (a server error) to GET %2; try again in a few minutes, and "
                             "check the service status.")
                              .arg(statusText, e.url);
        return e;
    }
    e.outcome = O::UnexpectedStatus;
    e.errorSentence = r.errorSentence.isEmpty()
                          ? tr("GitHub answered an unexpected %1 to GET %2.").arg(statusText, e.url)
                          : r.errorSentence;
    return e;
}

} // namespace ghcr
