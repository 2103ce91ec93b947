#include "ui/FixStepsView.h"

#include "app/core/token/Redactor.h"
#include "ui/Icons.h"
#include "ui/RichText.h"
#include "ui/UiHooks.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ghcr {

FixStepsView::FixStepsView(QWidget* parent)
    : QGroupBox(tr("Fix steps"), parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"fixStepsGroupBox"_s);
    m_browser->setObjectName(u"fixStepsBrowser"_s);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Fix steps"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, [](const QUrl& url) { UrlOpener::open(url); });
    m_copyButton = addButton(u"copy"_s, tr("C&opy fix steps"), u"copyFixStepsButton"_s, tr("Copy fix steps"));
    m_copyButton->setToolTip(tr("Copies the fix steps as Markdown. The token is never included."));
    connect(m_copyButton, &QPushButton::clicked, this, &FixStepsView::copyRequested);
    m_openSettingsButton = addButton(u"open-external"_s, tr("Open token setti&ngs"), u"openTokenSettingsButton"_s,
                                     tr("Open token settings"));
    connect(m_openSettingsButton, &QPushButton::clicked, this, &FixStepsView::openTokenSettingsRequested);
    m_authorizeSsoButton = addButton(u"shield"_s, tr("Authori&ze SSO"), u"authorizeSsoButton"_s, tr("Authorize SSO"));
    m_authorizeSsoButton->setToolTip(tr("Opens GitHub's page to authorize this token for the organization's SAML "
                                        "single sign-on. The link expires an hour after the check."));
    m_authorizeSsoButton->setVisible(false);
    connect(m_authorizeSsoButton, &QPushButton::clicked, this, &FixStepsView::authorizeSsoRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_openSettingsButton);
    buttons->addWidget(m_authorizeSsoButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addLayout(buttons);
    render();
}

QPushButton* FixStepsView::addButton(const QString& icon, const QString& text, const QString& objectName,
                                     const QString& accessibleName)
{
    auto* button = new QPushButton(uiIcon(icon), text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

void FixStepsView::showWaiting(bool running)
{
    m_running = running;
    m_haveDiagnosis = false;
    m_steps.clear();
    m_authorizeSsoButton->setVisible(false);
    render();
}

void FixStepsView::showDiagnosis(const Diagnosis& d, const QString& secret)
{
    m_running = false;
    m_haveDiagnosis = true;
    m_cancelled = d.cancelled;
    m_steps = d.fixSteps;
    m_secret = secret;
    setTitle(d.verdict == Verdict::Ok && !d.cancelled ? tr("Next steps") : tr("Fix steps"));
    m_authorizeSsoButton->setVisible(d.api.ssoRequired && !d.api.ssoUrl.isEmpty());
    render();
}

void FixStepsView::setCopyEnabled(bool enabled)
{
    m_copyButton->setEnabled(enabled);
}

bool FixStepsView::isCopyEnabled() const
{
    return m_copyButton->isEnabled();
}

void FixStepsView::setTokenSettings(bool enabled, const QString& url)
{
    m_openSettingsButton->setEnabled(enabled);
    m_openSettingsButton->setToolTip(tr("Opens GitHub's form for a new classic token with exactly the scopes this "
                                        "check needs (never “repo”):\n%1")
                                         .arg(url));
}

void FixStepsView::changeEvent(QEvent* event)
{
    QGroupBox::changeEvent(event);
    // The code blocks follow the palette: re-render them with the new colours.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        render();
}

void FixStepsView::render()
{
    QString sentence;
    if (!m_haveDiagnosis)
        sentence = m_running ? tr("Fix steps appear here when the check is done.")
                             : tr("Numbered fix steps appear here after a check, with "
                                  "commands for PowerShell and POSIX shells.");
    else if (m_cancelled)
        sentence = tr("The check was cancelled before it could suggest anything.");
    else if (m_steps.isEmpty())
        sentence = tr("Nothing to fix: the token does what you asked for.");
    if (!sentence.isEmpty()) {
        m_browser->setHtml(u"<p>"_s + html(sentence) + u"</p>"_s);
        return;
    }
    // Fix steps are rendered from the diagnosis, which passed through the redactor; redact
    // again with the live token as a second line of defence.
    m_browser->setHtml(Redactor::redact(stepsHtml(), {m_secret}));
}

QString FixStepsView::stepsHtml() const
{
    const QString codeBackground = palette().color(QPalette::AlternateBase).name();
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    QString out = u"<ol style=\"margin-left:0px; -qt-list-indent:1\">"_s;
    for (const FixStep& step : m_steps) {
        out += u"<li><p><b>"_s + html(step.title) + u"</b>"_s;
        if (!step.detail.isEmpty())
            out += u"<br>"_s + htmlParagraphs(step.detail);
        if (!step.url.isEmpty())
            out += u"<br><a href=\""_s + html(step.url) + u"\">"_s + html(step.url) + u"</a>"_s;
        for (const FixLink& l : step.links)
            out += u"<br>"_s +
                   tr("%1: %2").arg(html(l.label), u"<a href=\""_s + html(l.url) + u"\">"_s + html(l.url) + u"</a>"_s);
        out += u"</p>"_s;
        auto command = [&](const QString& shell, const QString& text) {
            if (text.isEmpty())
                return;
            out += u"<p style=\"margin-bottom:0px; color:%1\">"_s.arg(muted) + html(shell) + u"</p>"_s;
            out += u"<table width=\"100%\" cellpadding=\"4\" style=\"background-color:%1\"><tr><td><pre>"_s.arg(
                       codeBackground) +
                   html(text) + u"</pre></td></tr></table>"_s;
        };
        command(tr("PowerShell"), step.powershell);
        command(tr("POSIX shell (bash, zsh)"), step.posix);
        command(tr("GitHub Actions workflow (YAML)"), step.workflowYaml);
        out += u"</li>"_s;
    }
    return out + u"</ol>"_s;
}

void FixStepsView::addBelowSteps(QWidget* widget)
{
    layout()->addWidget(widget);
}

} // namespace ghcr
