#include "app/core/diagnosis/DiagnosisRules.h"

using namespace Qt::StringLiterals;

namespace ghcr::rules {

namespace {

bool failing(const Diagnosis& d, const QString& id)
{
    const ChecklistItem* i = d.item(id);
    return i && i->status == CheckStatus::Fail;
}

const TokenIssue* firstFatalIssue(const TokenAnalysis& token)
{
    for (const TokenIssue& i : token.issues)
        if (i.fatal)
            return &i;
    return nullptr;
}

const ImageNote* firstImageProblem(const ImageLint& lint)
{
    if (lint.hasProblem())
        for (const ImageNote& n : lint.notes)
            if (n.problem)
                return &n;
    return nullptr;
}

QList<const OperationResult*> refusedOperations(const DiagnosisInput& f)
{
    QList<const OperationResult*> refused;
    for (Operation op : {Operation::Pull, Operation::Push}) {
        const OperationResult* r = f.op(op);
        if (r && r->requested && r->allowed == false)
            refused << r;
    }
    return refused;
}

const ChecklistItem* firstFailure(const Diagnosis& d)
{
    for (const ChecklistItem& i : d.checklist)
        if (i.status == CheckStatus::Fail)
            return &i;
    return nullptr;
}

/// A requested pull/push that no probe decided but that carries a note saying why.
const OperationResult* firstUnverified(const DiagnosisInput& f)
{
    for (const OperationResult& r : f.reg.operations)
        if (r.requested && !r.allowed.has_value() && !r.note.isEmpty() && r.operation != Operation::Delete)
            return &r;
    return nullptr;
}

QString policyOrganization(const DiagnosisInput& f)
{
    return f.policy.organization.isEmpty() ? Diagnoser::tr("The organization") : f.policy.organization;
}

bool actionNeeded(const Diagnosis& d)
{
    return d.verdict == Verdict::ActionNeeded;
}

using In = const DiagnosisInput&;
using Out = const Diagnosis&;

/// One headline: the sentence of the first whose condition holds is the summary.
struct Headline
{
    bool (*applies)(In f, Out d);
    QString (*sentence)(In f, Out d);
};

const Headline headlines[] = {
    {[](In, Out d) { return d.cancelled; }, [](In, Out) { return Diagnoser::tr("Check cancelled."); }},
    {[](In f, Out) { return firstFatalIssue(f.token) != nullptr; },
     [](In f, Out) { return Diagnoser::tr("The token is malformed: %1").arg(firstFatalIssue(f.token)->message); }},
    {[](In f, Out) { return f.api.outcome == ApiEvidence::Outcome::BadCredentials; },
     [](In, Out) {
         return Diagnoser::tr(
             "GitHub rejected the token (401): it is revoked, expired or mistyped — create a new one.");
     }},
    {[](In, Out d) { return failing(d, u"token.expiry"_s); },
     [](In, Out) { return Diagnoser::tr("The token has expired: create a new one."); }},
    {[](In f, Out) { return f.policy.kind == OrgPolicy::Kind::ClassicPatForbidden; },
     [](In f, Out) {
         return Diagnoser::tr("%1 forbids access with a personal access token (classic), and GHCR refuses fine-grained "
                              "ones: no personal token works for its packages. In Actions use the GITHUB_TOKEN; "
                              "otherwise ask the organization's owners.")
             .arg(policyOrganization(f));
     }},
    {[](In f, Out) { return f.policy.kind == OrgPolicy::Kind::LifetimeTooLong; },
     [](In f, Out) {
         return Diagnoser::tr("%1 forbids personal access tokens that live longer than %n day(s): shorten this "
                              "token's lifetime or create one that expires sooner.",
                              nullptr, f.policy.maxLifetimeDays)
             .arg(policyOrganization(f));
     }},
    {[](In f, Out) { return f.reg.loginOk == false; },
     [](In f, Out) {
         return Diagnoser::tr("Login to %1 will fail: the registry refused the token (%2%3).")
             .arg(f.reg.host)
             .arg(f.reg.loginStatus)
             .arg(f.reg.loginMessage.isEmpty() ? QString() : u": "_s + f.reg.loginMessage);
     }},
    {[](In f, Out) { return firstImageProblem(f.lint) != nullptr; },
     [](In f, Out) {
         return Diagnoser::tr("The image reference is wrong: %1").arg(firstImageProblem(f.lint)->message);
     }},
    {[](In f, Out) { return !refusedOperations(f).isEmpty(); },
     [](In f, Out) { return refusedSummary(f, refusedOperations(f)); }},
    {[](In, Out d) { return failing(d, u"image.reference"_s); },
     [](In, Out d) {
         return Diagnoser::tr("The image reference does not resolve: %1").arg(d.item(u"image.reference"_s)->detail);
     }},
    {[](In f, Out) { return f.api.ssoRequired; },
     [](In, Out) { return Diagnoser::tr("An organization's SSO blocks this token: authorize it."); }},
    {[](In, Out d) { return firstFailure(d) != nullptr; },
     [](In, Out d) -> QString { return firstFailure(d)->title + u": "_s + firstFailure(d)->detail; }},
    {[](In, Out d) { return d.verdict == Verdict::Error; },
     [](In f, Out) { return Diagnoser::tr("The check could not complete: %1").arg(incompleteReason(f)); }},
    {[](In f, Out d) { return actionNeeded(d) && !f.imageProbed() && f.reg.loginOk == true; },
     [](In f, Out) {
         return Diagnoser::tr("The registry %1 accepts the login, but %2 was not verified: name an image to probe "
                              "it, or ask for login only.")
             .arg(f.reg.host, f.req.wants(Operation::Push) && f.req.wants(Operation::Pull)
                                  ? Diagnoser::tr("pull and push")
                                  : operationId(f.req.wants(Operation::Push) ? Operation::Push : Operation::Pull));
     }},
    {[](In f, Out d) { return actionNeeded(d) && firstUnverified(f) != nullptr; },
     [](In f, Out) {
         const OperationResult* r = firstUnverified(f);
         return (r->operation == Operation::Push ? Diagnoser::tr("Push was not verified: %1")
                                                 : Diagnoser::tr("Pull was not verified: %1"))
             .arg(r->note);
     }},
    {[](In, Out d) { return actionNeeded(d); },
     [](In, Out) { return Diagnoser::tr("Not every requested operation could be proved: see the checklist."); }},
};

} // namespace

QString summaryOf(const DiagnosisInput& f, const Diagnosis& d)
{
    for (const Headline& h : headlines)
        if (h.applies(f, d))
            return h.sentence(f, d);
    return okSummary(f, d);
}

} // namespace ghcr::rules
