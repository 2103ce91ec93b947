#include "app/core/diagnosis/DiagnosisRules.h"

using namespace Qt::StringLiterals;

namespace ghcr::rules {

namespace {

/// read:packages not listed but write:packages is. The seed's question: does write imply read at the registry?
ChecklistItem readWithWriteOnly(const DiagnosisInput& f, Operation op, const QString& title, const QString& ev,
                                const QString& fix)
{
    const QString id = u"scope.read:packages"_s;
    const bool probed = f.probed(op);
    const std::optional<bool> allowed = f.allowed(op);
    if (probed && allowed == true)
        return item(
            id, CheckStatus::Warn, title,
            Diagnoser::tr("Not listed, but the registry accepted pull with write:packages alone: for this account, "
                          "write implies read at the registry. The token works as it is; adding read:packages is "
                          "harmless."),
            ev);
    const OperationResult* refusedOp = (probed && allowed == false) ? f.op(op) : nullptr;
    if (!refusedOp && f.probed(Operation::Push) && f.allowed(Operation::Push) == false)
        refusedOp = f.op(Operation::Push);
    if (refusedOp)
        return item(id, CheckStatus::Fail, title,
                    Diagnoser::tr("Not listed, and the registry refused %1. The GitHub API treats write:packages as "
                                  "including read, but this registry may want read:packages explicitly — as the widely "
                                  "shared note says. Add read:packages.")
                        .arg(operationId(refusedOp->operation)),
                    ev + u"; "_s + f.opEvidence(*refusedOp), fix);
    return item(id, CheckStatus::Warn, title,
                Diagnoser::tr("Not listed. GitHub's documentation says write:packages allows download too, but users "
                              "report registries that want read:packages explicitly. Not verified: give an image to "
                              "probe, or add read:packages to be safe."),
                ev);
}

} // namespace

ChecklistItem scopeItem(const DiagnosisInput& f, const QString& scope, Operation op, bool needed)
{
    const QString id = u"scope."_s + scope;
    const QString title = Diagnoser::tr("Scope %1").arg(scope);
    const QString ev = f.apiEvidenceLine();
    const QString fix =
        Diagnoser::tr("Tick the missing scope on the token's page on GitHub (the token's value stays the same), or "
                      "create a token with the scopes listed in the fix steps.");
    if (!f.scopesKnown()) {
        if (f.apiOk() || f.api.outcome == ApiEvidence::Outcome::SsoRequired)
            return item(
                id, CheckStatus::Skip, title,
                Diagnoser::tr("GitHub lists no scopes for this kind of token (no X-OAuth-Scopes header): its rights "
                              "are set per repository/permission. The registry's answer is what counts."),
                ev);
        return item(id, CheckStatus::Skip, title, Diagnoser::tr("Unknown: GitHub did not tell the token's scopes."),
                    ev);
    }
    const bool present = f.has(scope);
    const std::optional<bool> allowed = f.allowed(op);
    const bool probed = f.probed(op);
    QString overPrivilege;
    if (scope == u"write:packages"_s && f.has(u"repo"_s))
        overPrivilege =
            Diagnoser::tr(" The token also has “repo” (GitHub's form ticks it with write:packages): the registry does "
                          "not need it, and it lets the token change all your repositories.");

    if (present)
        return item(
            id, CheckStatus::Pass, title,
            (needed ? Diagnoser::tr("Granted.") : Diagnoser::tr("Granted (not needed for the operations you chose).")) +
                overPrivilege,
            ev);

    if (scope == u"read:packages"_s && f.has(u"write:packages"_s))
        return readWithWriteOnly(f, op, title, ev, fix);
    if (!needed)
        return item(id, CheckStatus::Skip, title,
                    Diagnoser::tr("Not granted; not needed for the operations you chose."), ev);
    if (probed && allowed == true)
        return item(
            id, CheckStatus::Warn, title,
            Diagnoser::tr("Not listed, yet the registry allowed %1. GitHub may grant it another way (an organization "
                          "or app permission); add the scope so the token does not depend on that.")
                .arg(operationId(op)),
            ev);
    return item(id, CheckStatus::Fail, title,
                Diagnoser::tr("Missing: %1 needs %2.").arg(operationId(op), scope) + overPrivilege, ev, fix);
}

ChecklistItem ssoItem(const DiagnosisInput& f)
{
    const QString title = Diagnoser::tr("Organization SSO");
    const QString ev = f.api.ssoRequired || !f.api.ssoPartialOrganizations.isEmpty()
                           ? u"X-GitHub-SSO"_s + (f.api.ssoUrl.isEmpty() ? QString() : u": required; url=…"_s)
                           : f.apiEvidenceLine();
    if (f.api.ssoRequired)
        return item(u"sso.authorized"_s, CheckStatus::Fail, title,
                    Diagnoser::tr("An organization uses SAML single sign-on and this token is not authorized for it."),
                    ev,
                    f.api.ssoUrl.isEmpty()
                        ? Diagnoser::tr("On GitHub: Settings → Developer settings → Personal access tokens → "
                                        "Configure SSO → Authorize.")
                        : Diagnoser::tr("Open the authorization link in the fix steps (it expires after an "
                                        "hour; check again for a fresh one)."));
    if (!f.api.ssoPartialOrganizations.isEmpty())
        return item(
            u"sso.authorized"_s, CheckStatus::Warn, title,
            Diagnoser::tr("GitHub left out results from %n organization(s) that need SSO authorization for this token "
                          "(ids %1). Images owned by them will be refused until you authorize the token.",
                          nullptr, int(f.api.ssoPartialOrganizations.size()))
                .arg(f.api.ssoPartialOrganizations.join(u", "_s)),
            u"X-GitHub-SSO: partial-results; organizations="_s + f.api.ssoPartialOrganizations.join(u','),
            Diagnoser::tr("On GitHub: Settings → Developer settings → Personal access tokens → Configure SSO → "
                          "Authorize."));
    if (f.apiOk())
        return item(u"sso.authorized"_s, CheckStatus::Pass, title,
                    Diagnoser::tr("No organization asked for SSO authorization."), ev);
    if (f.api.outcome == ApiEvidence::Outcome::Integration) // the API answered, with nothing about SSO
        return item(u"sso.authorized"_s, CheckStatus::Skip, title,
                    Diagnoser::tr("Unknown: GitHub's answer to an installation token on /user (403) tells nothing "
                                  "about SSO."),
                    ev);
    return item(u"sso.authorized"_s, CheckStatus::Skip, title,
                Diagnoser::tr("Unknown: the GitHub API check did not complete."), ev);
}

} // namespace ghcr::rules
