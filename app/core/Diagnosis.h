#pragma once

#include "Redactor.h"

#include "CheckRequest.h"
#include "DockerCredentials.h"
#include "Evidence.h"
#include "TokenAnalysis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ghcr {

enum class CheckStatus { Pass, Fail, Warn, Skip };
QString checkStatusId(CheckStatus status);    ///< "pass", "fail", "warn", "skip"
QString checkStatusTitle(CheckStatus status); ///< translated "OK", "Problem", "Warning", "Skipped"

/// One row of the checklist. Ids are stable (see README): token.format, token.accepted, token.kind,
/// token.expiry, scope.read:packages, scope.write:packages, scope.delete:packages, sso.authorized, org.policy,
/// registry.login, image.reference, registry.pull, registry.push, registry.delete, docker.credentials.
struct ChecklistItem
{
    QString id;
    CheckStatus status = CheckStatus::Skip;
    QString title;    ///< short: "Registry: pull"
    QString detail;   ///< what we found, in a sentence or two
    QString evidence; ///< what it rests on: "HEAD /v2/o/n/manifests/latest → 403 DENIED"
    QString fix;      ///< what to do about it; empty when nothing
};

/// One numbered, concrete fix step. `url` is something to open, the commands something to run.
struct FixStep
{
    QString id;    ///< stable: "new-token", "authorize-sso", "package-access", "docker-relogin", ...
    QString title; ///< imperative sentence
    QString detail;
    QString url;
    QString powershell; ///< command(s) for Windows PowerShell; never the token itself
    QString posix;      ///< command(s) for sh/bash/zsh
};

enum class Verdict { Ok, ActionNeeded, Error };
QString verdictId(Verdict verdict); ///< "ok", "action-needed", "error"

struct Timings
{
    qint64 apiMs = 0;
    qint64 registryMs = 0;
    qint64 totalMs = 0;
};

/// The single value the window, the CLI and every report render.
struct Diagnosis
{
    static constexpr const char* schemaId = "ghcr-doctor.report/1";

    QString appVersion;   ///< project(VERSION): "0.1.0"
    QString appCommit;    ///< `git describe` of the build; empty for a build from a source tarball
    QDateTime startedAt;  ///< UTC
    QDateTime finishedAt; ///< UTC
    CheckRequest request; ///< resolved (apiUrl and registry filled in)
    TokenAnalysis token;
    ApiEvidence api;
    RegistryEvidence registry;
    DockerCredentialEvidence docker; ///< Docker's saved login for the registry, compared with the token
    QList<ChecklistItem> checklist;
    QList<FixStep> fixSteps;
    Verdict verdict = Verdict::Error;
    QString summary; ///< one line: "Push will fail: the registry refused with DENIED; enable write:packages"
    Timings timings;
    bool cancelled = false;
    /// The check's secrets in every form, so that every report of this check is rendered with them
    /// redacted (also when a server echoed one into a field); wiped when the last copy is destroyed.
    std::shared_ptr<RedactionSet> redactions;

    const ChecklistItem* item(const QString& id) const;
    /// An ok verdict that still carries a warning row (expiry soon, SSO partial, a public image's pull, …):
    /// the window's banner is amber then, and the verdict's words say so.
    bool hasWarnings() const;
    /// 0 every requested operation works; 1 action needed; 3 could not complete.
    int exitCode() const;
};

/// Merges the offline analysis and both sides' evidence into the checklist, fix steps, verdict
/// and summary. Pure: no I/O, `now` is passed in so tests can fix the clock.
class Diagnoser
{
    Q_DECLARE_TR_FUNCTIONS(Diagnoser)

public:
    static Diagnosis diagnose(const CheckRequest& request, const TokenAnalysis& token, const ApiEvidence& api,
                              const RegistryEvidence& registry, const QDateTime& now,
                              const DockerCredentialEvidence& docker = {});
};

} // namespace ghcr
