#pragma once

#include "app/core/diagnosis/Diagnosis.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

QT_FORWARD_DECLARE_CLASS(QIODevice)

namespace ghcr {

enum class ReportFormat { Text, Json, Markdown, Html, Pdf };
template <> struct EnumTable<ReportFormat>
{
    using F = ReportFormat;
    static constexpr const char* context = "Report";
    static constexpr EnumEntry<F> entries[] = {
        {F::Text, u"text", QT_TRANSLATE_NOOP("Report", "Plain text")},
        {F::Json, u"json", QT_TRANSLATE_NOOP("Report", "JSON")},
        {F::Markdown, u"markdown", QT_TRANSLATE_NOOP("Report", "Markdown")},
        {F::Html, u"html", QT_TRANSLATE_NOOP("Report", "HTML")},
        {F::Pdf, u"pdf", QT_TRANSLATE_NOOP("Report", "PDF")},
    };
};

QString reportFormatId(ReportFormat format);        ///< "text", "json", "markdown", "html", "pdf"
QString reportFormatExtension(ReportFormat format); ///< "txt", "json", "md", "html", "pdf"
std::optional<ReportFormat> reportFormatFromId(const QString& id);
std::optional<ReportFormat> reportFormatFromFileName(const QString& fileName);
QList<ReportFormat> allReportFormats();
/// Translated name of a format ("Markdown") and a file-dialog filter ("Markdown (*.md *.markdown)").
QString reportFormatTitle(ReportFormat format);
QString reportFormatFileFilter(ReportFormat format);

/// Renders the diagnosis. Every format carries the same facts; none ever contains a secret
/// (everything passes through Redactor). PDF needs a QGuiApplication.
QByteArray renderReport(const Diagnosis& diagnosis, ReportFormat format);

/// Writes the report to `device` (open for writing); false when it could not be rendered or written. A JSON
/// report's images[] goes out one image at a time, so a large matrix's report is never whole in memory.
bool writeReport(const Diagnosis& diagnosis, ReportFormat format, QIODevice* device);

/// Writes atomically (QSaveFile): on failure the existing file is untouched and `error` names the path.
bool saveReport(const Diagnosis& diagnosis, ReportFormat format, const QString& path, QString* error);

/// Default name ghcr-doctor-YYYYMMDD-HHMMSS.<ext> for a report made at `when` (local time).
QString defaultReportFileName(ReportFormat format, const QDateTime& when);

// Individual writers (one file each).
QByteArray renderJsonReport(const Diagnosis& diagnosis);
bool writeJsonReport(const Diagnosis& diagnosis, QIODevice* device);
QByteArray renderTextReport(const Diagnosis& diagnosis);
QByteArray renderMarkdownReport(const Diagnosis& diagnosis);
QByteArray renderHtmlReport(const Diagnosis& diagnosis);
QByteArray renderPdfReport(const Diagnosis& diagnosis);

/// GitHub Actions (`check --format github`): the compact job summary appended to $GITHUB_STEP_SUMMARY
/// (verdict, the two sides, problems, fix steps with the workflow-level ones first) and one workflow
/// command per failing (::error) or warning (::warning) checklist row, plus ::notice/::error for the
/// verdict when no row carries it. Both walk ReportFacts, so nothing secret is ever printed.
QByteArray renderGitHubStepSummary(const Diagnosis& diagnosis);
QByteArray renderGitHubAnnotations(const Diagnosis& diagnosis);
/// Workflow-command escaping: data (% CR LF) and property values (also : and ,).
QString escapeWorkflowCommandData(const QString& text);
QString escapeWorkflowCommandProperty(const QString& text);

/// Fix steps as Markdown (what "Copy fix steps" puts on the clipboard).
QString fixStepsMarkdown(const Diagnosis& diagnosis);

} // namespace ghcr
