#include "ui/SaveReport.h"

#include "app/core/token/Redactor.h"
#include "app/reports/Report.h"
#include "ui/UiHooks.h"
#include "ui/WindowSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

QString reportFilter(ReportFormat format)
{
    const QString pattern = u"(*."_s + reportFormatExtension(format) + u')';
    switch (format) {
    case ReportFormat::Text:
        return SaveReport::tr("Plain text report %1").arg(pattern);
    case ReportFormat::Json:
        return SaveReport::tr("JSON report %1").arg(pattern);
    case ReportFormat::Markdown:
        return SaveReport::tr("Markdown report %1").arg(pattern);
    case ReportFormat::Html:
        return SaveReport::tr("HTML report %1").arg(pattern);
    case ReportFormat::Pdf:
        return SaveReport::tr("PDF report %1").arg(pattern);
    }
    return pattern;
}

/// Where a report goes first: the folder of the last one, else Documents, else home (never the working directory).
QString reportDirectory()
{
    for (const QString& directory :
         {WindowSettings::lastReportDirectory(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}) {
        if (!directory.isEmpty() && QFileInfo(directory).isDir())
            return directory;
    }
    return QDir::homePath();
}

} // namespace

QString saveReportAs(QWidget* parent, const Diagnosis& diagnosis, const QString& secret)
{
    const QList<ReportFormat> formats = allReportFormats();
    QStringList filters;
    for (ReportFormat format : formats)
        filters << reportFilter(format);
    const std::optional<ReportFormat> lastFormat = reportFormatFromId(WindowSettings::lastReportFormat());
    ReportFormat format = lastFormat && formats.contains(*lastFormat) ? *lastFormat : formats.value(0);
    const QDateTime when =
        diagnosis.finishedAt.isValid() ? diagnosis.finishedAt.toLocalTime() : QDateTime::currentDateTime();
    const QString suggested = QDir(reportDirectory()).filePath(defaultReportFileName(format, when));
    QString selectedFilter = reportFilter(format);
    QString path = FileDialogs::getSaveFileName(parent, SaveReport::tr("Save report"), suggested, filters.join(u";;"_s),
                                                &selectedFilter);
    if (path.isEmpty())
        return {};
    // The extension decides; without one, the chosen filter does (and the extension is added).
    if (const std::optional<ReportFormat> byName = reportFormatFromFileName(path)) {
        format = *byName;
    } else {
        for (ReportFormat candidate : formats) {
            if (reportFilter(candidate) == selectedFilter)
                format = candidate;
        }
        path += u'.' + reportFormatExtension(format);
    }
    QString error;
    if (!saveReport(diagnosis, format, path, &error)) {
        QMessageBox::warning(
            parent, SaveReport::tr("Report not saved"),
            SaveReport::tr("The report could not be saved: %1").arg(Redactor::redact(error, {secret})));
        return {};
    }
    WindowSettings::setLastReport(QFileInfo(path).absolutePath(), reportFormatId(format));
    return path;
}

} // namespace ghcr
