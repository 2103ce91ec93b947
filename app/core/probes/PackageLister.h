#pragma once

#include "app/core/model/Packages.h"
#include "app/core/net/HttpClient.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QJsonArray;
class QTimer;

namespace ghcr {

/// Lists the container packages a token can see through GitHub's REST API: the user's own
/// (GET /user/packages?package_type=container) and each organization's (GET /orgs/ORG/packages?…),
/// organizations from GET /user/orgs unless named. Follows Link rel="next" (per_page=100) on the API's
/// origin only, never to a page already read and at most maxPages pages per owner; a next page elsewhere is
/// not followed and the owner is said to be listed in part. A refusal is reported per owner with the reason
/// GitHub gave (a rate limit as such, with when to try again). The listing gets at most half of what is left of
/// the run's budget when it starts, so that the images it found can still be probed when a page never comes.
class PackageLister : public QObject
{
    Q_OBJECT

public:
    PackageLister(HttpClient* http, QObject* parent = nullptr);

    /// `login`: the token's user (empty when unknown: its packages are listed all the same through /user).
    /// `owners`: organizations (or the login) to list; empty: the user's packages and every organization of
    /// GET /user/orgs. `webHost`: where package settings pages live (github.com or the GHES host).
    void start(const QUrl& apiUrl, const QString& token, const QString& login, const QStringList& owners,
               const QString& webHost);

    /// The URL of rel="next" in a Link header, or empty.
    static QUrl nextLink(const QByteArray& linkHeader);
    /// At most `max` packages in all (PackageListing::defaultMaxPackages unless set).
    void setMaxPackages(int max) { m_maxPackages = max; }
    static QString settingsUrl(const QString& webHost, const QString& owner, bool ownerIsOrg, const QString& name);
    /// Pages followed per owner (and for GET /user/orgs) at the most: 100 × per_page=100 is more than the bound
    /// on packages, so only a listing that never ends reaches it.
    static constexpr int maxPages = 100;
    /// The longest Retry-After waited for (once per listing walk) before a rate-limited page is asked again.
    static constexpr int maxRetryWaitSeconds = 5;

Q_SIGNALS:
    void finished(const ghcr::PackageListing& listing);

private:
    /// What is known of one paginated listing (an owner's packages, or the organizations) while it is read.
    struct Walk
    {
        QSet<QString> pages; ///< URLs asked so far
        QUrl current;        ///< the page awaited
        QString asking;      ///< the same, as shown (without its query)
        QPointer<HttpJob> job;
        bool retried = false; ///< a rate-limited page was asked again once already
        int skipped = 0;      ///< entries that are not packages
    };
    void listOwner(int ownerIndex, const QUrl& url);
    void ownerPage(int ownerIndex, const QUrl& url, const HttpResponse& response);
    /// Takes the page's packages; false when the run's bound on packages cut the page short.
    bool readPage(int ownerIndex, const QJsonArray& page);
    void ownerDone(int ownerIndex, const QString& reason, bool answered);
    void listOrgs(const QUrl& url, const QStringList& found);
    void orgsPage(QStringList orgs, const HttpResponse& response);
    void startOwners(const QStringList& orgs);
    /// The next page to ask, or an invalid URL with `why` set when there is one that may not be followed.
    QUrl followable(const HttpResponse& response, const Walk& walk, QString* why) const;
    void send(Walk* walk, const QUrl& url, const std::function<void(const HttpResponse&)>& onAnswer);
    /// A rate-limited page whose Retry-After is short (and fits in the listing's time) is asked again once, after
    /// it: true when `again` was scheduled.
    bool retryLater(Walk* walk, const HttpResponse& response, const std::function<void()>& again);
    HttpRequest request(const QUrl& url) const;
    QString refusal(const HttpResponse& response, const QString& owner, QString* ssoUrl) const;
    /// The listing's share of the budget is spent: every page still awaited is given up, with why.
    void outOfTime();
    void maybeFinish();

    HttpClient* m_http;
    QUrl m_apiUrl;
    QString m_token;
    QString m_login;
    QString m_webHost;
    int m_maxPackages = PackageListing::defaultMaxPackages;
    PackageListing m_listing;
    QList<Walk> m_walks; ///< one per owner of m_listing.owners
    Walk m_orgsWalk;
    QSet<QString> m_images; ///< images listed so far (a package listed twice is one image)
    QTimer* m_deadline = nullptr;
    int m_pending = 0;
};

} // namespace ghcr
