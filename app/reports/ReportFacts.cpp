#include "app/reports/ReportFacts.h"

#include "app/core/AppInfo.h"
#include "app/core/AppVersion.h"
#include "app/core/token/Redactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSysInfo>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

QMutex g_overrideMutex;
std::optional<ReportEnvironment> g_override;

QString clean(const QString& text)
{
    return Redactor::redact(text);
}

QString cleanList(const QStringList& items)
{
    return clean(items.join(u", "_s));
}

QString utcText(const QDateTime& when)
{
    if (!when.isValid())
        return {};
    return when.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

QString localText(const QDateTime& when, const QTimeZone& zone)
{
    if (!when.isValid())
        return {};
    const QDateTime local = zone.isValid() ? when.toTimeZone(zone) : when.toLocalTime();
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    const QString sign = offset < 0 ? u"-"_s : u"+"_s;
    return local.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" (UTC"_s + sign +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0')) +
           u")"_s;
}

QString statusText(int status)
{
    return status > 0 ? QString::number(status) : Report::tr("no HTTP answer");
}

QString yesNo(bool value)
{
    return value ? Report::tr("yes") : Report::tr("no");
}

QString millis(qint64 ms)
{
    return Report::tr("%1 ms").arg(ms);
}

class SectionBuilder
{
public:
    SectionBuilder(const QString& id, const QString& title)
    {
        m_section.id = id;
        m_section.title = title;
    }
    /// Adds a fact; the value is redacted. Empty values are written as "—" only when `keepEmpty`.
    SectionBuilder& add(const QString& label, const QString& value, ReportFact::Kind kind = ReportFact::Kind::Text,
                        bool keepEmpty = false)
    {
        if (value.isEmpty() && !keepEmpty)
            return *this;
        m_section.facts.append({label, value.isEmpty() ? u"—"_s : clean(value), kind});
        return *this;
    }
    ReportSection take() { return m_section; }

private:
    ReportSection m_section;
};

QString verdictWord(const Diagnosis& d)
{
    switch (d.verdict) {
    case Verdict::Ok:
        if (d.request.loginOnly())
            return d.hasWarnings() ? Report::tr("OK: login works, with warnings (pull and push were not asked)")
                                   : Report::tr("OK: login works (pull and push were not asked)");
        return d.hasWarnings() ? Report::tr("OK: every requested operation works, with warnings")
                               : Report::tr("OK: every requested operation works");
    case Verdict::ActionNeeded:
        return Report::tr("Action needed");
    case Verdict::Error:
        break;
    }
    return Report::tr("Error: the check could not complete");
}

QString allowedText(const std::optional<bool>& allowed)
{
    if (!allowed.has_value())
        return Report::tr("unknown");
    return *allowed ? Report::tr("allowed") : Report::tr("refused");
}

QString basisText(OperationBasis basis)
{
    if (basis == OperationBasis::Probe)
        return Report::tr("a real request to the registry");
    if (basis == OperationBasis::TokenEndpoint)
        return Report::tr("the registry's token endpoint");
    if (basis == OperationBasis::Scopes)
        return Report::tr("the token's scopes only (not probed)");
    if (basis == OperationBasis::NotRun)
        return Report::tr("not run");
    return {};
}

QString checksumText(const TokenAnalysis& token)
{
    if (!token.checksumValid.has_value())
        return Report::tr("not applicable");
    return *token.checksumValid ? Report::tr("valid") : Report::tr("mismatch (probably a copy/paste error)");
}

QString expiryText(const ApiEvidence& api)
{
    if (api.expiresRaw.isEmpty() && !api.expiresAt.isValid()) {
        if (api.outcome == ApiEvidence::Outcome::Ok)
            return Report::tr("no expiry header (the token does not expire)");
        return {};
    }
    if (!api.expiresAt.isValid())
        return Report::tr("%1 (could not be read)").arg(api.expiresRaw);
    QString text = utcText(api.expiresAt);
    if (const std::optional<qint64> left = api.expiresInDays()) {
        const qint64 days = *left;
        if (api.expiresAt < api.answeredAt)
            text +=
                u", "_s + (days == -1 ? Report::tr("expired 1 day ago") : Report::tr("expired %1 days ago").arg(-days));
        else
            text += u", "_s + (days == 1 ? Report::tr("1 day left") : Report::tr("%1 days left").arg(days));
    }
    return text;
}

QString rateLimitText(const RateLimit& rate)
{
    if (rate.limit < 0 && rate.remaining < 0)
        return {};
    QString text = Report::tr("%1 of %2 remaining").arg(rate.remaining).arg(rate.limit);
    if (rate.used >= 0)
        text += u", "_s + Report::tr("%1 used").arg(rate.used);
    if (!rate.resource.isEmpty())
        text += u", "_s + Report::tr("resource %1").arg(rate.resource);
    if (rate.reset.isValid())
        text += u", "_s + Report::tr("resets %1").arg(utcText(rate.reset));
    if (rate.retryAfterSeconds >= 0)
        text += u", "_s + Report::tr("retry after %1 s").arg(rate.retryAfterSeconds);
    return text;
}

QString operationTitle(Operation op)
{
    switch (op) {
    case Operation::Pull:
        return Report::tr("pull");
    case Operation::Push:
        return Report::tr("push");
    case Operation::Delete:
        return Report::tr("delete");
    }
    return {};
}

ReportSection environmentSection(const Diagnosis& d, const ReportEnvironment& env, const ReportFacts& facts)
{
    SectionBuilder s(u"environment"_s, Report::tr("About this report"));
    s.add(Report::tr("Application"), facts.generator);
    s.add(Report::tr("Qt version"), env.qtVersion, ReportFact::Kind::Text, true);
    s.add(Report::tr("Operating system"), env.os, ReportFact::Kind::Text, true);
    s.add(Report::tr("Checked at (UTC)"), facts.generatedUtc, ReportFact::Kind::Text, true);
    s.add(Report::tr("Checked at (local time)"), facts.generatedLocal, ReportFact::Kind::Text, true);
    if (d.cancelled)
        s.add(Report::tr("Cancelled"), Report::tr("yes: the check was cancelled before it finished"));
    return s.take();
}

ReportSection checkSection(const Diagnosis& d)
{
    const CheckRequest& r = d.request;
    SectionBuilder s(u"check"_s, Report::tr("What was checked"));
    s.add(Report::tr("GitHub host"), r.host, ReportFact::Kind::Text, true);
    s.add(Report::tr("API URL"), r.apiUrl.toString(), ReportFact::Kind::Url, true);
    s.add(Report::tr("Registry"), r.registry, ReportFact::Kind::Text, true);
    s.add(Report::tr("Image"), r.image.isEmpty() ? Report::tr("none (login only)") : r.image);
    QStringList ops;
    for (Operation op : r.operations)
        ops << operationId(op);
    s.add(Report::tr("Operations"), ops.join(u", "_s), ReportFact::Kind::Text, true);
    // Not given: which name was used, and where it came from, is the registry section's User line.
    s.add(Report::tr("User"), r.user.isEmpty() ? Report::tr("not given") : r.user);
    return s.take();
}

ReportSection tokenSection(const Diagnosis& d)
{
    const TokenAnalysis& t = d.token;
    SectionBuilder s(u"token"_s, Report::tr("Token"));
    s.add(Report::tr("Kind"), tokenKindTitle(t.kind)); // the id ("classic") is in the JSON report
    s.add(Report::tr("Format"), t.formatValid ? Report::tr("valid") : Report::tr("invalid"));
    s.add(Report::tr("Checksum"), checksumText(t));
    s.add(Report::tr("Length"), Report::tr("%1 characters").arg(t.length));
    if (t.trimmed)
        s.add(Report::tr("Trimmed"), Report::tr("yes: whitespace, a newline or quotes were removed around it"));
    s.add(Report::tr("Shown as"), t.redacted, ReportFact::Kind::Code, true);
    s.add(Report::tr("Fingerprint"), t.fingerprint, ReportFact::Kind::Code, true);
    for (const TokenIssue& issue : t.issues)
        s.add(issue.fatal ? Report::tr("Problem") : Report::tr("Note"), issue.message + u" · "_s + issue.id);
    return s.take();
}

ReportSection apiSection(const Diagnosis& d)
{
    const ApiEvidence& a = d.api;
    SectionBuilder s(u"api"_s, Report::tr("GitHub API"));
    s.add(Report::tr("Request"), a.url.isEmpty() ? QString() : u"GET "_s + a.url, ReportFact::Kind::Code);
    s.add(Report::tr("Outcome"), apiOutcomeTitle(a.outcome) + u" · "_s + apiOutcomeId(a.outcome));
    if (a.outcome != ApiEvidence::Outcome::NotRun)
        s.add(Report::tr("HTTP status"), statusText(a.httpStatus));
    s.add(Report::tr("Error"), a.errorSentence);
    s.add(Report::tr("Login"), a.login);
    s.add(Report::tr("Account type"), a.accountType);
    if (a.answered()) {
        QString raw;
        if (!a.scopes.has_value())
            raw = Report::tr("header absent (fine-grained, app or Actions token)");
        else if (a.scopes->isEmpty() && a.scopesInferredEmpty)
            raw = Report::tr("empty (no scopes; inferred, because Qt drops an empty header)");
        else if (a.scopes->isEmpty())
            raw = Report::tr("present but empty (no scopes)");
        else
            raw = a.scopes->join(u", "_s);
        s.add(Report::tr("Scopes (X-OAuth-Scopes, raw)"), raw);
        if (a.scopes.has_value())
            s.add(Report::tr("Scopes (with implied scopes)"),
                  a.scopesExpanded.isEmpty() ? Report::tr("none") : a.scopesExpanded.join(u", "_s));
    }
    s.add(Report::tr("Accepted scopes (endpoint)"), cleanList(a.acceptedScopes));
    s.add(Report::tr("Accepted permissions (endpoint)"), a.acceptedPermissions);
    s.add(Report::tr("Expires"), expiryText(a));
    if (a.ssoRequired)
        s.add(Report::tr("SAML SSO"), Report::tr("authorization required"));
    s.add(Report::tr("SSO authorization URL"), a.ssoUrl, ReportFact::Kind::Url);
    s.add(Report::tr("SSO partial results (organization ids)"), a.ssoPartialOrganizations.join(u", "_s));
    s.add(Report::tr("Rate limit"), rateLimitText(a.rateLimit));
    s.add(Report::tr("Request id"), a.requestId, ReportFact::Kind::Code);
    s.add(Report::tr("Message"), a.message);
    s.add(Report::tr("Documentation"), a.documentationUrl, ReportFact::Kind::Url);
    if (a.outcome != ApiEvidence::Outcome::NotRun)
        s.add(Report::tr("Time"), millis(a.elapsedMs));
    return s.take();
}

ReportSection registrySection(const Diagnosis& d)
{
    const RegistryEvidence& r = d.registry;
    SectionBuilder s(u"registry"_s, Report::tr("Container registry"));
    s.add(Report::tr("Host"), r.host.isEmpty() ? d.request.registry : r.host, ReportFact::Kind::Text, true);
    if (!r.attempted) {
        s.add(Report::tr("Checked"), Report::tr("no"));
        s.add(Report::tr("Error"), r.errorSentence);
        return s.take();
    }
    s.add(Report::tr("Base URL"), r.baseUrl, ReportFact::Kind::Url);
    QString challenge = u"GET /v2/ → "_s + statusText(r.challengeStatus);
    if (!r.challengeScheme.isEmpty())
        challenge += u" "_s + r.challengeScheme;
    else if (r.challengeStatus > 0)
        challenge += u" "_s + Report::tr("(no challenge: open registry)");
    s.add(Report::tr("Challenge"), challenge, ReportFact::Kind::Code);
    s.add(Report::tr("Realm"), r.realm, ReportFact::Kind::Url);
    s.add(Report::tr("Service"), r.service);
    s.add(Report::tr("Challenge scope"), r.challengeScope, ReportFact::Kind::Code);
    s.add(Report::tr("User"), registryUserText(r));
    if (!r.image.isEmpty())
        s.add(Report::tr("Image"), r.image + u":"_s + r.reference);
    if (r.loginAttempted) {
        QString login = Report::tr("unknown");
        if (r.loginOk.has_value())
            login = *r.loginOk ? Report::tr("accepted") : Report::tr("refused");
        login += u", "_s + Report::tr("HTTP %1").arg(statusText(r.loginStatus));
        if (!r.loginCode.isEmpty())
            login += u", "_s + r.loginCode;
        s.add(Report::tr("Login (token step)"), login);
        s.add(Report::tr("Login message"), r.loginMessage);
    } else {
        s.add(Report::tr("Login (token step)"), Report::tr("not attempted"));
    }
    s.add(Report::tr("Error"), r.errorSentence);
    s.add(Report::tr("Time"), millis(r.elapsedMs));
    return s.take();
}

ReportSection operationSection(const OperationResult& o)
{
    SectionBuilder s(u"registry."_s + operationId(o.operation),
                     Report::tr("Registry: %1").arg(operationTitle(o.operation)));
    s.add(Report::tr("Requested"), yesNo(o.requested));
    s.add(Report::tr("Result"), allowedText(o.allowed));
    s.add(Report::tr("Based on"), basisText(o.basis));
    if (o.tokenStatus > 0)
        s.add(Report::tr("Token step"), Report::tr("HTTP %1").arg(o.tokenStatus));
    QString probe = o.probe;
    if (!probe.isEmpty())
        probe += u" → "_s + statusText(o.httpStatus);
    s.add(Report::tr("Probe"), probe, ReportFact::Kind::Code);
    s.add(Report::tr("Error code"), o.code, ReportFact::Kind::Code);
    s.add(Report::tr("Message"), o.message);
    s.add(Report::tr("Challenge error"), o.challengeError, ReportFact::Kind::Code);
    s.add(Report::tr("Note"), o.note);
    QString cancel = o.cancelProbe;
    if (!cancel.isEmpty())
        cancel += u" → "_s + statusText(o.cancelStatus);
    s.add(Report::tr("Upload cancel"), cancel, ReportFact::Kind::Code);
    s.add(Report::tr("Upload cancel note"), o.cancelNote);
    s.add(Report::tr("Error"), o.errorSentence);
    if (o.requested)
        s.add(Report::tr("Time"), millis(o.elapsedMs));
    return s.take();
}

ReportSection dockerSection(const Diagnosis& d)
{
    const DockerCredentialEvidence& e = d.docker;
    SectionBuilder s(u"docker"_s, Report::tr("Docker's saved login"));
    s.add(Report::tr("Configuration"), e.configPath.isEmpty() ? Report::tr("none found") : e.configPath,
          ReportFact::Kind::Code, true);
    if (!e.store.isEmpty())
        s.add(Report::tr("Stored in"), e.store == u"file"_s ? Report::tr("the configuration file itself")
                                                            : Report::tr("credential helper %1").arg(e.helperProgram));
    s.add(Report::tr("Saved login"), e.entryFound ? Report::tr("yes") : Report::tr("none for this registry"));
    s.add(Report::tr("Saved user"), e.storedUser);
    s.add(Report::tr("Saved token"),
          e.storedFingerprint.isEmpty() ? QString() : e.storedFingerprint + u" · "_s + e.storedKind,
          ReportFact::Kind::Code);
    if (e.sameAsChecked.has_value())
        s.add(Report::tr("Same as the checked token"), *e.sameAsChecked ? Report::tr("yes") : Report::tr("no"));
    s.add(Report::tr("Error"), e.errorSentence);
    for (const StoredLogin& login : e.entries)
        s.add(Report::tr("Stored login (%1)").arg(storedLoginToolName(login.tool)), storedLoginSummary(login),
              ReportFact::Kind::Code);
    return s.take();
}

ReportSection actionsSection(const Diagnosis& d)
{
    const ActionsContext& a = d.request.actions;
    SectionBuilder s(u"actions"_s, Report::tr("GitHub Actions"));
    s.add(Report::tr("Repository"), a.repository, ReportFact::Kind::Code, true);
    s.add(Report::tr("Event"), a.eventName, ReportFact::Kind::Code, true);
    s.add(Report::tr("Actor"), a.actor);
    if (a.isPullRequest())
        s.add(Report::tr("Pull request from"),
              a.headRepository + (a.forkPullRequest ? Report::tr(" (a fork)") : QString()), ReportFact::Kind::Text,
              true);
    const PackageEvidence& p = d.package;
    if (p.attempted) {
        s.add(Report::tr("Package"), p.url, ReportFact::Kind::Url);
        s.add(Report::tr("Package found"), p.found ? Report::tr("yes") : statusText(p.httpStatus));
        if (p.found) {
            s.add(Report::tr("Linked to repository"), p.hasRepository ? p.linkedRepository : Report::tr("none"));
            s.add(Report::tr("Visibility"), p.visibility);
        }
        s.add(Report::tr("Error"), p.errorSentence.isEmpty() ? p.message : p.errorSentence);
    }
    return s.take();
}

ReportSection timingsSection(const Diagnosis& d)
{
    SectionBuilder s(u"timings"_s, Report::tr("Timings"));
    s.add(Report::tr("GitHub API"), millis(d.timings.apiMs));
    s.add(Report::tr("Container registry"), millis(d.timings.registryMs));
    s.add(Report::tr("Total"), millis(d.timings.totalMs));
    for (const OperationResult& o : d.registry.operations) {
        if (o.requested)
            s.add(Report::tr("Registry: %1").arg(operationTitle(o.operation)), millis(o.elapsedMs));
    }
    return s.take();
}

} // namespace

ReportEnvironment ReportEnvironment::current()
{
    {
        QMutexLocker lock(&g_overrideMutex);
        if (g_override)
            return *g_override;
    }
    return {QString::fromLatin1(qVersion()), QSysInfo::prettyProductName(), QTimeZone::systemTimeZone()};
}

void ReportEnvironment::setOverride(const std::optional<ReportEnvironment>& environment)
{
    QMutexLocker lock(&g_overrideMutex);
    g_override = environment;
}

namespace {

QString operationWord(const ImageResult& image, Operation op, bool requested)
{
    if (!requested)
        return Report::tr("not asked");
    if (image.cancelled || !image.finished)
        return Report::tr("cancelled");
    const std::optional<bool> allowed = image.allowed(op);
    if (!allowed.has_value())
        return Report::tr("not proved");
    return *allowed ? Report::tr("works") : Report::tr("refused");
}

ReportMatrix matrixOf(const Diagnosis& d)
{
    ReportMatrix m;
    m.present = d.matrix;
    if (!d.matrix)
        return m;
    m.counts = reportMatrixCounts(d.images, d.request);
    for (const RefusalGroup& g : d.refusalGroups)
        m.groups << clean(g.sentence);
    for (const ImageResult& image : d.images)
        m.rows << reportImageRow(image, d.request);
    return m;
}

} // namespace

QString reportMatrixCounts(const QList<ImageResult>& images, const CheckRequest& request)
{
    QStringList counts;
    const int total = int(images.size());
    for (Operation op : {Operation::Pull, Operation::Push}) {
        if (!request.wants(op))
            continue;
        int works = 0;
        for (const ImageResult& image : images)
            works += image.allowed(op) == true ? 1 : 0;
        counts << (op == Operation::Pull ? Report::tr("pull works on %1 of %n image(s)", nullptr, total)
                                         : Report::tr("push works on %1 of %n image(s)", nullptr, total))
                      .arg(works);
    }
    return clean(counts.join(u"; "_s));
}

ReportImageRow reportImageRow(const ImageResult& image, const CheckRequest& request)
{
    ReportImageRow row;
    const PackageInfo& p = image.package;
    row.image = clean(p.image());
    row.visibility = p.visibility.isEmpty() ? u"—"_s : clean(p.visibility);
    row.repository = !p.repository.isEmpty() ? clean(p.repository) : p.listed ? Report::tr("not linked") : u"—"_s;
    row.pull = operationWord(image, Operation::Pull, request.wants(Operation::Pull));
    row.push = operationWord(image, Operation::Push, request.wants(Operation::Push));
    if (!request.wants(Operation::Delete))
        row.deleteBasis = Report::tr("not asked");
    else if (const std::optional<bool> del = image.allowed(Operation::Delete); del.has_value())
        row.deleteBasis = *del ? Report::tr("scopes: yes") : Report::tr("scopes: no");
    else
        row.deleteBasis = Report::tr("not proved");
    if (image.cancelled || !image.finished)
        row.note = Report::tr("Not checked: the run was cancelled or ran out of time.");
    else if (image.verdict != Verdict::Ok)
        row.note = clean(image.summary);
    else if (image.registry.publicImage == true)
        row.note = Report::tr("Public: anyone can pull it, so the pull proves nothing about the token.");
    row.settingsUrl = clean(p.settingsUrl);
    row.verdictId = image.finished ? verdictId(image.verdict) : u"error"_s;
    return row;
}

QStringList reportMatrixColumns()
{
    return {Report::tr("Image"), Report::tr("Visibility"), Report::tr("Repository"), Report::tr("Pull"),
            Report::tr("Push"),  Report::tr("Delete"),     Report::tr("Note")};
}

QStringList reportMatrixCells(const ReportImageRow& row)
{
    return {row.image, row.visibility, row.repository, row.pull, row.push, row.deleteBasis, row.note};
}

ReportFacts buildReportFacts(const Diagnosis& d)
{
    const ReportEnvironment env = ReportEnvironment::current();
    ReportFacts facts;
    facts.title = Report::tr("GHCR Doctor report");
    facts.generator = clean(QStringLiteral(GHCR_APP_NAME) + u" "_s +
                            (d.appVersion.isEmpty() ? appVersionText() : appVersionText(d.appVersion, d.appCommit)));
    facts.summary = clean(d.summary);
    facts.verdictId = verdictId(d.verdict);
    facts.verdictWord = verdictWord(d);
    facts.generatedUtc = utcText(d.startedAt);
    facts.generatedLocal = localText(d.startedAt, env.localZone);

    facts.sections << environmentSection(d, env, facts) << checkSection(d) << tokenSection(d) << apiSection(d)
                   << registrySection(d);
    if (d.registry.attempted) {
        for (const OperationResult& o : d.registry.operations) {
            if (o.requested || o.allowed.has_value())
                facts.sections << operationSection(o);
        }
    }
    if (d.docker.inspected)
        facts.sections << dockerSection(d);
    if (d.request.actions.inActions)
        facts.sections << actionsSection(d);
    facts.sections << timingsSection(d);
    facts.matrix = matrixOf(d);

    for (const ChecklistItem& item : d.checklist)
        facts.checklist << ReportCheck{
            clean(item.id),    item.status,        checkStatusId(item.status), checkStatusTitle(item.status),
            clean(item.title), clean(item.detail), clean(item.evidence),       clean(item.fix)};
    for (const FixStep& step : d.fixSteps)
        facts.fixSteps << FixStep{clean(step.id),         clean(step.title), clean(step.detail),      clean(step.url),
                                  clean(step.powershell), clean(step.posix), clean(step.workflowYaml)};
    return facts;
}

QPageSize::PageSizeId reportPageSizeForLocale(const QLocale& locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

QString registryUserText(const RegistryEvidence& registry)
{
    if (registry.user.isEmpty())
        return {};
    QString source;
    if (registry.userSource == UserSource::Given)
        source = Report::tr("as entered");
    else if (registry.userSource == UserSource::Api)
        source = registry.waitedForApi ? Report::tr("the API's login; waited for it") : Report::tr("the API's login");
    else if (registry.userSource == UserSource::Placeholder)
        source = Report::tr("a placeholder: the API did not name the user");
    else if (registry.userSource == UserSource::Neutral)
        source = Report::tr("a neutral name: this registry accepts any user name with a token");
    return source.isEmpty() ? registry.user : registry.user + u" ("_s + source + u')';
}

QString storedLoginToolName(const QString& tool)
{
    if (tool == u"docker-desktop"_s)
        return Report::tr("Docker Desktop");
    if (tool == u"podman"_s)
        return Report::tr("Podman, Buildah, skopeo");
    if (tool == u"helm"_s)
        return Report::tr("Helm");
    return Report::tr("Docker");
}

QString storedLoginSummary(const StoredLogin& login)
{
    QStringList parts{login.configPath};
    if (!login.helperProgram.isEmpty())
        parts << login.helperProgram;
    if (!login.storedUser.isEmpty())
        parts << login.storedUser;
    if (!login.storedFingerprint.isEmpty())
        parts << login.storedFingerprint + u" · "_s + login.storedKind;
    if (!login.errorSentence.isEmpty())
        parts << login.errorSentence;
    else if (!login.entryFound)
        parts << Report::tr("nothing stored");
    else if (login.sameAsChecked.has_value())
        parts << (*login.sameAsChecked ? Report::tr("the checked token") : Report::tr("a different token"));
    else
        parts << Report::tr("cannot be compared");
    return parts.join(u" · "_s);
}

} // namespace ghcr
