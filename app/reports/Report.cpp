#include "app/reports/Report.h"

#include "app/core/token/Redactor.h"
#include "app/reports/ReportFacts.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {
/// The file-name extension each format is saved with.
constexpr EnumEntry<ReportFormat> formatExtensions[] = {{ReportFormat::Text, u"txt"},
                                                        {ReportFormat::Json, u"json"},
                                                        {ReportFormat::Markdown, u"md"},
                                                        {ReportFormat::Html, u"html"},
                                                        {ReportFormat::Pdf, u"pdf"}};
} // namespace

QString reportFormatId(ReportFormat format)
{
    return enumId(format);
}

QString reportFormatExtension(ReportFormat format)
{
    return enumIdIn(formatExtensions, format);
}

QString reportFormatTitle(ReportFormat format)
{
    return enumTitle(format);
}

QString reportFormatFileFilter(ReportFormat format)
{
    QString patterns = u"*."_s + reportFormatExtension(format);
    if (format == ReportFormat::Markdown)
        patterns += u" *.markdown"_s;
    else if (format == ReportFormat::Html)
        patterns += u" *.htm"_s;
    else if (format == ReportFormat::Text)
        patterns += u" *.log"_s;
    return reportFormatTitle(format) + u" ("_s + patterns + u")"_s;
}

std::optional<ReportFormat> reportFormatFromId(const QString& id)
{
    const QString key = id.trimmed().toLower();
    if (std::optional<ReportFormat> format = enumFromId<ReportFormat>(key))
        return format;
    if (std::optional<ReportFormat> format = enumFromIdIn(formatExtensions, key))
        return format;
    if (key == u"plain"_s)
        return ReportFormat::Text;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatFromFileName(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix.isEmpty())
        return std::nullopt;
    if (suffix == u"markdown"_s)
        return ReportFormat::Markdown;
    if (suffix == u"htm"_s)
        return ReportFormat::Html;
    if (suffix == u"log"_s)
        return ReportFormat::Text;
    return enumFromIdIn(formatExtensions, suffix);
}

QList<ReportFormat> allReportFormats()
{
    return enumValues<ReportFormat>();
}

QByteArray renderReport(const Diagnosis& diagnosis, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Text:
        return renderTextReport(diagnosis);
    case ReportFormat::Json:
        return renderJsonReport(diagnosis);
    case ReportFormat::Markdown:
        return renderMarkdownReport(diagnosis);
    case ReportFormat::Html:
        return renderHtmlReport(diagnosis);
    case ReportFormat::Pdf:
        return renderPdfReport(diagnosis);
    }
    return {};
}

bool writeReport(const Diagnosis& diagnosis, ReportFormat format, QIODevice* device)
{
    if (format == ReportFormat::Json)
        return writeJsonReport(diagnosis, device);
    const QByteArray content = renderReport(diagnosis, format);
    return !content.isEmpty() && device->write(content) == content.size();
}

namespace {

/// Why a file cannot be written in `path`'s folder, in words; empty when the folder looks fine.
QString folderProblem(const QString& path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.exists()) {
        // A path under a regular file ("report.txt/x.json") names a file as a folder.
        QString parent = folder.absoluteFilePath();
        while (!parent.isEmpty() && !QFileInfo::exists(parent)) {
            const QString up = QFileInfo(parent).absolutePath();
            if (up == parent)
                break;
            parent = up;
        }
        if (QFileInfo(parent).isFile())
            return Report::tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(parent));
        return Report::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    if (!folder.isDir())
        return Report::tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    if (file.isDir())
        return Report::tr("a folder with that name already exists");
    return {};
}

QString saveFailure(const QString& path, const QString& reason)
{
    return Report::tr("Could not save the report to %1: %2.").arg(QDir::toNativeSeparators(path), reason);
}

QString writeErrorReason(const QSaveFile& file, const QString& path)
{
    switch (file.error()) {
    case QFileDevice::ResourceError:
        return Report::tr("the disk is full or a quota was reached (%1)").arg(file.errorString());
    case QFileDevice::PermissionsError:
        return Report::tr("the folder is read-only or you lack permission to write there (%1)").arg(file.errorString());
    case QFileDevice::OpenError: {
        const QString problem = folderProblem(path);
        if (!problem.isEmpty())
            return problem;
        const QFileInfo folder(QFileInfo(path).absolutePath());
        if (!folder.isWritable())
            return Report::tr("the folder is read-only or you lack permission to write there (%1)")
                .arg(file.errorString());
        return file.errorString();
    }
    default:
        return file.errorString();
    }
}

} // namespace

bool saveReport(const Diagnosis& diagnosis, ReportFormat format, const QString& path, QString* error)
{
    auto fail = [&](const QString& reason) {
        if (error)
            *error = saveFailure(path, reason);
        return false;
    };
    if (path.trimmed().isEmpty())
        return fail(Report::tr("no file name was given"));
    const QString problem = folderProblem(path);
    if (!problem.isEmpty())
        return fail(problem);

    // JSON goes out as it is written (see writeReport()); the other formats are rendered whole first, so one that
    // cannot be rendered leaves no file behind.
    QByteArray content;
    if (format != ReportFormat::Json) {
        content = renderReport(diagnosis, format);
        if (content.isEmpty() && format == ReportFormat::Pdf)
            return fail(Report::tr("a PDF can only be laid out by a graphical application (QGuiApplication)"));
        if (content.isEmpty())
            return fail(Report::tr("the report could not be rendered"));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(writeErrorReason(file, path));
    const bool written =
        format == ReportFormat::Json ? writeJsonReport(diagnosis, &file) : file.write(content) == content.size();
    if (!written) {
        const QString reason = writeErrorReason(file, path);
        file.cancelWriting();
        return fail(reason);
    }
    if (!file.commit())
        return fail(writeErrorReason(file, path));
    if (error)
        error->clear();
    return true;
}

QString defaultReportFileName(ReportFormat format, const QDateTime& when)
{
    const QDateTime local = when.isValid() ? when.toLocalTime() : QDateTime::currentDateTime();
    return u"ghcr-doctor-"_s + local.toString(u"yyyyMMdd-HHmmss"_s) + u"."_s + reportFormatExtension(format);
}

QString fixStepsMarkdown(const Diagnosis& diagnosis)
{
    const ReportFacts facts = buildReportFacts(diagnosis);
    // Pasted into an issue or a chat, the steps say what they are about: the image, the verdict, where.
    const QStringList secrets = diagnosis.redactions ? diagnosis.redactions->secrets() : QStringList();
    ClipboardContext context;
    context.image = Redactor::redact(diagnosis.request.image, secrets);
    context.host = Redactor::redact(diagnosis.request.host, secrets);
    context.registry = Redactor::redact(diagnosis.request.registry, secrets);
    return fixStepsMarkdownWithContext(facts, context);
}

} // namespace ghcr
