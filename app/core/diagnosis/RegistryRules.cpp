#include "app/core/diagnosis/DiagnosisRules.h"

using namespace Qt::StringLiterals;

namespace ghcr::rules {

QString loginAloneProvesNothing()
{
    return Diagnoser::tr(" Login alone proves nothing about pull or push — ghcr.io hands out a login token for nearly "
                         "any credentials. Name an image to probe them for real.");
}

namespace {

/// A refused login's fix: a valid token, and the stale logins cleared where they are. When an organization policy
/// refused it, no other token of the kind helps: the policy row says what does.
QString refusedLoginFix(const DiagnosisInput& f, const DockerCredentialEvidence& docker)
{
    if (f.policy.found())
        return Diagnoser::tr("An organization policy refuses this token, not its scopes (see Organization policy).");
    const QStringList tools = staleLoginTools(docker);
    if (tools.isEmpty()) // no stale login to clear, and no step about one
        return Diagnoser::tr("Use a valid classic token with package scopes (see the fix steps).");
    return Diagnoser::tr("Use a valid classic token with package scopes, and clear the stale login in %1 (see the fix "
                         "steps).")
        .arg(wordList(tools));
}

} // namespace

ChecklistItem loginItem(const DiagnosisInput& f, const DockerCredentialEvidence& docker)
{
    const QString title = Diagnoser::tr("Registry: login");
    const RegistryEvidence& r = f.reg;
    if (!r.attempted)
        return item(u"registry.login"_s, CheckStatus::Skip, title, Diagnoser::tr("Not attempted."));
    QString ev =
        u"GET /v2/ → "_s + (r.challengeStatus ? QString::number(r.challengeStatus) : Diagnoser::tr("no answer"));
    if (!r.challengeScheme.isEmpty())
        ev += u" ("_s + r.challengeScheme + u" realm=\""_s + r.realm + u"\" service=\""_s + r.service + u"\")"_s;
    if (r.loginStatus)
        ev += Diagnoser::tr("; token request as %1 → %2").arg(r.user).arg(r.loginStatus);
    if (!r.loginCode.isEmpty() || !r.loginMessage.isEmpty())
        ev += u"; "_s + r.loginCode + (r.loginMessage.isEmpty() ? QString() : u": "_s + r.loginMessage);
    const QString noImage = r.image.isEmpty() ? loginAloneProvesNothing() : QString();
    if (r.loginOk == true)
        return item(u"registry.login"_s, CheckStatus::Pass, title,
                    Diagnoser::tr("The registry accepted the login as %1.").arg(r.user) + noImage, ev);
    if (r.loginOk == false)
        return item(u"registry.login"_s, CheckStatus::Fail, title,
                    Diagnoser::tr("The registry refused the login (%1%2).")
                        .arg(r.loginStatus)
                        .arg(r.loginMessage.isEmpty() ? QString() : u": "_s + r.loginMessage),
                    ev, refusedLoginFix(f, docker));
    const QString why = r.errorSentence.isEmpty() ? r.loginMessage : r.errorSentence;
    return item(u"registry.login"_s, CheckStatus::Skip, title, Diagnoser::tr("Could not tell: %1").arg(why), ev,
                Diagnoser::tr("Check the registry host, your network and TLS settings, then check again."));
}

ChecklistItem operationItem(const DiagnosisInput& f, Operation op)
{
    const QString id = u"registry."_s + operationId(op);
    const QString title = op == Operation::Pull ? Diagnoser::tr("Registry: pull") : Diagnoser::tr("Registry: push");
    const OperationResult* r = f.op(op);
    if (!r || !r->requested)
        return item(id, CheckStatus::Skip, title, Diagnoser::tr("Not requested."));
    if (!f.imageProbed()) {
        if (!f.reg.errorSentence.isEmpty())
            return item(id, CheckStatus::Skip, title, Diagnoser::tr("Could not tell: %1").arg(f.reg.errorSentence));
        return item(id, CheckStatus::Warn, title,
                    f.imageGiven()
                        ? Diagnoser::tr("Not verified: the image cannot be probed on %1 (see Image reference).")
                              .arg(f.req.registry)
                        : Diagnoser::tr("Not verified: name an image (OWNER/NAME[:TAG]) to test %1 for real.")
                              .arg(operationId(op)),
                    {},
                    Diagnoser::tr("Enter an image to probe, or ask for login only (--ops login, or untick pull and "
                                  "push)."));
    }
    const QString ev = f.opEvidence(*r);
    QString extra;
    if (op == Operation::Push && !r->cancelNote.isEmpty())
        extra = u" "_s + r->cancelNote;
    if (r->allowed == true) {
        if (op == Operation::Pull && f.reg.publicImage == true)
            return item(id, CheckStatus::Warn, title,
                        r->note + u' ' +
                            Diagnoser::tr("But %1 is public: the registry lets anyone pull it, with any bearer or "
                                          "none, so this proves nothing about the token.")
                                .arg(f.imageName()),
                        ev + u"; "_s + f.reg.publicEvidence,
                        Diagnoser::tr("To test the token's pull right, name a private image."));
        return item(id, CheckStatus::Pass, title, r->note + extra, ev);
    }
    if (r->allowed == false)
        return item(id, CheckStatus::Fail, title, r->note + refusalMeaning(f, *r), ev, refusalFix(f, op));
    if (!r->errorSentence.isEmpty())
        return item(id, CheckStatus::Skip, title, Diagnoser::tr("Could not tell: %1").arg(r->errorSentence), ev,
                    Diagnoser::tr("Check the registry and your network, then check again."));
    if (r->basis == OperationBasis::NotRun && !f.reg.errorSentence.isEmpty())
        return item(id, CheckStatus::Skip, title, Diagnoser::tr("Could not tell: %1").arg(f.reg.errorSentence), ev,
                    Diagnoser::tr("Check the registry host, your network and TLS settings, then check again."));
    if (r->basis == OperationBasis::NotRun)
        return item(id, CheckStatus::Warn, title,
                    Diagnoser::tr("Not verified: the registry step stopped earlier (see Registry: login)."), ev);
    return item(id, CheckStatus::Warn, title, Diagnoser::tr("Not verified: %1").arg(r->note), ev,
                Diagnoser::tr("Check the image name: OWNER/NAME must exist and be visible to this account."));
}

std::optional<bool> deleteAllowedByScopes(const DiagnosisInput& f)
{
    if (!f.scopesKnown())
        return std::nullopt;
    return f.has(u"delete:packages"_s) && (f.has(u"read:packages"_s) || f.has(u"write:packages"_s));
}

void deriveOperations(const DiagnosisInput& f, RegistryEvidence& registry)
{
    if (!f.req.wants(Operation::Delete))
        return;
    const std::optional<bool> allowed = deleteAllowedByScopes(f);
    for (OperationResult& r : registry.operations)
        if (r.operation == Operation::Delete && allowed.has_value()) {
            r.allowed = allowed;
            r.basis = OperationBasis::Scopes;
        }
}

ChecklistItem deleteItem(const DiagnosisInput& f)
{
    const QString title = Diagnoser::tr("Registry: delete");
    if (!f.req.wants(Operation::Delete))
        return item(u"registry.delete"_s, CheckStatus::Skip, title, Diagnoser::tr("Not requested."));
    const QString ev =
        Diagnoser::tr("Judged from scopes only (never probed: probing would delete)") + u"; "_s + f.apiEvidenceLine();
    if (!f.scopesKnown()) {
        return item(
            u"registry.delete"_s, CheckStatus::Warn, title,
            Diagnoser::tr("Cannot be judged: GitHub lists no scopes for this token, and delete is never probed."), ev);
    }
    if (deleteAllowedByScopes(f) == true)
        return item(
            u"registry.delete"_s, CheckStatus::Pass, title,
            Diagnoser::tr("The token has delete:packages (with read:packages as GitHub documents): delete should be "
                          "allowed if your account may administer the package. Judged from scopes only."),
            ev);
    return item(u"registry.delete"_s, CheckStatus::Fail, title,
                Diagnoser::tr("Delete needs delete:packages together with read:packages; the token lacks %1.")
                    .arg(f.has(u"delete:packages"_s) ? u"read:packages"_s : u"delete:packages"_s),
                ev, Diagnoser::tr("Create a token with the scopes listed in the fix steps."));
}

} // namespace ghcr::rules
