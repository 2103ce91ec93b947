// HTML: one self-contained file. Inline CSS, no scripts, no external requests (a Content
// Security Policy forbids them too), every text escaped, status shown by word and colour,
// print CSS. The markup is XHTML-compatible so tests can parse it with QXmlStreamReader, and
// simple enough that QTextDocument lays out the same document for the PDF.
#include "app/core/AppInfo.h"
#include "app/reports/Report.h"
#include "app/reports/ReportFacts.h"

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

QString esc(const QString& text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u'\'', u"&#39;"_s);
    return out;
}

/// Escaped text with line breaks kept.
QString escBreaks(const QString& text)
{
    QString out = esc(text);
    out.remove(u'\r');
    out.replace(u'\n', u"<br/>"_s);
    return out;
}

bool isWebUrl(const QString& url)
{
    return (url.startsWith(u"https://"_s) || url.startsWith(u"http://"_s)) && !url.contains(u' ') &&
           !url.contains(u'\n') && !url.contains(u'"') && !url.contains(u'<') && !url.contains(u'>');
}

/// A link the user may click (never loaded by the page itself), or plain text.
QString link(const QString& url)
{
    if (!isWebUrl(url))
        return escBreaks(url);
    return u"<a href=\""_s + esc(url) + u"\" rel=\"noreferrer noopener\">"_s + esc(url) + u"</a>"_s;
}

QString factValue(const ReportFact& fact)
{
    switch (fact.kind) {
    case ReportFact::Kind::Url:
        return link(fact.value);
    case ReportFact::Kind::Code:
        return u"<code>"_s + escBreaks(fact.value) + u"</code>"_s;
    case ReportFact::Kind::Text:
        break;
    }
    return escBreaks(fact.value);
}

QString verdictClass(const QString& verdictId)
{
    if (verdictId == u"ok"_s)
        return u"status-pass"_s;
    if (verdictId == u"action-needed"_s)
        return u"status-fail"_s;
    return u"status-warn"_s;
}

const char* const kStyle = R"css(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10pt; color: #1f2328;
       background: #ffffff; margin: 0; line-height: 1.4; }
main { max-width: 62rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 18pt; margin: 0 0 0.5rem 0; }
h2 { font-size: 13pt; margin: 1.4rem 0 0.4rem 0; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; }
p.summary { font-size: 12pt; font-weight: bold; margin: 0.5rem 0; padding: 0.5rem 0.75rem;
            border-left: 6px solid #57606a; background: #f6f8fa; }
p.summary.status-pass { border-left-color: #1a7f37; }
p.summary.status-fail { border-left-color: #cf222e; }
p.summary.status-warn { border-left-color: #9a6700; }
table { border-collapse: collapse; width: 100%; margin: 0.3rem 0; }
th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top;
         overflow-wrap: break-word; }
td code { overflow-wrap: anywhere; }
table.images th, table.images td { font-size: 8pt; }
thead th { background: #f6f8fa; }
table.facts th { width: 30%; font-weight: normal; color: #57606a; background: #fbfcfd; }
code, pre { font-family: "DejaVu Sans Mono", Consolas, Menlo, monospace; font-size: 9pt; }
pre { background: #f6f8fa; border: 1px solid #d0d7de; padding: 0.4rem 0.6rem; white-space: pre-wrap;
      overflow-wrap: anywhere; }
span.status { font-weight: bold; white-space: nowrap; }
.status-pass { color: #1a7f37; }
.status-fail { color: #cf222e; }
.status-warn { color: #9a6700; }
.status-skip { color: #57606a; }
tr.row-fail td { background: #fff5f5; }
tr.row-warn td { background: #fffbea; }
ol.fix-steps li { margin-bottom: 0.6rem; }
p.step-detail, p.step-label { margin: 0.2rem 0; }
footer { margin-top: 1.5rem; color: #57606a; font-size: 8pt; }
@media print {
  @page { margin: 15mm; }
  body { font-size: 9pt; }
  main { max-width: none; padding: 0; }
  h2 { page-break-after: avoid; break-after: avoid; }
  tr, pre, li { page-break-inside: avoid; break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  tr.row-fail td, tr.row-warn td, thead th, pre, p.summary { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css";

// Tables carry border/cellpadding attributes too; browsers let the CSS win (the PDF writer pads the
// cells itself: QTextDocument reads neither rem nor this attribute at 300 dpi).
QString tableAttributes()
{
    return u" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\""_s;
}

/// Ids such as scope.read:packages may break after "." or ":" in a narrow PDF column, never mid-word.
QString idText(const QString& id, bool pdf)
{
    QString text = esc(id);
    if (pdf) {
        text.replace(u'.', u".\u200B"_s);
        text.replace(u':', u":\u200B"_s);
    }
    return text;
}

void writeHead(QString& out, const ReportFacts& facts)
{
    out += u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"_s;
    out +=
        u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\n"_s;
    out += u"<meta name=\"referrer\" content=\"no-referrer\"/>\n"_s;
    out += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"_s;
    out += u"<meta name=\"generator\" content=\""_s + esc(facts.generator) + u"\"/>\n"_s;
    out += u"<title>"_s + esc(facts.title) + u"</title>\n<style>"_s + QString::fromUtf8(kStyle) +
           u"</style>\n</head>\n<body>\n<main>\n"_s;

    out += u"<h1>"_s + esc(facts.title) + u"</h1>\n"_s;
    out += u"<p class=\"summary "_s + verdictClass(facts.verdictId) + u"\">"_s + escBreaks(facts.verdictLine) +
           u"</p>\n"_s;
    out += u"<p class=\"verdict\">"_s +
           Report::tr("Verdict: %1 (%2)")
               .arg(u"<span class=\"status "_s + verdictClass(facts.verdictId) + u"\">"_s + esc(facts.verdictWord) +
                        u"</span>"_s,
                    u"<code>"_s + esc(facts.verdictId) + u"</code>"_s) +
           u"</p>\n"_s;
}

void writeChecklist(QString& out, const QList<ReportCheck>& checklist, bool pdf)
{
    bool anyFix = false;
    for (const ReportCheck& check : checklist)
        anyFix = anyFix || !check.fix.isEmpty();
    out += u"<h2 id=\"checklist\">"_s + esc(Report::tr("Checklist")) + u"</h2>\n"_s;
    if (checklist.isEmpty()) {
        out += u"<p>"_s + esc(Report::tr("(no checks)")) + u"</p>\n"_s;
    } else {
        // No Fix column when no row has a fix (an OK report): it would be empty from top to bottom.
        out += u"<table class=\"checklist\""_s + tableAttributes() + u">\n<thead><tr><th width=\"16%\">"_s +
               esc(Report::tr("Status")) + u"</th><th width=\"20%\">"_s + esc(Report::tr("Check")) +
               (anyFix ? u"</th><th width=\"23%\">"_s : u"</th><th width=\"33%\">"_s) + esc(Report::tr("Finding")) +
               (anyFix ? u"</th><th width=\"23%\">"_s : u"</th><th width=\"31%\">"_s) + esc(Report::tr("Evidence")) +
               (anyFix ? u"</th><th width=\"18%\">"_s + esc(Report::tr("Fix")) : QString()) +
               u"</th></tr></thead>\n<tbody>\n"_s;
        for (const ReportCheck& check : checklist) {
            out += u"<tr class=\"row-"_s + check.statusId + u"\"><td><span class=\"status status-"_s + check.statusId +
                   u"\">"_s + esc(check.statusWord) + u"</span></td><td>"_s + esc(check.title) + u"<br/><code>"_s +
                   idText(check.id, pdf) + u"</code></td><td>"_s + escBreaks(check.detail) + u"</td><td>"_s +
                   (check.evidence.isEmpty() ? QString() : u"<code>"_s + escBreaks(check.evidence) + u"</code>"_s) +
                   (anyFix ? u"</td><td>"_s + escBreaks(check.fix) : QString()) + u"</td></tr>\n"_s;
        }
        out += u"</tbody>\n</table>\n"_s;
    }
}

/// Every package at once: the counts, the causes, and one row per image (status words, never colour alone).
void writeMatrix(QString& out, const ReportMatrix& matrix)
{
    if (!matrix.present)
        return;
    out += u"<h2 id=\"images\">"_s + esc(Report::tr("Images")) + u"</h2>\n<p>"_s + esc(matrix.counts) + u"</p>\n"_s;
    if (!matrix.groups.isEmpty()) {
        out += u"<ul class=\"refusal-groups\">\n"_s;
        for (const QString& group : matrix.groups)
            out += u"<li>"_s + escBreaks(group) + u"</li>\n"_s;
        out += u"</ul>\n"_s;
    }
    out += u"<table class=\"images\""_s + tableAttributes() + u">\n<thead><tr>"_s;
    const QStringList columns = reportMatrixColumns();
    const QList<int> widths = reportMatrixColumnWidths();
    for (qsizetype c = 0; c < columns.size(); ++c)
        out += u"<th width=\"%1%\">"_s.arg(widths.value(c)) + esc(columns.at(c)) + u"</th>"_s;
    out += u"</tr></thead>\n<tbody>\n"_s;
    for (const ReportImageRow& row : matrix.rows) {
        const QStringList cells = reportMatrixCells(row);
        out += u"<tr>"_s;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            out += u"<td>"_s + (c == 0 ? u"<code>"_s + esc(cells.at(c)) + u"</code>"_s : escBreaks(cells.at(c)));
            if (c == 0 && !row.settingsUrl.isEmpty() && !row.settingsInFixSteps)
                out += u"<br/>"_s + link(row.settingsUrl);
            out += u"</td>"_s;
        }
        out += u"</tr>\n"_s;
    }
    out += u"</tbody>\n</table>\n"_s;
}

/// One labelled block of code under a fix step.
QString codeBlock(const QString& label, const QString& code)
{
    if (code.isEmpty())
        return {};
    return u"<p class=\"step-label\">"_s + esc(label) + u"</p><pre><code>"_s + esc(code) + u"</code></pre>"_s;
}

void writeFixSteps(QString& out, const QList<FixStep>& fixSteps)
{
    out += u"<h2 id=\"fix-steps\">"_s + esc(Report::tr("Fix steps")) + u"</h2>\n"_s;
    if (fixSteps.isEmpty()) {
        out += u"<p>"_s + esc(Report::tr("Nothing to fix: every requested operation works.")) + u"</p>\n"_s;
    } else {
        out += u"<ol class=\"fix-steps\">\n"_s;
        for (const FixStep& step : fixSteps) {
            out += u"<li><strong>"_s + escBreaks(step.title) + u"</strong>"_s;
            if (!step.detail.isEmpty())
                out += u"<p class=\"step-detail\">"_s + escBreaks(step.detail) + u"</p>"_s;
            if (!step.url.isEmpty())
                out += u"<p class=\"step-detail\">"_s + Report::tr("Open: %1").arg(link(step.url)) + u"</p>"_s;
            for (const FixLink& l : step.links)
                out += u"<p class=\"step-detail\">"_s + Report::tr("%1: %2").arg(esc(l.label), link(l.url)) + u"</p>"_s;
            out += codeBlock(Report::tr("PowerShell:"), step.powershell);
            out += codeBlock(Report::tr("POSIX shell (sh, bash, zsh):"), step.posix);
            out += codeBlock(Report::tr("GitHub Actions workflow (YAML):"), step.workflowYaml);
            out += u"</li>\n"_s;
        }
        out += u"</ol>\n"_s;
    }
}

void writeSections(QString& out, const QList<ReportSection>& sections)
{
    for (const ReportSection& section : sections) {
        QString id = section.id;
        id.replace(u'.', u'-');
        out += u"<h2 id=\""_s + esc(id) + u"\">"_s + esc(section.title) + u"</h2>\n"_s;
        out += u"<table class=\"facts\""_s + tableAttributes() + u">\n<tbody>\n"_s;
        for (const ReportFact& fact : section.facts) {
            out += u"<tr><th scope=\"row\" width=\"30%\">"_s + esc(fact.label) + u"</th><td>"_s + factValue(fact) +
                   u"</td></tr>\n"_s;
        }
        out += u"</tbody>\n</table>\n"_s;
    }
}

} // namespace

/// The report as XHTML-compatible HTML; shared with the PDF writer (which lays it out with
/// QTextDocument), so the two cannot disagree.
QString reportHtml(const ReportFacts& facts, HtmlLayout layout)
{
    QString out;
    writeHead(out, facts);
    writeChecklist(out, facts.checklist, layout == HtmlLayout::Pdf);
    writeMatrix(out, facts.matrix);
    writeFixSteps(out, facts.fixSteps);
    writeSections(out, facts.sections);
    out += u"<footer><p>"_s +
           esc(Report::tr("Written by %1. The token itself is never written to a report; it is identified "
                          "by its fingerprint only.")
                   .arg(QStringLiteral(GHCR_APP_NAME))) +
           u"</p></footer>\n"_s;
    out += u"</main>\n</body>\n</html>\n"_s;
    return out;
}

QByteArray renderHtmlReport(const Diagnosis& diagnosis)
{
    return reportHtml(buildReportFacts(diagnosis)).toUtf8();
}

} // namespace ghcr
