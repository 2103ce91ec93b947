#include "app/core/diagnosis/ActionsRules.h"

#include "app/core/token/Redactor.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// The file's user-visible sentences, in the "ActionsRules" translation context.
class ActionsRulesText
{
    Q_DECLARE_TR_FUNCTIONS(ActionsRules)
};

struct Situation
{
    const ActionsContext& run;
    const PackageEvidence& package;
    QString owner;
    QString name;
    bool actionsToken = false; ///< a GitHub App installation token (ghs_): the workflow's GITHUB_TOKEN
    bool pushRequested = false;
    bool pullRefused = false;
    bool pushRefused = false;
};

std::optional<bool> allowed(const Diagnosis& d, Operation op)
{
    const OperationResult* r = d.registry.operation(op);
    return r && r->requested ? r->allowed : std::nullopt;
}

/// The runner variables the run row names, as "NAME=value", or "NAME (not set)" for one the runner did not set.
QString runnerVariables(const ActionsContext& run, QStringList* unset)
{
    QStringList parts;
    for (const auto& [name, value] :
         {std::pair{u"GITHUB_REPOSITORY"_s, run.repository}, std::pair{u"GITHUB_EVENT_NAME"_s, run.eventName},
          std::pair{u"GITHUB_ACTOR"_s, run.actor}}) {
        parts << (value.isEmpty() ? QString(name + u" (not set)"_s) : QString(name + u'=' + value));
        if (value.isEmpty())
            *unset << name;
    }
    return parts.join(u' ');
}

ChecklistItem runItem(const Situation& s)
{
    ChecklistItem i;
    i.id = u"actions.run"_s;
    i.title = ActionsRulesText::tr("GitHub Actions run");
    i.status = CheckStatus::Pass;
    QStringList unset;
    i.evidence = runnerVariables(s.run, &unset);
    // A runner sets all three; without them (GITHUB_ACTIONS=true set by hand) no name is left blank in a sentence.
    i.detail =
        unset.isEmpty()
            ? ActionsRulesText::tr("A workflow of %1, event “%2”, started by %3.")
                  .arg(s.run.repository, s.run.eventName, s.run.actor)
            : ActionsRulesText::tr("GITHUB_ACTIONS is “true”, but the runner did not set %1.").arg(unset.join(u", "_s));
    if (s.run.repository.isEmpty())
        i.detail += u' ' + ActionsRulesText::tr("What depends on the workflow's repository (the package's link and "
                                                "its “Manage Actions access”) is not judged.");
    if (s.run.forkPullRequest) {
        i.status = s.pushRequested ? CheckStatus::Fail : CheckStatus::Warn;
        i.evidence += u" head="_s + s.run.headRepository;
        i.detail += u' ' + ActionsRulesText::tr("This pull request comes from the fork %1: GitHub gives its workflow a "
                                                "read-only GITHUB_TOKEN and no secrets, so a secret such as CR_PAT is "
                                                "empty (docker/login-action then fails with “Username and password "
                                                "required”).")
                               .arg(s.run.headRepository);
        i.fix = s.run.repository.isEmpty()
                    ? ActionsRulesText::tr("Push images only from push events or from the repository's own "
                                           "branches; skip the push for pull requests from forks.")
                    : ActionsRulesText::tr("Push images only from push events or from branches of %1; skip the push "
                                           "for pull requests from forks.")
                          .arg(s.run.repository);
    } else if (s.actionsToken) {
        i.detail +=
            u' ' + ActionsRulesText::tr("The token is the workflow's GITHUB_TOKEN: it may use packages only as the "
                                        "workflow's “permissions:” allow (read-only by default for repositories and "
                                        "organizations created since 2023-02-02).");
    }
    if (!s.run.eventPathProblem.isEmpty())
        i.detail += u' ' + ActionsRulesText::tr("The event payload could not be read: %1").arg(s.run.eventPathProblem);
    return i;
}

/// actions.package, or nothing when the package was not asked about.
std::optional<ChecklistItem> packageItem(const Situation& s)
{
    const PackageEvidence& p = s.package;
    if (!p.attempted)
        return std::nullopt;
    ChecklistItem i;
    i.id = u"actions.package"_s;
    i.title = ActionsRulesText::tr("Package linked to the repository");
    i.evidence = u"GET "_s + p.url + u" → "_s + (p.httpStatus ? QString::number(p.httpStatus) : u"—"_s);
    const bool refused = s.pullRefused || s.pushRefused;
    const QString image = s.owner + u'/' + s.name;
    if (p.found && s.run.repository.isEmpty()) {
        // Which repository runs the workflow is not known: the link cannot be compared with it.
        i.status = CheckStatus::Skip;
        i.detail = p.hasRepository ? ActionsRulesText::tr("The package %1 is linked to %2; GITHUB_REPOSITORY is not "
                                                          "set, so whether this workflow runs in %2 (and inherits "
                                                          "access) is not known.")
                                         .arg(image, p.linkedRepository)
                                   : ActionsRulesText::tr("The package %1 is not linked to any repository; "
                                                          "GITHUB_REPOSITORY is not set, so whether its “Manage "
                                                          "Actions access” lists this workflow's repository is not "
                                                          "known.")
                                         .arg(image);
    } else if (p.found && p.hasRepository && p.linkedRepository.compare(s.run.repository, Qt::CaseInsensitive) == 0) {
        i.status = CheckStatus::Pass;
        i.detail = ActionsRulesText::tr("The package %1 is linked to %2: its workflows inherit access.")
                       .arg(image, p.linkedRepository);
    } else if (p.found) {
        i.status = refused ? CheckStatus::Fail : CheckStatus::Warn;
        i.evidence += p.hasRepository ? u" repository="_s + p.linkedRepository : u" (no \"repository\" key)"_s;
        i.detail = p.hasRepository
                       ? ActionsRulesText::tr(
                             "The package %1 is linked to %2, not to %3: %3's workflows may use it only if its "
                             "“Manage Actions access” lists %3.")
                             .arg(image, p.linkedRepository, s.run.repository)
                       : ActionsRulesText::tr(
                             "The package %1 exists but is not linked to any repository (it was probably first "
                             "pushed with a personal access token): %2's workflows may use it only if its “Manage "
                             "Actions access” lists %2.")
                             .arg(image, s.run.repository);
        i.fix = ActionsRulesText::tr(
                    "Package settings → Manage Actions access → Add repository → %1, role Write (push) or Read "
                    "(pull).")
                    .arg(s.run.repository);
    } else if (p.httpStatus == 404) {
        i.status = CheckStatus::Skip;
        i.detail = ActionsRulesText::tr(
                       "GitHub shows no package %1 to this token: either it does not exist yet (the first push "
                       "creates it) or the token may not see it.")
                       .arg(image);
    } else {
        i.status = CheckStatus::Skip;
        i.detail = ActionsRulesText::tr("GitHub did not say whether the package %1 is linked to a repository (%2).")
                       .arg(image, p.errorSentence.isEmpty() ? p.message : p.errorSentence);
    }
    return i;
}

QList<FixStep> workflowSteps(const Situation& s, const Diagnosis& d)
{
    QList<FixStep> steps;
    if (s.run.forkPullRequest && (s.pushRequested || s.pullRefused || s.pushRefused)) {
        FixStep f;
        f.id = u"actions-fork-pull-request"_s;
        f.title = ActionsRulesText::tr("Skip the push for pull requests from forks");
        f.detail = ActionsRulesText::tr(
            "A pull request from a fork always runs with a read-only token and without secrets; no "
            "setting changes that. Build in the pull request, push after the merge. Add this "
            "condition to the login and push steps:");
        f.workflowYaml =
            u"if: github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository"_s;
        steps << f;
    } else if (s.actionsToken && (s.pushRefused || s.pullRefused)) {
        FixStep f;
        f.id = u"actions-permissions"_s;
        f.title = s.pushRefused ? ActionsRulesText::tr("Give the workflow's token packages: write")
                                : ActionsRulesText::tr("Give the workflow's token packages: read");
        f.detail = ActionsRulesText::tr(
            "Repositories and organizations created since 2023-02-02 give GITHUB_TOKEN read-only "
            "permissions by default, and a “permissions:” block grants only what it lists. Add this to "
            "the workflow (top level) or to the job that uses the registry:");
        f.workflowYaml = s.pushRefused ? u"permissions:\n  contents: read\n  packages: write"_s
                                       : u"permissions:\n  contents: read\n  packages: read"_s;
        steps << f;
    }
    const PackageEvidence& p = s.package;
    const bool linkedHere = p.hasRepository && p.linkedRepository.compare(s.run.repository, Qt::CaseInsensitive) == 0;
    if (p.found && !linkedHere && !s.run.repository.isEmpty()) {
        FixStep f;
        f.id = u"actions-package-access"_s;
        f.title = ActionsRulesText::tr("Give %1 access to the package %2 (Manage Actions access)")
                      .arg(s.run.repository, s.name);
        f.detail =
            ActionsRulesText::tr("There is no API for this setting. Open the link, then Manage Actions access → Add "
                                 "repository → %1 → role Write (push) or Read (pull).")
                .arg(s.run.repository);
        f.url = PackageEvidence::settingsUrl(d.request.host, p.ownerKind, s.owner, s.name);
        steps << f;
    }
    return steps;
}

QString summaryFor(const Situation& s, const QList<FixStep>& steps)
{
    auto has = [&steps](const QString& id) {
        return std::any_of(steps.cbegin(), steps.cend(), [&id](const FixStep& f) { return f.id == id; });
    };
    if (has(u"actions-fork-pull-request"_s))
        return ActionsRulesText::tr(
            "Pull requests from forks get a read-only token and no secrets: pushing to the registry cannot "
            "work in this run");
    if (has(u"actions-package-access"_s) && (s.pushRefused || s.pullRefused))
        return ActionsRulesText::tr(
                   "The registry refused the workflow: the package %1/%2 does not list the repository %3 in its "
                   "Manage Actions access")
            .arg(s.owner, s.name, s.run.repository);
    if (has(u"actions-permissions"_s))
        return s.pushRefused ? ActionsRulesText::tr(
                                   "Push will fail: the workflow's GITHUB_TOKEN lacks “permissions: packages: write”")
                             : ActionsRulesText::tr(
                                   "Pull will fail: the workflow's GITHUB_TOKEN lacks “permissions: packages: read”");
    return {};
}

} // namespace

void addActionsFindings(Diagnosis& d)
{
    const ActionsContext& run = d.request.actions;
    if (!run.inActions || d.cancelled)
        return;
    const Situation s{run,
                      d.package,
                      d.registry.image.section(u'/', 0, 0),
                      d.registry.image.section(u'/', 1),
                      d.token.kind == TokenKind::AppServer,
                      d.request.wants(Operation::Push),
                      allowed(d, Operation::Pull) == false,
                      allowed(d, Operation::Push) == false};

    QList<ChecklistItem> rows{runItem(s)};
    if (const auto package = packageItem(s))
        rows << *package;
    for (ChecklistItem& row : rows) {
        row.detail = Redactor::redact(row.detail);
        row.evidence = Redactor::redact(row.evidence);
        row.fix = Redactor::redact(row.fix);
        if (row.status == CheckStatus::Fail && d.verdict == Verdict::Ok)
            d.verdict = Verdict::ActionNeeded;
        d.checklist << row;
    }

    const QList<FixStep> steps = workflowSteps(s, d);
    // What the run and the package tell replaces the general advice the Diagnoser gives without them:
    // its "actions-permissions" (no YAML), "actions-access" (a link that guesses user or organization)
    // and "package-access". A fork's pull request is fixed by neither; a package linked to this
    // repository needs no access change.
    auto has = [&steps](const QString& id) {
        return std::any_of(steps.cbegin(), steps.cend(), [&id](const FixStep& f) { return f.id == id; });
    };
    const bool fork = has(u"actions-fork-pull-request"_s);
    const bool linkedHere =
        d.package.hasRepository && d.package.linkedRepository.compare(run.repository, Qt::CaseInsensitive) == 0;
    d.fixSteps.removeIf([&](const FixStep& f) {
        if (f.id == u"actions-permissions"_s)
            return fork || has(f.id);
        if (f.id == u"actions-access"_s || f.id == u"package-access"_s)
            return fork || linkedHere || has(u"actions-package-access"_s);
        return false;
    });
    // A runner starts without Docker's saved logins, and the workflow logs in on every run.
    d.fixSteps.removeIf([](const FixStep& f) { return f.id.endsWith(u"-relogin"_s); });
    // Workflow-level fixes first: in Actions they are where the failure is fixed. The Diagnoser's
    // "use the workflow's GITHUB_TOKEN" (an organization that forbids personal tokens) is one of them.
    for (qsizetype i = 0; i < d.fixSteps.size(); ++i) {
        if (d.fixSteps.at(i).id == u"use-actions-token"_s)
            d.fixSteps.move(i, 0);
    }
    for (auto it = steps.crbegin(); it != steps.crend(); ++it)
        d.fixSteps.prepend(*it);
    const QString summary = summaryFor(s, steps);
    if (!summary.isEmpty())
        d.summary = Redactor::redact(summary);
}

} // namespace ghcr
