#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ghcr {

struct Diagnosis;

/// File → Save report: asks where (the folder and format of the last report first, else Documents, else
/// home), takes the format from the file's extension or else from the chosen filter (adding the extension),
/// writes the report and remembers folder and format. A failure is shown in a message box with `secret`
/// redacted. Returns the path written, or nothing when the user cancelled or the report was not saved.
QString saveReportAs(QWidget* parent, const Diagnosis& diagnosis, const QString& secret);

class SaveReport
{
    Q_DECLARE_TR_FUNCTIONS(SaveReport)
};

} // namespace ghcr
