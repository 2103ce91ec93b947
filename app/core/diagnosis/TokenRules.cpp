#include "app/core/diagnosis/DiagnosisRules.h"

using namespace Qt::StringLiterals;

namespace ghcr::rules {

ChecklistItem tokenFormat(const DiagnosisInput& f)
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

ChecklistItem tokenAccepted(const DiagnosisInput& f)
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

ChecklistItem tokenKind(const DiagnosisInput& f)
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

ChecklistItem tokenExpiry(const DiagnosisInput& f)
{
    const QString title = Diagnoser::tr("Token expiry");
    // An answer that did not take the token (401, rate limit, …) tells nothing of it: its headers are no evidence.
    QString ev = f.apiEvidenceLine();
    if (f.apiTrusted())
        ev = f.api.expiresRaw.isEmpty() ? Diagnoser::tr("No GitHub-Authentication-Token-Expiration header")
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
    if (f.api.outcome == ApiEvidence::Outcome::Integration) // the API answered: it just tells no expiry
        return item(u"token.expiry"_s, CheckStatus::Skip, title,
                    Diagnoser::tr("Unknown: GitHub tells no expiry for an installation token (its answer to /user is "
                                  "403); such tokens live an hour or until the job ends."),
                    ev);
    return item(u"token.expiry"_s, CheckStatus::Skip, title,
                Diagnoser::tr("Unknown: the GitHub API check did not complete."), ev);
}

} // namespace ghcr::rules
