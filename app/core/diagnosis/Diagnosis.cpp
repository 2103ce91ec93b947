#include "app/core/diagnosis/Diagnosis.h"

#include "app/core/AppInfo.h"
#include "app/core/AppVersion.h"
#include "app/core/diagnosis/DiagnosisRules.h"
#include "app/core/token/Redactor.h"

using namespace Qt::StringLiterals;

namespace ghcr {

QString checkStatusId(CheckStatus status)
{
    return enumId(status);
}

QString checkStatusTitle(CheckStatus status)
{
    return enumTitle(status);
}

QString verdictId(Verdict verdict)
{
    return enumId(verdict);
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
    using namespace rules;
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
    DiagnosisInput f{d.request, d.token, d.api, d.registry, {}, policyIn(d.api, d.registry, d.request.host)};
    if (f.imageGiven())
        f.lint = lintImage(d.request.image, d.request.registry);
    deriveOperations(f, d.registry);

    const bool pull = d.request.wants(Operation::Pull);
    const bool push = d.request.wants(Operation::Push);
    const bool del = d.request.wants(Operation::Delete);
    d.checklist << tokenFormat(f) << tokenAccepted(f) << tokenKind(f) << tokenExpiry(f)
                << scopeItem(f, u"read:packages"_s, Operation::Pull, pull || push || del)
                << scopeItem(f, u"write:packages"_s, Operation::Push, push)
                << scopeItem(f, u"delete:packages"_s, Operation::Delete, del) << ssoItem(f) << orgPolicyItem(f)
                << loginItem(f, d.docker) << imageReferenceItem(f) << operationItem(f, Operation::Pull)
                << operationItem(f, Operation::Push) << deleteItem(f) << dockerItem(f, d.docker);
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
