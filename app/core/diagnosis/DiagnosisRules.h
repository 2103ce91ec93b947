#pragma once

// The diagnosis rules, one file per family; Diagnoser::diagnose() runs them in order. Internal to diagnosis/.

#include "app/core/diagnosis/Diagnosis.h"
#include "app/core/diagnosis/DiagnosisInput.h"

namespace ghcr::rules {

inline ChecklistItem item(const QString& id, CheckStatus status, const QString& title, const QString& detail,
                          const QString& evidence = {}, const QString& fix = {})
{
    return ChecklistItem{id, status, title, detail, evidence, fix};
}

inline FixStep step(const QString& id, const QString& title, const QString& detail, const QString& url = {})
{
    return FixStep{id, title, detail, url, {}, {}, {}, {}};
}

// Evidence derived before the rules run (the rules never change evidence).
OrgPolicy policyIn(const ApiEvidence& api, const RegistryEvidence& reg, const QString& host);
/// Delete is never probed: whether it is allowed follows from the scopes (nullopt when they are unknown).
std::optional<bool> deleteAllowedByScopes(const DiagnosisInput& f);
/// Records in `registry` what the scopes say about delete (basis "scopes").
void deriveOperations(const DiagnosisInput& f, RegistryEvidence& registry);

// TokenRules.cpp
ChecklistItem tokenFormat(const DiagnosisInput& f);
ChecklistItem tokenAccepted(const DiagnosisInput& f);
ChecklistItem tokenKind(const DiagnosisInput& f);
ChecklistItem tokenExpiry(const DiagnosisInput& f);
// ScopeRules.cpp
ChecklistItem scopeItem(const DiagnosisInput& f, const QString& scope, Operation op, bool needed);
ChecklistItem ssoItem(const DiagnosisInput& f);
// PolicyRules.cpp
ChecklistItem orgPolicyItem(const DiagnosisInput& f);
void addPolicySteps(const DiagnosisInput& f, Diagnosis& d);
// ImageRules.cpp
ChecklistItem imageReferenceItem(const DiagnosisInput& f);
void addImageSteps(const DiagnosisInput& f, Diagnosis& d);
// RegistryRules.cpp
/// The sentence a login-only check adds to the registry login row (a matrix, which probes every image, drops it).
QString loginAloneProvesNothing();
/// `docker`: the stored logins, so that a refused login's fix names the tools holding a stale one.
ChecklistItem loginItem(const DiagnosisInput& f, const DockerCredentialEvidence& docker);
ChecklistItem operationItem(const DiagnosisInput& f, Operation op);
ChecklistItem deleteItem(const DiagnosisInput& f);
// RefusalRules.cpp
QString refusalFix(const DiagnosisInput& f, Operation op);
/// What the registry's own words mean (reference §7), as one sentence to add to the evidence's note.
QString refusalMeaning(const DiagnosisInput& f, const OperationResult& r);
// DockerRule.cpp
ChecklistItem dockerItem(const DiagnosisInput& f, const DockerCredentialEvidence& e);
void addDockerSteps(const DiagnosisInput& f, Diagnosis& d);
// Verdict.cpp
/// The API side did not complete (no answer, an answer that is not GitHub's, rate limit, lock-out, cancel): it
/// cannot tell what the token is or owns.
bool apiCouldNotComplete(const ApiEvidence& api);
Verdict verdictOf(const DiagnosisInput& f, const Diagnosis& d);
// FixSteps.cpp
void addFixSteps(const DiagnosisInput& f, Diagnosis& d);
// Headline.cpp
/// The one-line summary: the first headline of an ordered table whose condition holds.
QString summaryOf(const DiagnosisInput& f, const Diagnosis& d);
// HeadlineSentences.cpp: the longer headlines
QString refusedSummary(const DiagnosisInput& f, const QList<const OperationResult*>& refused);
/// The first sentence that says why the check could not complete; never empty.
QString incompleteReason(const DiagnosisInput& f);
/// The headline of an ok verdict, with what it does not prove and the warnings.
QString okSummary(const DiagnosisInput& f, const Diagnosis& d);

// MatrixRefusals.cpp
/// An owner of the listing in words: its login, or "your account" for the token's own (no login known).
QString ownerTitle(const OwnerListing& owner);
/// The owners whose packages could not be listed, each as "owner: reason".
QStringList refusedOwnersOf(const PackageListing& listing);
/// The packages.listing row of the every-package check.
ChecklistItem listingItem(const PackageListing& listing);
/// The every-package check's refusals grouped by cause, per operation, then the owners that could not be listed
/// (from d's request, token, API evidence, listing and images).
QList<RefusalGroup> refusalGroupsOf(const Diagnosis& d);

} // namespace ghcr::rules
