// GitHub Actions output: the job summary ($GITHUB_STEP_SUMMARY, GitHub Flavored Markdown) and workflow
// commands that become annotations on the run. Both walk ReportFacts (every string redacted).
// Workflow-command syntax: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
#include "app/core/AppInfo.h"
#include "app/core/token/Redactor.h"
#include "app/reports/Report.h"
#include "app/reports/ReportFacts.h"

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

QString sideCell(const ReportFacts& facts, const QStringList& ids)
{
    QStringList parts;
    for (const ReportCheck& check : facts.checklist) {
        if (ids.contains(check.id) && check.status != CheckStatus::Skip)
            parts << markdownStatusBadge(check) + u' ' + markdownEscape(check.title);
    }
    return parts.isEmpty() ? u"—"_s : parts.join(u"<br>"_s);
}

QString annotation(const QString& command, const QString& title, const QString& message)
{
    return u"::"_s + command + u" title="_s + escapeWorkflowCommandProperty(title) + u"::"_s +
           escapeWorkflowCommandData(message) + u'\n';
}

} // namespace

QString escapeWorkflowCommandData(const QString& text)
{
    QString out = text;
    out.replace(u'%', u"%25"_s);
    out.replace(u'\r', u"%0D"_s);
    out.replace(u'\n', u"%0A"_s);
    return out;
}

QString escapeWorkflowCommandProperty(const QString& text)
{
    QString out = escapeWorkflowCommandData(text);
    out.replace(u':', u"%3A"_s);
    out.replace(u',', u"%2C"_s);
    return out;
}

QByteArray renderGitHubStepSummary(const Diagnosis& diagnosis)
{
    const ReportFacts facts = buildReportFacts(diagnosis);
    const QString mark = facts.verdictId == u"ok"_s ? u"✅"_s : facts.verdictId == u"error"_s ? u"⛔"_s : u"❌"_s;
    QString out;
    out += u"### "_s + mark + u' ' + markdownEscape(QStringLiteral(GHCR_APP_NAME)) + u": "_s +
           markdownEscape(facts.verdictLine) + u"\n\n"_s;

    // The two sides, as the checklist judged them.
    out += u"| "_s + Report::tr("GitHub API") + u" | "_s + Report::tr("Container registry") + u" |\n| --- | --- |\n"_s;
    out += u"| "_s +
           sideCell(facts, {u"token.format"_s, u"token.accepted"_s, u"token.kind"_s, u"token.expiry"_s,
                            u"scope.read:packages"_s, u"scope.write:packages"_s, u"scope.delete:packages"_s,
                            u"sso.authorized"_s, u"org.policy"_s}) +
           u" | "_s +
           sideCell(facts, {u"image.reference"_s, u"registry.login"_s, u"registry.pull"_s, u"registry.push"_s,
                            u"registry.delete"_s}) +
           u" |\n\n"_s;

    for (const ReportSection& section : facts.sections) {
        if (section.id != u"actions"_s)
            continue;
        QStringList parts;
        for (const ReportFact& fact : section.facts)
            parts << markdownEscape(fact.label) + u": "_s +
                         (fact.kind == ReportFact::Kind::Url    ? markdownLink(fact.value)
                          : fact.kind == ReportFact::Kind::Code ? markdownCodeSpan(fact.value)
                                                                : markdownEscape(fact.value));
        out += u"**"_s + markdownEscape(section.title) + u"**: "_s + parts.join(u" · "_s) + u"\n\n"_s;
    }

    QString problems;
    for (const ReportCheck& check : facts.checklist) {
        if (check.status != CheckStatus::Fail && check.status != CheckStatus::Warn)
            continue;
        problems += u"- "_s + markdownStatusBadge(check) + u" "_s + markdownEscape(check.title) + u" ("_s +
                    markdownCodeSpan(check.id) + u"): "_s + markdownEscape(check.detail) + u'\n';
    }
    if (!problems.isEmpty())
        out += u"#### "_s + Report::tr("Problems") + u"\n\n"_s + problems + u'\n';
    if (facts.verdictId != u"ok"_s) {
        out += u"#### "_s + Report::tr("Fix steps") + u"\n\n"_s;
        out += fixStepsMarkdownFromFacts(facts.fixSteps) + u"\n"_s;
    }
    out += u"<sub>"_s + markdownEscape(facts.generator) + u" · "_s +
           Report::tr("Verdict: %1 (%2)").arg(markdownEscape(facts.verdictWord), markdownCodeSpan(facts.verdictId)) +
           u"</sub>\n\n"_s;
    return Redactor::redact(out).toUtf8();
}

QByteArray renderGitHubAnnotations(const Diagnosis& diagnosis)
{
    const ReportFacts facts = buildReportFacts(diagnosis);
    const QString app = QStringLiteral(GHCR_APP_NAME);
    QString out;
    bool anyRow = false;
    for (const ReportCheck& check : facts.checklist) {
        if (check.status != CheckStatus::Fail && check.status != CheckStatus::Warn)
            continue;
        anyRow = true;
        QString message = check.detail;
        if (!check.fix.isEmpty())
            message += u'\n' + Report::tr("Fix: %1").arg(check.fix);
        if (!check.evidence.isEmpty())
            message += u'\n' + Report::tr("Evidence: %1").arg(check.evidence);
        out += annotation(check.status == CheckStatus::Fail ? u"error"_s : u"warning"_s, app + u": "_s + check.title,
                          message);
    }
    const QString& verdict = facts.verdictLine;
    if (facts.verdictId == u"ok"_s)
        out += annotation(u"notice"_s, app, verdict);
    else if (!anyRow)
        out += annotation(facts.verdictId == u"error"_s ? u"error"_s : u"warning"_s, app, verdict);
    return Redactor::redact(out).toUtf8();
}

} // namespace ghcr
