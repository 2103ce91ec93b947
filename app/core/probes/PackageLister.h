#pragma once

#include "app/core/model/Packages.h"
#include "app/core/net/HttpClient.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ghcr {

/// Lists the container packages a token can see through GitHub's REST API: the user's own
/// (GET /user/packages?package_type=container) and each organization's (GET /orgs/ORG/packages?…),
/// organizations from GET /user/orgs unless named. Follows Link rel="next" (per_page=100) on the API's
/// origin only. A refusal is reported per owner with the reason GitHub gave.
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

Q_SIGNALS:
    void finished(const ghcr::PackageListing& listing);

private:
    void listOwner(int ownerIndex, const QUrl& url);
    void listOrgs(const QUrl& url, const QStringList& found);
    void startOwners(const QStringList& orgs);
    HttpRequest request(const QUrl& url) const;
    QString refusal(const HttpResponse& response, const QString& owner, QString* ssoUrl) const;
    void maybeFinish();

    HttpClient* m_http;
    QUrl m_apiUrl;
    QString m_token;
    QString m_login;
    QString m_webHost;
    int m_maxPackages = PackageListing::defaultMaxPackages;
    PackageListing m_listing;
    int m_pending = 0;
};

} // namespace ghcr
