// Plain text for terminals and logs: the title, the summary line and the verdict, then one section after
// another.
#include "app/reports/Report.h"
#include "app/reports/ReportFacts.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// Indents every line after the first by `indent` spaces.
QString hangingIndent(const QString& text, int indent)
{
    QStringList lines = text.split(u'\n');
    const QString pad(indent, u' ');
    for (qsizetype i = 1; i < lines.size(); ++i)
        lines[i] = pad + lines[i];
    return lines.join(u'\n');
}

QString withoutTrailingBlankLines(QString text)
{
    while (text.endsWith(u"\n\n"_s))
        text.chop(1);
    return text;
}

QString heading(const QString& title)
{
    return u"== "_s + title + u" ==\n"_s;
}

void writeSection(QString& out, const ReportSection& section)
{
    out += heading(section.title);
    qsizetype width = 0;
    for (const ReportFact& fact : section.facts)
        width = qMax(width, fact.label.size());
    for (const ReportFact& fact : section.facts) {
        const QString label = fact.label + u':';
        out += label.leftJustified(width + 2, u' ') + hangingIndent(fact.value, int(width + 2)) + u'\n';
    }
    out += u'\n';
}

QString statusTag(const ReportCheck& check)
{
    // Fixed-width, ASCII, grep-able in logs: [PASS] [FAIL] [WARN] [SKIP].
    return u"["_s + check.statusId.toUpper() + u"]"_s;
}

void writeChecklist(QString& out, const QList<ReportCheck>& checklist)
{
    out += heading(Report::tr("Checklist"));
    if (checklist.isEmpty())
        out += Report::tr("(no checks)") + u'\n';
    const QString pad(7, u' ');
    for (const ReportCheck& check : checklist) {
        out += statusTag(check) + u' ' + check.title + u" ("_s + check.id + u")\n"_s;
        if (!check.detail.isEmpty())
            out += pad + hangingIndent(check.detail, 7) + u'\n';
        if (!check.evidence.isEmpty())
            out += pad + Report::tr("Evidence: %1").arg(hangingIndent(check.evidence, 7)) + u'\n';
        if (!check.fix.isEmpty())
            out += pad + Report::tr("Fix: %1").arg(hangingIndent(check.fix, 7)) + u'\n';
    }
    out += u'\n';
}

/// A table: every column as wide as its widest cell, the note last and unpadded.
void writeMatrixTable(QString& out, const QList<ReportImageRow>& rows)
{
    const QStringList columns = reportMatrixColumns();
    QList<QStringList> table{columns};
    for (const ReportImageRow& row : rows)
        table << reportMatrixCells(row);
    QList<qsizetype> widths(columns.size(), 0);
    for (const QStringList& cells : std::as_const(table))
        for (qsizetype c = 0; c < cells.size(); ++c)
            widths[c] = qMax(widths[c], cells.at(c).size());
    for (const QStringList& cells : std::as_const(table)) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c)
            line += c + 1 == cells.size() ? cells.at(c) : cells.at(c).leftJustified(widths[c] + 2, u' ');
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    }
}

void writeMatrix(QString& out, const ReportMatrix& matrix)
{
    if (!matrix.present)
        return;
    out += heading(Report::tr("Images"));
    out += matrix.counts + u'\n';
    for (const QString& group : matrix.groups)
        out += u"* "_s + hangingIndent(group, 2) + u'\n';
    out += u'\n';
    writeMatrixTable(out, matrix.rows);
    for (const ReportImageRow& row : matrix.rows)
        if (!row.settingsUrl.isEmpty() && row.verdictId != u"ok"_s && !row.settingsInFixSteps)
            out += Report::tr("Settings of %1: %2").arg(row.image, row.settingsUrl) + u'\n';
    out += u'\n';
}

/// A labelled block of code under a fix step, indented four more spaces than the step's text.
void writeCode(QString& out, int indent, const QString& label, const QString& code)
{
    if (code.isEmpty())
        return;
    const QString stepPad(indent, u' ');
    out += stepPad + label + u'\n';
    out += stepPad + u"    "_s + hangingIndent(code, indent + 4) + u'\n';
}

void writeFixSteps(QString& out, const QList<FixStep>& fixSteps)
{
    out += heading(Report::tr("Fix steps"));
    if (fixSteps.isEmpty())
        out += Report::tr("Nothing to fix.") + u'\n';
    int number = 0;
    for (const FixStep& step : fixSteps) {
        const QString prefix = QString::number(++number) + u". "_s;
        const int indent = int(prefix.size());
        const QString stepPad(indent, u' ');
        out += prefix + hangingIndent(step.title, indent) + u'\n';
        if (!step.detail.isEmpty())
            out += stepPad + hangingIndent(step.detail, indent) + u'\n';
        if (!step.url.isEmpty())
            out += stepPad + Report::tr("Open: %1").arg(step.url) + u'\n';
        for (const FixLink& l : step.links)
            out += stepPad + Report::tr("%1: %2").arg(l.label, l.url) + u'\n';
        writeCode(out, indent, Report::tr("PowerShell:"), step.powershell);
        writeCode(out, indent, Report::tr("POSIX shell (sh, bash, zsh):"), step.posix);
        writeCode(out, indent, Report::tr("GitHub Actions workflow (YAML):"), step.workflowYaml);
    }
    out += u'\n';
}

} // namespace

QByteArray renderTextReport(const Diagnosis& diagnosis)
{
    const ReportFacts facts = buildReportFacts(diagnosis);
    QString out;
    out += facts.title + u'\n';
    out += facts.verdictLine + u'\n';
    out += Report::tr("Verdict: %1 (%2)").arg(facts.verdictWord, facts.verdictId) + u'\n';
    out += u'\n';
    writeChecklist(out, facts.checklist);
    writeMatrix(out, facts.matrix);
    writeFixSteps(out, facts.fixSteps);
    for (const ReportSection& section : facts.sections)
        writeSection(out, section);
    return withoutTrailingBlankLines(out).toUtf8();
}

} // namespace ghcr
