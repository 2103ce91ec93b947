#include "app/core/diagnosis/Diagnosis.h"

#include "app/core/AppInfo.h"
#include "app/core/AppVersion.h"
#include "app/core/diagnosis/OrgPolicy.h"
#include "app/core/token/Redactor.h"
#include "app/core/token/Scopes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// Everything the rules below need to know, computed once.
struct Facts
{
    const CheckRequest& req;
    const TokenAnalysis& token;
    const ApiEvidence& api;
    const RegistryEvidence& reg;
    QDateTime now;
    ImageLint lint;   ///< what the image as typed means for this registry (empty when none was given)
    OrgPolicy policy; ///< an organization policy either side quoted

    bool imageGiven() const { return !req.image.trimmed().isEmpty(); }
    /// The registry could be asked about the image (given, and naming the registry checked).
    bool imageProbed() const { return !reg.image.isEmpty(); }
    /// A personal access token, fine-grained or not: an org that forbids classic PATs leaves none that works.
    bool isPat() const { return token.kind == TokenKind::Classic || token.kind == TokenKind::LegacyHex; }
    /// Token kinds GHCR does not accept at all (GitHub's docs; github/roadmap#558): the refusal is the kind.
    bool ghcrRefusesKind() const
    {
        return token.kind == TokenKind::FineGrained || token.kind == TokenKind::AppUser ||
               token.kind == TokenKind::Refresh;
    }
    /// Requested pull/push that no probe decided: not verified, never "works".
    bool unverified(Operation o) const
    {
        const OperationResult* r = op(o);
        return r && r->requested && !r->allowed.has_value() && r->errorSentence.isEmpty();
    }

    bool apiOk() const { return api.outcome == ApiEvidence::Outcome::Ok; }
    /// Scopes count only from a real GitHub answer (200, or the 403 of SSO), not from a body we could not read.
    bool apiTrusted() const { return apiOk() || api.outcome == ApiEvidence::Outcome::SsoRequired; }
    bool scopesKnown() const { return apiTrusted() && api.scopes.has_value(); }
    bool has(const QString& scope) const { return scopesKnown() && api.scopes->contains(scope); }
    const OperationResult* op(Operation o) const { return reg.operation(o); }
    std::optional<bool> allowed(Operation o) const
    {
        const OperationResult* r = op(o);
        return r ? r->allowed : std::nullopt;
    }
    bool probed(Operation o) const
    {
        const OperationResult* r = op(o);
        return r && r->basis == u"probe"_s;
    }
    bool refusedAnywhere() const
    {
        if (reg.loginOk == false)
            return true;
        for (const OperationResult& r : reg.operations)
            if (r.requested && r.allowed == false)
                return true;
        return false;
    }
    bool registryAcceptedAll() const
    {
        if (reg.loginOk != true || reg.image.isEmpty())
            return false;
        for (const OperationResult& r : reg.operations)
            if (r.requested && r.operation != Operation::Delete && r.allowed != true)
                return false;
        return true;
    }
    QString apiEvidenceLine() const
    {
        if (!api.answered())
            return api.errorSentence;
        QString line = u"GET "_s + api.url + u" → "_s + QString::number(api.httpStatus);
        if (api.scopes && api.scopesInferredEmpty)
            line += Diagnoser::tr("; X-OAuth-Scopes empty (the token has no scopes)");
        else if (api.scopes)
            line += u"; X-OAuth-Scopes: \""_s + api.scopes->join(u", "_s) + u'"';
        else if (api.httpStatus == 200)
            line += Diagnoser::tr("; no X-OAuth-Scopes header");
        return line;
    }
    QString opEvidence(const OperationResult& r) const
    {
        QStringList parts;
        if (r.tokenStatus)
            parts << Diagnoser::tr("token request → %1").arg(r.tokenStatus);
        if (!r.probe.isEmpty())
            parts << r.probe + (r.httpStatus ? u" → "_s + QString::number(r.httpStatus) : QString());
        if (!r.code.isEmpty())
            parts << r.code + (r.message.isEmpty() ? QString() : u": "_s + r.message);
        if (!r.challengeError.isEmpty())
            parts << u"error=\""_s + r.challengeError + u'"';
        if (!r.errorSentence.isEmpty() && r.httpStatus == 0)
            parts << r.errorSentence;
        return parts.join(u"; "_s);
    }
    /// The package scopes an operation needs that GitHub says the token lacks (empty when scopes are unknown).
    /// read:packages counts for push too: recommending it is always safe, and some registries want it.
    QStringList missingScopesFor(Operation o) const
    {
        QStringList missing;
        if (!scopesKnown())
            return missing;
        if (!has(u"read:packages"_s))
            missing << u"read:packages"_s;
        if (o == Operation::Push && !has(u"write:packages"_s))
            missing << u"write:packages"_s;
        if (o == Operation::Delete && !has(u"delete:packages"_s))
            missing << u"delete:packages"_s;
        return missing;
    }
    QString owner() const { return reg.image.section(u'/', 0, 0); }
    QString packageName() const { return reg.image.section(u'/', 1); }
};

ChecklistItem item(const QString& id, CheckStatus status, const QString& title, const QString& detail,
                   const QString& evidence = {}, const QString& fix = {})
{
    return ChecklistItem{id, status, title, detail, evidence, fix};
}

ChecklistItem tokenFormat(const Facts& f)
{
    const QString title = Diagnoser::tr("Token format");
    QStringList fatal, notes;
    for (const TokenIssue& i : f.token.issues)
        (i.fatal ? fatal : notes) << i.message;
    QString evidence =
        Diagnoser::tr("Offline analysis: %1, %2 characters").arg(tokenKindId(f.token.kind)).arg(f.token.length);
    if (f.token.checksumValid.has_value())
        evidence += *f.token.checksumValid ? Diagnoser::tr(", checksum valid") : Diagnoser::tr(", checksum mismatch");
    if (!fatal.isEmpty())
        return item(u"token.format"_s, CheckStatus::Fail, title, fatal.join(u' '), evidence,
                    Diagnoser::tr("Copy the token again in one piece from where you saved it, or create a new one."));
    if (!notes.isEmpty())
        return item(
            u"token.format"_s, CheckStatus::Warn, title, notes.join(u' '), evidence,
            Diagnoser::tr("When you give the token to docker login, pass exactly the token: use --password-stdin "
                          "and a command that adds no line break (see the fix steps)."));
    return item(u"token.format"_s, CheckStatus::Pass, title,
                f.token.checksumValid == true ? Diagnoser::tr("Well-formed, and its built-in checksum is valid.")
                                              : Diagnoser::tr("Well-formed."),
                evidence);
}

ChecklistItem tokenAccepted(const Facts& f)
{
    using O = ApiEvidence::Outcome;
    const QString title = Diagnoser::tr("GitHub accepts the token");
    const QString ev = f.apiEvidenceLine();
    switch (f.api.outcome) {
    case O::Ok:
        return item(u"token.accepted"_s, CheckStatus::Pass, title,
                    Diagnoser::tr("GitHub accepted the token as %1.").arg(f.api.login), ev);
    case O::BadCredentials:
        return item(u"token.accepted"_s, CheckStatus::Fail, title,
                    Diagnoser::tr("GitHub rejected the token (401 %1): it was revoked, it expired, or it was mistyped.")
                        .arg(f.api.message.isEmpty() ? u"Bad credentials"_s : f.api.message),
                    ev, Diagnoser::tr("Create a new token (see the fix steps) and use it everywhere the old one was."));
    case O::SsoRequired:
        return item(u"token.accepted"_s, CheckStatus::Pass, title,
                    Diagnoser::tr(
                        "GitHub recognised the token, but an organization's SAML single sign-on blocked the request."),
                    ev);
    case O::RateLimited:
    case O::LockedOut:
    case O::Forbidden:
    case O::NotFound:
        return item(u"token.accepted"_s, CheckStatus::Warn, title, f.api.errorSentence, ev,
                    f.api.outcome == O::NotFound
                        ? Diagnoser::tr("Check the GitHub host / API URL.")
                        : Diagnoser::tr("Wait and check again; the registry's answer below does not depend on this."));
    case O::Integration:
        return item(u"token.accepted"_s, CheckStatus::Pass, title, f.api.errorSentence, ev);
    case O::Cancelled:
        return item(u"token.accepted"_s, CheckStatus::Skip, title, Diagnoser::tr("Cancelled before GitHub answered."),
                    ev);
    case O::NotRun:
        return item(u"token.accepted"_s, CheckStatus::Skip, title,
                    Diagnoser::tr("Not asked: the token cannot be sent as it is (see Token format)."));
    default:
        return item(u"token.accepted"_s, CheckStatus::Skip, title,
                    Diagnoser::tr("Could not ask GitHub: %1").arg(f.api.errorSentence), ev,
                    Diagnoser::tr("Check your network connection, proxy and the API URL, then check again."));
    }
}

ChecklistItem tokenKind(const Facts& f)
{
    const QString title = Diagnoser::tr("Token kind");
    const QString name = tokenKindTitle(f.token.kind);
    const QString ev = Diagnoser::tr("Offline analysis of the token's prefix and shape (%1)").arg(f.token.redacted);
    const QString classicFix = Diagnoser::tr("Create a personal access token (classic) instead (see the fix steps).");
    switch (f.token.kind) {
    case TokenKind::Classic:
        return item(u"token.kind"_s, CheckStatus::Pass, title,
                    Diagnoser::tr("%1: the kind of personal token GitHub Packages supports.").arg(name), ev);
    case TokenKind::FineGrained:
        return item(
            u"token.kind"_s, f.refusedAnywhere() ? CheckStatus::Fail : CheckStatus::Warn, title,
            f.refusedAnywhere()
                ? Diagnoser::tr("%1. GitHub documents that GitHub Packages does not support fine-grained tokens, and "
                                "the registry refused it here.")
                      .arg(name)
                : Diagnoser::tr("%1. GitHub documents that GitHub Packages does not support fine-grained tokens; see "
                                "the registry's answer for what it did here.")
                      .arg(name),
            ev, classicFix);
    case TokenKind::AppUser:
        return item(u"token.kind"_s, f.refusedAnywhere() ? CheckStatus::Fail : CheckStatus::Warn, title,
                    Diagnoser::tr("%1. It carries the app's fine-grained permissions, and GHCR refuses those as it "
                                  "refuses fine-grained tokens (inferred: no report of one working).")
                        .arg(name),
                    ev, classicFix);
    case TokenKind::Refresh:
        return item(
            u"token.kind"_s, CheckStatus::Fail, title,
            Diagnoser::tr("%1: a refresh token is never valid as a password; it only buys a new user token.").arg(name),
            ev, classicFix);
    case TokenKind::AppServer:
        return item(
            u"token.kind"_s, CheckStatus::Warn, title,
            (f.token.stateless ? Diagnoser::tr("%1, in the stateless format GitHub uses since April 2026 (no built-in "
                                               "checksum).")
                                     .arg(name)
                               : name + u'.') +
                u' ' +
                Diagnoser::tr("In GitHub Actions it can pull and push only with “permissions: packages: read/write” "
                              "in the workflow and Actions access on the package; a third-party GitHub App's "
                              "installation token cannot use GHCR's private packages at all."),
            ev);
    case TokenKind::OAuth:
        return item(
            u"token.kind"_s, CheckStatus::Warn, title,
            Diagnoser::tr("%1. It works with the registry when it carries package scopes, but it belongs to an app "
                          "and may be revoked with it; for Docker, a classic personal access token is the usual "
                          "choice.")
                .arg(name),
            ev);
    case TokenKind::LegacyHex:
        return item(u"token.kind"_s, CheckStatus::Warn, title,
                    Diagnoser::tr("%1: it has no checksum, so typos cannot be caught offline. Consider replacing it.")
                        .arg(name),
                    ev);
    case TokenKind::Empty:
        return item(u"token.kind"_s, CheckStatus::Fail, title, Diagnoser::tr("No token was given."), ev,
                    Diagnoser::tr("Paste a token, or load the saved one from the keychain."));
    case TokenKind::Unknown:
        break;
    }
    return item(u"token.kind"_s, CheckStatus::Warn, title,
                Diagnoser::tr("%1: this is not a GitHub token format we know.").arg(name), ev, classicFix);
}

ChecklistItem tokenExpiry(const Facts& f)
{
    const QString title = Diagnoser::tr("Token expiry");
    const QString ev = f.api.expiresRaw.isEmpty() ? Diagnoser::tr("No GitHub-Authentication-Token-Expiration header")
                                                  : u"GitHub-Authentication-Token-Expiration: "_s + f.api.expiresRaw;
    if (f.api.expiresInDays().has_value() && f.apiTrusted()) {
        const qint64 secs = f.api.answeredAt.secsTo(f.api.expiresAt);
        const qint64 days = *f.api.expiresInDays();
        const QString when = f.api.expiresAt.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
        if (secs <= 0)
            return item(u"token.expiry"_s, CheckStatus::Fail, title,
                        Diagnoser::tr("The token expired on %1.").arg(when), ev,
                        Diagnoser::tr("Create a new token (see the fix steps)."));
        if (secs < 7 * 86400)
            return item(u"token.expiry"_s, CheckStatus::Warn, title,
                        days == 0 ? Diagnoser::tr("The token expires on %1 (within a day).").arg(when)
                                  : Diagnoser::tr("The token expires on %1 (in %2 days).").arg(when).arg(days),
                        ev, Diagnoser::tr("Create a replacement soon and update every place that uses it."));
        return item(u"token.expiry"_s, CheckStatus::Pass, title,
                    Diagnoser::tr("The token expires on %1 (in %2 days).").arg(when).arg(days), ev);
    }
    if (!f.api.expiresRaw.isEmpty() && f.apiTrusted())
        return item(u"token.expiry"_s, CheckStatus::Warn, title,
                    Diagnoser::tr("GitHub sent an expiry date we could not read: “%1”.").arg(f.api.expiresRaw), ev);
    if (f.api.outcome == ApiEvidence::Outcome::BadCredentials)
        return item(
            u"token.expiry"_s, CheckStatus::Skip, title,
            Diagnoser::tr("GitHub tells no expiry for a token it rejects; an expired token is rejected exactly like "
                          "this."),
            ev);
    if (f.apiOk())
        return item(u"token.expiry"_s, CheckStatus::Pass, title, Diagnoser::tr("The token has no expiry date."), ev);
    return item(u"token.expiry"_s, CheckStatus::Skip, title,
                Diagnoser::tr("Unknown: the GitHub API check did not complete."), ev);
}

ChecklistItem scopeItem(const Facts& f, const QString& scope, Operation op, bool needed)
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

    if (scope == u"read:packages"_s && f.has(u"write:packages"_s)) {
        // The seed's question: does write:packages imply read:packages at the registry?
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
            return item(
                id, CheckStatus::Fail, title,
                Diagnoser::tr("Not listed, and the registry refused %1. The GitHub API treats write:packages as "
                              "including read, but this registry may want read:packages explicitly — as the widely "
                              "shared note says. Add read:packages.")
                    .arg(operationId(refusedOp->operation)),
                ev + u"; "_s + f.opEvidence(*refusedOp), fix);
        return item(
            id, CheckStatus::Warn, title,
            Diagnoser::tr("Not listed. GitHub's documentation says write:packages allows download too, but users "
                          "report registries that want read:packages explicitly. Not verified: give an image to "
                          "probe, or add read:packages to be safe."),
            ev);
    }
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

ChecklistItem ssoItem(const Facts& f)
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
    return item(u"sso.authorized"_s, CheckStatus::Skip, title,
                Diagnoser::tr("Unknown: the GitHub API check did not complete."), ev);
}

ChecklistItem orgPolicyItem(const Facts& f)
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

ChecklistItem imageReferenceItem(const Facts& f)
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
                            .arg(f.reg.image, pull ? pull->code : QString()),
                        pullEv, Diagnoser::tr("Check the owner and the name: OWNER/NAME of an existing package."));
        return item(id, CheckStatus::Fail, title,
                    Diagnoser::tr("%1 has no manifest for “%2” (404 MANIFEST_UNKNOWN): docker pull of exactly this "
                                  "reference fails with “manifest unknown”. The token may pull this repository "
                                  "(see Registry: pull); the reference is what is wrong.")
                            .arg(f.reg.image, f.reg.reference) +
                        tags,
                    pullEv, Diagnoser::tr("Use a tag or digest that exists (see the fix steps)."));
    }
    if (f.reg.referenceExists == true)
        return item(
            id, CheckStatus::Pass, title,
            QString(Diagnoser::tr("The registry has %1.").arg(f.lint.corrected()) + u' ' + notes.join(u' ')).trimmed(),
            pullEv);
    const bool pullAsked = pull && pull->requested && f.imageProbed();
    return item(id, CheckStatus::Pass, title,
                QString((pullAsked ? Diagnoser::tr("%1 is a valid reference; whether it exists could not be seen (the "
                                                   "pull probe gave no answer about it).")
                                   : Diagnoser::tr("%1 is a valid reference; whether it exists was not looked up (pull "
                                                   "was not requested)."))
                            .arg(f.lint.corrected()) +
                        u' ' + notes.join(u' '))
                    .trimmed(),
                ev);
}

ChecklistItem loginItem(const Facts& f)
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
    const QString noImage =
        r.image.isEmpty() ? Diagnoser::tr(" Login alone proves nothing about pull or push — ghcr.io hands out a login "
                                          "token for nearly any credentials. Name an image to probe them for real.")
                          : QString();
    if (r.loginOk == true)
        return item(u"registry.login"_s, CheckStatus::Pass, title,
                    Diagnoser::tr("The registry accepted the login as %1.").arg(r.user) + noImage, ev);
    if (r.loginOk == false)
        return item(
            u"registry.login"_s, CheckStatus::Fail, title,
            Diagnoser::tr("The registry refused the login (%1%2).")
                .arg(r.loginStatus)
                .arg(r.loginMessage.isEmpty() ? QString() : u": "_s + r.loginMessage),
            ev,
            Diagnoser::tr("Use a valid classic token with package scopes, and clear stale Docker credentials (see the "
                          "fix steps)."));
    const QString why = r.errorSentence.isEmpty() ? r.loginMessage : r.errorSentence;
    return item(u"registry.login"_s, CheckStatus::Skip, title, Diagnoser::tr("Could not tell: %1").arg(why), ev,
                Diagnoser::tr("Check the registry host, your network and TLS settings, then check again."));
}

QString refusalFix(const Facts& f, Operation op)
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
QString refusalMeaning(const Facts& f, const OperationResult& r)
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

ChecklistItem operationItem(const Facts& f, Operation op)
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
                                .arg(f.reg.image),
                        ev + u"; "_s + f.reg.publicEvidence,
                        Diagnoser::tr("To test the token's pull right, name a private image."));
        return item(id, CheckStatus::Pass, title, r->note + extra, ev);
    }
    if (r->allowed == false)
        return item(id, CheckStatus::Fail, title, r->note + refusalMeaning(f, *r), ev, refusalFix(f, op));
    if (!r->errorSentence.isEmpty())
        return item(id, CheckStatus::Skip, title, Diagnoser::tr("Could not tell: %1").arg(r->errorSentence), ev,
                    Diagnoser::tr("Check the registry and your network, then check again."));
    if (r->basis == u"not-run"_s && !f.reg.errorSentence.isEmpty())
        return item(id, CheckStatus::Skip, title, Diagnoser::tr("Could not tell: %1").arg(f.reg.errorSentence), ev,
                    Diagnoser::tr("Check the registry host, your network and TLS settings, then check again."));
    if (r->basis == u"not-run"_s)
        return item(id, CheckStatus::Warn, title,
                    Diagnoser::tr("Not verified: the registry step stopped earlier (see Registry: login)."), ev);
    return item(id, CheckStatus::Warn, title, Diagnoser::tr("Not verified: %1").arg(r->note), ev,
                Diagnoser::tr("Check the image name: OWNER/NAME must exist and be visible to this account."));
}

ChecklistItem deleteItem(const Facts& f, OperationResult* del)
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
    const bool ok = f.has(u"delete:packages"_s) && (f.has(u"read:packages"_s) || f.has(u"write:packages"_s));
    if (del) {
        del->allowed = ok;
        del->basis = u"scopes"_s;
    }
    if (ok)
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

ChecklistItem dockerItem(const Facts& f, const DockerCredentialEvidence& e)
{
    const QString id = u"docker.credentials"_s;
    const QString title = Diagnoser::tr("Docker's saved login");
    const QString registry = f.req.registry;
    const QString where = e.store == u"file"_s || e.store.isEmpty()
                              ? e.configPath
                              : Diagnoser::tr("the %1 credential helper (%2)").arg(e.store, e.configPath);
    const QString ev = e.configPath.isEmpty() ? Diagnoser::tr("No Docker or Podman configuration file found")
                                              : Diagnoser::tr("Read %1").arg(where);
    if (!e.inspected)
        return item(id, CheckStatus::Skip, title, Diagnoser::tr("Not compared (turned off)."));
    if (!e.errorSentence.isEmpty())
        return item(id, CheckStatus::Skip, title, Diagnoser::tr("Could not compare: %1").arg(e.errorSentence), ev);
    if (!e.entryFound)
        return item(id, CheckStatus::Skip, title,
                    Diagnoser::tr("Docker has no saved login for %1 on this computer.").arg(registry), ev);
    if (!e.sameAsChecked.has_value())
        return item(id, CheckStatus::Skip, title,
                    Diagnoser::tr("Docker has a saved login for %1, but not one that can be compared with a token "
                                  "(an identity token).")
                        .arg(registry),
                    ev);
    const QString stored = Diagnoser::tr("user %1, token %2").arg(e.storedUser, e.storedFingerprint);
    if (*e.sameAsChecked)
        return item(id, CheckStatus::Pass, title,
                    Diagnoser::tr("Docker's saved login for %1 (%2) is the token checked here.").arg(registry, stored),
                    ev);
    return item(id, CheckStatus::Warn, title,
                Diagnoser::tr("Docker has a different token saved for %1 (%2). docker pull and docker push use that "
                              "one, not the token checked here — a classic cause of “denied” with a good token.")
                    .arg(registry, stored),
                ev,
                Diagnoser::tr("Log Docker out of %1 and in again with this token (see the fix steps).").arg(registry));
}

QString dockerUser(const Facts& f)
{
    if (!f.req.user.isEmpty())
        return f.req.user;
    if (!f.api.login.isEmpty())
        return f.api.login;
    return u"YOUR_GITHUB_USER"_s;
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

/// ok only when every requested operation was proved by a registry probe (login: by the registry's login);
/// a problem is action needed; a side that could not complete is an error.
Verdict verdictOf(const Facts& f, const Diagnosis& d)
{
    using O = ApiEvidence::Outcome;
    if (d.cancelled)
        return Verdict::Error;
    bool anyFail = false;
    for (const ChecklistItem& i : d.checklist)
        anyFail = anyFail || i.status == CheckStatus::Fail;
    for (const OperationResult& r : f.reg.operations)
        anyFail = anyFail || (r.requested && r.allowed == false);
    const bool apiIncomplete = f.api.outcome == O::NetworkError || f.api.outcome == O::ServerError ||
                               f.api.outcome == O::Malformed || f.api.outcome == O::UnexpectedStatus ||
                               f.api.outcome == O::RateLimited || f.api.outcome == O::LockedOut ||
                               f.api.outcome == O::NotGitHub || f.api.outcome == O::Cancelled;
    bool registryIncomplete = f.reg.attempted && !f.reg.errorSentence.isEmpty();
    bool unverified = f.reg.loginOk != true;
    for (const OperationResult& r : f.reg.operations) {
        if (!r.requested || r.operation == Operation::Delete || r.allowed.has_value())
            continue;
        if (!r.errorSentence.isEmpty())
            registryIncomplete = true;
        else
            unverified = true;
    }
    if (f.reg.loginOk != true && f.reg.errorSentence.isEmpty() && !f.reg.loginMessage.isEmpty() &&
        !f.reg.loginOk.has_value())
        registryIncomplete = true; // e.g. a token endpoint that answered 200 without a token
    // The registry's own answers are the evidence pull/push rests on: when they prove every requested
    // operation, an unavailable API side does not make the check incomplete (it shows as a warning/skip).
    const bool apiBlocks = apiIncomplete && unverified;
    if (!anyFail && (apiBlocks || registryIncomplete))
        return Verdict::Error;
    if (anyFail || unverified)
        return Verdict::ActionNeeded;
    return Verdict::Ok;
}

QString packageSettingsUrl(const Facts& f, bool organization)
{
    return u"https://"_s + f.req.host + (organization ? u"/orgs/"_s : u"/users/"_s) + f.owner() +
           u"/packages/container/"_s + f.packageName() + u"/settings"_s;
}

/// The one way to read a token without echoing it in a POSIX shell (dash too: no `read -s`), and in PowerShell.
void setDockerLoginCommands(FixStep& s, const QString& registry, const QString& user, bool logoutFirst)
{
    const QString logout = logoutFirst ? u"docker logout "_s + registry + u'\n' : QString();
    s.powershell = logout +
                   u"$secure = Read-Host -AsSecureString 'GitHub token'\n"
                   u"$env:GHCR_TOKEN = [System.Net.NetworkCredential]::new('', $secure).Password\n"
                   u"$env:GHCR_TOKEN | docker login "_s +
                   registry + u" -u "_s + user + u" --password-stdin\nRemove-Item Env:GHCR_TOKEN"_s;
    s.posix = logout +
              u"printf 'GitHub token: '; stty -echo; trap 'stty echo' EXIT INT TERM\n"
              u"IFS= read -r GHCR_TOKEN; stty echo; trap - EXIT INT TERM; echo\n"
              u"printf '%s' \"$GHCR_TOKEN\" | docker login "_s +
              registry + u" -u "_s + user + u" --password-stdin\nunset GHCR_TOKEN"_s;
}

void addPolicySteps(const Facts& f, Diagnosis& d)
{
    const QString org = f.policy.organization.isEmpty() ? Diagnoser::tr("the organization") : f.policy.organization;
    if (f.policy.kind == OrgPolicy::Kind::LifetimeTooLong) {
        FixStep s;
        s.id = u"token-lifetime"_s;
        s.title = Diagnoser::tr("Give the token a lifetime of at most %n day(s)", nullptr, f.policy.maxLifetimeDays);
        s.detail = Diagnoser::tr("%1 refuses personal access tokens that live longer. Set a shorter expiry where "
                                 "GitHub says (the link), or create a token with such an expiry and the same "
                                 "scopes.")
                       .arg(org);
        s.url = f.policy.adjustUrl.isEmpty() ? u"https://"_s + f.req.host + u"/settings/tokens"_s : f.policy.adjustUrl;
        d.fixSteps << s;
        return;
    }
    FixStep actions;
    actions.id = u"use-actions-token"_s;
    actions.title = Diagnoser::tr("In GitHub Actions, use the workflow's GITHUB_TOKEN instead of a personal token");
    actions.detail =
        Diagnoser::tr("%1 forbids classic personal access tokens and GHCR refuses fine-grained ones, so no personal "
                      "token works. In a workflow of a repository of %1: give the job “permissions: { contents: read, "
                      "packages: write }” and log in with the user ${{ github.actor }} and the password "
                      "${{ secrets.GITHUB_TOKEN }}; the package must grant that repository access (“Manage Actions "
                      "access”).")
            .arg(org);
    d.fixSteps << actions;
    FixStep oauth;
    oauth.id = u"oauth-app-token"_s;
    oauth.title = Diagnoser::tr("Outside Actions: try an OAuth app token (unconfirmed)");
    oauth.detail = Diagnoser::tr("An OAuth app's token (gho_…) with read:packages/write:packages may pass this policy "
                                 "— GitHub's policy names OAuth apps as allowed, but no report confirms it for "
                                 "GHCR. Check it here before relying on it.");
    d.fixSteps << oauth;
    FixStep owners;
    owners.id = u"ask-org-owners"_s;
    owners.title = Diagnoser::tr("Ask the owners of %1 about the personal access token policy").arg(org);
    owners.detail = Diagnoser::tr("Only the organization's owners can allow classic tokens again (Organization "
                                  "settings → Personal access tokens) or suggest another way in. Scopes and "
                                  "package settings cannot fix this.");
    owners.url = f.policy.organization.isEmpty()
                     ? QString()
                     : u"https://"_s + f.req.host + u"/orgs/"_s + f.policy.organization + u"/people"_s;
    d.fixSteps << owners;
}

void addImageSteps(const Facts& f, Diagnosis& d)
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
        s.title = Diagnoser::tr("Use a tag that exists in %1").arg(f.reg.image);
        s.detail = Diagnoser::tr("“%1” does not exist. Tags the registry lists (first %n): %2.", nullptr,
                                 int(f.reg.existingTags.size()))
                       .arg(f.reg.reference, f.reg.existingTags.join(u", "_s));
        s.posix = u"docker pull "_s + f.req.registry + u'/' + f.reg.image + u':' + f.reg.existingTags.constFirst();
        s.powershell = s.posix;
    } else {
        s.title = Diagnoser::tr("Check the image name %1").arg(f.reg.image);
        s.detail = Diagnoser::tr("The registry does not know this reference. Names are OWNER/NAME in lower case; the "
                                 "owner is the user or organization that owns the package.");
    }
    d.fixSteps << s;
}

void addFixSteps(const Facts& f, Diagnosis& d)
{
    auto status = [&d](const QString& id) {
        const ChecklistItem* i = d.item(id);
        return i ? i->status : CheckStatus::Skip;
    };
    const bool scopeFail = status(u"scope.read:packages"_s) == CheckStatus::Fail ||
                           status(u"scope.write:packages"_s) == CheckStatus::Fail ||
                           status(u"scope.delete:packages"_s) == CheckStatus::Fail;
    // An org that forbids classic PATs leaves no personal token that works: never send users to make another.
    const bool noPatWorks = f.policy.kind == OrgPolicy::Kind::ClassicPatForbidden;
    const bool needNewToken =
        !noPatWorks &&
        (status(u"token.format"_s) == CheckStatus::Fail || status(u"token.accepted"_s) == CheckStatus::Fail ||
         status(u"token.kind"_s) == CheckStatus::Fail || (f.token.kind == TokenKind::FineGrained) ||
         status(u"token.expiry"_s) == CheckStatus::Fail || status(u"token.expiry"_s) == CheckStatus::Warn || scopeFail);
    const QStringList scopes =
        requiredScopes(f.req.wants(Operation::Pull), f.req.wants(Operation::Push), f.req.wants(Operation::Delete));
    if (f.policy.found())
        addPolicySteps(f, d);
    if (needNewToken) {
        FixStep s;
        s.id = u"new-token"_s;
        s.title = Diagnoser::tr("Create a personal access token (classic) with exactly these scopes: %1")
                      .arg(scopes.join(u", "_s));
        s.detail =
            Diagnoser::tr("The link opens GitHub's form with only these boxes ticked. Do not tick “repo”: the registry "
                          "does not need it. Choose an expiry, generate, and copy the token once.");
        s.url = newTokenUrl(f.req.host, scopes, u"GHCR Doctor"_s);
        d.fixSteps << s;
    }
    if (f.api.ssoRequired || !f.api.ssoPartialOrganizations.isEmpty()) {
        FixStep s;
        s.id = u"authorize-sso"_s;
        s.title = Diagnoser::tr("Authorize the token for your organization's single sign-on");
        s.detail =
            f.api.ssoUrl.isEmpty()
                ? Diagnoser::tr(
                      "On GitHub: Settings → Developer settings → Personal access tokens → Configure SSO next "
                      "to the token → Authorize.")
                : Diagnoser::tr("Open the link and approve. It expires an hour after the check; check again for a new "
                                "one.");
        s.url = f.api.ssoUrl.isEmpty() ? u"https://"_s + f.req.host + u"/settings/tokens"_s : f.api.ssoUrl;
        d.fixSteps << s;
    }
    const bool opRefused = f.allowed(Operation::Pull) == false || f.allowed(Operation::Push) == false;
    const bool refusedByLogin = f.reg.loginOk == false;
    if (opRefused && !refusedByLogin && f.token.kind == TokenKind::AppServer && !f.policy.found()) {
        FixStep s;
        s.id = u"actions-permissions"_s;
        s.title = Diagnoser::tr("Give the workflow's GITHUB_TOKEN the packages permission");
        s.detail = Diagnoser::tr("Add “permissions: { contents: read, packages: write }” to the job (or the "
                                 "workflow); new repositories get a read-only GITHUB_TOKEN by default. A pull "
                                 "request from a fork always gets a read-only token and no secrets.");
        d.fixSteps << s;
        FixStep a;
        a.id = u"actions-access"_s;
        a.title = Diagnoser::tr("Grant the workflow's repository access to the package %1").arg(f.reg.image);
        a.detail = Diagnoser::tr("Package settings → “Manage Actions access” → add the repository with the Write role. "
                                 "A package first pushed with a personal token is linked to no repository. The link "
                                 "is for a user-owned package; for an organization use %1.")
                       .arg(packageSettingsUrl(f, true));
        a.url = packageSettingsUrl(f, false);
        d.fixSteps << a;
    } else if (opRefused && !scopeFail && !needNewToken && !f.api.ssoRequired && f.imageProbed() && !f.policy.found() &&
               !refusedByLogin && f.scopesKnown()) {
        FixStep s;
        s.id = u"package-access"_s;
        s.title = Diagnoser::tr("Check who may use the package %1").arg(f.reg.image);
        s.detail =
            Diagnoser::tr("GitHub lists the package scopes the token needs, so the package's own settings refuse it. "
                          "Open the package settings → “Manage access”: give your account Read (pull) or Write "
                          "(push). For GitHub Actions: “Manage Actions access” must list the workflow's repository, "
                          "and the workflow needs “permissions: packages: write”. The link is for a user-owned "
                          "package; for an organization use %1.")
                .arg(packageSettingsUrl(f, true));
        s.url = packageSettingsUrl(f, false);
        d.fixSteps << s;
    }
    addImageSteps(f, d);
    using O = ApiEvidence::Outcome;
    if (f.api.outcome == O::RateLimited || f.api.outcome == O::LockedOut) {
        FixStep s;
        s.id = u"wait"_s;
        s.title =
            f.api.rateLimit.reset.isValid()
                ? Diagnoser::tr("Wait until %1 and check again").arg(f.api.rateLimit.reset.toString(u"HH:mm 'UTC'"_s))
                : Diagnoser::tr("Wait a while and check again");
        s.detail = Diagnoser::tr("GitHub is refusing requests from here for now; the token may be fine.");
        d.fixSteps << s;
    }
    if (f.reg.rateLimited) {
        FixStep s;
        s.id = u"wait-registry"_s;
        s.title = f.reg.retryAfterSeconds > 0
                      ? Diagnoser::tr("Wait %n second(s) and check again", nullptr, f.reg.retryAfterSeconds)
                      : Diagnoser::tr("Wait a minute and check again");
        s.detail = Diagnoser::tr("The registry is rate-limiting requests from here (429 Too Many Requests). That says "
                                 "nothing about the token.");
        d.fixSteps << s;
    } else if (d.verdict == Verdict::Error && !d.cancelled) {
        FixStep s;
        s.id = u"check-connection"_s;
        s.title = Diagnoser::tr("Check the connection to GitHub and the registry");
        s.detail = Diagnoser::tr(
            "The check could not complete. Check your network and proxy; if your network inspects TLS or "
            "uses a private certificate authority, pass its certificate (--ca-file, or the CA file in the "
            "window's advanced settings).");
        d.fixSteps << s;
    }
    // Docker's stored credentials: the usual hidden cause, and the way to use a good token.
    const QString registry = f.req.registry;
    if (d.docker.sameAsChecked == false) {
        FixStep relogin;
        relogin.id = u"docker-relogin"_s;
        relogin.title =
            d.verdict == Verdict::Ok
                ? Diagnoser::tr("Replace the different token Docker saved for %1 with this one").arg(registry)
                : Diagnoser::tr("When the token is fixed, replace the different token Docker saved for %1")
                      .arg(registry);
        relogin.detail =
            Diagnoser::tr("Docker uses the token it saved at an earlier docker login, not this one. The commands read "
                          "the token without echoing it and pass it on standard input, so it appears neither on "
                          "screen nor in your shell history.");
        setDockerLoginCommands(relogin, registry, dockerUser(f), true);
        // When this token works but Docker uses another one, re-logging Docker in is the fix: put it first.
        if (d.verdict == Verdict::Ok)
            d.fixSteps.prepend(relogin);
        else
            d.fixSteps << relogin;
    } else if (d.verdict == Verdict::Ok && !d.docker.entryFound && f.reg.loginOk == true) {
        FixStep login;
        login.id = u"docker-login"_s;
        login.title = Diagnoser::tr("Log Docker in to %1 with this token").arg(registry);
        login.detail = Diagnoser::tr("The commands read the token without echoing it and pass it on standard input, "
                                     "so it appears neither on screen nor in your shell history.");
        setDockerLoginCommands(login, registry, dockerUser(f), false);
        d.fixSteps << login;
    }
}

QString refusedSummary(const Facts& f, const QList<const OperationResult*>& refused)
{
    const OperationResult* r = refused.constFirst();
    const QString verb = refused.size() > 1                ? Diagnoser::tr("Pull and push will fail")
                         : r->operation == Operation::Push ? Diagnoser::tr("Push will fail")
                                                           : Diagnoser::tr("Pull will fail");
    const QString how = r->code.isEmpty() ? QString::number(r->httpStatus) : r->code;
    const QString msg = r->message.isEmpty() ? QString() : u" ("_s + r->message + u')';
    QStringList missing;
    for (const OperationResult* x : refused)
        for (const QString& scope : f.missingScopesFor(x->operation))
            if (!missing.contains(scope))
                missing << scope;
    if (!missing.isEmpty())
        return Diagnoser::tr("%1: the registry refused with %2%3; enable %4.")
            .arg(verb, how, msg, missing.join(Diagnoser::tr(" and ")));
    if (f.api.ssoRequired)
        return Diagnoser::tr("%1: the registry refused with %2; authorize the token for your organization's SSO.")
            .arg(verb, how);
    if (f.ghcrRefusesKind())
        return Diagnoser::tr("%1: the registry refused this token with %2%3; GHCR does not accept a %4 — use a "
                             "personal access token (classic), or the GITHUB_TOKEN in Actions.")
            .arg(verb, how, msg, tokenKindTitle(f.token.kind));
    if (f.token.kind == TokenKind::AppServer)
        return Diagnoser::tr("%1: the registry refused this installation token with %2%3; in Actions give the "
                             "workflow “permissions: packages: write” and the repository Actions access to the "
                             "package (a third-party GitHub App's token cannot use GHCR).")
            .arg(verb, how, msg);
    if (!f.scopesKnown())
        return f.isPat() ? Diagnoser::tr("%1: the registry refused with %2%3, and GitHub did not tell the token's "
                                         "scopes; check on GitHub that it has the package scopes.")
                               .arg(verb, how, msg)
                         : Diagnoser::tr("%1: the registry refused with %2%3, and GitHub did not list the token's "
                                         "scopes; use a classic token with the package scopes.")
                               .arg(verb, how, msg);
    return Diagnoser::tr("%1: the registry refused with %2%3 although the token has the package scopes; check the "
                         "package's access settings.")
        .arg(verb, how, msg);
}

/// The first sentence that says why the check could not complete; never empty.
QString incompleteReason(const Facts& f)
{
    QStringList candidates;
    if (!f.api.answered() || f.api.outcome == ApiEvidence::Outcome::NotGitHub)
        candidates << f.api.errorSentence;
    candidates << f.reg.errorSentence;
    for (const OperationResult& r : f.reg.operations)
        if (r.requested)
            candidates << r.errorSentence;
    candidates << f.reg.loginMessage << f.api.errorSentence;
    for (const QString& c : std::as_const(candidates))
        if (!c.trimmed().isEmpty())
            return c;
    return Diagnoser::tr("a step did not give an answer that could be judged (see the checklist).");
}

QString okSummary(const Facts& f, const Diagnosis& d)
{
    QString s;
    if (f.req.loginOnly()) {
        s = Diagnoser::tr("The registry %1 accepts the login as %2. Only login was checked: it proves nothing about "
                          "pull or push.")
                .arg(f.reg.host, f.reg.user);
    } else {
        QStringList works;
        for (Operation op : {Operation::Pull, Operation::Push})
            if (f.req.wants(op))
                works << operationId(op);
        s = works.isEmpty() ? Diagnoser::tr("The registry %1 accepts the login as %2.").arg(f.reg.host, f.reg.user)
                            : Diagnoser::tr("The registry accepted %1 for %2%3%4.")
                                  .arg(works.join(Diagnoser::tr(" and ")), f.reg.image,
                                       f.reg.reference.startsWith(u"sha256:"_s) ? u"@"_s : u":"_s, f.reg.reference);
        if (f.reg.publicImage == true && f.allowed(Operation::Pull) == true)
            s += Diagnoser::tr(" But %1 is public: anyone can pull it, so the pull proves nothing about the token.")
                     .arg(f.reg.image);
        else if (!f.has(u"read:packages"_s) && f.has(u"write:packages"_s) && f.allowed(Operation::Pull) == true)
            s += Diagnoser::tr(" (write:packages alone was enough here.)");
    }
    if (!f.apiTrusted() && f.api.outcome != ApiEvidence::Outcome::Integration && !f.api.errorSentence.isEmpty())
        s += Diagnoser::tr(" GitHub's API could not be asked about the token: %1").arg(f.api.errorSentence);
    if (d.docker.sameAsChecked == false)
        s += Diagnoser::tr(" But Docker has a different token saved for %1: log Docker in again with this one.")
                 .arg(f.reg.host);
    QStringList warnings;
    for (const ChecklistItem& i : d.checklist)
        if (i.status == CheckStatus::Warn && i.id != u"docker.credentials"_s)
            warnings << i.title;
    if (!warnings.isEmpty())
        s += u' ' + Diagnoser::tr("Warnings: %1 (see the checklist).").arg(warnings.join(u", "_s));
    return s;
}

QString summaryOf(const Facts& f, const Diagnosis& d)
{
    if (d.cancelled)
        return Diagnoser::tr("Check cancelled.");
    for (const TokenIssue& i : f.token.issues)
        if (i.fatal)
            return Diagnoser::tr("The token is malformed: %1").arg(i.message);
    const auto failing = [&d](const QString& id) {
        const ChecklistItem* i = d.item(id);
        return i && i->status == CheckStatus::Fail;
    };
    if (f.api.outcome == ApiEvidence::Outcome::BadCredentials)
        return Diagnoser::tr("GitHub rejected the token (401): it is revoked, expired or mistyped — create a new one.");
    if (failing(u"token.expiry"_s))
        return Diagnoser::tr("The token has expired: create a new one.");
    if (f.policy.kind == OrgPolicy::Kind::ClassicPatForbidden)
        return Diagnoser::tr("%1 forbids access with a personal access token (classic), and GHCR refuses fine-grained "
                             "ones: no personal token works for its packages. In Actions use the GITHUB_TOKEN; "
                             "otherwise ask the organization's owners.")
            .arg(f.policy.organization.isEmpty() ? Diagnoser::tr("The organization") : f.policy.organization);
    if (f.policy.kind == OrgPolicy::Kind::LifetimeTooLong)
        return Diagnoser::tr("%1 forbids personal access tokens that live longer than %n day(s): shorten this "
                             "token's lifetime or create one that expires sooner.",
                             nullptr, f.policy.maxLifetimeDays)
            .arg(f.policy.organization.isEmpty() ? Diagnoser::tr("The organization") : f.policy.organization);
    if (f.reg.loginOk == false)
        return Diagnoser::tr("Login to %1 will fail: the registry refused the token (%2%3).")
            .arg(f.reg.host)
            .arg(f.reg.loginStatus)
            .arg(f.reg.loginMessage.isEmpty() ? QString() : u": "_s + f.reg.loginMessage);
    if (f.lint.hasProblem())
        for (const ImageNote& n : f.lint.notes)
            if (n.problem)
                return Diagnoser::tr("The image reference is wrong: %1").arg(n.message);
    QList<const OperationResult*> refused;
    for (Operation op : {Operation::Pull, Operation::Push}) {
        const OperationResult* r = f.op(op);
        if (r && r->requested && r->allowed == false)
            refused << r;
    }
    if (!refused.isEmpty())
        return refusedSummary(f, refused);
    if (failing(u"image.reference"_s)) {
        const ChecklistItem* ref = d.item(u"image.reference"_s);
        return Diagnoser::tr("The image reference does not resolve: %1").arg(ref->detail);
    }
    if (f.api.ssoRequired)
        return Diagnoser::tr("An organization's SSO blocks this token: authorize it.");
    for (const ChecklistItem& i : d.checklist)
        if (i.status == CheckStatus::Fail)
            return i.title + u": "_s + i.detail;
    if (d.verdict == Verdict::Error)
        return Diagnoser::tr("The check could not complete: %1").arg(incompleteReason(f));
    if (d.verdict == Verdict::ActionNeeded) {
        if (!f.imageProbed() && f.reg.loginOk == true)
            return Diagnoser::tr("The registry %1 accepts the login, but %2 was not verified: name an image to probe "
                                 "it, or ask for login only.")
                .arg(f.reg.host, f.req.wants(Operation::Push) && f.req.wants(Operation::Pull)
                                     ? Diagnoser::tr("pull and push")
                                     : operationId(f.req.wants(Operation::Push) ? Operation::Push : Operation::Pull));
        for (const OperationResult& r : f.reg.operations)
            if (r.requested && !r.allowed.has_value() && !r.note.isEmpty() && r.operation != Operation::Delete)
                return (r.operation == Operation::Push ? Diagnoser::tr("Push was not verified: %1")
                                                       : Diagnoser::tr("Pull was not verified: %1"))
                    .arg(r.note);
        return Diagnoser::tr("Not every requested operation could be proved: see the checklist.");
    }
    return okSummary(f, d);
}

} // namespace

QString checkStatusId(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return u"pass"_s;
    case CheckStatus::Fail:
        return u"fail"_s;
    case CheckStatus::Warn:
        return u"warn"_s;
    case CheckStatus::Skip:
        return u"skip"_s;
    }
    return {};
}

QString checkStatusTitle(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return Diagnoser::tr("OK");
    case CheckStatus::Fail:
        return Diagnoser::tr("Problem");
    case CheckStatus::Warn:
        return Diagnoser::tr("Warning");
    case CheckStatus::Skip:
        return Diagnoser::tr("Skipped");
    }
    return {};
}

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return u"ok"_s;
    case Verdict::ActionNeeded:
        return u"action-needed"_s;
    case Verdict::Error:
        return u"error"_s;
    }
    return {};
}

const ChecklistItem* Diagnosis::item(const QString& id) const
{
    for (const ChecklistItem& i : checklist)
        if (i.id == id)
            return &i;
    return nullptr;
}

bool Diagnosis::hasWarnings() const
{
    for (const ChecklistItem& i : checklist)
        if (i.status == CheckStatus::Warn)
            return true;
    return false;
}

int Diagnosis::exitCode() const
{
    switch (verdict) {
    case Verdict::Ok:
        return 0;
    case Verdict::ActionNeeded:
        return 1;
    case Verdict::Error:
        return 3;
    }
    return 3;
}

Diagnosis Diagnoser::diagnose(const CheckRequest& request, const TokenAnalysis& token, const ApiEvidence& api,
                              const RegistryEvidence& registry, const QDateTime& now,
                              const DockerCredentialEvidence& docker)
{
    Diagnosis d;
    d.docker = docker;
    d.appVersion = appVersion();
    d.appCommit = appCommit();
    d.request = request.resolved();
    d.token = token;
    d.api = api;
    d.registry = registry;
    d.cancelled = api.outcome == ApiEvidence::Outcome::Cancelled;
    if (!d.api.answeredAt.isValid())
        d.api.answeredAt = now; // evidence built by hand (tests): the fixed clock is the answer time
    Facts f{d.request, d.token, d.api, d.registry, now, {}, {}};
    if (f.imageGiven())
        f.lint = lintImage(d.request.image, d.request.registry);
    f.policy = policyIn(d.api, d.registry, d.request.host);

    const bool pull = d.request.wants(Operation::Pull);
    const bool push = d.request.wants(Operation::Push);
    const bool del = d.request.wants(Operation::Delete);
    d.checklist << tokenFormat(f) << tokenAccepted(f) << tokenKind(f) << tokenExpiry(f)
                << scopeItem(f, u"read:packages"_s, Operation::Pull, pull || push || del)
                << scopeItem(f, u"write:packages"_s, Operation::Push, push)
                << scopeItem(f, u"delete:packages"_s, Operation::Delete, del) << ssoItem(f) << orgPolicyItem(f)
                << loginItem(f) << imageReferenceItem(f) << operationItem(f, Operation::Pull)
                << operationItem(f, Operation::Push);
    OperationResult* delResult = nullptr;
    for (OperationResult& r : d.registry.operations)
        if (r.operation == Operation::Delete)
            delResult = &r;
    d.checklist << deleteItem(f, delResult) << dockerItem(f, d.docker);
    d.verdict = verdictOf(f, d);
    addFixSteps(f, d);
    d.summary = Redactor::redact(summaryOf(f, d));
    // Nothing we render may carry a secret, whatever a server put in its messages.
    for (ChecklistItem& i : d.checklist) {
        i.detail = Redactor::redact(i.detail);
        i.evidence = Redactor::redact(i.evidence);
        i.fix = Redactor::redact(i.fix);
    }
    return d;
}

} // namespace ghcr
