#pragma once

// The one internal model every report writer walks, so the formats cannot disagree.
// Built once from a Diagnosis; every string in it has passed through ghcr::Redactor::redact.

#include "app/core/diagnosis/Diagnosis.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace ghcr {

/// Translation context "Report" for every user-visible string of the report writers.
class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

/// Facts about the machine that wrote the report. Tests inject fixed values so golden files
/// do not depend on the Qt version, the OS or the time zone of the machine running them.
struct ReportEnvironment
{
    QString qtVersion;
    QString os;
    QTimeZone localZone;

    /// The real environment: qVersion(), QSysInfo::prettyProductName(), the system time zone;
    /// or the override set by setOverride().
    static ReportEnvironment current();
    static void setOverride(const std::optional<ReportEnvironment>& environment);
};

/// A label and its (already redacted) value. `kind` tells writers how to present the value.
struct ReportFact
{
    enum class Kind { Text, Url, Code };
    QString label;
    QString value;
    Kind kind = Kind::Text;
    /// For the window (report writers say it in words already): an icon beside the value.
    std::optional<CheckStatus> status = std::nullopt;
    /// For the window: what the field is or where the value comes from (its tooltip).
    QString note = {};
    /// For the window: background to the fact before it (a challenge's realm, a login's message), folded beneath it.
    bool detail = false;
    /// For the window: the section's folded line says this already (its summary), so the window leaves it out.
    bool inSummary = false;
};

/// A titled group of facts ("Token", "GitHub API", "Registry operation: push", ...).
struct ReportSection
{
    QString id; ///< stable: "environment", "check", "token", "api", "registry", "registry.pull", ..., "timings"
    QString title;
    QList<ReportFact> facts;
    /// For the window: the section in one line and its status. A folded section's line ("allowed", "a different
    /// token"); a side's status line ("GitHub accepted the token of octocat."). Empty for the reports' own sections.
    QString summary = {};
    std::optional<CheckStatus> status = std::nullopt;
};

/// One checklist row, redacted, with its status word.
struct ReportCheck
{
    QString id;
    CheckStatus status = CheckStatus::Skip;
    QString statusId;   ///< "pass", "fail", "warn", "skip"
    QString statusWord; ///< translated: "OK", "Problem", "Warning", "Skipped"
    QString title;
    QString detail;
    QString evidence;
    QString fix;
};

/// One image of an every-package check, as every report shows it (redacted words).
struct ReportImageRow
{
    QString image;
    QString visibility; ///< "public", "private", "internal", or "—" when not listed
    QString repository; ///< linked repository, a translated "not linked", or "—" when not known
    QString pull;       ///< translated status word: "works", "refused", "not proved", "not asked", "cancelled"
    QString push;
    QString deleteBasis; ///< "scopes: yes" / "scopes: no" / "not asked"
    QString note;
    QString settingsUrl;
    QString verdictId;
    /// A fix step links this settings page already (a refusal's step, per package): the reports do not repeat it
    /// beside the table.
    bool settingsInFixSteps = false;
};

/// The matrix of an every-package check: counts, the table, the refusals grouped by cause.
struct ReportMatrix
{
    bool present = false;
    QString counts;     ///< "push works on 12 of 15 images; pull works on 15 of 15"
    QStringList groups; ///< RefusalGroup::sentence, one a line
    QList<ReportImageRow> rows;
};

/// Everything a report shows. Every writer shows it in the same order: title, summary and verdict,
/// checklist, fix steps, then the sections in list order (environment ... timings).
struct ReportFacts
{
    QString title;       ///< "GHCR Doctor report"
    QString generator;   ///< "GHCR Doctor 0.1.0 (v0.1.0-3-gabc1234)" (PDF creator, HTML generator)
    QString summary;     ///< Diagnosis::summary
    QString verdictId;   ///< "ok", "action-needed", "error"
    QString verdictWord; ///< translated "Works", "Action needed", ... (VerdictLine::word)
    /// The verdict in one line, "Works for IMAGE: summary" (VerdictLine::text): what the window's banner says, and
    /// what every report says first.
    QString verdictLine;
    QString generatedUtc;
    QString generatedLocal;
    QList<ReportSection> sections; ///< everything except the checklist and the fix steps
    QList<ReportCheck> checklist;
    QList<FixStep> fixSteps; ///< redacted copies
    ReportMatrix matrix;     ///< the images of an every-package check (after the checklist)
};

/// Column titles of the matrix table (image, visibility, repository, pull, push, delete, note), translated.
QStringList reportMatrixColumns();
/// The share of the table's width each column of reportMatrixColumns() gets (percent; they add up to 100): room for
/// the longest header word in every language (a Russian "Репозиторий" was cut in two in the PDF's even split).
QList<int> reportMatrixColumnWidths();
/// "public", "private", "internal" in words (the API's ids translated); another value as it is.
QString visibilityTitle(const QString& visibility);
/// One image's row (the reports' table and the window's, as results stream in).
ReportImageRow reportImageRow(const ImageResult& image, const CheckRequest& request);
/// "pull works on 12 of 15 images; push works on 9 of 15 images" for the images so far.
QString reportMatrixCounts(const QList<ImageResult>& images, const CheckRequest& request);
/// The cells of one row in the order of reportMatrixColumns().
QStringList reportMatrixCells(const ReportImageRow& row);

/// Builds the facts of a diagnosis. Every string passes through Redactor::redact.
ReportFacts buildReportFacts(const Diagnosis& diagnosis);

/// Letter for the territories that use it (US, Canada, Mexico, ...), A4 everywhere else.
QPageSize::PageSizeId reportPageSizeForLocale(const QLocale& locale);

/// Who lays the HTML out: a browser (the HTML report) or QTextDocument (the PDF report), which needs
/// break opportunities inside ids (mid-word breaks otherwise).
enum class HtmlLayout { Browser, Pdf };

/// The report as self-contained, XHTML-compatible HTML (the HTML writer's output; the PDF writer
/// lays out the same document with QTextDocument).
QString reportHtml(const ReportFacts& facts, HtmlLayout layout = HtmlLayout::Browser);

/// GitHub Flavored Markdown pieces shared by the Markdown report and the GitHub job summary: text for a
/// paragraph or table cell, a code span that survives any content, a URL as an autolink when safe.
QString markdownEscape(const QString& text);
QString markdownCodeSpan(const QString& text);
QString markdownLink(const QString& url);
/// "✅ **OK**", "❌ **Problem**", …: a checklist row's status for Markdown.
QString markdownStatusBadge(const ReportCheck& check);

/// Markdown of the fix steps (the report's section).
QString fixStepsMarkdownFromFacts(const QList<FixStep>& steps);

/// What the copied fix steps are about.
struct ClipboardContext
{
    QString image; ///< as checked, tag included; may be empty
    QString host;
    QString registry;
};
/// What "Copy fix steps" puts on the clipboard: a heading, the verdict and where it was checked, then
/// the numbered steps.
QString fixStepsMarkdownWithContext(const ReportFacts& facts, const ClipboardContext& context);

} // namespace ghcr
