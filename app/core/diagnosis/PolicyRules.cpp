#include "app/core/diagnosis/DiagnosisRules.h"

using namespace Qt::StringLiterals;

namespace ghcr::rules {

ChecklistItem orgPolicyItem(const DiagnosisInput& f)
{
    const QString id = u"org.policy"_s;
    const QString title = Diagnoser::tr("Organization policy");
    const OrgPolicy& p = f.policy;
    const QString org = p.organization.isEmpty() ? Diagnoser::tr("The organization") : u"`"_s + p.organization + u'`';
    if (p.kind == OrgPolicy::Kind::ClassicPatForbidden)
        return item(id, CheckStatus::Fail, title,
                    Diagnoser::tr("%1 forbids access with a personal access token (classic). GHCR does not accept "
                                  "fine-grained tokens either, so no personal access token works for this "
                                  "organization's packages, whatever its scopes.")
                        .arg(org),
                    p.quote,
                    Diagnoser::tr("In GitHub Actions use the workflow's GITHUB_TOKEN with “permissions: packages: "
                                  "write”; elsewhere ask the organization's owners (see the fix steps)."));
    if (p.kind == OrgPolicy::Kind::LifetimeTooLong)
        return item(id, CheckStatus::Fail, title,
                    Diagnoser::tr("%1 forbids personal access tokens whose lifetime is longer than %n day(s); this "
                                  "token's is longer.",
                                  nullptr, p.maxLifetimeDays)
                        .arg(org),
                    p.quote,
                    Diagnoser::tr("Give the token an expiry at most %n day(s) away, or create one with such an expiry "
                                  "(see the fix steps).",
                                  nullptr, p.maxLifetimeDays));
    const bool registryAnswered = f.reg.loginOk.has_value() || !f.reg.loginMessage.isEmpty();
    if (f.apiOk() || registryAnswered)
        return item(
            id, CheckStatus::Pass, title,
            Diagnoser::tr("Neither GitHub nor the registry reported an organization policy against this token."),
            f.apiEvidenceLine());
    return item(id, CheckStatus::Skip, title,
                Diagnoser::tr("Not determinable: neither GitHub nor the registry gave an answer to read it from."));
}

OrgPolicy policyIn(const ApiEvidence& api, const RegistryEvidence& reg, const QString& host)
{
    QStringList said{api.message, reg.loginMessage};
    for (const OperationResult& r : reg.operations)
        said << r.message;
    for (const QString& message : std::as_const(said))
        if (OrgPolicy p = orgPolicyFrom(message, host); p.found())
            return p;
    return {};
}

void addPolicySteps(const DiagnosisInput& f, Diagnosis& d)
{
    const QString org = f.policy.organization.isEmpty() ? Diagnoser::tr("the organization") : f.policy.organization;
    if (f.policy.kind == OrgPolicy::Kind::LifetimeTooLong) {
        d.fixSteps << step(
            u"token-lifetime"_s,
            Diagnoser::tr("Give the token a lifetime of at most %n day(s)", nullptr, f.policy.maxLifetimeDays),
            Diagnoser::tr("%1 refuses personal access tokens that live longer. Set a shorter expiry where "
                          "GitHub says (the link), or create a token with such an expiry and the same "
                          "scopes.")
                .arg(org),
            f.policy.adjustUrl.isEmpty() ? u"https://"_s + f.req.host + u"/settings/tokens"_s : f.policy.adjustUrl);
        return;
    }
    d.fixSteps << step(
        u"use-actions-token"_s,
        Diagnoser::tr("In GitHub Actions, use the workflow's GITHUB_TOKEN instead of a personal token"),
        Diagnoser::tr("%1 forbids classic personal access tokens and GHCR refuses fine-grained ones, so no personal "
                      "token works. In a workflow of a repository of %1: give the job “permissions: { contents: read, "
                      "packages: write }” and log in with the user ${{ github.actor }} and the password "
                      "${{ secrets.GITHUB_TOKEN }}; the package must grant that repository access (“Manage Actions "
                      "access”).")
            .arg(org));
    d.fixSteps << step(
        u"oauth-app-token"_s, Diagnoser::tr("Outside Actions: try an OAuth app token (unconfirmed)"),
        Diagnoser::tr("An OAuth app's token (gho_…) with read:packages/write:packages may pass this policy "
                      "— GitHub's policy names OAuth apps as allowed, but no report confirms it for "
                      "GHCR. Check it here before relying on it."));
    d.fixSteps << step(u"ask-org-owners"_s,
                       Diagnoser::tr("Ask the owners of %1 about the personal access token policy").arg(org),
                       Diagnoser::tr("Only the organization's owners can allow classic tokens again (Organization "
                                     "settings → Personal access tokens) or suggest another way in. Scopes and "
                                     "package settings cannot fix this."),
                       f.policy.organization.isEmpty()
                           ? QString()
                           : u"https://"_s + f.req.host + u"/orgs/"_s + f.policy.organization + u"/people"_s);
}

} // namespace ghcr::rules
