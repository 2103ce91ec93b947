#include "app/core/probes/PackageLister.h"

#include "app/core/probes/PackageProbe.h"
#include "app/core/token/Redactor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

constexpr int maxOrganizations = 5000; ///< GET /user/orgs is followed no further

QString origin(const QUrl& url)
{
    return url.scheme().toLower() + u"://"_s + url.host().toLower() + u':' +
           QString::number(url.port(url.scheme() == u"https"_s ? 443 : 80));
}

QUrl endpoint(const QUrl& apiUrl, const QString& path, bool containers)
{
    QUrl url = apiUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QUrlQuery query;
    if (containers)
        query.addQueryItem(u"package_type"_s, u"container"_s);
    query.addQueryItem(u"per_page"_s, u"100"_s);
    url.setQuery(query);
    return url;
}

QString githubMessage(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return Redactor::redact(doc.object().value(u"message"_s).toString().left(300));
}

/// A refusal because of GitHub's rate limits: 429, or 403 with no requests left / a Retry-After (secondary limits).
bool rateLimited(const HttpResponse& r, const QString& message)
{
    return r.status == 429 ||
           (r.status == 403 && (r.header("x-ratelimit-remaining"_ba).trimmed() == "0" ||
                                !r.header("retry-after"_ba).isEmpty() || message.contains(u"rate limit"_s)));
}

/// An HTTP date (RFC 9110 IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT"); invalid when it is not one.
QDateTime httpDate(const QByteArray& text)
{
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    at.setTimeSpec(Qt::UTC);
    return at;
}

/// When GitHub says to try again, from Retry-After (seconds, or an HTTP date) or else X-RateLimit-Reset (epoch
/// seconds). Invalid when it did not say, or said something impossible (negative, unreadable, in the past, or
/// more than a week away).
QDateTime retryAt(const HttpResponse& r, const QDateTime& now)
{
    constexpr qint64 week = 7 * 24 * 3600;
    const QByteArray after = r.header("retry-after"_ba).trimmed();
    bool isNumber = false;
    const qint64 seconds = after.toLongLong(&isNumber);
    QDateTime at;
    if (isNumber && seconds >= 0 && seconds <= week)
        at = now.addSecs(seconds);
    else if (!isNumber && !after.isEmpty())
        at = httpDate(after);
    if (after.isEmpty()) {
        const qint64 reset = r.header("x-ratelimit-reset"_ba).trimmed().toLongLong(&isNumber);
        if (isNumber && reset > now.toSecsSinceEpoch() && reset - now.toSecsSinceEpoch() <= week)
            at = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
    }
    return at.isValid() && at >= now && at <= now.addSecs(week) ? at.toUTC() : QDateTime();
}

} // namespace

QString PackageInfo::image() const
{
    QString out = owner.toLower() + u'/' + name.toLower();
    if (!reference.isEmpty())
        out += (reference.startsWith(u"sha256:"_s) ? u"@"_s : u":"_s) + reference;
    return out;
}

QString PackageInfo::named() const
{
    return typedHost.isEmpty() ? image() : typedHost + u'/' + image();
}

bool PackageListing::complete() const
{
    if (!orgsError.isEmpty())
        return false;
    for (const OwnerListing& o : owners)
        if (!o.listed)
            return false;
    return true;
}

PackageLister::PackageLister(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_http(http)
{
}

QUrl PackageLister::nextLink(const QByteArray& linkHeader)
{
    // <https://api.github.com/user/packages?page=2>; rel="next", <…>; rel="last"
    static const QRegularExpression part(uR"(<([^>]*)>\s*((?:;\s*[^;,]*)*))"_s);
    auto it = part.globalMatch(QString::fromLatin1(linkHeader));
    while (it.hasNext()) {
        const auto m = it.next();
        static const QRegularExpression relNext(uR"re(;\s*rel\s*=\s*"?([^";]*\bnext\b[^";]*)"?)re"_s);
        if (relNext.match(m.captured(2)).hasMatch())
            return QUrl(m.captured(1));
    }
    return {};
}

QString PackageLister::settingsUrl(const QString& webHost, const QString& owner, bool ownerIsOrg, const QString& name)
{
    return u"https://"_s + webHost + (ownerIsOrg ? u"/orgs/"_s : u"/users/"_s) + owner + u"/packages/container/"_s +
           QString::fromLatin1(QUrl::toPercentEncoding(name)) + u"/settings"_s;
}

HttpRequest PackageLister::request(const QUrl& url) const
{
    HttpRequest r;
    r.url = url;
    r.bearer = m_token;
    r.headers << qMakePair("Accept"_ba, "application/vnd.github+json"_ba);
    r.headers << qMakePair("X-GitHub-Api-Version"_ba, "2022-11-28"_ba);
    return r;
}

void PackageLister::start(const QUrl& apiUrl, const QString& token, const QString& login, const QStringList& owners,
                          const QString& webHost)
{
    m_apiUrl = apiUrl;
    m_token = token;
    m_login = login;
    m_webHost = webHost;
    m_listing = PackageListing{};
    m_listing.attempted = true;
    m_walks.clear();
    m_orgsWalk = Walk{};
    m_images.clear();
    m_pending = 0;
    delete m_deadline;
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &PackageLister::outOfTime);
    m_deadline->start(int(std::min<qint64>(m_http->remainingMs() / 2, std::numeric_limits<int>::max())));
    if (owners.isEmpty()) {
        // The user's own packages and, once known, each organization's.
        OwnerListing mine;
        mine.owner = login;
        m_listing.owners << mine;
        m_walks << Walk{};
        ++m_pending;
        listOwner(0, endpoint(apiUrl, u"/user/packages"_s, true));
        ++m_pending;
        listOrgs(endpoint(apiUrl, u"/user/orgs"_s, false), {});
        return;
    }
    startOwners(owners);
    if (m_pending == 0)
        maybeFinish();
}

void PackageLister::startOwners(const QStringList& owners)
{
    for (const QString& owner : owners) {
        const bool mine = !m_login.isEmpty() && owner.compare(m_login, Qt::CaseInsensitive) == 0;
        bool known = false;
        for (const OwnerListing& o : std::as_const(m_listing.owners))
            known = known || o.owner.compare(owner, Qt::CaseInsensitive) == 0;
        if (known)
            continue;
        OwnerListing listing;
        listing.owner = owner;
        listing.isOrg = !mine;
        m_listing.owners << listing;
        m_walks << Walk{};
        ++m_pending;
        const QString path = mine ? u"/user/packages"_s
                                  : u"/orgs/"_s + QString::fromLatin1(QUrl::toPercentEncoding(owner)) + u"/packages"_s;
        listOwner(int(m_listing.owners.size()) - 1, endpoint(m_apiUrl, path, true));
    }
}

void PackageLister::send(Walk* walk, const QUrl& url, const std::function<void(const HttpResponse&)>& onAnswer)
{
    walk->pages.insert(url.toString(QUrl::FullyEncoded));
    walk->current = url;
    walk->asking = Redactor::redact(url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment));
    walk->job = m_http->send(request(url), this);
    connect(walk->job, &HttpJob::finished, this, onAnswer);
}

bool PackageLister::retryLater(Walk* walk, const HttpResponse& response, const std::function<void()>& again)
{
    bool isNumber = false;
    const int seconds = response.header("retry-after"_ba).trimmed().toInt(&isNumber);
    if (walk->retried || !response.ok() || !rateLimited(response, githubMessage(response.body)) || !isNumber ||
        seconds < 0 || seconds > maxRetryWaitSeconds || m_deadline->remainingTime() < seconds * 1000 + 250)
        return false;
    walk->retried = true;
    QTimer::singleShot(seconds * 1000, this, again);
    return true;
}

QUrl PackageLister::followable(const HttpResponse& response, const Walk& walk, QString* why) const
{
    const QUrl next = nextLink(response.header("link"_ba));
    if (!next.isValid() || next.isEmpty())
        return {};
    const QString shown =
        Redactor::redact(next.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment));
    if (origin(next) != origin(m_apiUrl)) {
        *why = tr("GitHub's answer put its next page on another host (%1): it was not followed, so that the token "
                  "goes only to %2; what comes after page %n was not listed.",
                  nullptr, int(walk.pages.size()))
                   .arg(shown, origin(m_apiUrl));
        return {};
    }
    if (walk.pages.contains(next.toString(QUrl::FullyEncoded))) {
        *why = tr("GitHub's answer links back to a page already read (%1): the listing stopped after %n pages.",
                  nullptr, int(walk.pages.size()))
                   .arg(shown);
        return {};
    }
    if (walk.pages.size() >= maxPages) {
        *why = tr("GitHub's listing goes on past %n pages: it stopped there (name the images with --image or "
                  "--images-file).",
                  nullptr, maxPages);
        return {};
    }
    return next;
}

void PackageLister::listOrgs(const QUrl& url, const QStringList& found)
{
    send(&m_orgsWalk, url, [this, found](const HttpResponse& response) { orgsPage(found, response); });
}

void PackageLister::orgsPage(QStringList orgs, const HttpResponse& response)
{
    // Whatever stops the organizations' listing, those already read are listed (and why the others are not, said).
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    QString why;
    QString sso;
    if (retryLater(&m_orgsWalk, response, [this, orgs] { listOrgs(m_orgsWalk.current, orgs); }))
        return;
    if (!response.ok()) {
        why = response.errorSentence;
    } else if (response.status != 200) {
        why = refusal(response, QString(), &sso);
    } else if (!doc.isArray()) {
        why = tr("GitHub's answer to GET %1 is not a list of organizations.").arg(m_orgsWalk.asking);
    } else {
        for (const QJsonValue& v : doc.array())
            if (const QString login = v.toObject().value(u"login"_s).toString(); !login.isEmpty())
                orgs << login;
        const QUrl next = followable(response, m_orgsWalk, &why);
        if (next.isValid() && orgs.size() < maxOrganizations) {
            listOrgs(next, orgs);
            return;
        }
    }
    m_listing.orgsError = why;
    m_orgsWalk.job.clear();
    startOwners(orgs);
    --m_pending;
    maybeFinish();
}

void PackageLister::listOwner(int ownerIndex, const QUrl& url)
{
    if (m_listing.owners[ownerIndex].url.isEmpty())
        m_listing.owners[ownerIndex].url = url.toString();
    send(&m_walks[ownerIndex], url,
         [this, ownerIndex, url](const HttpResponse& response) { ownerPage(ownerIndex, url, response); });
}

void PackageLister::ownerPage(int ownerIndex, const QUrl& url, const HttpResponse& response)
{
    if (retryLater(&m_walks[ownerIndex], response, [this, ownerIndex, url] { listOwner(ownerIndex, url); }))
        return;
    OwnerListing& owner = m_listing.owners[ownerIndex];
    owner.httpStatus = response.status;
    if (!response.ok() || response.status != 200) {
        ownerDone(ownerIndex, response.ok() ? refusal(response, owner.owner, &owner.ssoUrl) : response.errorSentence,
                  false);
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (!doc.isArray()) {
        ownerDone(ownerIndex, tr("GitHub's answer to GET %1 is not a list of packages.").arg(url.toString()), false);
        return;
    }
    const bool cut = !readPage(ownerIndex, doc.array());
    QString why;
    const QUrl next = cut ? QUrl() : followable(response, m_walks.at(ownerIndex), &why);
    if (next.isValid() && m_listing.packages.size() < m_maxPackages) {
        listOwner(ownerIndex, next);
        return;
    }
    if (cut || next.isValid())
        why = tr("more than %n packages in all: the others were not listed (name the owners with --owner, or the "
                 "images with --image / --images-file).",
                 nullptr, m_maxPackages);
    if (const int skipped = m_walks.at(ownerIndex).skipped; skipped > 0)
        why = QStringList{why, tr("%n entries of GitHub's listing are not packages (no name or owner) and were "
                                  "skipped.",
                                  nullptr, skipped)}
                  .join(u' ')
                  .trimmed();
    ownerDone(ownerIndex, why, true);
}

bool PackageLister::readPage(int ownerIndex, const QJsonArray& page)
{
    OwnerListing& owner = m_listing.owners[ownerIndex];
    for (const QJsonValue& v : page) {
        if (m_listing.packages.size() >= m_maxPackages)
            return false;
        const QJsonObject o = v.toObject();
        PackageInfo p;
        p.name = o.value(u"name"_s).toString();
        const QJsonObject ownerObject = o.value(u"owner"_s).toObject();
        p.owner = ownerObject.value(u"login"_s).toString(owner.owner);
        p.ownerIsOrg = ownerObject.contains(u"type"_s) ? ownerObject.value(u"type"_s).toString() == u"Organization"_s
                                                       : owner.isOrg;
        if (p.name.isEmpty() || p.owner.isEmpty()) {
            ++m_walks[ownerIndex].skipped;
            continue;
        }
        if (owner.owner.isEmpty())
            owner.owner = p.owner;
        if (m_images.contains(p.image()))
            continue; // listed already (a page read twice, or names that differ only in case)
        m_images.insert(p.image());
        // An entry that is not GitHub's package object says nothing of its visibility or link ("not linked" would be
        // a false fact): its facts are asked like those of a given image.
        p.listed = PackageProbe::isPackage(o);
        p.visibility = p.listed ? o.value(u"visibility"_s).toString() : QString();
        p.repository = p.listed ? o.value(u"repository"_s).toObject().value(u"full_name"_s).toString() : QString();
        p.settingsUrl = settingsUrl(m_webHost, p.owner, p.ownerIsOrg, p.name);
        m_listing.packages << p;
        ++owner.packages;
    }
    return true;
}

void PackageLister::ownerDone(int ownerIndex, const QString& reason, bool answered)
{
    OwnerListing& owner = m_listing.owners[ownerIndex];
    owner.listed = reason.isEmpty();
    owner.cutShort = answered && !owner.listed;
    owner.reason = reason;
    m_walks[ownerIndex].job.clear();
    --m_pending;
    maybeFinish();
}

void PackageLister::outOfTime()
{
    const int seconds = int((m_deadline->interval() + 999) / 1000);
    const auto why = [seconds](const Walk& walk) {
        return tr("GET %1 did not answer within %n seconds, half of the check's budget (--timeout): the listing "
                  "stopped there so that the images already listed could be probed.",
                  nullptr, seconds)
            .arg(walk.asking);
    };
    for (int i = 0; i < m_walks.size(); ++i) {
        if (!m_walks.at(i).job)
            continue;
        m_walks[i].job->abort();
        ownerDone(i, why(m_walks.at(i)), m_walks.at(i).pages.size() > 1);
    }
    if (m_orgsWalk.job) {
        m_orgsWalk.job->abort();
        m_orgsWalk.job.clear();
        m_listing.orgsError = why(m_orgsWalk);
        --m_pending;
        maybeFinish();
    }
}

QString PackageLister::refusal(const HttpResponse& response, const QString& owner, QString* ssoUrl) const
{
    const QString message = githubMessage(response.body);
    const QString quoted = message.isEmpty() ? QString() : u" (“"_s + message + u"”)"_s;
    const QByteArray sso = response.header("x-github-sso"_ba);
    if (response.status == 403 && sso.startsWith("required")) {
        static const QRegularExpression urlPart(uR"(url=(https://\S+))"_s);
        *ssoUrl = Redactor::redact(urlPart.match(QString::fromLatin1(sso)).captured(1));
        if (owner.isEmpty()) // the account's own listing: GitHub does not say which organization asks
            return tr("GitHub requires SAML single sign-on authorization for this token: authorize it for your "
                      "organizations in the token's settings (Configure SSO).");
        return tr("Organization %1 uses SAML single sign-on and this token is not authorized for it: authorize it "
                  "in the token's settings (Configure SSO).")
            .arg(owner);
    }
    if (rateLimited(response, message)) {
        const QDateTime at = retryAt(response, QDateTime::currentDateTimeUtc());
        if (!at.isValid())
            return tr("GitHub's API rate limit stopped the listing (%1)%2: wait a few minutes and check again, or "
                      "name the images with --image / --images-file.")
                .arg(response.status)
                .arg(quoted);
        return tr("GitHub's API rate limit stopped the listing (%1)%2: check again after %3, or name the images "
                  "with --image / --images-file.")
            .arg(response.status)
            .arg(quoted, at.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s));
    }
    if (response.status >= 500)
        return tr("GitHub answered %1%2: an error on GitHub's side (or a proxy's); check again later.")
            .arg(response.status)
            .arg(quoted);
    switch (response.status) {
    case 401:
        return tr("GitHub refused the token (401)%1.").arg(quoted);
    case 403:
        if (message.contains(u"forbids access"_s))
            return tr("GitHub refused the listing (403): %1").arg(message);
        if (message.contains(u"not accessible by integration"_s, Qt::CaseInsensitive))
            return tr("An Actions or GitHub App token may not list these packages (403)%1: name the images to check "
                      "with --image or --images-file.")
                .arg(quoted);
        return tr("The token may not list packages (403)%1: a classic token needs read:packages, a fine-grained "
                  "token the Packages read permission for %2.")
            .arg(quoted, owner.isEmpty() ? tr("the account") : owner);
    case 404:
        return owner.isEmpty()
                   ? tr("GitHub answered 404: this server has no such API (GitHub Enterprise Server without "
                        "Packages?).")
                   : tr("GitHub answered 404 for %1: no such organization visible to this token, or this server has "
                        "no packages API (GitHub Enterprise Server without Packages).")
                         .arg(owner);
    default:
        return tr("GitHub answered %1%2.").arg(response.status).arg(quoted);
    }
}

void PackageLister::maybeFinish()
{
    if (m_pending > 0)
        return;
    if (m_deadline)
        m_deadline->stop();
    m_token.fill(u'\0');
    m_token.clear();
    Q_EMIT finished(m_listing);
}

} // namespace ghcr
