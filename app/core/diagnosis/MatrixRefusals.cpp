// The every-package check's refusals: the owners that could not be listed, the images grouped by cause.
#include "app/core/diagnosis/DiagnosisRules.h"

#include "app/core/diagnosis/OrgPolicy.h"

#include <QMap>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace ghcr {

QString matrixCounts(const QList<ImageResult>& images, const CheckRequest& request)
{
    QStringList counts;
    const int total = int(images.size());
    for (Operation op : {Operation::Pull, Operation::Push}) {
        if (total == 0 || !request.wants(op))
            continue;
        int works = 0;
        int unknown = 0;
        for (const ImageResult& image : images) {
            const std::optional<bool> allowed = image.allowed(op);
            works += allowed == true ? 1 : 0;
            unknown += allowed.has_value() ? 0 : 1;
        }
        // "0 of 2" alone would read as two refusals when neither could be told.
        counts << (op == Operation::Pull ? Diagnoser::tr("pull works on %1 of %n image(s)", nullptr, total)
                                         : Diagnoser::tr("push works on %1 of %n image(s)", nullptr, total))
                          .arg(works) +
                      (unknown > 0 ? Diagnoser::tr(" (%n not proved)", nullptr, unknown) : QString());
    }
    QString sentence = counts.join(u"; "_s);
    if (!sentence.isEmpty())
        sentence[0] = sentence.at(0).toUpper();
    return sentence;
}

namespace rules {

namespace {

struct Cause
{
    QString id;
    QString cause;
    QString fix;
};

/// A push refused on a package that is linked to no repository. Who may write such a package depends on the
/// token: an Actions GITHUB_TOKEN (an installation token) only for the repositories granted in the package's
/// "Manage Actions access" list; a person's token only when that person has Write in "Manage access" (a package
/// connected to a repository inherits that repository's permissions instead).
Cause notLinked(const CheckRequest& base, const ApiEvidence& api, TokenKind kind)
{
    if (kind == TokenKind::AppServer) {
        const QString repository = base.actions.repository;
        return {u"not-linked"_s, Diagnoser::tr("not linked to a repository, so workflows may not write them"),
                repository.isEmpty()
                    ? Diagnoser::tr("in each package's settings, Manage Actions access: add the workflow's repository "
                                    "with the Write role (or connect the package to that repository)")
                    : Diagnoser::tr("in each package's settings, Manage Actions access: add %1 with the Write role "
                                    "(or connect the package to %1)")
                          .arg(repository)};
    }
    const QString account = api.login.isEmpty() ? Diagnoser::tr("the token's account") : api.login;
    return {u"not-linked"_s, Diagnoser::tr("not linked to a repository, and %1 may not write them").arg(account),
            Diagnoser::tr("in each package's settings, Manage access: give %1 the Write role (or connect the package "
                          "to a repository %1 can write)")
                .arg(account)};
}

/// Why `op` is refused on this image, in words shared by every image with the same cause. `rows` holds the image's
/// checklist once derived (for its organization-policy row), so that an image refused twice is derived once.
Cause causeOf(const Diagnosis& d, const ImageResult& image, Operation op, std::optional<QList<ChecklistItem>>& rows)
{
    const CheckRequest& base = d.request;
    const ApiEvidence& api = d.api;
    const QString& host = base.host;
    const OperationResult* r = image.registry.operation(op);
    // A token GitHub rejects is refused everywhere for that reason, whatever each registry answer says.
    if (api.outcome == ApiEvidence::Outcome::BadCredentials)
        return {u"token"_s, Diagnoser::tr("GitHub rejects the token (401): it is revoked, expired or mistyped"),
                Diagnoser::tr("Create a new token (and store it where the images are pulled and pushed).")};
    const OrgPolicy policy = orgPolicyFrom(r ? r->message : QString(), host);
    if (policy.kind == OrgPolicy::Kind::ClassicPatForbidden && !policy.organization.isEmpty())
        return {u"org-policy"_s,
                Diagnoser::tr("organization %1 forbids classic personal access tokens").arg(policy.organization),
                Diagnoser::tr("In Actions use the GITHUB_TOKEN; otherwise ask the organization's owners to allow "
                              "classic tokens.")};
    if (!rows)
        rows = d.imageChecklist(image);
    const auto p = std::find_if(rows->cbegin(), rows->cend(), [](const ChecklistItem& i) {
        return i.id == u"org.policy"_s && i.status == CheckStatus::Fail;
    });
    if (p != rows->cend()) {
        OrgPolicy named = orgPolicyFrom(p->evidence, host);
        if (named.organization.isEmpty())
            named = orgPolicyFrom(p->detail, host);
        if (named.kind == OrgPolicy::Kind::ClassicPatForbidden && !named.organization.isEmpty())
            return {u"org-policy"_s,
                    Diagnoser::tr("organization %1 forbids classic personal access tokens").arg(named.organization),
                    Diagnoser::tr("In Actions use the GITHUB_TOKEN; otherwise ask the organization's owners to allow "
                                  "classic tokens.")};
        return {u"org-policy"_s, p->detail, p->fix};
    }
    if (api.scopes.has_value()) {
        const QString needed = op == Operation::Push ? u"write:packages"_s : u"read:packages"_s;
        if (!api.scopesExpanded.contains(needed))
            return {u"scope"_s, Diagnoser::tr("the token lacks %1").arg(needed),
                    Diagnoser::tr("Create a token with %1.").arg(needed)};
    }
    if (op == Operation::Push && image.package.listed && image.package.repository.isEmpty())
        return notLinked(base, api, d.token.kind);
    if (r && (!r->code.isEmpty() || r->httpStatus != 0))
        return {u"registry"_s,
                Diagnoser::tr("the registry refused (%1%2)")
                    .arg(r->httpStatus ? QString::number(r->httpStatus) : QString(),
                         r->code.isEmpty() ? QString() : u" "_s + r->code),
                Diagnoser::tr("Grant the token's account access in Manage access (the package's settings).")};
    return {u"registry"_s, Diagnoser::tr("refused"), QString()};
}

} // namespace

/// Refusals grouped by cause, per operation, then the owners that could not be listed.
QList<RefusalGroup> refusalGroupsOf(const Diagnosis& d)
{
    const CheckRequest& base = d.request;
    QMap<QString, RefusalGroup> groups;
    QStringList order;
    for (const ImageResult& image : d.images) {
        if (!image.finished || image.cancelled)
            continue;
        std::optional<QList<ChecklistItem>> rows;
        for (Operation op : {Operation::Pull, Operation::Push}) {
            if (!base.wants(op) || image.allowed(op) != false)
                continue;
            const Cause c = causeOf(d, image, op, rows);
            const QString key = operationId(op) + u'|' + c.id + u'|' + c.cause;
            if (!groups.contains(key)) {
                groups.insert(key, RefusalGroup{c.id, operationId(op), c.cause, c.fix, {}, {}});
                order << key;
            }
            groups[key].images << image.package.named();
        }
    }
    QList<RefusalGroup> result;
    for (const QString& key : std::as_const(order)) {
        RefusalGroup g = groups.value(key);
        const int n = int(g.images.size());
        g.sentence = (g.operation == u"push"_s ? Diagnoser::tr("%n package(s) refuse push: %1", nullptr, n)
                                               : Diagnoser::tr("%n package(s) refuse pull: %1", nullptr, n))
                         .arg(g.cause) +
                     (g.fix.isEmpty() ? QString() : u" — "_s + g.fix);
        result << g;
    }
    for (const OwnerListing& o : d.listing.owners) {
        if (o.listed)
            continue;
        RefusalGroup g;
        g.id = o.reason.contains(u"SAML"_s) ? u"sso"_s : u"listing"_s;
        g.cause = o.reason;
        g.images << o.owner;
        // An owner whose pages GitHub answered but the run's bound cut short is not refused.
        g.sentence = (o.cutShort ? Diagnoser::tr("%1: not every package listed — %2")
                                 : Diagnoser::tr("%1: cannot list packages — %2"))
                         .arg(ownerTitle(o), o.reason);
        result << g;
    }
    return result;
}

QString ownerTitle(const OwnerListing& owner)
{
    return owner.owner.isEmpty() ? Diagnoser::tr("your account") : owner.owner;
}

QStringList refusedOwnersOf(const PackageListing& listing)
{
    QStringList refused;
    for (const OwnerListing& o : listing.owners)
        if (!o.listed)
            refused << ownerTitle(o) + u": "_s + o.reason;
    return refused;
}

ChecklistItem listingItem(const PackageListing& listing)
{
    ChecklistItem listed;
    listed.id = u"packages.listing"_s;
    listed.title = Diagnoser::tr("Packages: listing");
    const QStringList refusedOwners = refusedOwnersOf(listing);
    const int ownersListed = int(listing.owners.size() - refusedOwners.size());
    if (listing.skipped) {
        listed.status = CheckStatus::Fail;
        listed.detail = Diagnoser::tr("Not listed: GitHub's answer about the token (see above) leaves nothing to list "
                                      "the packages with.");
        listed.fix = Diagnoser::tr("Fix what the token's rows say first, or name the images with --image / "
                                   "--images-file.");
    } else if (!listing.attempted) {
        listed.status = CheckStatus::Skip;
        listed.detail = Diagnoser::tr("Not listed: the images were given (--image, --images-file).");
    } else if (refusedOwners.isEmpty() && listing.orgsError.isEmpty()) {
        listed.status = CheckStatus::Pass;
        listed.detail = Diagnoser::tr("Listed %n container package(s)", nullptr, int(listing.packages.size())) +
                        Diagnoser::tr(" of %n owner(s).", nullptr, ownersListed);
    } else {
        listed.status = CheckStatus::Fail;
        QStringList lines = refusedOwners;
        if (!listing.orgsError.isEmpty())
            lines << Diagnoser::tr("Organizations could not be listed: %1 (name them with --owner).")
                         .arg(listing.orgsError);
        listed.detail = Diagnoser::tr("Listed %n container package(s); not every owner could be listed.", nullptr,
                                      int(listing.packages.size()));
        listed.evidence = lines.join(u"\n"_s);
        listed.fix = Diagnoser::tr("Give the token read:packages (and the organizations' SSO authorization), or name "
                                   "the images with --image / --images-file.");
    }
    return listed;
}

} // namespace rules
} // namespace ghcr
