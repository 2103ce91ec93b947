#include "app/reports/ReportFacts.h"

#include "app/reports/EvidenceFacts.h"

#include "app/core/AppInfo.h"
#include "app/core/AppVersion.h"
#include "app/core/token/Redactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QSysInfo>

#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace ghcr {

using namespace words;

namespace {

QMutex g_overrideMutex;
std::optional<ReportEnvironment> g_override;

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
    if (d.matrix)
        s.add(Report::tr("Images"), Report::tr("%n image(s), each in the table below", nullptr, int(d.images.size())));
    else
        s.add(Report::tr("Image"), r.image.isEmpty() ? Report::tr("none (login only)") : r.image);
    QStringList ops;
    for (Operation op : r.operations)
        ops << operationId(op);
    s.add(Report::tr("Operations"), ops.join(u", "_s), ReportFact::Kind::Text, true);
    // Not given: which name was used, and where it came from, is the registry section's User line.
    s.add(Report::tr("User"), r.user.isEmpty() ? Report::tr("not given") : r.user);
    return s.take();
}

ReportSection actionsSection(const Diagnosis& d)
{
    const ActionsContext& a = d.request.actions;
    SectionBuilder s(u"actions"_s, Report::tr("GitHub Actions"));
    // A value the runner did not set is told as such, never left blank.
    for (const auto& [label, value, variable] :
         {std::tuple{Report::tr("Repository"), a.repository, u"GITHUB_REPOSITORY"_s},
          std::tuple{Report::tr("Event"), a.eventName, u"GITHUB_EVENT_NAME"_s}})
        s.add(label, value.isEmpty() ? Report::tr("not set (%1)").arg(variable) : value,
              value.isEmpty() ? ReportFact::Kind::Text : ReportFact::Kind::Code);
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
            s.add(Report::tr("Visibility"), visibilityTitle(p.visibility));
        }
        s.add(Report::tr("Error"), p.errorSentence.isEmpty() ? p.message : p.errorSentence);
    }
    return s.take();
}

ReportSection timingsSection(const Diagnosis& d)
{
    SectionBuilder s(u"timings"_s, Report::tr("Timings"));
    s.add(apiTitle(), millis(d.timings.apiMs));
    s.add(registryTitle(), millis(d.timings.registryMs));
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
    QSet<QString> linked; // settings pages a fix step links
    for (const FixStep& step : d.fixSteps)
        for (const FixLink& link : step.links)
            linked.insert(clean(link.url));
    for (const ImageResult& image : d.images) {
        m.rows << reportImageRow(image, d.request);
        m.rows.last().settingsInFixSteps = linked.contains(m.rows.constLast().settingsUrl);
    }
    return m;
}

} // namespace

QString visibilityTitle(const QString& visibility)
{
    if (visibility == u"public"_s)
        return Report::tr("public");
    if (visibility == u"private"_s)
        return Report::tr("private");
    if (visibility == u"internal"_s)
        return Report::tr("internal");
    return clean(visibility);
}

QString reportMatrixCounts(const QList<ImageResult>& images, const CheckRequest& request)
{
    return images.isEmpty() ? Report::tr("No image was checked.") : clean(matrixCounts(images, request));
}

ReportImageRow reportImageRow(const ImageResult& image, const CheckRequest& request)
{
    ReportImageRow row;
    const PackageInfo& p = image.package;
    row.image = clean(p.named());
    row.visibility = p.visibility.isEmpty() ? u"—"_s : visibilityTitle(p.visibility);
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

QList<int> reportMatrixColumnWidths()
{
    return {17, 14, 15, 10, 10, 14, 20};
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
    const VerdictLine verdict = verdictLine(d);
    facts.verdictWord = clean(verdict.word);
    facts.verdictLine = clean(verdict.text);
    facts.generatedUtc = utcText(d.startedAt);
    facts.generatedLocal = localText(d.startedAt, env.localZone);

    facts.sections << environmentSection(d, env, facts) << checkSection(d) << tokenFacts(d.token) << apiFacts(d.api)
                   << registrySections(d.registry, d.request.registry, d.docker);
    if (d.request.actions.inActions)
        facts.sections << actionsSection(d);
    facts.sections << timingsSection(d);
    facts.matrix = matrixOf(d);

    for (const ChecklistItem& item : d.checklist)
        facts.checklist << ReportCheck{
            clean(item.id),    item.status,        checkStatusId(item.status), checkStatusTitle(item.status),
            clean(item.title), clean(item.detail), clean(item.evidence),       clean(item.fix)};
    for (const FixStep& step : d.fixSteps) {
        QList<FixLink> links;
        for (const FixLink& l : step.links)
            links << FixLink{clean(l.label), clean(l.url)};
        facts.fixSteps << FixStep{clean(step.id),         clean(step.title), clean(step.detail),       clean(step.url),
                                  clean(step.powershell), clean(step.posix), clean(step.workflowYaml), links};
    }
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

} // namespace ghcr
