#include "ui/ResultsView.h"

#include "app/reports/EvidenceFacts.h"
#include "ui/ChecklistView.h"
#include "ui/EvidencePanel.h"
#include "ui/FixStepsView.h"
#include "ui/Icons.h"
#include "ui/RichText.h"
#include "ui/StoredLoginsPanel.h"
#include "ui/UiHooks.h"
#include "ui/WindowSettings.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

} // namespace

ResultsView::ResultsView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"resultsWidget"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildVerdict());
    layout->addWidget(buildWelcome(), 1);
}

QWidget* ResultsView::buildVerdict()
{
    auto* verdict = new QFrame(this);
    verdict->setObjectName(u"verdictFrame"_s);
    verdict->setFrameShape(QFrame::StyledPanel);
    auto* verdictLayout = new QHBoxLayout(verdict);
    m_verdictIcon = new QLabel(verdict);
    m_verdictIcon->setObjectName(u"verdictIconLabel"_s);
    const int verdictIconSize = style()->pixelMetric(QStyle::PM_ToolBarIconSize, nullptr, this);
    m_verdictIcon->setFixedSize(verdictIconSize, verdictIconSize);
    m_verdictIcon->setAccessibleName(tr("Verdict"));
    m_verdictLabel = new QLabel(verdict);
    m_verdictLabel->setObjectName(u"verdictLabel"_s);
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont verdictFont = m_verdictLabel->font();
    verdictFont.setBold(true);
    m_verdictLabel->setFont(verdictFont);
    m_staleLabel = new QLabel(verdict);
    m_staleLabel->setObjectName(u"staleResultsLabel"_s);
    m_staleLabel->setWordWrap(true);
    m_staleLabel->setText(tr("The inputs changed after this check: the results below are for the previous inputs. "
                             "Press Check token to check again."));
    m_staleLabel->setAccessibleName(tr("Results are out of date"));
    m_staleLabel->setVisible(false);
    auto* verdictText = new QVBoxLayout;
    verdictText->setSpacing(2);
    verdictText->addWidget(m_verdictLabel);
    verdictText->addWidget(m_staleLabel);
    verdictLayout->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    verdictLayout->addLayout(verdictText, 1);
    m_verdictActions = new QHBoxLayout;
    verdictLayout->addLayout(m_verdictActions);
    // Saving is about the whole check: beside the verdict, where it stays in sight.
    m_saveReportButton = new QPushButton(tr("Sa&ve report…"), verdict);
    m_saveReportButton->setObjectName(u"saveReportButton"_s);
    m_saveReportButton->setAccessibleName(tr("Save report"));
    m_saveReportButton->setToolTip(tr("Save the check as text, JSON, Markdown, HTML or PDF (Ctrl+S). Reports never "
                                      "contain the token."));
    m_saveReportButton->setAutoDefault(false);
    m_saveReportButton->setVisible(false);
    connect(m_saveReportButton, &QPushButton::clicked, this, &ResultsView::saveRequested);
    m_verdictActions->addWidget(m_saveReportButton, 0, Qt::AlignTop);
    return verdict;
}

QWidget* ResultsView::buildWelcome()
{
    // Before the first check: what the window does, instead of four empty tables. A text view, not a word-wrapped
    // label: the layout would ask a label for its height at every width it tries, and each answer lays the whole
    // text out again (two thirds of the window's start-up work went there); the view lays it out once per size.
    m_welcome = new QTextBrowser(this);
    m_welcome->setObjectName(u"welcomeTextBrowser"_s);
    m_welcome->setFrameShape(QFrame::NoFrame);
    m_welcome->setFocusPolicy(Qt::NoFocus);
    m_welcome->setOpenLinks(false);
    m_welcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // On the window's background, like the labels around it (and it follows a palette change).
    m_welcome->viewport()->setBackgroundRole(QPalette::Window);
    m_welcome->setAccessibleName(tr("How GHCR Doctor works"));
    m_welcome->document()->setDocumentMargin(8);
    m_welcome->setHtml(
        u"<p><b>"_s + html(tr("How it works")) + u"</b></p><ol><li>"_s +
        html(tr("Paste the token you use for docker login (a classic token: ghp_…).")) + u"</li><li>"_s +
        html(tr("Optionally enter the image you pull or push, and tick what you want to verify.")) + u"</li><li>"_s +
        html(tr("Press Check token. The GitHub API and the container registry are asked side by side; nothing is "
                "downloaded or written.")) +
        u"</li></ol><p>"_s +
        html(tr("You get a verdict, the evidence from both sides, a checklist with problems first and numbered "
                "steps to fix them. The token is never saved unless you ask, and never appears in a report.")) +
        u"</p>"_s);
    return m_welcome;
}

void ResultsView::ensureDetails()
{
    if (!m_resultsSplitter)
        buildDetails();
}

void ResultsView::buildDetails()
{
    m_apiPanel = new EvidencePanel(words::apiTitle(), u"api"_s, this);
    m_registryPanel = new EvidencePanel(words::registryTitle(), u"registry"_s, this);
    m_panelsSplitter = new QSplitter(Qt::Horizontal, this);
    m_panelsSplitter->setObjectName(u"panelsSplitter"_s);
    m_panelsSplitter->addWidget(m_apiPanel);
    m_panelsSplitter->addWidget(m_registryPanel);
    m_panelsSplitter->setChildrenCollapsible(false);

    m_checklistView = new ChecklistView(this);
    m_fixStepsView = new FixStepsView(this);
    connect(m_fixStepsView, &FixStepsView::copyRequested, this, &ResultsView::copyRequested);
    connect(m_fixStepsView, &FixStepsView::openTokenSettingsRequested, this, &ResultsView::openTokenSettingsRequested);
    connect(m_fixStepsView, &FixStepsView::authorizeSsoRequested, this, &ResultsView::authorizeSsoRequested);
    m_storedLoginsPanel = new StoredLoginsPanel(m_fixStepsView); // shown after a check that found stored logins
    m_storedLoginsPanel->setVisible(false);
    m_fixStepsView->addBelowSteps(m_storedLoginsPanel);

    m_checklistSplitter = new QSplitter(Qt::Horizontal, this);
    m_checklistSplitter->setObjectName(u"checklistSplitter"_s);
    m_checklistSplitter->addWidget(m_checklistView);
    m_checklistSplitter->addWidget(m_fixStepsView);
    m_checklistSplitter->setStretchFactor(0, 1);
    m_checklistSplitter->setStretchFactor(1, 1);
    m_checklistSplitter->setChildrenCollapsible(false);

    m_resultsSplitter = new QSplitter(Qt::Vertical, this);
    m_resultsSplitter->setObjectName(u"resultsSplitter"_s);
    m_resultsSplitter->addWidget(m_panelsSplitter);
    m_resultsSplitter->addWidget(m_checklistSplitter);
    m_resultsSplitter->setStretchFactor(0, 2);
    m_resultsSplitter->setStretchFactor(1, 3);
    m_resultsSplitter->setChildrenCollapsible(false);
    static_cast<QVBoxLayout*>(layout())->addWidget(m_resultsSplitter, 1);
    // Screen readers walk the children in stacking order, which the splitters leave reversed: restore
    // the reading order of the screen (API before registry, checklist before fix steps, panels first).
    for (QWidget* widget : {static_cast<QWidget*>(m_apiPanel), static_cast<QWidget*>(m_registryPanel),
                            static_cast<QWidget*>(m_checklistView), static_cast<QWidget*>(m_fixStepsView),
                            static_cast<QWidget*>(m_panelsSplitter), static_cast<QWidget*>(m_checklistSplitter)})
        widget->raise();
    m_resultsSplitter->setVisible(false);
    // The results take the height that is left, never less than this (the window scrolls instead); their
    // preferred size must not make the scrolled content taller than the screen.
    m_resultsSplitter->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_resultsSplitter->setMinimumHeight(fontMetrics().height() * 18);
    if (!m_panelsSplitter->restoreState(m_pendingState[0]))
        m_panelsSplitter->setSizes({500, 500});
    if (!m_resultsSplitter->restoreState(m_pendingState[1]))
        m_resultsSplitter->setSizes({230, 330});
    if (!m_checklistSplitter->restoreState(m_pendingState[2]))
        m_checklistSplitter->setSizes({520, 480});
    m_apiPanel->reset(tr("Waiting for a check."));
    m_registryPanel->reset(tr("Waiting for a check."));
    m_fixStepsView->showWaiting(false);
    m_saveReportButton->setIcon(uiIcon(u"save"_s));
}

void ResultsView::restore(const WindowSettings& settings)
{
    m_pendingState[0] = settings.panelsSplitter;
    m_pendingState[1] = settings.resultsSplitter;
    m_pendingState[2] = settings.checklistSplitter;
    if (m_resultsSplitter) {
        m_panelsSplitter->restoreState(settings.panelsSplitter);
        m_resultsSplitter->restoreState(settings.resultsSplitter);
        m_checklistSplitter->restoreState(settings.checklistSplitter);
    }
}

void ResultsView::save(WindowSettings* settings) const
{
    settings->panelsSplitter = m_panelsSplitter ? m_panelsSplitter->saveState() : m_pendingState[0];
    settings->resultsSplitter = m_resultsSplitter ? m_resultsSplitter->saveState() : m_pendingState[1];
    settings->checklistSplitter = m_checklistSplitter ? m_checklistSplitter->saveState() : m_pendingState[2];
}

void ResultsView::setVerdict(const QIcon& icon, const QString& text)
{
    const int size = m_verdictIcon->width();
    if (icon.isNull())
        m_verdictIcon->setPixmap(applicationIcon().pixmap(QSize(size, size), devicePixelRatioF()));
    else
        m_verdictIcon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
    m_verdictLabel->setText(text);
    m_verdictLabel->setAccessibleName(text);
}

void ResultsView::setDetailsVisible(bool visible)
{
    ensureDetails();
    m_resultsSplitter->setVisible(visible);
    m_welcome->setVisible(!visible);
}

void ResultsView::showIdle(bool haveToken)
{
    setVerdict(uiIcon(u"info"_s),
               haveToken ? tr("Ready: press Check token. GHCR Doctor asks the GitHub API and the container registry "
                              "side by side and tells you what to fix.")
                         : tr("Paste a token and press Check token. GHCR Doctor asks the GitHub API and the container "
                              "registry side by side and tells you what to fix."));
}

void ResultsView::showInputProblem(const QString& sentence)
{
    setVerdict(statusIcon(CheckStatus::Warn), sentence);
}

void ResultsView::start(const CheckRequest& request)
{
    m_haveDiagnosis = false;
    setDetailsVisible(true);
    m_storedLoginsPanel->clear();
    m_checklistView->clear();
    m_staleLabel->setVisible(false);
    m_apiPanel->start(tr("Asking %1 about the token…").arg(request.apiUrl.host()));
    m_registryPanel->start(tr("Contacting %1…").arg(request.registry));
    setVerdict(runningIcon(),
               tr("Checking… the GitHub API and the registry %1 are asked side by side.").arg(request.registry));
    m_fixStepsView->showWaiting(true);
}

void ResultsView::setProgress(CheckRunner::Side side, const QString& message)
{
    (side == CheckRunner::Side::Api ? m_apiPanel : m_registryPanel)->setProgressMessage(message);
}

void ResultsView::showApi(const ApiEvidence& evidence, const TokenAnalysis& token, bool cancelling)
{
    const ReportSection side = apiFacts(evidence);
    m_apiPanel->setSections({side, tokenFacts(token)});
    m_apiPanel->finish(side, evidence.elapsedMs, cancelling);
}

void ResultsView::showRegistry(const RegistryEvidence& evidence, const CheckRequest& request, bool cancelling)
{
    const QList<ReportSection> sections = registrySections(evidence, request.registry, {});
    m_registryPanel->setSections(sections);
    m_registryPanel->finish(sections.first(), evidence.elapsedMs, cancelling);
}

void ResultsView::showDiagnosis(const Diagnosis& diagnosis, const QString& checkedToken, bool cancelling)
{
    m_haveDiagnosis = true;
    // Render the final evidence from the diagnosis itself, so the panels and the checklist agree.
    if (diagnosis.cancelled) {
        m_apiPanel->cancel();
        m_registryPanel->cancel();
    } else {
        showApi(diagnosis.api, diagnosis.token, cancelling);
        showRegistry(diagnosis.registry, diagnosis.request, cancelling);
        if (diagnosis.docker.inspected)
            m_registryPanel->setSections(
                registrySections(diagnosis.registry, diagnosis.request.registry, diagnosis.docker));
    }
    m_storedLoginsPanel->showCheck(diagnosis, checkedToken);
    m_storedLoginsPanel->setVisible(!diagnosis.cancelled && !diagnosis.docker.entries.isEmpty());
    const VerdictLine line = verdictLine(diagnosis);
    setVerdict(statusIcon(line.status), line.text);
    m_verdictIcon->setAccessibleName(line.word);
    // Screen readers hear the new verdict without moving focus (the banner acts as a live region).
    Announcer::announce(m_verdictLabel);
    m_checklistView->showDiagnosis(diagnosis);
    m_fixStepsView->showDiagnosis(diagnosis, checkedToken);
}

void ResultsView::markStale()
{
    if (m_haveDiagnosis && !m_staleLabel->isVisible()) {
        m_staleLabel->setVisible(true);
        Announcer::announce(m_staleLabel);
    }
}

void ResultsView::updateActions(bool running, const Diagnosis* diagnosis, const QString& tokenSettingsUrl)
{
    const bool finished = diagnosis && !running;
    m_saveReportButton->setEnabled(finished);
    m_saveReportButton->setVisible(diagnosis != nullptr);
    if (!m_fixStepsView)
        return;
    m_fixStepsView->setCopyEnabled(finished && !diagnosis->cancelled && !diagnosis->fixSteps.isEmpty());
    m_fixStepsView->setTokenSettings(!running, tokenSettingsUrl);
}

void ResultsView::focusChecklist()
{
    m_checklistView->focusList();
}

} // namespace ghcr
