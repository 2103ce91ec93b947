// The every-package check's verdict: each image judged by the single check's rules, the refusals grouped by cause.
#include "app/core/diagnosis/Diagnosis.h"

#include "app/core/AppInfo.h"
#include "app/core/diagnosis/OrgPolicy.h"
#include "app/core/token/Redactor.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace ghcr {

QStringList imageChecklistIds()
{
    return {u"image.reference"_s, u"org.policy"_s,    u"registry.login"_s,
            u"registry.pull"_s,   u"registry.push"_s, u"registry.delete"_s};
}

const ChecklistItem* ImageResult::item(const QString& id) const
{
    for (const ChecklistItem& i : checklist)
        if (i.id == id)
            return &i;
    return nullptr;
}

std::optional<bool> ImageResult::allowed(Operation op) const
{
    const OperationResult* r = registry.operation(op);
    return r ? r->allowed : std::nullopt;
}

ImageResult Diagnoser::diagnoseImage(const CheckRequest& request, const PackageInfo& package,
                                     const TokenAnalysis& token, const ApiEvidence& api,
                                     const RegistryEvidence& registry, const QDateTime& now)
{
    const Diagnosis d = diagnose(request, token, api, registry, now);
    ImageResult r;
    r.package = package;
    r.finished = true;
    r.verdict = d.verdict;
    r.summary = d.summary;
    r.registry = d.registry;
    const QStringList ids = imageChecklistIds();
    for (const ChecklistItem& i : d.checklist)
        if (ids.contains(i.id))
            r.checklist << i;
    return r;
}

namespace {

struct Cause
{
    QString id;
    QString cause;
    QString fix;
};

/// Why `op` is refused on this image, in words shared by every image with the same cause.
Cause causeOf(const ImageResult& image, Operation op, const ApiEvidence& api, const QString& host)
{
    const OperationResult* r = image.registry.operation(op);
    const OrgPolicy policy = orgPolicyFrom(r ? r->message : QString(), host);
    if (policy.kind == OrgPolicy::Kind::ClassicPatForbidden && !policy.organization.isEmpty())
        return {u"org-policy"_s,
                Diagnoser::tr("organization %1 forbids classic personal access tokens").arg(policy.organization),
                Diagnoser::tr("In Actions use the GITHUB_TOKEN; otherwise ask the organization's owners to allow "
                              "classic tokens.")};
    if (const ChecklistItem* p = image.item(u"org.policy"_s); p && p->status == CheckStatus::Fail) {
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
        return {u"not-linked"_s, Diagnoser::tr("not linked to a repository"),
                Diagnoser::tr("grant this repository in Manage Actions access (the package's settings), or link the "
                              "package to its repository")};
    if (r && (!r->code.isEmpty() || r->httpStatus != 0))
        return {u"registry"_s,
                Diagnoser::tr("the registry refused (%1%2)")
                    .arg(r->httpStatus ? QString::number(r->httpStatus) : QString(),
                         r->code.isEmpty() ? QString() : u" "_s + r->code),
                Diagnoser::tr("Grant the token's account access in Manage access (the package's settings).")};
    return {u"registry"_s, Diagnoser::tr("refused"), QString()};
}

} // namespace

Diagnosis Diagnoser::diagnoseMatrix(const CheckRequest& base, const TokenAnalysis& token, const ApiEvidence& api,
                                    const PackageListing& listing, const QList<ImageResult>& images,
                                    const QDateTime& now, bool cancelled)
{
    // The shared rows: the token and the API, and the registry login (the same for every image).
    CheckRequest shared = base;
    shared.image.clear();
    RegistryEvidence login;
    for (const ImageResult& i : images) {
        if (i.finished && i.registry.attempted) {
            login = i.registry;
            break;
        }
    }
    login.image.clear();
    login.reference.clear();
    login.referenceExists.reset();
    login.publicImage.reset();
    login.publicEvidence.clear();
    login.existingTags.clear();
    for (OperationResult& r : login.operations) {
        const bool requested = r.requested;
        r = OperationResult{};
        r.requested = requested;
    }
    for (int n = 0; n < login.operations.size(); ++n)
        login.operations[n].operation = n == 0 ? Operation::Pull : n == 1 ? Operation::Push : Operation::Delete;

    Diagnosis d = diagnose(shared, token, api, login, now);
    d.matrix = true;
    d.listing = listing;
    d.images = images;
    d.cancelled = cancelled;
    const QStringList perImage = imageChecklistIds();
    d.checklist.removeIf([&perImage](const ChecklistItem& i) {
        return perImage.contains(i.id) && i.id != u"registry.login"_s && i.id != u"org.policy"_s;
    });
    d.checklist.removeIf([](const ChecklistItem& i) { return i.id == u"docker.credentials"_s; });

    // The listing row.
    ChecklistItem listed;
    listed.id = u"packages.listing"_s;
    listed.title = tr("Packages: listing");
    QStringList refusedOwners;
    int ownersListed = 0;
    for (const OwnerListing& o : listing.owners) {
        if (o.listed)
            ++ownersListed;
        else
            refusedOwners << (o.owner.isEmpty() ? tr("your account") : o.owner) + u": "_s + o.reason;
    }
    if (!listing.attempted) {
        listed.status = CheckStatus::Skip;
        listed.detail = tr("Not listed: the images were given (--image, --images-file).");
    } else if (refusedOwners.isEmpty() && listing.orgsError.isEmpty()) {
        listed.status = CheckStatus::Pass;
        listed.detail = tr("Listed %n container package(s)", nullptr, int(listing.packages.size())) +
                        tr(" of %n owner(s).", nullptr, ownersListed);
    } else {
        listed.status = CheckStatus::Fail;
        QStringList lines = refusedOwners;
        if (!listing.orgsError.isEmpty())
            lines << tr("Organizations could not be listed: %1 (name them with --owner).").arg(listing.orgsError);
        listed.detail = tr("Listed %n container package(s); not every owner could be listed.", nullptr,
                           int(listing.packages.size()));
        listed.evidence = lines.join(u"\n"_s);
        listed.fix = tr("Give the token read:packages (and the organizations' SSO authorization), or name the images "
                        "with --image / --images-file.");
    }
    d.checklist << listed;

    // Refusals grouped by cause, per operation.
    QMap<QString, RefusalGroup> groups;
    QStringList order;
    int unfinished = 0;
    for (const ImageResult& image : images) {
        if (!image.finished || image.cancelled) {
            ++unfinished;
            continue;
        }
        for (Operation op : {Operation::Pull, Operation::Push}) {
            if (!base.wants(op) || image.allowed(op) != false)
                continue;
            const Cause c = causeOf(image, op, api, base.host);
            const QString key = operationId(op) + u'|' + c.id + u'|' + c.cause;
            if (!groups.contains(key)) {
                groups.insert(key, RefusalGroup{c.id, operationId(op), c.cause, c.fix, {}, {}});
                order << key;
            }
            groups[key].images << image.package.image();
        }
    }
    for (const QString& key : std::as_const(order)) {
        RefusalGroup g = groups.value(key);
        const int n = int(g.images.size());
        g.sentence = (g.operation == u"push"_s ? tr("%n package(s) refuse push: %1", nullptr, n)
                                               : tr("%n package(s) refuse pull: %1", nullptr, n))
                         .arg(g.cause) +
                     (g.fix.isEmpty() ? QString() : u" — "_s + g.fix);
        d.refusalGroups << g;
    }
    for (const OwnerListing& o : listing.owners) {
        if (o.listed)
            continue;
        RefusalGroup g;
        g.id = o.reason.contains(u"SAML"_s) ? u"sso"_s : u"listing"_s;
        g.cause = o.reason;
        g.images << o.owner;
        g.sentence =
            tr("%1: cannot list packages — %2").arg(o.owner.isEmpty() ? tr("your account") : o.owner, o.reason);
        d.refusalGroups << g;
    }

    // Verdict: every requested operation works on every image, every owner listed.
    bool anyError = cancelled || unfinished > 0;
    bool anyAction = listed.status == CheckStatus::Fail;
    for (const ImageResult& image : images) {
        anyError = anyError || (image.finished && image.verdict == Verdict::Error);
        anyAction = anyAction || (image.finished && image.verdict == Verdict::ActionNeeded);
    }
    bool sharedFail = false;
    for (const ChecklistItem& i : d.checklist)
        sharedFail = sharedFail || i.status == CheckStatus::Fail;
    if (images.isEmpty()) {
        d.verdict = anyAction || sharedFail ? Verdict::ActionNeeded
                                            : (api.outcome == ApiEvidence::Outcome::Ok ? Verdict::Ok : Verdict::Error);
    } else {
        d.verdict = anyAction ? Verdict::ActionNeeded : anyError ? Verdict::Error : Verdict::Ok;
    }

    // Summary: the counts, then the biggest cause.
    QStringList counts;
    const int total = int(images.size());
    for (Operation op : {Operation::Pull, Operation::Push}) {
        if (!base.wants(op))
            continue;
        int works = 0;
        for (const ImageResult& image : images)
            works += image.allowed(op) == true ? 1 : 0;
        counts << (op == Operation::Pull ? tr("pull works on %1 of %n image(s)", nullptr, total)
                                         : tr("push works on %1 of %n image(s)", nullptr, total))
                      .arg(works);
    }
    if (cancelled)
        d.summary = tr("Check cancelled.") + u' ' + counts.join(u"; "_s) + u'.';
    else if (images.isEmpty() && listing.attempted && listed.status == CheckStatus::Pass)
        d.summary = tr("The token's account and organizations have no container packages.");
    else if (images.isEmpty() && listed.status == CheckStatus::Fail)
        d.summary = tr("No image to check: %1").arg(refusedOwners.value(0, listing.orgsError));
    else if (!images.isEmpty()) {
        QString s = counts.join(u"; "_s);
        if (!s.isEmpty())
            s[0] = s[0].toUpper();
        s += u'.';
        if (!d.refusalGroups.isEmpty())
            s += u' ' + d.refusalGroups.constFirst().sentence;
        d.summary = s;
    }
    d.summary = Redactor::redact(d.summary);
    for (RefusalGroup& g : d.refusalGroups) {
        g.sentence = Redactor::redact(g.sentence);
        g.cause = Redactor::redact(g.cause);
    }
    // One fix step per cause, after the shared ones.
    for (const RefusalGroup& g : std::as_const(d.refusalGroups)) {
        if (g.fix.isEmpty())
            continue;
        FixStep step;
        step.id = u"matrix-"_s + g.id;
        step.title = g.sentence;
        step.detail = g.images.join(u", "_s);
        for (const ImageResult& image : images)
            if (g.images.contains(image.package.image()) && !image.package.settingsUrl.isEmpty()) {
                step.url = image.package.settingsUrl;
                break;
            }
        d.fixSteps << step;
    }
    return d;
}

} // namespace ghcr
