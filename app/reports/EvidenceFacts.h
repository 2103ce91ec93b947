#pragma once

// Evidence in words, in one place: the facts of each side of a check (the GitHub API, the registry and
// each of its operations, the stored logins), each built from that side's evidence alone so a side can
// be shown as soon as it finishes. Every report, and the window, shows these sections.

#include "app/reports/ReportFacts.h"

namespace ghcr {

/// The small words every section uses (report facts and evidence facts alike).
namespace words {

/// Builds one section fact by fact; every value is redacted.
class SectionBuilder
{
public:
    SectionBuilder(const QString& id, const QString& title);
    /// Adds a fact; the value is redacted. Empty values are written as "—" only when `keepEmpty`.
    SectionBuilder& add(const QString& label, const QString& value, ReportFact::Kind kind = ReportFact::Kind::Text,
                        bool keepEmpty = false);
    /// The status of the fact just added (nothing when it was left out for being empty).
    SectionBuilder& status(std::optional<CheckStatus> status);
    /// What the fact just added is (nothing when it was left out for being empty).
    SectionBuilder& note(const QString& note);
    /// The fact just added is background to the one before it (when `detail`; the window folds it beneath that one).
    SectionBuilder& detail(bool detail = true);
    /// The fact just added is what the section's summary says (the window shows it once, on the section's line).
    SectionBuilder& inSummary();
    /// The section in one line, for the window where it is folded.
    SectionBuilder& summarize(const QString& summary, std::optional<CheckStatus> status);
    ReportSection take() const { return m_section; }

private:
    ReportSection m_section;
    bool m_added = false;
};

/// The text with every token-like string redacted.
QString clean(const QString& text);
/// "a, b, c", redacted.
QString cleanList(const QStringList& items);
/// "2026-11-28 21:00:00 UTC", or nothing for an invalid time.
QString utcText(const QDateTime& when);
/// "404", or "no HTTP answer" for 0 and below.
QString statusText(int status);
QString yesNo(bool value);
/// "12 ms".
QString millis(qint64 ms);
/// "850 ms" below a second, else "1.2 s" in the locale's digits: how long something took.
QString duration(qint64 ms);
/// "Cancelled." (a side stopped by Cancel).
QString cancelled();
/// "GitHub API" and "Container registry": the two sides of a check (section titles, the window's panels).
QString apiTitle();
QString registryTitle();
/// "pull", "push", "delete".
QString operationTitle(Operation op);

} // namespace words

/// The token as read before any request: kind, format, checksum, length, how it is shown, fingerprint, issues.
ReportSection tokenFacts(const TokenAnalysis& token);
/// The GitHub API's answer: request, outcome, scopes, expiry (against the time the API answered), SSO, rate limit;
/// summarized in the side's status and sentence ("GitHub accepted the token of octocat.").
ReportSection apiFacts(const ApiEvidence& api);
/// The registry's challenge, user and token step; `requestedRegistry` names it when the check did not get there.
/// Summarized in the side's status and sentence ("The registry refused: pull.").
ReportSection registryFacts(const RegistryEvidence& registry, const QString& requestedRegistry);
/// One registry operation (pull, push, delete): the result, what it is based on, the probe.
ReportSection operationFacts(const OperationResult& operation);
/// The stored logins for the registry (Docker's and every other tool's).
ReportSection dockerFacts(const DockerCredentialEvidence& docker);
/// The registry side in the order every report and the window show it: the registry, each operation that ran (or
/// was judged), then the stored logins when they were inspected.
QList<ReportSection> registrySections(const RegistryEvidence& registry, const QString& requestedRegistry,
                                      const DockerCredentialEvidence& docker);

/// A finished check's verdict as one line: its status, the word for it ("Works", "Works, with warnings", "Login
/// works", "Action needed", "Could not complete", "Cancelled") and the line "Works for IMAGE: summary" ("Works for
/// every image: counts" for an every-package check). The one phrasing of a verdict: the window's banner and every
/// report (ReportFacts' verdictWord and verdictLine) show it.
struct VerdictLine
{
    CheckStatus status = CheckStatus::Warn;
    QString word;
    QString text;
};
VerdictLine verdictLine(const Diagnosis& diagnosis);

/// One stored login in a line, never the secret: "~/.docker/config.json · octocat · sha256:… · classic · a
/// different token". Not redacted (the caller's section builder does that).
QString storedLoginSummary(const StoredLogin& login);
/// "3 days left" or "expired 2 days ago", counted from when the API answered (the one clock for expiry); empty
/// without an expiry date. The window and every report use it.
QString expiryDaysText(const ApiEvidence& api);
/// The registry's user with where the name came from, in words: "octocat (as entered)",
/// "ghcr-doctor (a placeholder: the API did not name the user)". The window and every report use it.
QString registryUserText(const RegistryEvidence& registry);

} // namespace ghcr
