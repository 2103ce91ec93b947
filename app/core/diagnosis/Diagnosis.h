#pragma once

#include "app/core/token/Redactor.h"

#include "app/core/model/CheckRequest.h"
#include "app/core/model/Evidence.h"
#include "app/core/model/Packages.h"
#include "app/core/probes/DockerCredentials.h"
#include "app/core/token/TokenAnalysis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ghcr {

enum class CheckStatus { Pass, Fail, Warn, Skip };
template <> struct EnumTable<CheckStatus>
{
    static constexpr const char* context = "Diagnoser";
    static constexpr EnumEntry<CheckStatus> entries[] = {
        {CheckStatus::Pass, u"pass", QT_TRANSLATE_NOOP("Diagnoser", "OK")},
        {CheckStatus::Fail, u"fail", QT_TRANSLATE_NOOP("Diagnoser", "Problem")},
        {CheckStatus::Warn, u"warn", QT_TRANSLATE_NOOP("Diagnoser", "Warning")},
        {CheckStatus::Skip, u"skip", QT_TRANSLATE_NOOP("Diagnoser", "Skipped")},
    };
};
QString checkStatusId(CheckStatus status);    ///< "pass", "fail", "warn", "skip"
QString checkStatusTitle(CheckStatus status); ///< translated "OK", "Problem", "Warning", "Skipped"

/// One row of the checklist. Ids are stable (see README): token.format, token.accepted, token.kind,
/// token.expiry, scope.read:packages, scope.write:packages, scope.delete:packages, sso.authorized, org.policy,
/// registry.login, image.reference, registry.pull, registry.push, registry.delete, docker.credentials; in
/// GitHub Actions also actions.run and actions.package (ActionsRules).
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
/// One of several places a step sends the user to (each package's settings page).
struct FixLink
{
    QString label; ///< what it is for: the image "acme/api"
    QString url;
};

struct FixStep
{
    QString id;    ///< stable: "new-token", "authorize-sso", "package-access", "docker-relogin", "podman-relogin", ...
    QString title; ///< imperative sentence
    QString detail;
    QString url;
    QString powershell;   ///< command(s) for Windows PowerShell; never the token itself
    QString posix;        ///< command(s) for sh/bash/zsh
    QString workflowYaml; ///< GitHub Actions workflow YAML to paste (a permissions: block, an if: condition)
    QList<FixLink> links; ///< when the step concerns several things, each one's page (`url` is then empty)
};

enum class Verdict { Ok, ActionNeeded, Error };
template <> struct EnumTable<Verdict>
{
    static constexpr const char* context = "";
    static constexpr EnumEntry<Verdict> entries[] = {
        {Verdict::Ok, u"ok"}, {Verdict::ActionNeeded, u"action-needed"}, {Verdict::Error, u"error"}};
};
QString verdictId(Verdict verdict); ///< "ok", "action-needed", "error"

struct Timings
{
    qint64 apiMs = 0;
    qint64 registryMs = 0;
    qint64 totalMs = 0;
};

/// One image of an every-package check (the matrix), judged by the single check's rules.
struct ImageResult
{
    PackageInfo package;
    bool finished = false; ///< false while the run has not reached it (or it was cancelled first)
    bool cancelled = false;
    Verdict verdict = Verdict::Error;
    QString summary;           ///< the image's own one-line summary
    RegistryEvidence registry; ///< this image's probes
    QDateTime checkedAt;       ///< when its verdict was reached; its rows are derived as of then
    // Its checklist rows are not kept: Diagnoser::imageChecklist() derives them from this evidence when asked (for
    // 500 images the stored rows were an eighth of the run's memory growth, and no one reads most of them).

    /// Whether the requested operation works on this image: true proved, false refused, nullopt not known.
    std::optional<bool> allowed(Operation op) const;
};

/// The ids of the checklist rows an image of the matrix carries.
QStringList imageChecklistIds();

/// Refusals that share one cause across images ("3 packages refuse push: not linked to a repository — …").
struct RefusalGroup
{
    QString id;         ///< stable: "token", "org-policy", "not-linked", "scope", "sso", "listing", "registry"
    QString operation;  ///< "pull", "push", "delete"; empty for a listing refusal
    QString cause;      ///< translated: what the images have in common
    QString fix;        ///< translated: what to do
    QStringList images; ///< images (or, for "listing", owners) it concerns
    QString sentence;   ///< translated one line: "3 packages refuse push: not linked to a repository — grant …"
};

/// "Pull works on 5 of 8 images; push works on 3 of 8 images" for the operations asked; empty without images.
QString matrixCounts(const QList<ImageResult>& images, const CheckRequest& request);

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
    DockerCredentialEvidence
        docker;              ///< the stored logins for the registry (Docker, Podman, Helm), compared with the token
    PackageEvidence package; ///< in GitHub Actions with an image: the package and its linked repository
    QList<ChecklistItem> checklist;
    QList<FixStep> fixSteps;
    Verdict verdict = Verdict::Error;
    QString summary; ///< one line: "Push will fail: the registry refused with DENIED; enable write:packages"
    Timings timings;
    bool cancelled = false;
    /// An every-package check: the listing, one result per image (listing order, then given images) and the
    /// refusals grouped by cause. The checklist then holds the rows the images share (token, scopes, SSO,
    /// login) plus packages.listing; the verdict and exit code cover every image.
    bool matrix = false;
    PackageListing listing;
    QList<ImageResult> images;
    QList<RefusalGroup> refusalGroups;
    /// The check's secrets in every form, so that every report of this check is rendered with them
    /// redacted (also when a server echoed one into a field); wiped when the last copy is destroyed.
    std::shared_ptr<RedactionSet> redactions;

    const ChecklistItem* item(const QString& id) const;
    /// One image's rows (Diagnoser::imageChecklist() with this matrix's request, token and API evidence).
    QList<ChecklistItem> imageChecklist(const ImageResult& image) const;
    /// An ok verdict that still carries a warning row (expiry soon, SSO partial, a public image's pull, …):
    /// the window's banner is amber then, and the verdict's words say so.
    bool hasWarnings() const;
    /// 0 every requested operation works; 1 action needed; 3 could not complete.
    int exitCode() const;
};

/// The tool that writes a stored login's file or helper: "docker" (also Docker Desktop's helper), "podman" (and
/// Buildah, skopeo), "helm": what LoginWriter and `ghcr-doctor login --tool` take.
QString storedLoginTool(const StoredLogin& login);
/// "Docker", "Podman", "Helm" for storedLoginTool().
QString storedLoginToolTitle(const QString& tool);
/// Who holds the login, in words: "Docker", "Docker Desktop", "Podman (~/.config/containers/auth.json)", "Helm".
QString storedLoginHolder(const StoredLogin& login);
/// Every stored login for the registry that the sweep found (the primary one alone when there is no list).
QList<StoredLogin> storedLoginsOf(const DockerCredentialEvidence& docker);
/// The stored logins holding a different token than the one checked.
QList<StoredLogin> staleLoginsOf(const DockerCredentialEvidence& docker);
/// The tools holding a stale login ("Docker", "Podman", "Helm"), each once, in the sweep's order.
QStringList staleLoginTools(const DockerCredentialEvidence& docker);
/// "a", "a and b", "a, b and c".
QString wordList(const QStringList& items);

/// Merges the offline analysis and both sides' evidence into the checklist, fix steps, verdict
/// and summary. Pure: no I/O, `now` is passed in so tests can fix the clock.
class Diagnoser
{
    Q_DECLARE_TR_FUNCTIONS(Diagnoser)

public:
    static Diagnosis diagnose(const CheckRequest& request, const TokenAnalysis& token, const ApiEvidence& api,
                              const RegistryEvidence& registry, const QDateTime& now,
                              const DockerCredentialEvidence& docker = {});
    /// One image of the matrix: the single check's diagnosis of `request` (its image set), kept to the image's rows.
    static ImageResult diagnoseImage(const CheckRequest& request, const PackageInfo& package,
                                     const TokenAnalysis& token, const ApiEvidence& api,
                                     const RegistryEvidence& registry, const QDateTime& now);
    /// The rows of one image of the matrix (imageChecklistIds()), derived from its evidence by the single check's
    /// rules as of image.checkedAt: the same rows diagnoseImage() judged it by. Empty for an image not checked.
    /// `base` is the matrix's request (no image), as Diagnosis::request holds it.
    static QList<ChecklistItem> imageChecklist(const CheckRequest& base, const TokenAnalysis& token,
                                               const ApiEvidence& api, const ImageResult& image);
    /// The whole matrix: the shared rows from `base` (no image), the listing and every image; verdict Ok only
    /// when every requested operation works on every image and every owner could be listed.
    static Diagnosis diagnoseMatrix(const CheckRequest& base, const TokenAnalysis& token, const ApiEvidence& api,
                                    const PackageListing& listing, const QList<ImageResult>& images,
                                    const QDateTime& now, bool cancelled);
};

} // namespace ghcr
