#include "app/core/diagnosis/DiagnosisRules.h"

using namespace Qt::StringLiterals;

namespace ghcr::rules {

ChecklistItem imageReferenceItem(const DiagnosisInput& f)
{
    const QString id = u"image.reference"_s;
    const QString title = Diagnoser::tr("Image reference");
    if (!f.imageGiven())
        return item(id, CheckStatus::Skip, title, Diagnoser::tr("No image given."));
    QStringList problems, notes;
    for (const ImageNote& n : f.lint.notes)
        (n.problem ? problems : notes) << n.message;
    const QString ev = Diagnoser::tr("As typed: %1").arg(f.lint.given) +
                       (f.lint.probe ? Diagnoser::tr("; checked as %1").arg(f.lint.corrected()) : QString());
    if (!problems.isEmpty())
        return item(id, CheckStatus::Fail, title, problems.join(u' '), ev,
                    Diagnoser::tr("Use the reference exactly as written in the fix steps, in lower case, with the "
                                  "registry's host in front for Docker (%1/OWNER/NAME:TAG).")
                        .arg(f.req.registry));
    const OperationResult* pull = f.op(Operation::Pull);
    const QString pullEv = pull ? f.opEvidence(*pull) : QString();
    if (f.reg.referenceExists == false) {
        const bool repoUnknown = pull && pull->code != u"MANIFEST_UNKNOWN"_s;
        const QString tags = f.reg.existingTags.isEmpty()
                                 ? QString()
                                 : Diagnoser::tr(" Tags that exist: %1.").arg(f.reg.existingTags.join(u", "_s));
        if (repoUnknown)
            return item(id, CheckStatus::Fail, title,
                        Diagnoser::tr("The registry does not know the repository %1 (404 %2): docker pull of this "
                                      "reference fails. It may not exist yet, or it may be hidden from this account.")
                            .arg(f.imageName(), pull ? pull->code : QString()),
                        pullEv, Diagnoser::tr("Check the owner and the name: OWNER/NAME of an existing package."));
        return item(id, CheckStatus::Fail, title,
                    Diagnoser::tr("%1 has no manifest for “%2” (404 MANIFEST_UNKNOWN): docker pull of exactly this "
                                  "reference fails with “manifest unknown”. The token may pull this repository "
                                  "(see Registry: pull); the reference is what is wrong.")
                            .arg(f.imageName(), f.reg.reference) +
                        tags,
                    pullEv, Diagnoser::tr("Use a tag or digest that exists (see the fix steps)."));
    }
    if (f.reg.referenceExists == true)
        return item(
            id, CheckStatus::Pass, title,
            QString(Diagnoser::tr("The registry has %1.").arg(f.lint.named()) + u' ' + notes.join(u' ')).trimmed(),
            pullEv);
    const bool pullAsked = pull && pull->requested && f.imageProbed();
    // A pull refused at the token step (a refused login, a policy) never reached the manifest: nothing was probed.
    const bool pullProbed = pullAsked && pull->basis == OperationBasis::Probe;
    return item(id, CheckStatus::Pass, title,
                QString((pullProbed  ? Diagnoser::tr("%1 is a valid reference; whether it exists could not be seen "
                                                      "(the pull probe gave no answer about it).")
                         : pullAsked ? Diagnoser::tr("%1 is a valid reference; whether it exists could not be seen "
                                                     "(pull was not probed: see Registry: pull).")
                                     : Diagnoser::tr("%1 is a valid reference; whether it exists was not looked up "
                                                     "(pull was not requested)."))
                            .arg(f.lint.named()) +
                        u' ' + notes.join(u' '))
                    .trimmed(),
                ev);
}

void addImageSteps(const DiagnosisInput& f, Diagnosis& d)
{
    const ChecklistItem* ref = d.item(u"image.reference"_s);
    if (!ref || ref->status != CheckStatus::Fail)
        return;
    FixStep s;
    s.id = u"check-image"_s;
    if (f.lint.hasProblem()) {
        s.title = Diagnoser::tr("Write the image as %1/%2").arg(f.req.registry, f.lint.corrected());
        s.detail = Diagnoser::tr("Names are lower case; the host goes before OWNER/NAME in Docker commands and is "
                                 "left out in GHCR Doctor's image field.");
    } else if (!f.reg.existingTags.isEmpty()) {
        s.title = Diagnoser::tr("Use a tag that exists in %1").arg(f.imageName());
        s.detail = Diagnoser::tr("“%1” does not exist. Tags the registry lists (first %n): %2.", nullptr,
                                 int(f.reg.existingTags.size()))
                       .arg(f.reg.reference, f.reg.existingTags.join(u", "_s));
        s.posix = u"docker pull "_s + f.req.registry + u'/' + f.reg.image + u':' + f.reg.existingTags.constFirst();
        s.powershell = s.posix;
    } else {
        s.title = Diagnoser::tr("Check the image name %1").arg(f.imageName());
        s.detail = Diagnoser::tr("The registry does not know this reference. Names are OWNER/NAME in lower case; the "
                                 "owner is the user or organization that owns the package.");
    }
    d.fixSteps << s;
}

} // namespace ghcr::rules
