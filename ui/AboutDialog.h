#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace ghcr {

/// Help → About: the version and commit (the same text as `ghcr-doctor --version`), the MIT licence
/// the application is under, and the third-party components it runs on with their licences.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The dialog's main text (rich text): name, version and commit, copyright, licence and the
    /// third-party components. Tests compare it with `--version`, the JSON report and the metainfo.
    static QString aboutHtml();
    /// The LICENSE file compiled into the application.
    static QString licenseText();

private:
    QLabel* m_textLabel = nullptr;
    QTextBrowser* m_licenseBrowser = nullptr;
};

} // namespace ghcr
