// Markdown that renders well pasted into a GitHub issue or comment: tables with escaped pipes,
// status words (not just emoji), fix steps as a numbered list, commands in fenced blocks.
#include "app/reports/Report.h"
#include "app/reports/ReportFacts.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ghcr {

/// Escapes text for a Markdown paragraph or table cell (GitHub Flavored Markdown).
QString markdownEscape(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // GFM never emphasises inside a word: keep "permission_denied" readable in the raw text.
        if (c == u'_' && i > 0 && i + 1 < text.size() && text.at(i - 1).isLetterOrNumber() &&
            text.at(i + 1).isLetterOrNumber()) {
            out += c;
            continue;
        }
        switch (c.unicode()) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '|':
        case '#':
        case '~':
            out += u'\\';
            out += c;
            break;
        case '&':
            out += u"&amp;"_s;
            break;
        case '\r':
            break;
        case '\n':
            out += u"<br>"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

/// A code span that survives any content, also inside a table cell.
QString markdownCodeSpan(const QString& text)
{
    QString body = text;
    body.replace(u'\n', u' ');
    body.remove(u'\r');
    int longest = 0;
    int run = 0;
    for (QChar c : body) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(longest + 1, u'`');
    body.replace(u"|"_s, u"\\|"_s);
    if (body.startsWith(u'`') || body.endsWith(u'`') || longest > 0)
        body = u' ' + body + u' ';
    return fence + body + fence;
}

/// A URL as a clickable autolink when that is safe, else escaped text.
QString markdownLink(const QString& url)
{
    const bool plain = (url.startsWith(u"https://"_s) || url.startsWith(u"http://"_s)) && !url.contains(u' ') &&
                       !url.contains(u'<') && !url.contains(u'>') && !url.contains(u'\n') && !url.contains(u'|');
    return plain ? u'<' + url + u'>' : markdownEscape(url);
}

QString markdownStatusBadge(const ReportCheck& check)
{
    const QString mark = check.status == CheckStatus::Pass   ? u"✅"_s
                         : check.status == CheckStatus::Fail ? u"❌"_s
                         : check.status == CheckStatus::Warn ? u"⚠️"_s
                                                             : u"➖"_s;
    return mark + u" **"_s + markdownEscape(check.statusWord) + u"**"_s;
}

namespace {

QString factValue(const ReportFact& fact)
{
    switch (fact.kind) {
    case ReportFact::Kind::Url:
        return markdownLink(fact.value);
    case ReportFact::Kind::Code:
        return markdownCodeSpan(fact.value);
    case ReportFact::Kind::Text:
        break;
    }
    return markdownEscape(fact.value);
}

/// A fenced code block indented for a list item; the fence is longer than any backtick run inside.
QString fencedBlock(const QString& language, const QString& code, const QString& indent)
{
    int longest = 0;
    int run = 0;
    for (QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax(3, longest + 1), u'`');
    QString out = indent + fence + language + u'\n';
    const QStringList lines = code.split(u'\n');
    for (const QString& line : lines)
        out += (line.isEmpty() ? QString() : indent + line) + u'\n';
    out += indent + fence + u'\n';
    return out;
}

void writeSection(QString& out, const ReportSection& section)
{
    out += u"## "_s + markdownEscape(section.title) + u"\n\n"_s;
    out += u"| "_s + Report::tr("Fact") + u" | "_s + Report::tr("Value") + u" |\n| --- | --- |\n"_s;
    for (const ReportFact& fact : section.facts)
        out += u"| "_s + markdownEscape(fact.label) + u" | "_s + factValue(fact) + u" |\n"_s;
    out += u'\n';
}

} // namespace

QString fixStepsMarkdownFromFacts(const QList<FixStep>& steps)
{
    if (steps.isEmpty())
        return Report::tr("Nothing to fix: every requested operation works.") + u'\n';
    QString out;
    int number = 0;
    for (const FixStep& step : steps) {
        const QString prefix = QString::number(++number) + u". "_s;
        const QString indent(prefix.size(), u' ');
        out += prefix + u"**"_s + markdownEscape(step.title) + u"**\n"_s;
        if (!step.detail.isEmpty())
            out += u'\n' + indent + markdownEscape(step.detail) + u'\n';
        if (!step.url.isEmpty())
            out += u'\n' + indent + Report::tr("Open: %1").arg(markdownLink(step.url)) + u'\n';
        if (!step.links.isEmpty())
            out += u'\n';
        for (const FixLink& l : step.links)
            out += indent + u"- "_s + Report::tr("%1: %2").arg(markdownEscape(l.label), markdownLink(l.url)) + u'\n';
        if (!step.powershell.isEmpty()) {
            out += u'\n' + indent + Report::tr("PowerShell:") + u"\n\n"_s;
            out += fencedBlock(u"powershell"_s, step.powershell, indent);
        }
        if (!step.posix.isEmpty()) {
            out += u'\n' + indent + Report::tr("POSIX shell (sh, bash, zsh):") + u"\n\n"_s;
            out += fencedBlock(u"sh"_s, step.posix, indent);
        }
        if (!step.workflowYaml.isEmpty()) {
            out += u'\n' + indent + Report::tr("GitHub Actions workflow (YAML):") + u"\n\n"_s;
            out += fencedBlock(u"yaml"_s, step.workflowYaml, indent);
        }
        out += u'\n';
    }
    while (out.endsWith(u"\n\n"_s))
        out.chop(1);
    return out;
}

QString fixStepsMarkdownWithContext(const ReportFacts& facts, const ClipboardContext& context)
{
    QString out =
        u"## "_s +
        (context.image.isEmpty() ? Report::tr("GHCR Doctor: fix steps")
                                 : Report::tr("GHCR Doctor: fix steps for %1").arg(markdownCodeSpan(context.image))) +
        u"\n\n"_s;
    out += u"> **"_s + markdownEscape(facts.verdictLine) + u"**"_s;
    out += u"\n>\n> "_s +
           Report::tr("Checked %1 on %2 (registry %3) by %4.")
               .arg(markdownEscape(facts.generatedUtc), markdownCodeSpan(context.host),
                    markdownCodeSpan(context.registry), markdownEscape(facts.generator)) +
           u"\n\n"_s;
    out += fixStepsMarkdownFromFacts(facts.fixSteps);
    return out;
}

QByteArray renderMarkdownReport(const Diagnosis& diagnosis)
{
    const ReportFacts facts = buildReportFacts(diagnosis);
    QString out;
    out += u"# "_s + markdownEscape(facts.title) + u"\n\n"_s;
    out += u"> **"_s + markdownEscape(facts.verdictLine) + u"**\n>\n"_s;
    out += u"> "_s +
           Report::tr("Verdict: %1 (%2)").arg(markdownEscape(facts.verdictWord), markdownCodeSpan(facts.verdictId)) +
           u"\n\n"_s;

    out += u"## "_s + Report::tr("Checklist") + u"\n\n"_s;
    if (facts.checklist.isEmpty()) {
        out += Report::tr("(no checks)") + u"\n\n"_s;
    } else {
        out += u"| "_s + Report::tr("Status") + u" | "_s + Report::tr("Check") + u" | "_s + Report::tr("Finding") +
               u" | "_s + Report::tr("Evidence") + u" | "_s + Report::tr("Fix") + u" |\n"_s;
        out += u"| --- | --- | --- | --- | --- |\n"_s;
        for (const ReportCheck& check : facts.checklist) {
            out += u"| "_s + markdownStatusBadge(check) + u" | "_s + markdownEscape(check.title) + u"<br>"_s +
                   markdownCodeSpan(check.id) + u" | "_s + markdownEscape(check.detail) + u" | "_s +
                   (check.evidence.isEmpty() ? QString() : markdownCodeSpan(check.evidence)) + u" | "_s +
                   markdownEscape(check.fix) + u" |\n"_s;
        }
        out += u'\n';
    }

    if (facts.matrix.present) {
        out += u"## "_s + Report::tr("Images") + u"\n\n"_s + markdownEscape(facts.matrix.counts) + u"\n\n"_s;
        for (const QString& group : facts.matrix.groups)
            out += u"- "_s + markdownEscape(group) + u'\n';
        if (!facts.matrix.groups.isEmpty())
            out += u'\n';
        const QStringList columns = reportMatrixColumns();
        QStringList escaped;
        for (const QString& column : columns)
            escaped << markdownEscape(column);
        out += u"| "_s + escaped.join(u" | "_s) + u" |\n"_s;
        out += u"|"_s + QString(u" --- |"_s).repeated(columns.size()) + u'\n';
        for (const ReportImageRow& row : facts.matrix.rows) {
            QStringList cells = reportMatrixCells(row);
            for (qsizetype c = 0; c < cells.size(); ++c)
                cells[c] = c == 0 ? markdownCodeSpan(cells.at(c)) : markdownEscape(cells.at(c));
            if (!row.settingsUrl.isEmpty() && !row.settingsInFixSteps)
                cells[0] += u"<br>"_s + markdownLink(row.settingsUrl);
            out += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
        }
        out += u'\n';
    }

    out += u"## "_s + Report::tr("Fix steps") + u"\n\n"_s;
    out += fixStepsMarkdownFromFacts(facts.fixSteps) + u"\n"_s;

    for (const ReportSection& section : facts.sections)
        writeSection(out, section);
    while (out.endsWith(u"\n\n"_s))
        out.chop(1);
    return out.toUtf8();
}

} // namespace ghcr
