#include "app/core/diagnosis/DiagnosisRules.h"

using namespace Qt::StringLiterals;

namespace ghcr::rules {

QString refusalFix(const DiagnosisInput& f, Operation op)
{
    const QStringList missing = f.missingScopesFor(op);
    if (f.policy.found())
        return Diagnoser::tr("An organization policy refuses this token, not its scopes (see Organization policy).");
    if (!missing.isEmpty())
        return Diagnoser::tr("Add %1 to the token (see the fix steps).").arg(missing.join(Diagnoser::tr(" and ")));
    if (f.api.ssoRequired || !f.api.ssoPartialOrganizations.isEmpty())
        return Diagnoser::tr("Authorize the token for the organization's SSO (see the fix steps).");
    if (f.reg.loginOk == false)
        return Diagnoser::tr("The registry refused the credentials themselves (see Registry: login): use a valid "
                             "classic token with the package scopes.");
    if (f.ghcrRefusesKind())
        return Diagnoser::tr("GHCR does not accept this kind of token at all: use a personal access token (classic) "
                             "with the package scopes, or the GITHUB_TOKEN inside GitHub Actions.");
    if (f.token.kind == TokenKind::AppServer)
        return Diagnoser::tr("For the Actions GITHUB_TOKEN: add “permissions: packages: write” (or read) to the "
                             "workflow, and give the workflow's repository access in the package's “Manage Actions "
                             "access”. A third-party GitHub App's installation token cannot use GHCR's private "
                             "packages at all — a platform limitation no setting changes.");
    if (!f.scopesKnown())
        return f.isPat() ? Diagnoser::tr("GitHub did not tell this token's scopes (see GitHub accepts the token): "
                                         "check on GitHub that it has read:packages (and write:packages to push).")
                         : Diagnoser::tr("GitHub did not tell the token's scopes, so the cause cannot be narrowed "
                                         "down: use a classic token with the package scopes (see the fix steps).");
    return Diagnoser::tr("The token has the package scopes GitHub lists, so the refusal comes from the package itself: "
                         "check its access settings (see the fix steps).");
}

/// What the registry's own words mean (reference §7), as one sentence to add to the evidence's note.
QString refusalMeaning(const DiagnosisInput& f, const OperationResult& r)
{
    const QString& m = r.message;
    if (f.policy.found())
        return {};
    if (m.contains(u"create_package"_s))
        return Diagnoser::tr(" The registry refused to create the package: the namespace %1 belongs to another "
                             "account, or the organization does not let you create packages.")
            .arg(f.owner());
    if (m.contains(u"permission_denied: write_package"_s))
        return Diagnoser::tr(" Your account (or the workflow's repository) lacks write access to this package.");
    if (m.contains(u"read_package"_s))
        return Diagnoser::tr(" Signed in, but this account has no access to this package (Docker shows only a bare "
                             "“unauthorized”).");
    if (m.contains(u"installation not allowed"_s))
        return Diagnoser::tr(" An installation token was refused: in Actions the workflow lacks “permissions: "
                             "packages: write” or Actions access to the package; a third-party GitHub App cannot "
                             "write GHCR packages at all.");
    if (m.contains(u"does not match expected scopes"_s))
        return f.ghcrRefusesKind()
                   ? Diagnoser::tr(" GHCR says this to every %1, whatever its permissions: it does not accept this "
                                   "kind of token.")
                         .arg(tokenKindTitle(f.token.kind))
                   : Diagnoser::tr(" The registry says the token's scopes do not fit: a package scope is missing.");
    return {};
}

} // namespace ghcr::rules
