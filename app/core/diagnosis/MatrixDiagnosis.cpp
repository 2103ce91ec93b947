// The every-package check's verdict: each image judged by the single check's rules, the refusals grouped by cause.
#include "app/core/diagnosis/Diagnosis.h"

#include "app/core/AppInfo.h"
#include "app/core/diagnosis/DiagnosisRules.h"
#include "app/core/token/Redactor.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ghcr {

QStringList imageChecklistIds()
{
    return {u"image.reference"_s, u"org.policy"_s,    u"registry.login"_s,
            u"registry.pull"_s,   u"registry.push"_s, u"registry.delete"_s};
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
    r.registry = d.registry; // its operations as derived (deriveOperations() gives the same again from these)
    r.checkedAt = now;
    return r;
}

QList<ChecklistItem> Diagnoser::imageChecklist(const CheckRequest& base, const TokenAnalysis& token,
                                               const ApiEvidence& api, const ImageResult& image)
{
    if (!image.finished)
        return {};
    CheckRequest request = base;
    request.image = image.package.named(); // as the run probed it, named as the user spelled it
    const Diagnosis d = diagnose(request, token, api, image.registry, image.checkedAt);
    const QStringList ids = imageChecklistIds();
    QList<ChecklistItem> rows;
    for (const ChecklistItem& i : d.checklist)
        if (ids.contains(i.id))
            rows << i;
    return rows;
}

QList<ChecklistItem> Diagnosis::imageChecklist(const ImageResult& image) const
{
    return Diagnoser::imageChecklist(request, token, api, image);
}

namespace {

/// The registry login the images share, without anything image-specific (the first image that tried it).
RegistryEvidence sharedLogin(const QList<ImageResult>& images)
{
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
    // The operations are each image's (the table): the shared login has none, so no report shows a shared
    // "pull: unknown" beside the table that answers it image by image.
    login.operations.clear();
    return login;
}

/// The shared rows as a matrix means them: the login does not ask for "an image to probe" (every image was), and
/// SSO is not "asked by no organization" when an organization's listing was refused for it.
void matrixSharedRows(Diagnosis& d, const PackageListing& listing)
{
    QStringList ssoOwners;
    QStringList ssoAnswers; // the listing's answers that said so: the row's evidence
    for (const OwnerListing& o : listing.owners) {
        if (!o.listed && !o.ssoUrl.isEmpty()) {
            ssoOwners << o.owner;
            ssoAnswers << u"GET "_s + o.url + u" → "_s + QString::number(o.httpStatus);
        }
    }
    for (ChecklistItem& i : d.checklist) {
        if (i.id == u"registry.login"_s)
            i.detail.remove(rules::loginAloneProvesNothing());
        if (i.id == u"sso.authorized"_s && !ssoOwners.isEmpty() && i.status == CheckStatus::Pass) {
            i.status = CheckStatus::Fail;
            i.detail = Diagnoser::tr("The organization(s) %1 use SAML single sign-on and this token is not authorized "
                                     "for them: their packages could not be listed.",
                                     nullptr, int(ssoOwners.size()))
                           .arg(ssoOwners.join(u", "_s));
            i.fix = Diagnoser::tr("Authorize the token for them (the links are in the fix steps), then check again.");
            i.evidence = Redactor::redact(ssoAnswers.join(u"; "_s));
        }
    }
}

/// Ok only when every requested operation works on every image and every owner was listed.
Verdict matrixVerdict(const Diagnosis& d, const ApiEvidence& api, const QList<ImageResult>& images, bool cancelled)
{
    bool anyError = cancelled;
    bool anyAction = false;
    for (const ImageResult& image : images) {
        anyError = anyError || !image.finished || image.cancelled || image.verdict == Verdict::Error;
        anyAction = anyAction || (image.finished && image.verdict == Verdict::ActionNeeded);
    }
    if (images.isEmpty()) {
        // Nothing was probed, so nothing "works": an API that did not answer could not tell which images there
        // are (error); otherwise something has to be done (name the images, or what the listing refused).
        return rules::apiCouldNotComplete(api) || cancelled ? Verdict::Error : Verdict::ActionNeeded;
    }
    if (anyAction || d.item(u"packages.listing"_s)->status == CheckStatus::Fail)
        return Verdict::ActionNeeded;
    return anyError ? Verdict::Error : Verdict::Ok;
}

/// The counts, then the biggest cause.
QString matrixSummary(const Diagnosis& d, const CheckRequest& base, const QList<ImageResult>& images, bool cancelled)
{
    const QString counts = matrixCounts(images, base);
    const CheckStatus listed = d.item(u"packages.listing"_s)->status;
    if (cancelled)
        return counts.isEmpty() ? Diagnoser::tr("Check cancelled before any image was checked.")
                                : Diagnoser::tr("Check cancelled.") + u' ' + counts + u'.';
    if (images.isEmpty() && d.listing.attempted && listed == CheckStatus::Pass)
        return Diagnoser::tr("The token's account and organizations have no container packages: nothing was probed. "
                             "Name the images to check with --image or --images-file.");
    if (images.isEmpty() && d.listing.skipped) // why, in the shared rows' own words (GitHub's answer to /user)
        return Diagnoser::tr("No image to check: %1").arg(d.summary);
    if (images.isEmpty() && listed == CheckStatus::Fail)
        return Diagnoser::tr("No image to check: %1")
            .arg(rules::refusedOwnersOf(d.listing).value(0, d.listing.orgsError));
    if (images.isEmpty())
        return d.summary;
    QString s = counts + u'.';
    // When no image could be checked, why comes first (the origin and the step that did not answer), not a cause
    // that concerns some owners.
    const bool noneChecked = std::all_of(images.cbegin(), images.cend(), [](const ImageResult& i) {
        return !i.finished || i.cancelled || i.verdict == Verdict::Error;
    });
    if (noneChecked && !images.constFirst().summary.isEmpty())
        s += u' ' + images.constFirst().summary;
    if (!d.refusalGroups.isEmpty())
        s += u' ' + d.refusalGroups.constFirst().sentence;
    return s;
}

/// One fix step per cause, after the shared ones.
void addMatrixFixSteps(Diagnosis& d)
{
    for (const RefusalGroup& g : std::as_const(d.refusalGroups)) {
        FixStep step;
        step.id = u"matrix-"_s + g.id;
        step.title = g.sentence;
        if (g.operation.isEmpty()) { // an owner that could not be listed (its reason says what to do), SSO's link
            for (const OwnerListing& o : d.listing.owners)
                if (g.images.contains(o.owner) && !o.ssoUrl.isEmpty())
                    step.links << FixLink{rules::ownerTitle(o), o.ssoUrl};
            d.fixSteps << step;
            continue;
        }
        if (g.fix.isEmpty())
            continue;
        // Each package's own settings page: that is where its access is granted, one package at a time.
        QStringList withoutPage;
        for (const QString& name : std::as_const(g.images)) {
            const auto image = std::find_if(d.images.cbegin(), d.images.cend(),
                                            [&name](const ImageResult& i) { return i.package.named() == name; });
            if (image != d.images.cend() && !image->package.settingsUrl.isEmpty())
                step.links << FixLink{name, image->package.settingsUrl};
            else
                withoutPage << name;
        }
        if (!withoutPage.isEmpty())
            step.detail = withoutPage.join(u", "_s);
        d.fixSteps << step;
    }
}

} // namespace

Diagnosis Diagnoser::diagnoseMatrix(const CheckRequest& base, const TokenAnalysis& token, const ApiEvidence& api,
                                    const PackageListing& listing, const QList<ImageResult>& images,
                                    const QDateTime& now, bool cancelled)
{
    // The shared rows: the token and the API, and the registry login (the same for every image).
    CheckRequest shared = base;
    shared.image.clear();
    Diagnosis d = diagnose(shared, token, api, sharedLogin(images), now);
    d.matrix = true;
    d.listing = listing;
    d.images = images;
    d.cancelled = cancelled;
    const QStringList perImage = imageChecklistIds();
    d.checklist.removeIf([&perImage](const ChecklistItem& i) {
        return perImage.contains(i.id) && i.id != u"registry.login"_s && i.id != u"org.policy"_s;
    });
    d.checklist.removeIf([](const ChecklistItem& i) { return i.id == u"docker.credentials"_s; });
    d.checklist << rules::listingItem(listing);
    matrixSharedRows(d, listing);
    d.refusalGroups = rules::refusalGroupsOf(d);
    d.verdict = matrixVerdict(d, api, images, cancelled);
    d.summary = Redactor::redact(matrixSummary(d, base, images, cancelled));
    for (RefusalGroup& g : d.refusalGroups) {
        g.sentence = Redactor::redact(g.sentence);
        g.cause = Redactor::redact(g.cause);
    }
    addMatrixFixSteps(d);
    return d;
}

} // namespace ghcr
