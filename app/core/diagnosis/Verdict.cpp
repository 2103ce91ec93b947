#include "app/core/diagnosis/DiagnosisRules.h"

using namespace Qt::StringLiterals;

namespace ghcr::rules {

bool apiCouldNotComplete(const ApiEvidence& api)
{
    using O = ApiEvidence::Outcome;
    return api.outcome == O::NetworkError || api.outcome == O::ServerError || api.outcome == O::Malformed ||
           api.outcome == O::UnexpectedStatus || api.outcome == O::RateLimited || api.outcome == O::LockedOut ||
           api.outcome == O::NotGitHub || api.outcome == O::Cancelled;
}

/// ok only when every requested operation was proved by a registry probe (login: by the registry's login);
/// a problem is action needed; a side that could not complete is an error.
Verdict verdictOf(const DiagnosisInput& f, const Diagnosis& d)
{
    if (d.cancelled)
        return Verdict::Error;
    bool anyFail = false;
    for (const ChecklistItem& i : d.checklist)
        anyFail = anyFail || i.status == CheckStatus::Fail;
    for (const OperationResult& r : f.reg.operations)
        anyFail = anyFail || (r.requested && r.allowed == false);
    const bool apiIncomplete = apiCouldNotComplete(f.api);
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

} // namespace ghcr::rules
