#pragma once

#include <QList>
#include <QString>

namespace ghcr {

/// One container package as GitHub lists it, or as the user named it. Holds no secret.
struct PackageInfo
{
    QString owner;
    bool ownerIsOrg = false;
    QString name;        ///< may hold slashes (nested names)
    QString visibility;  ///< "public", "private", "internal"; empty when not listed (given by the user)
    QString repository;  ///< OWNER/REPO the package is linked to; empty: not linked (or not known)
    bool listed = false; ///< its facts come from GitHub's packages API (listed, or given and found there)
    QString settingsUrl; ///< https://HOST/users|orgs/OWNER/packages/container/NAME/settings; empty when unknown
    QString reference;   ///< tag or digest to probe; empty: "latest"
    QString typedHost;   ///< the registry's host as the user typed it in front of a given image; empty otherwise

    QString image() const; ///< OWNER/NAME[:TAG|@DIGEST], as probed
    QString named() const; ///< image() as the user spelled it (typedHost/ in front): what sentences and tables say
};

/// Whether one owner's packages could be listed, and if not why.
struct OwnerListing
{
    QString owner;
    bool isOrg = false;
    bool listed = false;
    bool cutShort = false; ///< answered, but listed only in part: the run's bound on packages was reached
    int httpStatus = 0;
    int packages = 0;
    QString url;    ///< the first request, e.g. https://api.github.com/orgs/acme/packages?…
    QString reason; ///< translated sentence when not listed (SSO, org policy, no read:packages, no packages API)
    QString ssoUrl; ///< where to authorize the token for the organization's SSO, when GitHub named it
};

struct PackageListing
{
    bool attempted = false;
    /// Asked for (--all-packages) but not tried: GitHub did not accept the token or its API could not be used, so
    /// no listing could succeed (the diagnosis says why, from GitHub's answer to /user).
    bool skipped = false;
    QList<PackageInfo> packages;
    QList<OwnerListing> owners;
    QString orgsError; ///< GET /user/orgs failed: why (the organizations can be named with --owner)
    /// At most this many packages are listed in one run (a hostile or huge listing stays bounded in time and
    /// memory); an owner cut short is not "listed", with a reason that says so.
    static constexpr int defaultMaxPackages = 5000;

    bool complete() const; ///< every owner listed and the organizations known
};

} // namespace ghcr
