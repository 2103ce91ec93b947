#include "app/core/diagnosis/DiagnosisRules.h"

#include "app/core/token/Scopes.h"

using namespace Qt::StringLiterals;

namespace ghcr::rules {

namespace {

CheckStatus statusOf(const Diagnosis& d, const QString& id)
{
    const ChecklistItem* i = d.item(id);
    return i ? i->status : CheckStatus::Skip;
}

bool scopeFails(const Diagnosis& d)
{
    return statusOf(d, u"scope.read:packages"_s) == CheckStatus::Fail ||
           statusOf(d, u"scope.write:packages"_s) == CheckStatus::Fail ||
           statusOf(d, u"scope.delete:packages"_s) == CheckStatus::Fail;
}

bool needsNewToken(const DiagnosisInput& f, const Diagnosis& d)
{
    // An org that forbids classic PATs leaves no personal token that works: never send users to make another.
    if (f.policy.kind == OrgPolicy::Kind::ClassicPatForbidden)
        return false;
    return statusOf(d, u"token.format"_s) == CheckStatus::Fail ||
           statusOf(d, u"token.accepted"_s) == CheckStatus::Fail || statusOf(d, u"token.kind"_s) == CheckStatus::Fail ||
           f.token.kind == TokenKind::FineGrained || statusOf(d, u"token.expiry"_s) == CheckStatus::Fail ||
           statusOf(d, u"token.expiry"_s) == CheckStatus::Warn || scopeFails(d);
}

QString packageSettingsUrl(const DiagnosisInput& f, bool organization)
{
    return u"https://"_s + f.req.host + (organization ? u"/orgs/"_s : u"/users/"_s) + f.owner() +
           u"/packages/container/"_s + f.packageName() + u"/settings"_s;
}

void addTokenSteps(const DiagnosisInput& f, bool newToken, Diagnosis& d)
{
    if (newToken) {
        const QStringList scopes =
            requiredScopes(f.req.wants(Operation::Pull), f.req.wants(Operation::Push), f.req.wants(Operation::Delete));
        d.fixSteps << step(
            u"new-token"_s,
            Diagnoser::tr("Create a personal access token (classic) with exactly these scopes: %1")
                .arg(scopes.join(u", "_s)),
            Diagnoser::tr("The link opens GitHub's form with only these boxes ticked. Do not tick “repo”: the registry "
                          "does not need it. Choose an expiry, generate, and copy the token once."),
            newTokenUrl(f.req.host, scopes, u"GHCR Doctor"_s));
    }
    if (f.api.ssoRequired || !f.api.ssoPartialOrganizations.isEmpty())
        d.fixSteps << step(
            u"authorize-sso"_s, Diagnoser::tr("Authorize the token for your organization's single sign-on"),
            f.api.ssoUrl.isEmpty()
                ? Diagnoser::tr(
                      "On GitHub: Settings → Developer settings → Personal access tokens → Configure SSO next "
                      "to the token → Authorize.")
                : Diagnoser::tr("Open the link and approve. It expires an hour after the check; check again for a new "
                                "one."),
            f.api.ssoUrl.isEmpty() ? u"https://"_s + f.req.host + u"/settings/tokens"_s : f.api.ssoUrl);
}

void addAccessSteps(const DiagnosisInput& f, bool newToken, Diagnosis& d)
{
    const bool opRefused = f.allowed(Operation::Pull) == false || f.allowed(Operation::Push) == false;
    const bool refusedByLogin = f.reg.loginOk == false;
    if (opRefused && !refusedByLogin && f.token.kind == TokenKind::AppServer && !f.policy.found()) {
        d.fixSteps << step(u"actions-permissions"_s,
                           Diagnoser::tr("Give the workflow's GITHUB_TOKEN the packages permission"),
                           Diagnoser::tr("Add “permissions: { contents: read, packages: write }” to the job (or the "
                                         "workflow); new repositories get a read-only GITHUB_TOKEN by default. A pull "
                                         "request from a fork always gets a read-only token and no secrets."));
        d.fixSteps << step(
            u"actions-access"_s,
            Diagnoser::tr("Grant the workflow's repository access to the package %1").arg(f.reg.image),
            Diagnoser::tr("Package settings → “Manage Actions access” → add the repository with the Write role. "
                          "A package first pushed with a personal token is linked to no repository. The link "
                          "is for a user-owned package; for an organization use %1.")
                .arg(packageSettingsUrl(f, true)),
            packageSettingsUrl(f, false));
    } else if (opRefused && !scopeFails(d) && !newToken && !f.api.ssoRequired && f.imageProbed() && !f.policy.found() &&
               !refusedByLogin && f.scopesKnown()) {
        d.fixSteps << step(
            u"package-access"_s, Diagnoser::tr("Check who may use the package %1").arg(f.reg.image),
            Diagnoser::tr("GitHub lists the package scopes the token needs, so the package's own settings refuse it. "
                          "Open the package settings → “Manage access”: give your account Read (pull) or Write "
                          "(push). For GitHub Actions: “Manage Actions access” must list the workflow's repository, "
                          "and the workflow needs “permissions: packages: write”. The link is for a user-owned "
                          "package; for an organization use %1.")
                .arg(packageSettingsUrl(f, true)),
            packageSettingsUrl(f, false));
    }
}

void addWaitSteps(const DiagnosisInput& f, Diagnosis& d)
{
    using O = ApiEvidence::Outcome;
    if (f.api.outcome == O::RateLimited || f.api.outcome == O::LockedOut)
        d.fixSteps << step(
            u"wait"_s,
            f.api.rateLimit.reset.isValid()
                ? Diagnoser::tr("Wait until %1 and check again").arg(f.api.rateLimit.reset.toString(u"HH:mm 'UTC'"_s))
                : Diagnoser::tr("Wait a while and check again"),
            Diagnoser::tr("GitHub is refusing requests from here for now; the token may be fine."));
    if (f.reg.rateLimited)
        d.fixSteps << step(u"wait-registry"_s,
                           f.reg.retryAfterSeconds > 0
                               ? Diagnoser::tr("Wait %n second(s) and check again", nullptr, f.reg.retryAfterSeconds)
                               : Diagnoser::tr("Wait a minute and check again"),
                           Diagnoser::tr("The registry is rate-limiting requests from here (429 Too Many Requests). "
                                         "That says nothing about the token."));
    else if (d.verdict == Verdict::Error && !d.cancelled)
        d.fixSteps << step(
            u"check-connection"_s, Diagnoser::tr("Check the connection to GitHub and the registry"),
            f.req.caFile.isEmpty()
                ? Diagnoser::tr(
                      "The check could not complete. Check your network and proxy; if your network inspects TLS or "
                      "uses a private certificate authority, pass its certificate (--ca-file, or the CA file in the "
                      "window's advanced settings).")
                : Diagnoser::tr("The check could not complete. Check your network and proxy; if the error is about a "
                                "certificate, the CA file %1 is not the CA that signed the server's certificate: give "
                                "the root of the server's chain instead.")
                      .arg(f.req.caFile));
}

} // namespace

void addFixSteps(const DiagnosisInput& f, Diagnosis& d)
{
    const bool newToken = needsNewToken(f, d);
    if (f.policy.found())
        addPolicySteps(f, d);
    addTokenSteps(f, newToken, d);
    addAccessSteps(f, newToken, d);
    addImageSteps(f, d);
    addWaitSteps(f, d);
    addDockerSteps(f, d);
}

} // namespace ghcr::rules
