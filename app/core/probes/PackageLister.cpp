#include "app/core/probes/PackageLister.h"

#include "app/core/token/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

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

} // namespace

QString PackageInfo::image() const
{
    QString out = owner.toLower() + u'/' + name.toLower();
    if (!reference.isEmpty())
        out += (reference.startsWith(u"sha256:"_s) ? u"@"_s : u":"_s) + reference;
    return out;
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
    m_pending = 0;
    if (owners.isEmpty()) {
        // The user's own packages and, once known, each organization's.
        OwnerListing mine;
        mine.owner = login;
        m_listing.owners << mine;
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
        ++m_pending;
        const QString path = mine ? u"/user/packages"_s
                                  : u"/orgs/"_s + QString::fromLatin1(QUrl::toPercentEncoding(owner)) + u"/packages"_s;
        listOwner(int(m_listing.owners.size()) - 1, endpoint(m_apiUrl, path, true));
    }
}

void PackageLister::listOrgs(const QUrl& url, const QStringList& found)
{
    connect(m_http->send(request(url), this), &HttpJob::finished, this,
            [this, url, found](const HttpResponse& response) {
                QStringList orgs = found;
                if (!response.ok() || response.status != 200) {
                    QString sso;
                    m_listing.orgsError = response.ok() ? refusal(response, QString(), &sso) : response.errorSentence;
                } else {
                    const QJsonArray page = QJsonDocument::fromJson(response.body).array();
                    for (const QJsonValue& v : page)
                        if (const QString login = v.toObject().value(u"login"_s).toString(); !login.isEmpty())
                            orgs << login;
                    const QUrl next = nextLink(response.header("link"_ba));
                    if (next.isValid() && origin(next) == origin(m_apiUrl) && orgs.size() < maxOrganizations) {
                        listOrgs(next, orgs);
                        return;
                    }
                    startOwners(orgs);
                }
                --m_pending;
                maybeFinish();
            });
}

void PackageLister::listOwner(int ownerIndex, const QUrl& url)
{
    if (m_listing.owners[ownerIndex].url.isEmpty())
        m_listing.owners[ownerIndex].url = url.toString();
    connect(m_http->send(request(url), this), &HttpJob::finished, this,
            [this, ownerIndex, url](const HttpResponse& response) {
                OwnerListing& owner = m_listing.owners[ownerIndex];
                owner.httpStatus = response.status;
                if (!response.ok() || response.status != 200) {
                    owner.listed = false;
                    owner.reason =
                        response.ok() ? refusal(response, owner.owner, &owner.ssoUrl) : response.errorSentence;
                    --m_pending;
                    maybeFinish();
                    return;
                }
                const QJsonDocument doc = QJsonDocument::fromJson(response.body);
                if (!doc.isArray()) {
                    owner.reason = tr("GitHub's answer to GET %1 is not a list of packages.").arg(url.toString());
                    --m_pending;
                    maybeFinish();
                    return;
                }
                const QJsonArray page = doc.array();
                bool cut = false;
                for (const QJsonValue& v : page) {
                    if (m_listing.packages.size() >= m_maxPackages) {
                        cut = true;
                        break;
                    }
                    const QJsonObject o = v.toObject();
                    PackageInfo p;
                    p.name = o.value(u"name"_s).toString();
                    const QJsonObject ownerObject = o.value(u"owner"_s).toObject();
                    p.owner = ownerObject.value(u"login"_s).toString(owner.owner);
                    p.ownerIsOrg = ownerObject.contains(u"type"_s)
                                       ? ownerObject.value(u"type"_s).toString() == u"Organization"_s
                                       : owner.isOrg;
                    if (owner.owner.isEmpty())
                        owner.owner = p.owner;
                    p.visibility = o.value(u"visibility"_s).toString();
                    p.repository = o.value(u"repository"_s).toObject().value(u"full_name"_s).toString();
                    p.listed = true;
                    if (p.name.isEmpty() || p.owner.isEmpty())
                        continue;
                    p.settingsUrl = settingsUrl(m_webHost, p.owner, p.ownerIsOrg, p.name);
                    m_listing.packages << p;
                    ++owner.packages;
                }
                const QUrl next = nextLink(response.header("link"_ba));
                const bool more = next.isValid() && origin(next) == origin(m_apiUrl);
                if (more && !cut && m_listing.packages.size() < m_maxPackages) {
                    listOwner(ownerIndex, next);
                    return;
                }
                owner.listed = !cut && !more;
                owner.cutShort = !owner.listed;
                if (owner.cutShort)
                    owner.reason = tr("more than %n packages in all: the others were not listed (name the owners with "
                                      "--owner, or the images with --image / --images-file).",
                                      nullptr, m_maxPackages);
                --m_pending;
                maybeFinish();
            });
}

QString PackageLister::refusal(const HttpResponse& response, const QString& owner, QString* ssoUrl) const
{
    const QString message = githubMessage(response.body);
    const QString quoted = message.isEmpty() ? QString() : u" (“"_s + message + u"”)"_s;
    const QByteArray sso = response.header("x-github-sso"_ba);
    if (response.status == 403 && sso.startsWith("required")) {
        static const QRegularExpression urlPart(uR"(url=(https://\S+))"_s);
        *ssoUrl = urlPart.match(QString::fromLatin1(sso)).captured(1);
        if (owner.isEmpty()) // the account's own listing: GitHub does not say which organization asks
            return tr("GitHub requires SAML single sign-on authorization for this token: authorize it for your "
                      "organizations in the token's settings (Configure SSO).");
        return tr("Organization %1 uses SAML single sign-on and this token is not authorized for it: authorize it "
                  "in the token's settings (Configure SSO).")
            .arg(owner);
    }
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
    m_token.fill(u'\0');
    m_token.clear();
    Q_EMIT finished(m_listing);
}

} // namespace ghcr
