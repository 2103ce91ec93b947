#include "ui/AboutDialog.h"

#include "app/core/AppInfo.h"
#include "app/core/AppVersion.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QSslSocket>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About %1").arg(QStringLiteral(GHCR_APP_NAME)));

    m_textLabel = new QLabel(aboutHtml(), this);
    m_textLabel->setObjectName(u"aboutTextLabel"_s);
    m_textLabel->setTextFormat(Qt::RichText);
    m_textLabel->setWordWrap(true);
    m_textLabel->setOpenExternalLinks(true);
    m_textLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_licenseBrowser = new QTextBrowser(this);
    m_licenseBrowser->setObjectName(u"licenseTextBrowser"_s);
    m_licenseBrowser->setPlainText(licenseText());
    m_licenseBrowser->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_licenseBrowser->setAccessibleName(tr("Licence text"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_licenseBrowser, 1);
    layout->addWidget(buttons);
    resize(620, 560);
}

QString AboutDialog::aboutHtml()
{
    const QString openSsl =
        QSslSocket::supportsSsl() ? QSslSocket::sslLibraryVersionString() : tr("not loaded (TLS unavailable)");
    QString html = u"<h3>"_s + esc(QStringLiteral(GHCR_APP_NAME)) + u"</h3>"_s;
    html += u"<p>"_s + tr("Version %1").arg(esc(appVersionText())) + u"</p>"_s;
    html += u"<p>"_s +
            tr("Diagnoses GitHub tokens against the GitHub REST API and the ghcr.io container registry, side by side, "
               "and tells you what to fix. Tokens are never logged, saved in settings or copied; “Remember token” "
               "uses the system keychain only.") +
            u"</p>"_s;
    html += u"<p>"_s + esc(u"Copyright © 2026 GHCR Doctor contributors"_s) + u"<br/>"_s +
            tr("Free software under the MIT License (SPDX: MIT), printed below.") + u"</p>"_s;
    html += u"<p>"_s + tr("Third-party components:") + u"</p><ul>"_s;
    html += u"<li>Qt "_s + esc(QString::fromLatin1(qVersion())) + u" — LGPL-3.0-only (<a href=\"https://www.qt.io/"_s +
            u"licensing/open-source-lgpl-obligations\">qt.io</a>)</li>"_s;
    html += u"<li>QtKeychain — BSD-2-Clause (<a href=\"https://github.com/frankosterfeld/qtkeychain\">"_s +
            u"github.com/frankosterfeld/qtkeychain</a>)</li>"_s;
    html += u"<li>"_s + esc(openSsl) + u" — "_s +
            tr("OpenSSL 3: Apache-2.0; OpenSSL 1.1: OpenSSL and SSLeay licences") +
            u" (<a href=\"https://www.openssl.org/source/license.html\">openssl.org</a>)</li></ul>"_s;
    html += u"<p><a href=\""_s + esc(QStringLiteral(GHCR_HOMEPAGE)) + u"\">"_s + esc(QStringLiteral(GHCR_HOMEPAGE)) +
            u"</a></p>"_s;
    return html;
}

QString AboutDialog::licenseText()
{
    QFile file(u":/about/LICENSE"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace ghcr
