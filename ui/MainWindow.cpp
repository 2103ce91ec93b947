#include "ui/MainWindow.h"

#include "app/core/CheckRunner.h"
#include "app/core/token/Redactor.h"
#include "app/reports/Report.h"
#include "app/storage/TokenStore.h"
#include "ui/AboutDialog.h"
#include "ui/Icons.h"
#include "ui/KeychainController.h"
#include "ui/PackagesWindow.h"
#include "ui/ResultsView.h"
#include "ui/SaveReport.h"
#include "ui/UiHooks.h"
#include "ui/WindowSettings.h"
#include "ui_MainWindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ghcr {

MainWindow::MainWindow(QNetworkAccessManager* network, TokenStore* tokenStore, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_network(network)
    , m_runner(new CheckRunner(network, this))
{
    m_ui->setupUi(this);
    m_keychain = new KeychainController(tokenStore ? tokenStore : new MemoryTokenStore(this), m_ui->inputsWidget,
                                        m_ui->keychainStatusLabel, this);
    connectMenus();
    connectViews();
    restoreSettings();
    m_ui->resultsWidget->showIdle(false);
    updateActions();
    // Nothing that can wait runs before the first frame: the keychain look-up talks to D-Bus (and on X11
    // without a session bus may autolaunch one, which takes seconds), so it starts once the window is up.
    installEventFilter(this);
}

MainWindow::~MainWindow()
{
    if (m_runner->isRunning())
        m_runner->cancel();
    m_checkedToken.clear();
}

void MainWindow::connectMenus()
{
    const Ui::MainWindow& ui = *m_ui;
    ui.saveReportAction->setShortcut(QKeySequence::Save);
    ui.quitAction->setShortcut(QKeySequence::Quit);
    ui.checkTokenAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(ui.saveReportAction, &QAction::triggered, this, &MainWindow::saveReport);
    connect(ui.quitAction, &QAction::triggered, this, &QWidget::close);
    connect(ui.checkTokenAction, &QAction::triggered, this, &MainWindow::startCheck);
    connect(ui.cancelAction, &QAction::triggered, this, &MainWindow::cancelCheck);
    connect(ui.allPackagesAction, &QAction::triggered, this, &MainWindow::openPackagesWindow);
    connect(ui.copyFixStepsAction, &QAction::triggered, this, &MainWindow::copyFixSteps);
    connect(ui.openTokenSettingsAction, &QAction::triggered, this, &MainWindow::openTokenSettings);
    connect(ui.aboutAction, &QAction::triggered, this, [this] {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void MainWindow::connectViews()
{
    CheckForm* form = m_ui->inputsWidget;
    ResultsView* results = m_ui->resultsWidget;
    connect(form, &CheckForm::checkRequested, this, &MainWindow::startCheck);
    connect(form, &CheckForm::cancelRequested, this, &MainWindow::cancelCheck);
    connect(form, &CheckForm::inputsChanged, this, &MainWindow::onInputsChanged);
    connect(form, &CheckForm::tokenChanged, this, &MainWindow::updateActions);
    connect(m_ui->editInputsButton, &QPushButton::clicked, this, [this] {
        setInputsCollapsed(false);
        m_ui->inputsWidget->focusToken();
    });
    connect(m_ui->checkAgainButton, &QPushButton::clicked, this, &MainWindow::startCheck);
    connect(m_keychain, &KeychainController::tokenLoaded, this, [this] {
        if (!m_diagnosis)
            m_ui->resultsWidget->showIdle(true);
        updateActions();
    });
    connect(results, &ResultsView::saveRequested, this, &MainWindow::saveReport);
    connect(results, &ResultsView::copyRequested, this, &MainWindow::copyFixSteps);
    connect(results, &ResultsView::openTokenSettingsRequested, this, &MainWindow::openTokenSettings);
    connect(results, &ResultsView::authorizeSsoRequested, this, &MainWindow::authorizeSso);
    connect(m_runner, &CheckRunner::progress, results, &ResultsView::setProgress);
    connect(m_runner, &CheckRunner::apiFinished, this, [this](const ApiEvidence& evidence) {
        m_ui->resultsWidget->showApi(evidence, m_ui->inputsWidget->tokenAnalysis(), m_cancelling);
    });
    connect(m_runner, &CheckRunner::registryFinished, this, [this](const RegistryEvidence& evidence) {
        m_ui->resultsWidget->showRegistry(evidence, m_runningRequest, m_cancelling);
    });
    connect(m_runner, &CheckRunner::finished, this, &MainWindow::onFinished);
}

// ---------------------------------------------------------------------------------------------
// Settings and prefill

void MainWindow::restoreSettings()
{
    const WindowSettings settings = WindowSettings::load();
    if (!restoreGeometry(settings.geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(qMin(1240, available.width()), qMin(820, available.height()));
    }
    m_ui->resultsWidget->restore(settings);
    m_ui->inputsWidget->restore(settings);
}

void MainWindow::saveSettings() const
{
    WindowSettings settings;
    settings.geometry = saveGeometry();
    m_ui->resultsWidget->save(&settings);
    m_ui->inputsWidget->save(&settings);
    settings.save();
}

void MainWindow::setCheckOverrides(const CheckOverrides& overrides)
{
    m_ui->inputsWidget->setOverrides(overrides);
    updateActions();
}

void MainWindow::setToken(const QString& token)
{
    m_ui->inputsWidget->setToken(token);
}

void MainWindow::setImage(const QString& image)
{
    m_ui->inputsWidget->setImage(image);
}

void MainWindow::setUser(const QString& user)
{
    m_ui->inputsWidget->setUser(user);
}

void MainWindow::setHost(const QString& host)
{
    m_ui->inputsWidget->setHost(host);
}

void MainWindow::setOperations(const QList<Operation>& operations)
{
    m_ui->inputsWidget->setOperations(operations);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_runner->isRunning())
        m_runner->cancel();
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::finishStartup()
{
    // What the first frame does not show waits for it: the icons (the SVG icon engine and the icon theme), the
    // results under the verdict (hidden until a check) and the keychain.
    setWindowIcon(applicationIcon());
    m_ui->inputsWidget->loadIcons();
    m_ui->checkAgainButton->setIcon(uiIcon(u"check"_s));
    const Ui::MainWindow& ui = *m_ui;
    for (auto [action, icon] : {std::pair{ui.saveReportAction, u"save"_s}, std::pair{ui.checkTokenAction, u"check"_s},
                                std::pair{ui.cancelAction, u"cancel"_s}, std::pair{ui.copyFixStepsAction, u"copy"_s},
                                std::pair{ui.openTokenSettingsAction, u"open-external"_s}})
        action->setIcon(uiIcon(icon));
    m_ui->resultsWidget->ensureDetails();
    updateActions();
    m_keychain->loadRemembered();
    m_startupFinished = true;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == this && event->type() == QEvent::Paint && !m_startupDone) {
        m_startupDone = true;
        removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::finishStartup);
    }
    return QMainWindow::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------
// Running a check

bool MainWindow::isChecking() const
{
    return m_runner->isRunning();
}

std::optional<CheckRequest> MainWindow::currentRequest(QString* error) const
{
    return m_ui->inputsWidget->request(error);
}

void MainWindow::startCheck()
{
    if (m_runner->isRunning())
        return;
    CheckForm* form = m_ui->inputsWidget;
    ResultsView* results = m_ui->resultsWidget;
    const QString token = form->token();
    QString error;
    const std::optional<CheckRequest> request = token.isEmpty() ? std::nullopt : form->request(&error);
    if (!request) {
        setInputsCollapsed(false);
        results->showInputProblem(token.isEmpty() ? tr("Paste a token first: the token field is empty.")
                                                  : tr("Check the input: %1").arg(error));
        if (token.isEmpty())
            form->focusToken();
        return;
    }
    m_cancelling = false;
    m_checkedToken = token;
    m_runningRequest = request->resolved();
    m_diagnosis.reset();
    results->start(m_runningRequest);
    saveSettings();
    form->setRunning(true);
    m_keychain->setCheckRunning(true);
    m_runner->start(*request, token);
    updateActions();
}

void MainWindow::openPackagesWindow()
{
    if (!m_packagesWindow)
        m_packagesWindow = new PackagesWindow(m_network, this);
    QString error;
    const std::optional<CheckRequest> request = currentRequest(&error);
    const QString token = m_ui->inputsWidget->token();
    const QString problem = token.isEmpty() ? tr("Paste a token in the main window first: the token field is empty.")
                            : request       ? QString()
                                            : tr("Check the input in the main window: %1").arg(error);
    m_packagesWindow->setCheck(request.value_or(CheckRequest{}), problem.isEmpty() ? token : QString(), problem);
    m_packagesWindow->show();
    m_packagesWindow->raise();
    m_packagesWindow->activateWindow();
}

void MainWindow::cancelCheck()
{
    if (!m_runner->isRunning())
        return;
    m_cancelling = true;
    showStatus(tr("Cancelling…"));
    m_runner->cancel();
}

void MainWindow::updateActions()
{
    const bool running = m_runner->isRunning();
    const bool hasToken = !m_ui->inputsWidget->token().isEmpty();
    m_ui->checkAgainButton->setEnabled(!running && hasToken);
    m_ui->checkTokenAction->setEnabled(!running);
    m_ui->cancelAction->setEnabled(running);
    const bool finished = m_diagnosis.has_value() && !running;
    m_ui->saveReportAction->setEnabled(finished);
    m_ui->copyFixStepsAction->setEnabled(finished && !m_diagnosis->cancelled && !m_diagnosis->fixSteps.isEmpty());
    m_ui->resultsWidget->updateActions(running, m_diagnosis ? &*m_diagnosis : nullptr, tokenSettingsUrl());
}

void MainWindow::onFinished(const Diagnosis& diagnosis)
{
    m_diagnosis = diagnosis;
    CheckForm* form = m_ui->inputsWidget;
    form->setRunning(false);
    m_keychain->setCheckRunning(false);
    m_ui->resultsWidget->showDiagnosis(diagnosis, m_checkedToken, m_cancelling);
    updateActions();
    m_keychain->rememberAfterCheck(diagnosis, m_checkedToken);
    if (diagnosis.cancelled) {
        form->focusCheckButton();
        showStatus(tr("Check cancelled."));
    } else {
        statusBar()->clearMessage();
        setInputsCollapsed(true);
        m_ui->resultsWidget->focusChecklist();
    }
    m_cancelling = false;
    Q_EMIT checkFinished();
}

void MainWindow::setInputsCollapsed(bool collapsed)
{
    if (collapsed)
        m_ui->inputsSummaryLabel->setText(m_ui->inputsWidget->summary(m_runningRequest));
    m_ui->inputsWidget->setVisible(!collapsed);
    m_ui->inputsSummaryFrame->setVisible(collapsed);
}

void MainWindow::onInputsChanged()
{
    if (m_runner->isRunning())
        return;
    if (m_diagnosis)
        m_ui->resultsWidget->markStale();
    else
        m_ui->resultsWidget->showIdle(!m_ui->inputsWidget->token().isEmpty()); // "Paste a token first" goes
    updateActions();
}

void MainWindow::showStatus(const QString& message)
{
    statusBar()->showMessage(message, 8000);
}

// ---------------------------------------------------------------------------------------------
// Actions on the result

void MainWindow::copyFixSteps()
{
    if (!m_diagnosis || m_diagnosis->fixSteps.isEmpty())
        return;
    QStringList secrets;
    if (!m_checkedToken.isEmpty())
        secrets << m_checkedToken;
    const QString markdown = Redactor::redact(fixStepsMarkdown(*m_diagnosis), secrets);
    QGuiApplication::clipboard()->setText(markdown);
    showStatus(tr("Fix steps copied to the clipboard as Markdown (%n step(s), without the token).", nullptr,
                  int(m_diagnosis->fixSteps.size())));
}

void MainWindow::saveReport()
{
    if (!m_diagnosis || m_runner->isRunning())
        return;
    const QString savedTo = saveReportAs(this, *m_diagnosis, m_checkedToken);
    if (!savedTo.isEmpty())
        showStatus(tr("Report saved to %1").arg(QDir::toNativeSeparators(savedTo)));
}

QString MainWindow::tokenSettingsUrl() const
{
    if (m_diagnosis) {
        for (const FixStep& step : m_diagnosis->fixSteps) {
            if (step.id == u"new-token"_s && !step.url.isEmpty())
                return step.url;
        }
    }
    return m_ui->inputsWidget->tokenSettingsUrl();
}

void MainWindow::openTokenSettings()
{
    const QString url = tokenSettingsUrl();
    if (UrlOpener::open(QUrl(url)))
        showStatus(tr("Opened %1 in your browser.").arg(url));
    else
        showStatus(tr("Could not open a browser. Open this address yourself: %1").arg(url));
}

void MainWindow::authorizeSso()
{
    if (!m_diagnosis || m_diagnosis->api.ssoUrl.isEmpty())
        return;
    const QString url = m_diagnosis->api.ssoUrl;
    if (UrlOpener::open(QUrl(url)))
        showStatus(tr("Opened GitHub's SSO authorization page. Check the token again once you have authorized it."));
    else
        showStatus(tr("Could not open a browser. Open this address yourself: %1").arg(url));
}

void MainWindow::forgetToken()
{
    m_keychain->forget();
}

} // namespace ghcr
