#include "app/core/diagnosis/DiagnosisRules.h"

using namespace Qt::StringLiterals;

namespace ghcr::rules {

QString refusedSummary(const DiagnosisInput& f, const QList<const OperationResult*>& refused)
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

QString incompleteReason(const DiagnosisInput& f)
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

QString okSummary(const DiagnosisInput& f, const Diagnosis& d)
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
                            : Diagnoser::tr("The registry accepted %1 for %2.")
                                  .arg(works.join(Diagnoser::tr(" and ")), f.imageName(true));
        if (f.reg.publicImage == true && f.allowed(Operation::Pull) == true)
            s += Diagnoser::tr(" But %1 is public: anyone can pull it, so the pull proves nothing about the token.")
                     .arg(f.imageName());
        else if (!f.has(u"read:packages"_s) && f.has(u"write:packages"_s) && f.allowed(Operation::Pull) == true)
            s += Diagnoser::tr(" (write:packages alone was enough here.)");
    }
    if (!f.apiTrusted() && f.api.outcome != ApiEvidence::Outcome::Integration && !f.api.errorSentence.isEmpty())
        s += Diagnoser::tr(" GitHub's API could not be asked about the token: %1").arg(f.api.errorSentence);
    const QList<StoredLogin> stale = staleLoginsOf(d.docker);
    if (!stale.isEmpty()) {
        QStringList holders;
        for (const StoredLogin& l : stale)
            holders << storedLoginHolder(l);
        s += Diagnoser::tr(" But %1 hold(s) a different token for %2: store this token for %3.", nullptr,
                           int(holders.size()))
                 .arg(wordList(holders), f.reg.host, wordList(staleLoginTools(d.docker)));
    }
    QStringList warnings;
    for (const ChecklistItem& i : d.checklist)
        if (i.status == CheckStatus::Warn && i.id != u"docker.credentials"_s)
            warnings << i.title;
    if (!warnings.isEmpty())
        s += u' ' + Diagnoser::tr("Warnings: %1 (see the checklist).").arg(warnings.join(u", "_s));
    return s;
}
} // namespace ghcr::rules
