#include "ui/MainWindow.h"

#include "app/core/AppInfo.h"
#include "app/core/CheckRunner.h"
#include "app/core/token/Redactor.h"
#include "app/core/token/Scopes.h"
#include "app/reports/EvidenceFacts.h"
#include "app/reports/Report.h"
#include "ui/AboutDialog.h"
#include "ui/ChecklistView.h"
#include "ui/EvidencePanel.h"
#include "ui/FixStepsView.h"
#include "ui/Icons.h"
#include "ui/PackagesWindow.h"
#include "ui/RichText.h"
#include "ui/StoredLoginsPanel.h"
#include "ui/UiHooks.h"
#include "ui/WindowSettings.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

const auto defaultHost = u"github.com"_s;

QString reportFilter(ReportFormat format)
{
    const QString pattern = u"(*."_s + reportFormatExtension(format) + u')';
    switch (format) {
    case ReportFormat::Text:
        return MainWindow::tr("Plain text report %1").arg(pattern);
    case ReportFormat::Json:
        return MainWindow::tr("JSON report %1").arg(pattern);
    case ReportFormat::Markdown:
        return MainWindow::tr("Markdown report %1").arg(pattern);
    case ReportFormat::Html:
        return MainWindow::tr("HTML report %1").arg(pattern);
    case ReportFormat::Pdf:
        return MainWindow::tr("PDF report %1").arg(pattern);
    }
    return pattern;
}

/// An editable combo box that a screen reader announces by its accessible name ("GitHub host"), with
/// the text as its value; Qt's own interface on Linux speaks the text as the name.
class NamedComboBoxAccessible : public QAccessibleWidget
{
public:
    explicit NamedComboBoxAccessible(QWidget* widget)
        : QAccessibleWidget(widget, QAccessible::ComboBox)
    {
    }
    QString text(QAccessible::Text t) const override
    {
        const auto* combo = static_cast<const QComboBox*>(widget());
        if (t == QAccessible::Name && !combo->accessibleName().isEmpty())
            return combo->accessibleName();
        if (t == QAccessible::Value)
            return combo->currentText();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface* namedComboBoxFactory(const QString& className, QObject* object)
{
    if (className == u"QComboBox"_s && object && object->property("ghcrNamedAccessible").toBool())
        return new NamedComboBoxAccessible(static_cast<QWidget*>(object));
    return nullptr;
}

} // namespace

MainWindow::MainWindow(QNetworkAccessManager* network, TokenStore* tokenStore, QWidget* parent)
    : QMainWindow(parent)
    , m_network(network)
    , m_tokenStore(tokenStore)
    , m_runner(new CheckRunner(network, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("GHCR Doctor"));
    buildUi();
    buildMenus();

    connect(m_runner, &CheckRunner::progress, this,
            [this](CheckRunner::Side side, const QString& message) { onProgress(int(side), message); });
    connect(m_runner, &CheckRunner::apiFinished, this, &MainWindow::onApiFinished);
    connect(m_runner, &CheckRunner::registryFinished, this, &MainWindow::onRegistryFinished);
    connect(m_runner, &CheckRunner::finished, this, &MainWindow::onFinished);

    if (m_tokenStore) {
        connect(m_tokenStore, &TokenStore::loaded, this, &MainWindow::onTokenLoaded);
        connect(m_tokenStore, &TokenStore::saved, this, &MainWindow::onTokenSaved);
        connect(m_tokenStore, &TokenStore::forgotten, this, &MainWindow::onTokenForgotten);
    }

    restoreSettings();
    updateTokenInfo();
    updateEndpoints();
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

// ---------------------------------------------------------------------------------------------
// Building the window

void MainWindow::buildUi()
{
    // The whole window scrolls when the screen is smaller than its content (a 1024×640 laptop with
    // Advanced open and a keychain message), instead of cutting buttons off.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"windowScrollArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // no Tab stop of its own: Tab goes through the controls inside
    auto* central = new QWidget(m_scroll);
    central->setObjectName(u"centralWidget"_s);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(buildInputs());

    // After a check the inputs fold into this line.
    m_inputsSummary = new QFrame(central);
    m_inputsSummary->setObjectName(u"inputsSummaryFrame"_s);
    auto* summaryLayout = new QHBoxLayout(m_inputsSummary);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    m_inputsSummaryLabel = new QLabel(m_inputsSummary);
    m_inputsSummaryLabel->setObjectName(u"inputsSummaryLabel"_s);
    m_inputsSummaryLabel->setWordWrap(true);
    m_inputsSummaryLabel->setTextFormat(Qt::PlainText);
    m_inputsSummaryLabel->setAccessibleName(tr("What was checked"));
    m_editInputsButton = new QPushButton(tr("&Edit inputs"), m_inputsSummary);
    m_editInputsButton->setObjectName(u"editInputsButton"_s);
    m_editInputsButton->setAccessibleName(tr("Edit inputs"));
    m_editInputsButton->setToolTip(tr("Show the token, host, image and operations again."));
    m_editInputsButton->setAutoDefault(false);
    connect(m_editInputsButton, &QPushButton::clicked, this, [this] {
        setInputsCollapsed(false);
        m_tokenEdit->setFocus();
    });
    m_checkAgainButton = new QPushButton(uiIcon(u"check"_s), tr("Check again"), m_inputsSummary);
    m_checkAgainButton->setObjectName(u"checkAgainButton"_s);
    m_checkAgainButton->setAccessibleName(tr("Check again"));
    m_checkAgainButton->setToolTip(tr("Check the same token and inputs again (Ctrl+Return)."));
    m_checkAgainButton->setAutoDefault(false);
    connect(m_checkAgainButton, &QPushButton::clicked, this, &MainWindow::startCheck);
    summaryLayout->addWidget(m_inputsSummaryLabel, 1);
    summaryLayout->addWidget(m_editInputsButton);
    summaryLayout->addWidget(m_checkAgainButton);
    m_inputsSummary->setVisible(false);
    layout->addWidget(m_inputsSummary);
    // Keychain messages stay in sight when the inputs are folded.
    layout->addWidget(m_keychainLabel);

    layout->addWidget(buildResults(), 1);
    m_scroll->setWidget(central);
    setCentralWidget(m_scroll);
    statusBar()->setObjectName(u"statusBar"_s);
    statusBar()->setSizeGripEnabled(true);
}

QWidget* MainWindow::buildInputs()
{
    m_inputs = new QWidget(this);
    m_inputs->setObjectName(u"inputsWidget"_s);
    m_inputs->setAccessibleName(tr("Token to check"));
    auto* grid = new QGridLayout(m_inputs);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);

    // Token
    auto* tokenLabel = new QLabel(tr("&Token:"), m_inputs);
    m_tokenEdit = new QLineEdit(m_inputs);
    m_tokenEdit->setObjectName(u"tokenLineEdit"_s);
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("Paste a personal access token: ghp_… or github_pat_…"));
    m_tokenEdit->setAccessibleName(tr("Token"));
    m_tokenEdit->setAccessibleDescription(tr("The GitHub token to diagnose. It is masked and never saved unless you "
                                             "tick “Remember token”, which stores it in the system keychain."));
    m_tokenEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                     Qt::ImhNoAutoUppercase);
    tokenLabel->setBuddy(m_tokenEdit);
    m_showTokenButton = new QToolButton(m_inputs);
    m_showTokenButton->setObjectName(u"showTokenToolButton"_s);
    m_showTokenButton->setCheckable(true);
    m_showTokenButton->setIcon(uiIcon(u"eye"_s));
    m_showTokenButton->setToolTip(tr("Show the token"));
    m_showTokenButton->setAccessibleName(tr("Show token"));
    m_showTokenButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_showTokenButton, &QToolButton::toggled, this, [this](bool shown) {
        m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showTokenButton->setIcon(uiIcon(shown ? u"eye-off"_s : u"eye"_s));
        m_showTokenButton->setToolTip(shown ? tr("Hide the token") : tr("Show the token"));
        m_showTokenButton->setAccessibleName(shown ? tr("Hide token") : tr("Show token"));
    });
    connect(m_tokenEdit, &QLineEdit::textChanged, this, &MainWindow::onTokenEdited);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->setSpacing(2);
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_showTokenButton);
    grid->addWidget(tokenLabel, 0, 0);
    grid->addLayout(tokenRow, 0, 1, 1, 3);

    m_tokenInfoLabel = new QLabel(m_inputs);
    m_tokenInfoLabel->setObjectName(u"tokenInfoLabel"_s);
    m_tokenInfoLabel->setWordWrap(true);
    m_tokenInfoLabel->setTextFormat(Qt::RichText);
    m_tokenInfoLabel->setAccessibleName(tr("What the token looks like"));
    m_tokenNoteLabel = new QLabel(m_inputs);
    m_tokenNoteLabel->setObjectName(u"tokenNoteLabel"_s);
    m_tokenNoteLabel->setWordWrap(true);
    m_tokenNoteLabel->setTextFormat(Qt::RichText);
    m_tokenNoteLabel->setAccessibleName(tr("Token format problems"));
    m_tokenNoteLabel->setVisible(false);
    auto* infoColumn = new QVBoxLayout;
    infoColumn->setSpacing(2);
    infoColumn->addWidget(m_tokenInfoLabel);
    infoColumn->addWidget(m_tokenNoteLabel);
    grid->addLayout(infoColumn, 1, 1, 1, 3);

    // User and host
    auto* userLabel = new QLabel(tr("&User:"), m_inputs);
    m_userEdit = new QLineEdit(m_inputs);
    m_userEdit->setObjectName(u"userLineEdit"_s);
    m_userEdit->setPlaceholderText(tr("optional: the token owner's login is used"));
    m_userEdit->setAccessibleName(tr("User name"));
    m_userEdit->setToolTip(tr("The user name for the registry login (docker login -u). Leave empty to use the "
                              "login GitHub reports for the token."));
    userLabel->setBuddy(m_userEdit);
    auto* hostLabel = new QLabel(tr("GitHu&b host:"), m_inputs);
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(namedComboBoxFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    m_hostCombo = new QComboBox(m_inputs);
    // Before anything asks for its accessible interface (which is then cached).
    m_hostCombo->setProperty("ghcrNamedAccessible", true);
    m_hostCombo->setObjectName(u"hostComboBox"_s);
    m_hostCombo->setEditable(true);
    m_hostCombo->setInsertPolicy(QComboBox::NoInsert);
    m_hostCombo->addItem(defaultHost);
    // Two templates: choosing one puts an example host in the field with the part to replace selected.
    m_hostCombo->addItem(tr("GitHub Enterprise Server: your server's host"), u"github.example.com"_s);
    m_hostCombo->addItem(tr("GHE.com (data residency): SUBDOMAIN.ghe.com"), u"SUBDOMAIN.ghe.com"_s);
    connect(m_hostCombo, &QComboBox::activated, this, [this](int index) {
        const QString example = m_hostCombo->itemData(index).toString();
        if (example.isEmpty())
            return;
        m_hostCombo->setEditText(example);
        const qsizetype dot = example.indexOf(u'.');
        m_hostCombo->lineEdit()->setSelection(0, int(example.endsWith(u".ghe.com"_s) ? dot : example.size()));
    });
    m_hostCombo->setAccessibleName(tr("GitHub host"));
    m_hostCombo->lineEdit()->setAccessibleName(tr("GitHub host"));
    m_hostCombo->setToolTip(tr("github.com; the host of your GitHub Enterprise Server (API at https://HOST/api/v3, "
                               "registry at containers.HOST); or SUBDOMAIN.ghe.com for GHE.com (API at "
                               "https://api.SUBDOMAIN.ghe.com, registry at containers.SUBDOMAIN.ghe.com)."));
    m_hostCombo->lineEdit()->setPlaceholderText(defaultHost);
    hostLabel->setBuddy(m_hostCombo);
    m_endpointsLabel = new QLabel(m_inputs);
    m_endpointsLabel->setObjectName(u"endpointsLabel"_s);
    m_endpointsLabel->setWordWrap(true);
    m_endpointsLabel->setTextFormat(Qt::PlainText);
    m_endpointsLabel->setAccessibleName(tr("Where the check goes"));
    m_endpointsLabel->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(userLabel, 2, 0);
    grid->addWidget(m_userEdit, 2, 1);
    grid->addWidget(hostLabel, 2, 2);
    grid->addWidget(m_hostCombo, 2, 3);
    grid->addWidget(m_endpointsLabel, 3, 3);

    // Image and operations
    auto* imageLabel = new QLabel(tr("&Image:"), m_inputs);
    m_imageEdit = new QLineEdit(m_inputs);
    m_imageEdit->setObjectName(u"imageLineEdit"_s);
    m_imageEdit->setPlaceholderText(tr("optional, OWNER/NAME[:TAG], e.g. octo-org/app:latest"));
    m_imageEdit->setAccessibleName(tr("Image"));
    m_imageEdit->setToolTip(tr("The image to probe for real. Without an image only the registry login is checked, "
                               "and a login does not prove pull or push rights."));
    imageLabel->setBuddy(m_imageEdit);
    auto* opsLabel = new QLabel(tr("Verify:"), m_inputs);
    m_pullCheck = new QCheckBox(tr("&Pull"), m_inputs);
    opsLabel->setObjectName(u"operationsLabel"_s);
    m_pullCheck->setObjectName(u"pullCheckBox"_s);
    m_pullCheck->setAccessibleName(tr("Verify pull"));
    m_pullCheck->setToolTip(tr("Asks the registry for a pull token and reads the image's manifest (HEAD). "
                               "Nothing is downloaded."));
    m_pushCheck = new QCheckBox(tr("Pu&sh"), m_inputs);
    m_pushCheck->setObjectName(u"pushCheckBox"_s);
    m_pushCheck->setAccessibleName(tr("Verify push"));
    m_pushCheck->setToolTip(tr("Verifies push for real: starts an empty upload (POST /v2/OWNER/NAME/blobs/uploads/) "
                               "and cancels it at once. No content is ever uploaded and nothing in the image "
                               "changes; if the registry refuses the cancel, the empty upload expires by itself."));
    m_deleteCheck = new QCheckBox(tr("&Delete"), m_inputs);
    m_deleteCheck->setObjectName(u"deleteCheckBox"_s);
    m_deleteCheck->setAccessibleName(tr("Verify delete"));
    m_deleteCheck->setToolTip(tr("Judged from the token's scopes only: probing delete for real would delete "
                                 "something."));
    opsLabel->setToolTip(tr("Login is always checked. With no operation ticked only the login is checked."));
    opsLabel->setBuddy(m_pullCheck);
    auto* opsRow = new QHBoxLayout;
    opsRow->addWidget(m_pullCheck);
    opsRow->addWidget(m_pushCheck);
    opsRow->addWidget(m_deleteCheck);
    opsRow->addStretch(1);
    grid->addWidget(imageLabel, 4, 0);
    grid->addWidget(m_imageEdit, 4, 1);
    grid->addWidget(opsLabel, 4, 2);
    grid->addLayout(opsRow, 4, 3);

    // Keychain, advanced, buttons
    m_rememberCheck = new QCheckBox(tr("&Remember token in the system keychain"), m_inputs);
    m_rememberCheck->setObjectName(u"rememberTokenCheckBox"_s);
    m_rememberCheck->setAccessibleName(tr("Remember token"));
    m_rememberCheck->setToolTip(
        tr("After a check GitHub accepted, the token is stored in the operating system's keychain (Windows "
           "Credential Manager, macOS Keychain, Secret Service or KWallet) for this host and user, and loaded on "
           "the next start. It is never written anywhere else."));
    m_forgetButton = new QPushButton(uiIcon(u"trash"_s), tr("For&get token"), m_inputs);
    m_forgetButton->setObjectName(u"forgetTokenButton"_s);
    m_forgetButton->setAccessibleName(tr("Forget token"));
    m_forgetButton->setToolTip(tr("Deletes the saved token for this host and user from the keychain."));
    m_forgetButton->setAutoDefault(false);
    connect(m_forgetButton, &QPushButton::clicked, this, &MainWindow::forgetToken);
    if (!m_tokenStore) {
        m_rememberCheck->setEnabled(false);
        m_rememberCheck->setToolTip(tr("No keychain is configured: the token is kept in memory for this session."));
    }

    m_advancedButton = new QToolButton(m_inputs);
    m_advancedButton->setObjectName(u"advancedToolButton"_s);
    m_advancedButton->setText(tr("&Advanced"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setAutoRaise(true);
    m_advancedButton->setIcon(uiIcon(u"chevron-right"_s));
    m_advancedButton->setAccessibleName(tr("Advanced settings"));
    m_advancedButton->setToolTip(tr("API URL, registry and extra CA certificates, for GitHub Enterprise Server "
                                    "and networks with their own TLS inspection."));
    m_advancedButton->setFocusPolicy(Qt::StrongFocus);
    connect(m_advancedButton, &QToolButton::toggled, this, &MainWindow::toggleAdvanced);

    m_checkButton = new QPushButton(uiIcon(u"check"_s), tr("&Check token"), m_inputs);
    m_checkButton->setObjectName(u"checkTokenButton"_s);
    // Not a "default" button: in a main window that only changes its look, and Fusion then draws no focus
    // indicator on it. Enter in any field checks (returnPressed), and so does Enter on a checkbox.
    m_checkButton->setAccessibleName(tr("Check token"));
    m_checkButton->setToolTip(tr("Ask the GitHub API and the container registry about this token (Enter, "
                                 "Ctrl+Return)."));
    connect(m_checkButton, &QPushButton::clicked, this, &MainWindow::startCheck);
    m_cancelButton = new QPushButton(uiIcon(u"cancel"_s), tr("Cancel"), m_inputs);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel the check"));
    m_cancelButton->setToolTip(tr("Abort every request of the running check at once (Esc)."));
    m_cancelButton->setAutoDefault(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelCheck);

    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_rememberCheck);
    actionRow->addWidget(m_forgetButton);
    actionRow->addSpacing(12);
    actionRow->addWidget(m_advancedButton);
    actionRow->addStretch(1);
    actionRow->addWidget(m_cancelButton);
    actionRow->addWidget(m_checkButton);
    grid->addLayout(actionRow, 5, 0, 1, 4);

    m_keychainLabel = new QLabel(m_inputs);
    m_keychainLabel->setObjectName(u"keychainStatusLabel"_s);
    m_keychainLabel->setWordWrap(true);
    m_keychainLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keychainLabel->setAccessibleName(tr("Keychain status"));
    m_keychainLabel->setVisible(false);

    // Advanced (hidden by default)
    m_advanced = new QWidget(m_inputs);
    m_advanced->setObjectName(u"advancedWidget"_s);
    auto* form = new QFormLayout(m_advanced);
    form->setContentsMargins(0, 0, 0, 0);
    m_apiUrlEdit = new QLineEdit(m_advanced);
    m_apiUrlEdit->setObjectName(u"apiUrlLineEdit"_s);
    m_apiUrlEdit->setPlaceholderText(tr("derived from the host: https://api.github.com or https://HOST/api/v3"));
    m_apiUrlEdit->setAccessibleName(tr("API URL"));
    m_registryEdit = new QLineEdit(m_advanced);
    m_registryEdit->setObjectName(u"registryLineEdit"_s);
    m_registryEdit->setPlaceholderText(tr("derived from the host: ghcr.io or containers.HOST"));
    m_registryEdit->setAccessibleName(tr("Registry host"));
    m_caFileEdit = new QLineEdit(m_advanced);
    m_caFileEdit->setObjectName(u"caFileLineEdit"_s);
    m_caFileEdit->setPlaceholderText(tr("optional PEM file with extra CA certificates to trust"));
    m_caFileEdit->setAccessibleName(tr("CA certificate file"));
    auto* browse = new QPushButton(uiIcon(u"folder"_s), tr("Bro&wse…"), m_advanced);
    browse->setObjectName(u"caFileBrowseButton"_s);
    browse->setAccessibleName(tr("Choose a CA certificate file"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &MainWindow::browseCaFile);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFileEdit, 1);
    caRow->addWidget(browse);
    form->addRow(tr("API UR&L:"), m_apiUrlEdit);
    form->addRow(tr("Registr&y:"), m_registryEdit);
    // A label in front of a layout gets no buddy from QFormLayout: give it one, or its mnemonic shows as "&".
    auto* caLabel = new QLabel(tr("E&xtra CA file:"), m_advanced);
    caLabel->setBuddy(m_caFileEdit);
    form->addRow(caLabel, caRow);
    m_dockerCheck = new QCheckBox(tr("Co&mpare with Docker's saved login for the registry"), m_advanced);
    m_dockerCheck->setObjectName(u"compareDockerLoginCheckBox"_s);
    m_dockerCheck->setChecked(true);
    m_dockerCheck->setAccessibleName(tr("Compare with Docker's saved login"));
    m_dockerCheck->setToolTip(tr("A different token saved by an earlier “docker login” makes docker pull fail even "
                                 "when this token is fine. Reads Docker's (or Podman's) configuration and asks its "
                                 "credential helper; only fingerprints are compared, the saved token is never "
                                 "shown or kept."));
    form->addRow(QString(), m_dockerCheck);
    m_advanced->setVisible(false);
    grid->addWidget(m_advanced, 7, 0, 1, 4);

    for (QLineEdit* edit : {m_tokenEdit, m_userEdit, m_imageEdit, m_apiUrlEdit, m_registryEdit, m_caFileEdit}) {
        connect(edit, &QLineEdit::returnPressed, this, &MainWindow::startCheck);
        connect(edit, &QLineEdit::textChanged, this, &MainWindow::onInputsChanged);
    }
    connect(m_hostCombo->lineEdit(), &QLineEdit::returnPressed, this, &MainWindow::startCheck);
    for (QCheckBox* box : {m_pullCheck, m_pushCheck, m_deleteCheck, m_dockerCheck}) {
        connect(box, &QCheckBox::toggled, this, &MainWindow::updateActions);
        connect(box, &QCheckBox::toggled, this, &MainWindow::onInputsChanged);
    }
    // Enter on a checkbox does what Enter does in every field: check the token (Space ticks it).
    for (QCheckBox* box : {m_pullCheck, m_pushCheck, m_deleteCheck, m_dockerCheck, m_rememberCheck})
        box->installEventFilter(this);
    connect(m_hostCombo, &QComboBox::currentTextChanged, this, &MainWindow::updateActions);
    connect(m_hostCombo, &QComboBox::currentTextChanged, this, &MainWindow::onInputsChanged);
    for (QLineEdit* edit : {m_apiUrlEdit, m_registryEdit})
        connect(edit, &QLineEdit::textChanged, this, &MainWindow::updateEndpoints);
    connect(m_hostCombo, &QComboBox::currentTextChanged, this, &MainWindow::updateEndpoints);
    connect(m_userEdit, &QLineEdit::textChanged, this, &MainWindow::updateActions);
    return m_inputs;
}

QWidget* MainWindow::buildResults()
{
    auto* results = new QWidget(this);
    results->setObjectName(u"resultsWidget"_s);
    auto* layout = new QVBoxLayout(results);
    layout->setContentsMargins(0, 0, 0, 0);

    // Verdict line
    auto* verdict = new QFrame(results);
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
    layout->addWidget(verdict);

    // Before the first check: what the window does, instead of four empty tables.
    m_welcomeLabel = new QLabel(results);
    m_welcomeLabel->setObjectName(u"welcomeLabel"_s);
    m_welcomeLabel->setWordWrap(true);
    m_welcomeLabel->setTextFormat(Qt::RichText);
    m_welcomeLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_welcomeLabel->setMargin(8);
    m_welcomeLabel->setAccessibleName(tr("How GHCR Doctor works"));
    m_welcomeLabel->setText(
        u"<p><b>"_s + html(tr("How it works")) + u"</b></p><ol><li>"_s +
        html(tr("Paste the token you use for docker login (a classic token: ghp_…).")) + u"</li><li>"_s +
        html(tr("Optionally enter the image you pull or push, and tick what you want to verify.")) + u"</li><li>"_s +
        html(tr("Press Check token. The GitHub API and the container registry are asked side by side; nothing is "
                "downloaded or written.")) +
        u"</li></ol><p>"_s +
        html(tr("You get a verdict, the evidence from both sides, a checklist with problems first and numbered "
                "steps to fix them. The token is never saved unless you ask, and never appears in a report.")) +
        u"</p>"_s);
    layout->addWidget(m_welcomeLabel, 1);

    // Both sides
    m_apiPanel = new EvidencePanel(tr("GitHub API"), u"api"_s, results);
    m_registryPanel = new EvidencePanel(tr("Container registry"), u"registry"_s, results);
    m_panelsSplitter = new QSplitter(Qt::Horizontal, results);
    m_panelsSplitter->setObjectName(u"panelsSplitter"_s);
    m_panelsSplitter->addWidget(m_apiPanel);
    m_panelsSplitter->addWidget(m_registryPanel);
    m_panelsSplitter->setChildrenCollapsible(false);

    m_checklistView = new ChecklistView(results);
    m_fixStepsView = new FixStepsView(results);
    connect(m_fixStepsView, &FixStepsView::copyRequested, this, &MainWindow::copyFixSteps);
    connect(m_fixStepsView, &FixStepsView::openTokenSettingsRequested, this, &MainWindow::openTokenSettings);
    connect(m_fixStepsView, &FixStepsView::authorizeSsoRequested, this, &MainWindow::authorizeSso);
    m_saveReportButton = new QPushButton(uiIcon(u"save"_s), tr("Sa&ve report…"), results);
    m_saveReportButton->setObjectName(u"saveReportButton"_s);
    m_saveReportButton->setAccessibleName(tr("Save report"));
    m_saveReportButton->setToolTip(tr("Save the check as text, JSON, Markdown, HTML or PDF (Ctrl+S). Reports never "
                                      "contain the token."));
    m_saveReportButton->setAutoDefault(false);
    connect(m_saveReportButton, &QPushButton::clicked, this, &MainWindow::saveReport);
    // Saving is about the whole check: beside the verdict, where it stays in sight.
    m_verdictActions->addWidget(m_saveReportButton, 0, Qt::AlignTop);
    m_saveReportButton->setVisible(false);
    m_storedLoginsPanel = new StoredLoginsPanel(m_fixStepsView); // shown after a check that found stored logins
    m_storedLoginsPanel->setVisible(false);
    m_fixStepsView->addBelowSteps(m_storedLoginsPanel);

    m_checklistSplitter = new QSplitter(Qt::Horizontal, results);
    m_checklistSplitter->setObjectName(u"checklistSplitter"_s);
    m_checklistSplitter->addWidget(m_checklistView);
    m_checklistSplitter->addWidget(m_fixStepsView);
    m_checklistSplitter->setStretchFactor(0, 1);
    m_checklistSplitter->setStretchFactor(1, 1);
    m_checklistSplitter->setChildrenCollapsible(false);

    m_resultsSplitter = new QSplitter(Qt::Vertical, results);
    m_resultsSplitter->setObjectName(u"resultsSplitter"_s);
    m_resultsSplitter->addWidget(m_panelsSplitter);
    m_resultsSplitter->addWidget(m_checklistSplitter);
    m_resultsSplitter->setStretchFactor(0, 2);
    m_resultsSplitter->setStretchFactor(1, 3);
    m_resultsSplitter->setChildrenCollapsible(false);
    layout->addWidget(m_resultsSplitter, 1);
    // Screen readers walk the children in stacking order, which the splitters leave reversed: restore
    // the reading order of the screen (API before registry, checklist before fix steps, panels first).
    for (QWidget* widget : {static_cast<QWidget*>(m_apiPanel), static_cast<QWidget*>(m_registryPanel),
                            static_cast<QWidget*>(m_checklistView), static_cast<QWidget*>(m_fixStepsView),
                            static_cast<QWidget*>(m_panelsSplitter), static_cast<QWidget*>(m_checklistSplitter)})
        widget->raise();
    m_resultsArea = m_resultsSplitter;
    m_resultsArea->setVisible(false);
    // The results take the height that is left, never less than this (the window scrolls instead); their
    // preferred size must not make the scrolled content taller than the screen.
    m_resultsSplitter->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_resultsSplitter->setMinimumHeight(fontMetrics().height() * 18);

    m_apiPanel->reset(tr("Waiting for a check."));
    m_registryPanel->reset(tr("Waiting for a check."));
    showIdleVerdict();
    return results;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_saveAction = file->addAction(uiIcon(u"save"_s), tr("&Save report…"), this, &MainWindow::saveReport);
    m_saveAction->setObjectName(u"saveReportAction"_s);
    m_saveAction->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* check = menuBar()->addMenu(tr("Chec&k"));
    m_checkAction = check->addAction(uiIcon(u"check"_s), tr("&Check token"), this, &MainWindow::startCheck);
    m_checkAction->setObjectName(u"checkTokenAction"_s);
    m_checkAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_cancelAction = check->addAction(uiIcon(u"cancel"_s), tr("C&ancel"), this, &MainWindow::cancelCheck);
    m_cancelAction->setObjectName(u"cancelAction"_s);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    QAction* packages = check->addAction(tr("All &packages…"), this, &MainWindow::openPackagesWindow);
    packages->setObjectName(u"allPackagesAction"_s);
    packages->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    check->addSeparator();
    QAction* copy = check->addAction(uiIcon(u"copy"_s), tr("C&opy fix steps"), this, &MainWindow::copyFixSteps);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(this, &MainWindow::checkFinished, copy,
            [this, copy] { copy->setEnabled(m_fixStepsView->isCopyEnabled()); });
    check->addAction(uiIcon(u"open-external"_s), tr("Open &token settings"), this, &MainWindow::openTokenSettings);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About GHCR Doctor"), this, [this] {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

// ---------------------------------------------------------------------------------------------
// Settings

void MainWindow::restoreSettings()
{
    m_restoring = true;
    const WindowSettings settings = WindowSettings::load();
    if (!restoreGeometry(settings.geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(qMin(1240, available.width()), qMin(820, available.height()));
    }
    if (!m_panelsSplitter->restoreState(settings.panelsSplitter))
        m_panelsSplitter->setSizes({500, 500});
    if (!m_resultsSplitter->restoreState(settings.resultsSplitter))
        m_resultsSplitter->setSizes({230, 330});
    if (!m_checklistSplitter->restoreState(settings.checklistSplitter))
        m_checklistSplitter->setSizes({520, 480});

    for (const QString& host : settings.recentHosts) {
        if (m_hostCombo->findText(host) < 0)
            m_hostCombo->addItem(host);
    }
    m_hostCombo->setCurrentText(settings.host);
    m_userEdit->setText(settings.user);
    m_imageEdit->setText(settings.image);
    m_pullCheck->setChecked(settings.operations.contains(u"pull"_s));
    m_pushCheck->setChecked(settings.operations.contains(u"push"_s));
    m_deleteCheck->setChecked(settings.operations.contains(u"delete"_s));
    m_apiUrlEdit->setText(settings.apiUrl);
    m_registryEdit->setText(settings.registry);
    m_caFileEdit->setText(settings.caFile);
    m_dockerCheck->setChecked(settings.compareDockerLogin);
    m_advancedButton->setChecked(settings.advancedShown || !settings.apiUrl.isEmpty() || !settings.registry.isEmpty() ||
                                 !settings.caFile.isEmpty());
    m_restoring = false;
}

void MainWindow::saveSettings() const
{
    WindowSettings settings;
    settings.geometry = saveGeometry();
    settings.panelsSplitter = m_panelsSplitter->saveState();
    settings.resultsSplitter = m_resultsSplitter->saveState();
    settings.checklistSplitter = m_checklistSplitter->saveState();
    const QString host = m_hostCombo->currentText().trimmed();
    settings.host = host.isEmpty() ? defaultHost : host;
    for (int i = 0; i < m_hostCombo->count(); ++i) {
        if (m_hostCombo->itemText(i) != defaultHost && m_hostCombo->itemData(i).toString().isEmpty())
            settings.recentHosts << m_hostCombo->itemText(i);
    }
    if (!host.isEmpty() && host != defaultHost && !settings.recentHosts.contains(host))
        settings.recentHosts.prepend(host);
    settings.user = m_userEdit->text().trimmed();
    settings.image = m_imageEdit->text().trimmed();
    settings.operations.clear();
    if (m_pullCheck->isChecked())
        settings.operations << u"pull"_s;
    if (m_pushCheck->isChecked())
        settings.operations << u"push"_s;
    if (m_deleteCheck->isChecked())
        settings.operations << u"delete"_s;
    settings.advancedShown = m_advancedButton->isChecked();
    settings.compareDockerLogin = m_dockerCheck->isChecked();
    // Values forced from the command line or by a test are not the user's choice: keep them out.
    settings.saveAdvancedFields = !m_advancedFromOverrides;
    settings.apiUrl = m_apiUrlEdit->text().trimmed();
    settings.registry = m_registryEdit->text().trimmed();
    settings.caFile = m_caFileEdit->text().trimmed();
    settings.save();
}

void MainWindow::setCheckOverrides(const CheckOverrides& overrides)
{
    m_overrides = overrides;
    m_advancedFromOverrides = true;
    if (!overrides.apiUrl.isEmpty())
        m_apiUrlEdit->setText(overrides.apiUrl.toString());
    if (!overrides.registry.isEmpty())
        m_registryEdit->setText(overrides.registry);
    if (!overrides.caFile.isEmpty())
        m_caFileEdit->setText(overrides.caFile);
    updateActions();
}

void MainWindow::setToken(const QString& token)
{
    m_tokenEdit->setText(token);
}

void MainWindow::setImage(const QString& image)
{
    m_imageEdit->setText(image);
}

void MainWindow::setUser(const QString& user)
{
    m_userEdit->setText(user);
}

void MainWindow::setHost(const QString& host)
{
    m_hostCombo->setCurrentText(host);
}

void MainWindow::setOperations(const QList<Operation>& operations)
{
    m_pullCheck->setChecked(operations.contains(Operation::Pull));
    m_pushCheck->setChecked(operations.contains(Operation::Push));
    m_deleteCheck->setChecked(operations.contains(Operation::Delete));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_runner->isRunning())
        m_runner->cancel();
    saveSettings();
    QMainWindow::closeEvent(event);
}

// ---------------------------------------------------------------------------------------------
// Token input

void MainWindow::onTokenEdited(const QString& text)
{
    if (m_restoring)
        return;
    if (m_tokenFromKeychain || m_tokenConcealed) {
        // The user replaced the saved token: it can be shown again, and saved anew.
        m_tokenFromKeychain = false;
        m_tokenConcealed = false;
        m_showTokenButton->setEnabled(true);
        m_showTokenButton->setToolTip(tr("Show the token"));
    }
    const QString normalized = normalizeToken(text);
    if (!text.isEmpty() && normalized != text) {
        const TokenAnalysis raw = analyzeToken(text);
        QStringList notes;
        for (const TokenIssue& issue : raw.issues) {
            if (issue.id == u"whitespace-trimmed"_s || issue.id == u"quotes-trimmed"_s || issue.id == u"newline"_s)
                notes << issue.message;
        }
        if (notes.isEmpty())
            notes << tr("Removed spaces, line breaks or quotes around the pasted token.");
        m_tokenNote = notes.join(u' ');
        const QSignalBlocker blocker(m_tokenEdit);
        m_tokenEdit->setText(normalized);
    } else if (text.isEmpty()) {
        m_tokenNote.clear();
    }
    updateTokenInfo();
    updateActions();
}

void MainWindow::updateTokenInfo()
{
    const QString token = m_tokenEdit->text();
    m_tokenAnalysis = analyzeToken(token);
    if (token.isEmpty()) {
        m_tokenInfoLabel->setText(tr("Classic tokens (ghp_…) need <b>read:packages</b> to pull and "
                                     "<b>write:packages</b> to push. GitHub Packages does not accept fine-grained "
                                     "tokens."));
        m_tokenNoteLabel->setVisible(false);
        return;
    }
    QStringList parts;
    parts << u"<b>"_s + html(tokenKindTitle(m_tokenAnalysis.kind)) + u"</b>"_s;
    parts << html(tr("%n character(s)", nullptr, m_tokenAnalysis.length));
    if (!m_tokenAnalysis.fingerprint.isEmpty())
        parts << html(m_tokenAnalysis.fingerprint);
    if (m_tokenAnalysis.checksumValid == true)
        parts << html(tr("checksum OK"));
    if (m_tokenFromKeychain)
        parts << html(tr("loaded from the keychain"));
    m_tokenInfoLabel->setText(parts.join(u" · "_s));

    QStringList notes;
    if (!m_tokenNote.isEmpty())
        notes << html(m_tokenNote);
    for (const TokenIssue& issue : m_tokenAnalysis.issues) {
        if (issue.id == u"whitespace-trimmed"_s || issue.id == u"quotes-trimmed"_s || issue.id == u"newline"_s)
            continue;
        const QString prefix = issue.fatal ? tr("Problem:") : tr("Note:");
        notes << u"<b>"_s + html(prefix) + u"</b> "_s + html(issue.message);
    }
    m_tokenNoteLabel->setText(notes.join(u"<br>"_s));
    m_tokenNoteLabel->setVisible(!notes.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Running a check

bool MainWindow::isChecking() const
{
    return m_runner->isRunning();
}

std::optional<CheckRequest> MainWindow::currentRequest(QString* error) const
{
    CheckRequest request;
    request.host = m_hostCombo->currentText().trimmed();
    if (request.host.isEmpty())
        request.host = defaultHost;
    const QString apiUrl = m_apiUrlEdit->text().trimmed();
    if (!apiUrl.isEmpty()) {
        request.apiUrl = QUrl::fromUserInput(apiUrl);
        if (!request.apiUrl.isValid()) {
            if (error)
                *error = tr("The API URL “%1” is not a valid URL.").arg(apiUrl);
            return std::nullopt;
        }
    }
    request.registry = m_registryEdit->text().trimmed();
    request.user = m_userEdit->text().trimmed();
    request.image = m_imageEdit->text().trimmed();
    request.operations.clear();
    if (m_pullCheck->isChecked())
        request.operations << Operation::Pull;
    if (m_pushCheck->isChecked())
        request.operations << Operation::Push;
    if (m_deleteCheck->isChecked())
        request.operations << Operation::Delete;
    request.inspectDockerCredentials = m_dockerCheck->isChecked();
    if (m_overrides.timeoutSeconds > 0)
        request.timeoutSeconds = m_overrides.timeoutSeconds;
    request.allowHttpLoopback = m_overrides.allowHttpLoopback;
    request.extraCaCertificates = m_overrides.extraCaCertificates;
    const QString caFile = m_caFileEdit->text().trimmed();
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            if (error)
                *error = QFileInfo::exists(caFile)
                             ? tr("“%1” contains no PEM certificate. Choose a file with “-----BEGIN "
                                  "CERTIFICATE-----” blocks, or clear the CA file field.")
                                   .arg(QDir::toNativeSeparators(caFile))
                             : tr("The CA file “%1” does not exist. Choose another file or clear the field.")
                                   .arg(QDir::toNativeSeparators(caFile));
            return std::nullopt;
        }
        for (const QSslCertificate& certificate : certificates) {
            if (!request.extraCaCertificates.contains(certificate))
                request.extraCaCertificates << certificate;
        }
    }
    const QString problem = request.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return request;
}

void MainWindow::startCheck()
{
    if (m_runner->isRunning())
        return;
    const QString token = normalizeToken(m_tokenEdit->text());
    if (token.isEmpty()) {
        setInputsCollapsed(false);
        setVerdict(statusIcon(CheckStatus::Warn), tr("Paste a token first: the token field is empty."), {});
        m_inputProblemShown = true;
        m_tokenEdit->setFocus();
        return;
    }
    QString error;
    const std::optional<CheckRequest> request = currentRequest(&error);
    if (!request) {
        setInputsCollapsed(false);
        setVerdict(statusIcon(CheckStatus::Warn), tr("Check the input: %1").arg(error), {});
        m_inputProblemShown = true;
        return;
    }
    m_inputProblemShown = false;
    m_cancelling = false;
    m_checkedToken = token;
    m_storedLoginsPanel->clear();
    m_runningRequest = request->resolved();
    m_diagnosis.reset();
    m_checklistView->clear();
    m_staleLabel->setVisible(false);
    setResultsVisible(true);
    saveSettings();

    setInputsLocked(true);
    m_apiPanel->start(tr("Asking %1 about the token…").arg(m_runningRequest.apiUrl.host()));
    m_registryPanel->start(tr("Contacting %1…").arg(m_runningRequest.registry));
    setVerdict(
        runningIcon(),
        tr("Checking… the GitHub API and the registry %1 are asked side by side.").arg(m_runningRequest.registry), {});
    m_runner->start(*request, token);
    m_fixStepsView->showWaiting(true);
    updateActions();
}

void MainWindow::openPackagesWindow()
{
    if (!m_packagesWindow)
        m_packagesWindow = new PackagesWindow(m_network, this);
    QString error;
    const std::optional<CheckRequest> request = currentRequest(&error);
    const QString token = normalizeToken(m_tokenEdit->text());
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

void MainWindow::setInputsLocked(bool locked)
{
    for (QWidget* widget :
         {static_cast<QWidget*>(m_tokenEdit), static_cast<QWidget*>(m_showTokenButton),
          static_cast<QWidget*>(m_userEdit), static_cast<QWidget*>(m_hostCombo), static_cast<QWidget*>(m_imageEdit),
          static_cast<QWidget*>(m_pullCheck), static_cast<QWidget*>(m_pushCheck), static_cast<QWidget*>(m_deleteCheck),
          static_cast<QWidget*>(m_rememberCheck), static_cast<QWidget*>(m_forgetButton),
          static_cast<QWidget*>(m_advanced)}) {
        widget->setEnabled(!locked);
    }
    if (!locked) {
        m_showTokenButton->setEnabled(!m_tokenConcealed);
        m_rememberCheck->setEnabled(m_tokenStore != nullptr);
    }
    if (locked)
        m_cancelButton->setFocus();
}

void MainWindow::updateActions()
{
    const bool running = m_runner->isRunning();
    const bool hasToken = !m_tokenEdit->text().trimmed().isEmpty();
    // No operation ticked: a login-only check (login is always checked).
    m_checkButton->setEnabled(!running && hasToken);
    m_checkAgainButton->setEnabled(!running && hasToken);
    m_checkAction->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_cancelAction->setEnabled(running);
    const bool haveDiagnosis = m_diagnosis.has_value() && !running;
    m_saveReportButton->setEnabled(haveDiagnosis);
    m_saveReportButton->setVisible(m_diagnosis.has_value());
    m_saveAction->setEnabled(haveDiagnosis);
    m_fixStepsView->setCopyEnabled(haveDiagnosis && !m_diagnosis->cancelled && !m_diagnosis->fixSteps.isEmpty());
    m_fixStepsView->setTokenSettings(!running, tokenSettingsUrl());
    if (m_forgetButton && !running) {
        const QString host =
            m_hostCombo->currentText().trimmed().isEmpty() ? defaultHost : m_hostCombo->currentText().trimmed();
        const bool remembered =
            m_tokenStore && (m_tokenStore->isRemembered(host, storeUser()) || !m_loadedKey.isEmpty());
        m_forgetButton->setEnabled(remembered);
    }
}

void MainWindow::onProgress(int side, const QString& message)
{
    EvidencePanel* panel = side == int(CheckRunner::Side::Api) ? m_apiPanel : m_registryPanel;
    panel->setProgressMessage(message);
}

namespace {

CheckStatus apiStatus(const ApiEvidence& api)
{
    switch (api.outcome) {
    case ApiEvidence::Outcome::Ok:
        return api.ssoPartialOrganizations.isEmpty() ? CheckStatus::Pass : CheckStatus::Warn;
    case ApiEvidence::Outcome::Cancelled:
    case ApiEvidence::Outcome::NotRun:
        return CheckStatus::Skip;
    default:
        return CheckStatus::Fail;
    }
}

CheckStatus registryStatus(const RegistryEvidence& registry)
{
    if (!registry.attempted)
        return CheckStatus::Skip;
    if (!registry.errorSentence.isEmpty() || registry.loginOk == false)
        return CheckStatus::Fail;
    bool unknown = false;
    for (const OperationResult& op : registry.operations) {
        if (!op.requested)
            continue;
        if (op.allowed == false)
            return CheckStatus::Fail;
        if (!op.allowed)
            unknown = true;
    }
    return unknown ? CheckStatus::Warn : CheckStatus::Pass;
}

} // namespace

void MainWindow::onApiFinished(const ApiEvidence& evidence)
{
    m_apiPanel->setSections({apiFacts(evidence), tokenFacts(m_tokenAnalysis)});
    if (m_cancelling && evidence.outcome != ApiEvidence::Outcome::Ok) {
        m_apiPanel->finish(CheckStatus::Skip, tr("Cancelled."), evidence.elapsedMs);
        return;
    }
    QString text;
    if (evidence.outcome == ApiEvidence::Outcome::Ok)
        text = evidence.login.isEmpty() ? tr("GitHub accepted the token.")
                                        : tr("GitHub accepted the token of %1.").arg(evidence.login);
    else if (evidence.outcome == ApiEvidence::Outcome::Cancelled)
        text = tr("Cancelled.");
    else if (!evidence.errorSentence.isEmpty())
        text = evidence.errorSentence;
    else if (!evidence.message.isEmpty())
        text = tr("GitHub answered %1: %2").arg(evidence.httpStatus).arg(evidence.message);
    else
        text = tr("GitHub answered %1.").arg(evidence.httpStatus);
    m_apiPanel->finish(apiStatus(evidence), text, evidence.elapsedMs);
}

void MainWindow::onRegistryFinished(const RegistryEvidence& evidence)
{
    m_registryPanel->setSections(registrySections(evidence, m_runningRequest.registry, {}));
    const CheckStatus status = registryStatus(evidence);
    if (m_cancelling && status != CheckStatus::Pass) {
        // A cancelled side did not fail: it was stopped.
        m_registryPanel->finish(CheckStatus::Skip, tr("Cancelled."), evidence.elapsedMs);
        return;
    }
    QString text;
    switch (status) {
    case CheckStatus::Pass:
        text = evidence.image.isEmpty() ? tr("The registry accepted the login.")
                                        : tr("The registry allowed every requested operation.");
        break;
    case CheckStatus::Fail: {
        QStringList refused;
        for (const OperationResult& op : evidence.operations) {
            if (op.requested && op.allowed == false)
                refused << operationId(op.operation);
        }
        if (!evidence.errorSentence.isEmpty())
            text = evidence.errorSentence;
        else if (evidence.loginOk == false)
            text = tr("The registry refused the login.");
        else
            text = tr("The registry refused: %1.").arg(refused.join(u", "_s));
        break;
    }
    case CheckStatus::Warn:
        text = tr("The registry's answer leaves a question open.");
        break;
    case CheckStatus::Skip:
        text = evidence.errorSentence.isEmpty() ? tr("Not contacted.") : evidence.errorSentence;
        break;
    }
    m_registryPanel->finish(status, text, evidence.elapsedMs);
}

void MainWindow::onFinished(const Diagnosis& diagnosis)
{
    m_diagnosis = diagnosis;
    // Render the final evidence from the diagnosis itself, so the panels and the checklist agree.
    m_tokenAnalysis = diagnosis.token;
    if (diagnosis.cancelled) {
        if (m_apiPanel->isRunning())
            m_apiPanel->finish(CheckStatus::Skip, tr("Cancelled."), -1);
        if (m_registryPanel->isRunning())
            m_registryPanel->finish(CheckStatus::Skip, tr("Cancelled."), -1);
    } else {
        onApiFinished(diagnosis.api);
        onRegistryFinished(diagnosis.registry);
        if (diagnosis.docker.inspected)
            m_registryPanel->setSections(
                registrySections(diagnosis.registry, m_runningRequest.registry, diagnosis.docker));
    }
    m_storedLoginsPanel->showCheck(diagnosis, m_checkedToken);
    m_storedLoginsPanel->setVisible(!diagnosis.cancelled && !diagnosis.docker.entries.isEmpty());
    setInputsLocked(false);
    renderDiagnosis();
    updateActions();
    updateTokenInfo();
    maybeRememberToken();
    if (diagnosis.cancelled) {
        m_checkButton->setFocus();
        showStatus(tr("Check cancelled."));
    } else {
        statusBar()->clearMessage();
        setInputsCollapsed(true);
        m_checklistView->focusList();
    }
    m_cancelling = false;
    Q_EMIT checkFinished();
}

// ---------------------------------------------------------------------------------------------
// Rendering the diagnosis

void MainWindow::setVerdict(const QIcon& icon, const QString& text, const QString& accessibleText)
{
    const int size = m_verdictIcon->width();
    if (icon.isNull())
        m_verdictIcon->setPixmap(applicationIcon().pixmap(QSize(size, size), devicePixelRatioF()));
    else
        m_verdictIcon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
    m_verdictLabel->setText(text);
    m_verdictLabel->setAccessibleName(accessibleText.isEmpty() ? text : accessibleText);
}

void MainWindow::announceVerdict()
{
    // Screen readers hear the new verdict without moving focus (the banner acts as a live region).
    Announcer::announce(m_verdictLabel);
}

void MainWindow::renderDiagnosis()
{
    if (!m_diagnosis)
        return;
    const Diagnosis& d = *m_diagnosis;
    if (d.cancelled) {
        setVerdict(statusIcon(CheckStatus::Skip),
                   tr("Check cancelled. No request is still running; start again when you are ready."), {});
        m_verdictIcon->setAccessibleName(tr("Cancelled"));
    } else {
        CheckStatus status = CheckStatus::Warn;
        QString word;
        QString summary = d.summary;
        switch (d.verdict) {
        case Verdict::Ok:
            // Amber, not green, when a row still warns (expiry soon, SSO partly authorized, …).
            status = d.hasWarnings() ? CheckStatus::Warn : CheckStatus::Pass;
            if (d.request.loginOnly())
                word = d.hasWarnings() ? tr("Login works, with warnings") : tr("Login works");
            else
                word = d.hasWarnings() ? tr("Works, with warnings") : tr("Works");
            break;
        case Verdict::ActionNeeded:
            status = CheckStatus::Fail;
            word = tr("Action needed");
            break;
        case Verdict::Error: {
            status = CheckStatus::Warn;
            word = tr("Could not complete");
            // The summary often says so already ("The check could not complete: …"): no stutter.
            const QString prefix = Diagnoser::tr("The check could not complete: %1").section(u"%1"_s, 0, 0);
            if (summary.startsWith(prefix))
                summary = summary.mid(prefix.size());
            break;
        }
        }
        // The image as it was checked, tag included.
        QString image;
        if (!d.request.image.isEmpty()) {
            const ImageLint lint = lintImage(d.request.image, d.request.registry);
            image = lint.valid ? lint.corrected() : d.request.image;
        }
        const QString head = image.isEmpty() ? word : tr("%1 for %2").arg(word, image);
        setVerdict(statusIcon(status), head + u": "_s + summary, {});
        m_verdictIcon->setAccessibleName(word);
    }
    announceVerdict();

    m_checklistView->showDiagnosis(d);
    m_fixStepsView->showDiagnosis(d, m_checkedToken);
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
    const QList<ReportFormat> formats = allReportFormats();
    QStringList filters;
    for (ReportFormat format : formats)
        filters << reportFilter(format);
    const std::optional<ReportFormat> lastFormat = reportFormatFromId(WindowSettings::lastReportFormat());
    ReportFormat format = lastFormat && formats.contains(*lastFormat)
                              ? *lastFormat
                              : (formats.isEmpty() ? ReportFormat::Text : formats.first());
    QString directory = WindowSettings::lastReportDirectory();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // No Documents folder (a fresh account, a server): the home folder, never the process's working directory.
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QDir::homePath();
    const QDateTime when =
        m_diagnosis->finishedAt.isValid() ? m_diagnosis->finishedAt.toLocalTime() : QDateTime::currentDateTime();
    const QString suggested = QDir(directory).filePath(defaultReportFileName(format, when));
    QString selectedFilter = reportFilter(format);
    QString path =
        FileDialogs::getSaveFileName(this, tr("Save report"), suggested, filters.join(u";;"_s), &selectedFilter);
    if (path.isEmpty())
        return;

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
    if (!ghcr::saveReport(*m_diagnosis, format, path, &error)) {
        QMessageBox::warning(this, tr("Report not saved"),
                             tr("The report could not be saved: %1").arg(Redactor::redact(error, {m_checkedToken})));
        return;
    }
    WindowSettings::setLastReport(QFileInfo(path).absolutePath(), reportFormatId(format));
    showStatus(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
}

QString MainWindow::tokenSettingsUrl() const
{
    if (m_diagnosis) {
        for (const FixStep& step : m_diagnosis->fixSteps) {
            if (step.id == u"new-token"_s && !step.url.isEmpty())
                return step.url;
        }
    }
    QString host = m_hostCombo->currentText().trimmed().toLower();
    if (host.isEmpty() || host == u"api.github.com"_s || host == u"www.github.com"_s)
        host = defaultHost;
    const bool pull = m_pullCheck->isChecked() || (!m_pushCheck->isChecked() && !m_deleteCheck->isChecked());
    return newTokenUrl(host, requiredScopes(pull, m_pushCheck->isChecked(), m_deleteCheck->isChecked()),
                       tr("GHCR Doctor: container registry"));
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

void MainWindow::browseCaFile()
{
    const QString current = m_caFileEdit->text().trimmed();
    const QString dir = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path = FileDialogs::getOpenFileName(this, tr("Choose CA certificates"), dir,
                                                      tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_caFileEdit->setText(path);
}

void MainWindow::toggleAdvanced(bool show)
{
    m_advanced->setVisible(show);
    m_advancedButton->setIcon(uiIcon(show ? u"chevron-down"_s : u"chevron-right"_s));
}

void MainWindow::setInputsCollapsed(bool collapsed)
{
    if (collapsed)
        updateInputsSummary();
    m_inputs->setVisible(!collapsed);
    m_inputsSummary->setVisible(collapsed);
}

void MainWindow::updateInputsSummary()
{
    const CheckRequest& r = m_runningRequest;
    QStringList parts;
    QString token = tokenKindTitle(m_tokenAnalysis.kind);
    if (!m_tokenAnalysis.fingerprint.isEmpty())
        token += u' ' + m_tokenAnalysis.fingerprint;
    parts << token;
    parts << tr("%1 (API %2, registry %3)").arg(r.host, r.apiUrl.toString(), r.registry);
    if (!r.image.isEmpty())
        parts << r.image;
    QStringList ops;
    for (Operation op : r.operations)
        ops << operationId(op);
    parts << (ops.isEmpty() ? tr("login only") : tr("login, %1").arg(ops.join(u", "_s)));
    m_inputsSummaryLabel->setText(tr("Checked: %1").arg(parts.join(u" · "_s)));
}

void MainWindow::onInputsChanged()
{
    if (m_restoring || m_runner->isRunning())
        return;
    if (!m_diagnosis)
        showIdleVerdict(); // "Paste a token first" goes once there is one
    if (m_diagnosis && !m_staleLabel->isVisible()) {
        m_staleLabel->setVisible(true);
        Announcer::announce(m_staleLabel);
    }
}

void MainWindow::updateEndpoints()
{
    CheckRequest request;
    request.host = m_hostCombo->currentText().trimmed();
    const QString apiUrl = m_apiUrlEdit->text().trimmed();
    if (!apiUrl.isEmpty())
        request.apiUrl = QUrl::fromUserInput(apiUrl);
    request.registry = m_registryEdit->text().trimmed();
    const CheckRequest resolved = request.resolved();
    m_endpointsLabel->setText(tr("API %1 · registry %2").arg(resolved.apiUrl.toString(), resolved.registry));
}

void MainWindow::showIdleVerdict()
{
    m_inputProblemShown = false;
    const bool haveToken = m_tokenEdit && !m_tokenEdit->text().trimmed().isEmpty();
    setVerdict(uiIcon(u"info"_s),
               haveToken ? tr("Ready: press Check token. GHCR Doctor asks the GitHub API and the container registry "
                              "side by side and tells you what to fix.")
                         : tr("Paste a token and press Check token. GHCR Doctor asks the GitHub API and the container "
                              "registry side by side and tells you what to fix."),
               {});
}

void MainWindow::setResultsVisible(bool visible)
{
    m_resultsArea->setVisible(visible);
    m_welcomeLabel->setVisible(!visible);
}

void MainWindow::finishStartup()
{
    // What the first frame does not show waits for it: the icon theme look-ups (the window icon, the token
    // field's clear button, which appears only once there is text) and the keychain.
    setWindowIcon(applicationIcon());
    m_tokenEdit->setClearButtonEnabled(true);
    // The line edit's own clear button: named for screen readers.
    for (QAction* action : m_tokenEdit->actions())
        action->setText(tr("Clear the token"));
    for (QToolButton* button : m_tokenEdit->findChildren<QToolButton*>())
        button->setAccessibleName(tr("Clear the token"));
    loadRememberedToken();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == this && event->type() == QEvent::Paint && !m_startupDone) {
        m_startupDone = true;
        removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::finishStartup);
    }
    if (event->type() == QEvent::KeyPress && qobject_cast<QCheckBox*>(watched)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && mods == Qt::NoModifier) {
            startCheck();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------
// Keychain

QString MainWindow::storeUser() const
{
    const QString user = m_userEdit->text().trimmed();
    if (!user.isEmpty())
        return user;
    if (m_diagnosis && !m_diagnosis->api.login.isEmpty())
        return m_diagnosis->api.login;
    QString loadedUser;
    if (!m_loadedKey.isEmpty() && TokenStore::splitKey(m_loadedKey, nullptr, &loadedUser))
        return loadedUser;
    return {};
}

void MainWindow::setKeychainMessage(const QString& message, bool problem)
{
    if (message.isEmpty()) {
        m_keychainLabel->clear();
        m_keychainLabel->setVisible(false);
        return;
    }
    const QString prefix = problem ? u"<b>"_s + html(tr("Keychain:")) + u"</b> "_s : QString();
    QString text = message;
    // Only when there is a token to keep: then it is kept in memory for this session, nowhere else.
    if (problem && !m_tokenEdit->text().isEmpty())
        text += u' ' + tr("GHCR Doctor keeps the token in memory for this session only; nothing is written to disk.");
    m_keychainLabel->setText(prefix + html(text));
    m_keychainLabel->setVisible(true);
}

void MainWindow::loadRememberedToken()
{
    if (!m_tokenStore) {
        setKeychainMessage(tr("No keychain in use: a token you paste is used for this session only and never saved."),
                           false);
        return;
    }
    const QString host =
        m_hostCombo->currentText().trimmed().isEmpty() ? defaultHost : m_hostCombo->currentText().trimmed();
    const QStringList keys = m_tokenStore->rememberedKeys();
    QString chosen;
    const QString wanted = TokenStore::key(host, m_userEdit->text());
    if (keys.contains(wanted)) {
        chosen = wanted;
    } else {
        for (const QString& key : keys) {
            QString keyHost;
            if (TokenStore::splitKey(key, &keyHost, nullptr) && keyHost == host.toLower()) {
                chosen = key;
                break;
            }
        }
    }
    if (chosen.isEmpty())
        return;
    QString keyHost, keyUser;
    TokenStore::splitKey(chosen, &keyHost, &keyUser);
    setKeychainMessage(tr("Loading the saved token for %1 from the keychain…").arg(chosen), false);
    m_tokenStore->load(keyHost, keyUser);
}

void MainWindow::onTokenLoaded(const QString& key, const QString& token, const TokenStoreResult& result)
{
    if (!result.ok) {
        // Name what was lost: the token remembered for this host and user.
        setKeychainMessage(tr("The token remembered for %1 could not be loaded. %2").arg(key, result.message), true);
        return;
    }
    if (!m_tokenEdit->text().isEmpty() || m_runner->isRunning()) {
        setKeychainMessage(
            tr("A token for %1 is saved in the keychain; the token you entered is used instead.").arg(key), false);
        return;
    }
    m_restoring = true;
    m_tokenEdit->setText(token);
    m_restoring = false;
    m_tokenFromKeychain = true;
    m_tokenConcealed = true;
    m_loadedKey = key;
    m_tokenNote.clear();
    m_showTokenButton->setChecked(false);
    m_showTokenButton->setEnabled(false);
    m_showTokenButton->setToolTip(tr("A token loaded from the keychain is not shown. Paste a token to replace it."));
    QString user;
    if (TokenStore::splitKey(key, nullptr, &user) && m_userEdit->text().trimmed().isEmpty())
        m_userEdit->setText(user);
    {
        const QSignalBlocker blocker(m_rememberCheck);
        m_rememberCheck->setChecked(true);
    }
    updateTokenInfo();
    setKeychainMessage(tr("Token for %1 loaded from the keychain (%2, %3). It is not shown; paste another token to "
                          "replace it.")
                           .arg(key, tokenKindTitle(m_tokenAnalysis.kind), m_tokenAnalysis.fingerprint),
                       false);
    if (!m_diagnosis)
        showIdleVerdict();
    updateActions();
}

void MainWindow::maybeRememberToken()
{
    if (!m_tokenStore || !m_rememberCheck->isChecked() || !m_diagnosis || m_diagnosis->cancelled ||
        m_checkedToken.isEmpty())
        return;
    if (m_diagnosis->api.outcome != ApiEvidence::Outcome::Ok) {
        setKeychainMessage(tr("The token was not saved in the keychain: GitHub did not accept it."), false);
        return;
    }
    const QString host = m_runningRequest.host;
    const QString user = storeUser();
    if (user.isEmpty()) {
        setKeychainMessage(tr("Enter a user name to remember the token for it."), false);
        return;
    }
    if (m_tokenFromKeychain && m_loadedKey == TokenStore::key(host, user))
        return; // already saved under this key
    // Over a bare X11 session the Secret Service may start now and ask for a new keyring's password: say so first.
    setKeychainMessage(tr("Saving the token for %1 in the keychain… Your system may ask you to unlock or create a "
                          "keyring for it.")
                           .arg(TokenStore::key(host, user)),
                       false);
    m_tokenStore->save(host, user, m_checkedToken);
}

void MainWindow::onTokenSaved(const QString& key, const TokenStoreResult& result)
{
    if (!result.ok) {
        setKeychainMessage(result.message, true);
        return;
    }
    m_loadedKey = key;
    setKeychainMessage(tr("Token saved in the keychain for %1. It loads automatically next time.").arg(key), false);
    updateActions();
}

void MainWindow::forgetToken()
{
    if (!m_tokenStore)
        return;
    QString host = m_hostCombo->currentText().trimmed().isEmpty() ? defaultHost : m_hostCombo->currentText().trimmed();
    QString user = storeUser();
    if (!m_loadedKey.isEmpty() && !m_tokenStore->isRemembered(host, user))
        TokenStore::splitKey(m_loadedKey, &host, &user);
    setKeychainMessage(tr("Removing the saved token for %1 from the keychain…").arg(TokenStore::key(host, user)),
                       false);
    m_tokenStore->forget(host, user);
}

void MainWindow::onTokenForgotten(const QString& key, const TokenStoreResult& result)
{
    if (!result.ok && result.errorKind != TokenStoreResult::ErrorKind::EntryNotFound) {
        setKeychainMessage(result.message, true);
        return;
    }
    if (m_loadedKey == key)
        m_loadedKey.clear();
    {
        const QSignalBlocker blocker(m_rememberCheck);
        m_rememberCheck->setChecked(false);
    }
    // A token that was loaded "not shown" stays not shown after Forget: only a pasted token can be revealed.
    m_tokenFromKeychain = false;
    setKeychainMessage(m_tokenEdit->text().isEmpty()
                           ? tr("The saved token for %1 was removed from the keychain.").arg(key)
                           : tr("The saved token for %1 was removed from the keychain. The token in the field stays "
                                "for this session (in memory only).")
                                 .arg(key),
                       false);
    updateActions();
    updateTokenInfo();
}

} // namespace ghcr
