#include "ui/CheckForm.h"

#include "app/core/token/Scopes.h"
#include "ui/Icons.h"
#include "ui/RichText.h"
#include "ui/UiHooks.h"
#include "ui/WindowSettings.h"
#include "ui_CheckForm.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

const auto defaultHost = u"github.com"_s;

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

/// Pasting fixes these by itself (the note says so); the others are shown as problems or notes.
bool isPasteIssue(const TokenIssue& issue)
{
    return issue.id == u"whitespace-trimmed"_s || issue.id == u"quotes-trimmed"_s || issue.id == u"newline"_s;
}

} // namespace

CheckForm::CheckForm(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CheckForm>())
{
    // The host box's screen-reader interface comes from this factory (its "ghcrNamedAccessible" property is set
    // in the form before anything can ask for the interface, which is then cached).
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(namedComboBoxFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    m_ui->setupUi(this);
    m_ui->endpointsLabel->setForegroundRole(QPalette::PlaceholderText);
    setUpHostBox();
    connectInputs();
    updateTokenInfo();
    updateEndpoints();
    updateButtons();
}

CheckForm::~CheckForm() = default;

void CheckForm::setUpHostBox()
{
    QComboBox* box = m_ui->hostComboBox;
    box->addItem(defaultHost);
    // Two templates: choosing one puts an example host in the field with the part to replace selected.
    box->addItem(tr("GitHub Enterprise Server: your server's host"), u"github.example.com"_s);
    box->addItem(tr("GHE.com (data residency): SUBDOMAIN.ghe.com"), u"SUBDOMAIN.ghe.com"_s);
    connect(box, &QComboBox::activated, this, [box](int index) {
        const QString example = box->itemData(index).toString();
        if (example.isEmpty())
            return;
        box->setEditText(example);
        const qsizetype dot = example.indexOf(u'.');
        box->lineEdit()->setSelection(0, int(example.endsWith(u".ghe.com"_s) ? dot : example.size()));
    });
    box->lineEdit()->setAccessibleName(box->accessibleName());
    box->lineEdit()->setPlaceholderText(defaultHost);
}

void CheckForm::connectInputs()
{
    const Ui::CheckForm& ui = *m_ui;
    connect(ui.showTokenToolButton, &QToolButton::toggled, this, &CheckForm::showTokenShown);
    connect(ui.tokenLineEdit, &QLineEdit::textChanged, this, &CheckForm::onTokenEdited);
    connect(ui.forgetTokenButton, &QPushButton::clicked, this, &CheckForm::forgetRequested);
    connect(ui.advancedToolButton, &QToolButton::toggled, this, &CheckForm::toggleAdvanced);
    connect(ui.checkTokenButton, &QPushButton::clicked, this, &CheckForm::checkRequested);
    connect(ui.cancelButton, &QPushButton::clicked, this, &CheckForm::cancelRequested);
    connect(ui.caFileBrowseButton, &QPushButton::clicked, this, &CheckForm::browseCaFile);
    const auto changed = [this] {
        if (!m_restoring)
            Q_EMIT inputsChanged();
    };
    for (QLineEdit* edit : {ui.tokenLineEdit, ui.userLineEdit, ui.imageLineEdit, ui.apiUrlLineEdit, ui.registryLineEdit,
                            ui.caFileLineEdit}) {
        connect(edit, &QLineEdit::returnPressed, this, &CheckForm::checkRequested);
        connect(edit, &QLineEdit::textChanged, this, changed);
    }
    connect(ui.hostComboBox->lineEdit(), &QLineEdit::returnPressed, this, &CheckForm::checkRequested);
    connect(ui.hostComboBox, &QComboBox::currentTextChanged, this, changed);
    for (QCheckBox* box : {ui.pullCheckBox, ui.pushCheckBox, ui.deleteCheckBox, ui.compareDockerLoginCheckBox})
        connect(box, &QCheckBox::toggled, this, changed);
    // Enter on a checkbox does what Enter does in every field: check the token (Space ticks it).
    for (QCheckBox* box :
         {ui.pullCheckBox, ui.pushCheckBox, ui.deleteCheckBox, ui.compareDockerLoginCheckBox, ui.rememberTokenCheckBox})
        box->installEventFilter(this);
    for (QLineEdit* edit : {ui.apiUrlLineEdit, ui.registryLineEdit})
        connect(edit, &QLineEdit::textChanged, this, &CheckForm::updateEndpoints);
    connect(ui.hostComboBox, &QComboBox::currentTextChanged, this, &CheckForm::updateEndpoints);
}

void CheckForm::loadIcons()
{
    m_ui->showTokenToolButton->setIcon(uiIcon(m_ui->showTokenToolButton->isChecked() ? u"eye-off"_s : u"eye"_s));
    m_ui->forgetTokenButton->setIcon(uiIcon(u"trash"_s));
    m_ui->advancedToolButton->setIcon(
        uiIcon(m_ui->advancedToolButton->isChecked() ? u"chevron-down"_s : u"chevron-right"_s));
    m_ui->checkTokenButton->setIcon(uiIcon(u"check"_s));
    m_ui->cancelButton->setIcon(uiIcon(u"cancel"_s));
    m_ui->caFileBrowseButton->setIcon(uiIcon(u"folder"_s));
    // The line edit's own clear button (an icon theme look-up too), named for screen readers.
    QLineEdit* edit = m_ui->tokenLineEdit;
    edit->setClearButtonEnabled(true);
    for (QAction* action : edit->actions())
        action->setText(tr("Clear the token"));
    for (QToolButton* button : edit->findChildren<QToolButton*>())
        button->setAccessibleName(tr("Clear the token"));
}

bool CheckForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && qobject_cast<QCheckBox*>(watched)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && mods == Qt::NoModifier) {
            Q_EMIT checkRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------
// The token field

QString CheckForm::token() const
{
    return normalizeToken(m_ui->tokenLineEdit->text());
}

void CheckForm::showTokenShown(bool shown)
{
    QToolButton* button = m_ui->showTokenToolButton;
    m_ui->tokenLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    if (!button->icon().isNull())
        button->setIcon(uiIcon(shown ? u"eye-off"_s : u"eye"_s));
    button->setToolTip(shown ? tr("Hide the token") : tr("Show the token"));
    button->setAccessibleName(shown ? tr("Hide token") : tr("Show token"));
}

void CheckForm::onTokenEdited(const QString& text)
{
    if (m_restoring)
        return;
    if (m_tokenFromKeychain || m_tokenConcealed) {
        // The user replaced the saved token: it can be shown again, and saved anew.
        m_tokenFromKeychain = false;
        m_tokenConcealed = false;
        m_ui->showTokenToolButton->setEnabled(true);
        m_ui->showTokenToolButton->setToolTip(tr("Show the token"));
    }
    const QString normalized = normalizeToken(text);
    if (!text.isEmpty() && normalized != text) {
        QStringList notes;
        for (const TokenIssue& issue : analyzeToken(text).issues) {
            if (isPasteIssue(issue))
                notes << issue.message;
        }
        if (notes.isEmpty())
            notes << tr("Removed spaces, line breaks or quotes around the pasted token.");
        m_tokenNote = notes.join(u' ');
        const QSignalBlocker blocker(m_ui->tokenLineEdit);
        m_ui->tokenLineEdit->setText(normalized);
    } else if (text.isEmpty()) {
        m_tokenNote.clear();
    }
    updateTokenInfo();
    updateButtons();
    Q_EMIT tokenChanged();
}

void CheckForm::updateTokenInfo()
{
    const QString token = m_ui->tokenLineEdit->text();
    m_tokenAnalysis = analyzeToken(token);
    if (token.isEmpty()) {
        // Plain text: the window's first frame shows it, and a rich-text label costs a document layout at every
        // width the layout tries.
        m_ui->tokenInfoLabel->setTextFormat(Qt::PlainText);
        m_ui->tokenInfoLabel->setText(tr("Classic tokens (ghp_…) need read:packages to pull and write:packages to "
                                         "push. GitHub Packages does not accept fine-grained tokens."));
        m_ui->tokenNoteLabel->setVisible(false);
        return;
    }
    m_ui->tokenInfoLabel->setTextFormat(Qt::RichText);
    QStringList parts;
    parts << u"<b>"_s + html(tokenKindTitle(m_tokenAnalysis.kind)) + u"</b>"_s;
    parts << html(tr("%n character(s)", nullptr, m_tokenAnalysis.length));
    if (!m_tokenAnalysis.fingerprint.isEmpty())
        parts << html(m_tokenAnalysis.fingerprint);
    if (m_tokenAnalysis.checksumValid == true)
        parts << html(tr("checksum OK"));
    if (m_tokenFromKeychain)
        parts << html(tr("loaded from the keychain"));
    m_ui->tokenInfoLabel->setText(parts.join(u" · "_s));

    QStringList notes;
    if (!m_tokenNote.isEmpty())
        notes << html(m_tokenNote);
    for (const TokenIssue& issue : m_tokenAnalysis.issues) {
        if (isPasteIssue(issue))
            continue;
        const QString prefix = issue.fatal ? tr("Problem:") : tr("Note:");
        notes << u"<b>"_s + html(prefix) + u"</b> "_s + html(issue.message);
    }
    m_ui->tokenNoteLabel->setText(notes.join(u"<br>"_s));
    m_ui->tokenNoteLabel->setVisible(!notes.isEmpty());
}

void CheckForm::showSavedToken(const QString& token, const QString& user)
{
    m_restoring = true;
    m_ui->tokenLineEdit->setText(token);
    m_restoring = false;
    m_tokenFromKeychain = true;
    m_tokenConcealed = true;
    m_tokenNote.clear();
    m_ui->showTokenToolButton->setChecked(false);
    m_ui->showTokenToolButton->setEnabled(false);
    m_ui->showTokenToolButton->setToolTip(
        tr("A token loaded from the keychain is not shown. Paste a token to replace it."));
    if (!user.isEmpty() && m_ui->userLineEdit->text().trimmed().isEmpty())
        m_ui->userLineEdit->setText(user);
    setRememberTicked(true);
    updateTokenInfo();
    updateButtons();
}

void CheckForm::setTokenForgotten()
{
    setRememberTicked(false);
    // A token that was loaded "not shown" stays not shown after Forget: only a pasted token can be revealed.
    m_tokenFromKeychain = false;
    updateTokenInfo();
}

bool CheckForm::isRememberTicked() const
{
    return m_ui->rememberTokenCheckBox->isChecked();
}

void CheckForm::setRememberTicked(bool ticked)
{
    const QSignalBlocker blocker(m_ui->rememberTokenCheckBox);
    m_ui->rememberTokenCheckBox->setChecked(ticked);
}

void CheckForm::setKeychainPersistent(bool persistent)
{
    m_persistentKeychain = persistent;
    m_ui->rememberTokenCheckBox->setEnabled(persistent && !m_running);
    if (!persistent)
        m_ui->rememberTokenCheckBox->setToolTip(
            tr("No keychain is configured: the token is kept in memory for this session."));
}

void CheckForm::setForgetEnabled(bool enabled)
{
    m_ui->forgetTokenButton->setEnabled(enabled && !m_running);
}

// ---------------------------------------------------------------------------------------------
// The other fields

QString CheckForm::host() const
{
    const QString host = m_ui->hostComboBox->currentText().trimmed();
    return host.isEmpty() ? defaultHost : host;
}

QString CheckForm::user() const
{
    return m_ui->userLineEdit->text().trimmed();
}

QList<Operation> CheckForm::operations() const
{
    QList<Operation> operations;
    if (m_ui->pullCheckBox->isChecked())
        operations << Operation::Pull;
    if (m_ui->pushCheckBox->isChecked())
        operations << Operation::Push;
    if (m_ui->deleteCheckBox->isChecked())
        operations << Operation::Delete;
    return operations;
}

void CheckForm::setToken(const QString& token)
{
    m_ui->tokenLineEdit->setText(token);
}

void CheckForm::setImage(const QString& image)
{
    m_ui->imageLineEdit->setText(image);
}

void CheckForm::setUser(const QString& user)
{
    m_ui->userLineEdit->setText(user);
}

void CheckForm::setHost(const QString& host)
{
    m_ui->hostComboBox->setCurrentText(host);
}

void CheckForm::setOperations(const QList<Operation>& operations)
{
    m_ui->pullCheckBox->setChecked(operations.contains(Operation::Pull));
    m_ui->pushCheckBox->setChecked(operations.contains(Operation::Push));
    m_ui->deleteCheckBox->setChecked(operations.contains(Operation::Delete));
}

void CheckForm::setOverrides(const CheckOverrides& overrides)
{
    m_overrides = overrides;
    m_overridesForced = true;
    if (!overrides.apiUrl.isEmpty())
        m_ui->apiUrlLineEdit->setText(overrides.apiUrl.toString());
    if (!overrides.registry.isEmpty())
        m_ui->registryLineEdit->setText(overrides.registry);
    if (!overrides.caFile.isEmpty())
        m_ui->caFileLineEdit->setText(overrides.caFile);
}

std::optional<CheckRequest> CheckForm::request(QString* error) const
{
    CheckRequest request;
    request.host = host();
    const QString apiUrl = m_ui->apiUrlLineEdit->text().trimmed();
    if (!apiUrl.isEmpty()) {
        request.apiUrl = QUrl::fromUserInput(apiUrl);
        if (!request.apiUrl.isValid()) {
            if (error)
                *error = tr("The API URL “%1” is not a valid URL.").arg(apiUrl);
            return std::nullopt;
        }
    }
    request.registry = m_ui->registryLineEdit->text().trimmed();
    request.user = user();
    request.image = m_ui->imageLineEdit->text().trimmed();
    request.operations = operations();
    request.inspectDockerCredentials = m_ui->compareDockerLoginCheckBox->isChecked();
    if (m_overrides.timeoutSeconds > 0)
        request.timeoutSeconds = m_overrides.timeoutSeconds;
    request.allowHttpLoopback = m_overrides.allowHttpLoopback;
    request.extraCaCertificates = m_overrides.extraCaCertificates;
    if (!addCaCertificates(&request, error))
        return std::nullopt;
    const QString problem = request.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return request;
}

bool CheckForm::addCaCertificates(CheckRequest* request, QString* error) const
{
    const QString caFile = m_ui->caFileLineEdit->text().trimmed();
    if (caFile.isEmpty())
        return true;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = QFileInfo::exists(caFile)
                         ? tr("“%1” contains no PEM certificate. Choose a file with “-----BEGIN "
                              "CERTIFICATE-----” blocks, or clear the CA file field.")
                               .arg(QDir::toNativeSeparators(caFile))
                         : tr("The CA file “%1” does not exist. Choose another file or clear the field.")
                               .arg(QDir::toNativeSeparators(caFile));
        return false;
    }
    request->caFile = QDir::toNativeSeparators(caFile);
    for (const QSslCertificate& certificate : certificates) {
        if (!request->extraCaCertificates.contains(certificate))
            request->extraCaCertificates << certificate;
    }
    return true;
}

QString CheckForm::tokenSettingsUrl() const
{
    QString host = m_ui->hostComboBox->currentText().trimmed().toLower();
    if (host.isEmpty() || host == u"api.github.com"_s || host == u"www.github.com"_s)
        host = defaultHost;
    const bool push = m_ui->pushCheckBox->isChecked();
    const bool del = m_ui->deleteCheckBox->isChecked();
    const bool pull = m_ui->pullCheckBox->isChecked() || (!push && !del);
    return newTokenUrl(host, requiredScopes(pull, push, del), tr("GHCR Doctor: container registry"));
}

QString CheckForm::summary(const CheckRequest& checked) const
{
    QStringList parts;
    QString token = tokenKindTitle(m_tokenAnalysis.kind);
    if (!m_tokenAnalysis.fingerprint.isEmpty())
        token += u' ' + m_tokenAnalysis.fingerprint;
    parts << token;
    parts << tr("%1 (API %2, registry %3)").arg(checked.host, checked.apiUrl.toString(), checked.registry);
    if (!checked.image.isEmpty())
        parts << checked.image;
    QStringList ops;
    for (Operation op : checked.operations)
        ops << operationId(op);
    parts << (ops.isEmpty() ? tr("login only") : tr("login, %1").arg(ops.join(u", "_s)));
    return tr("Checked: %1").arg(parts.join(u" · "_s));
}

void CheckForm::updateEndpoints()
{
    CheckRequest request;
    request.host = m_ui->hostComboBox->currentText().trimmed();
    const QString apiUrl = m_ui->apiUrlLineEdit->text().trimmed();
    if (!apiUrl.isEmpty())
        request.apiUrl = QUrl::fromUserInput(apiUrl);
    request.registry = m_ui->registryLineEdit->text().trimmed();
    const CheckRequest resolved = request.resolved();
    m_ui->endpointsLabel->setText(tr("API %1 · registry %2").arg(resolved.apiUrl.toString(), resolved.registry));
}

void CheckForm::toggleAdvanced(bool show)
{
    m_ui->advancedWidget->setVisible(show);
    if (!m_ui->advancedToolButton->icon().isNull())
        m_ui->advancedToolButton->setIcon(uiIcon(show ? u"chevron-down"_s : u"chevron-right"_s));
}

void CheckForm::browseCaFile()
{
    const QString current = m_ui->caFileLineEdit->text().trimmed();
    const QString dir = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path = FileDialogs::getOpenFileName(this, tr("Choose CA certificates"), dir,
                                                      tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        m_ui->caFileLineEdit->setText(path);
}

// ---------------------------------------------------------------------------------------------
// State

void CheckForm::setRunning(bool running)
{
    m_running = running;
    const Ui::CheckForm& ui = *m_ui;
    for (QWidget* widget : {static_cast<QWidget*>(ui.tokenLineEdit), static_cast<QWidget*>(ui.userLineEdit),
                            static_cast<QWidget*>(ui.hostComboBox), static_cast<QWidget*>(ui.imageLineEdit),
                            static_cast<QWidget*>(ui.pullCheckBox), static_cast<QWidget*>(ui.pushCheckBox),
                            static_cast<QWidget*>(ui.deleteCheckBox), static_cast<QWidget*>(ui.advancedWidget)})
        widget->setEnabled(!running);
    ui.showTokenToolButton->setEnabled(!running && !m_tokenConcealed);
    ui.rememberTokenCheckBox->setEnabled(!running && m_persistentKeychain);
    if (running)
        ui.forgetTokenButton->setEnabled(false);
    updateButtons();
    if (running)
        ui.cancelButton->setFocus();
}

void CheckForm::updateButtons()
{
    // No operation ticked: a login-only check (login is always checked).
    m_ui->checkTokenButton->setEnabled(!m_running && !m_ui->tokenLineEdit->text().trimmed().isEmpty());
    m_ui->cancelButton->setEnabled(m_running);
}

void CheckForm::focusToken()
{
    m_ui->tokenLineEdit->setFocus();
}

void CheckForm::focusCheckButton()
{
    m_ui->checkTokenButton->setFocus();
}

void CheckForm::restore(const WindowSettings& settings)
{
    m_restoring = true;
    QComboBox* box = m_ui->hostComboBox;
    for (const QString& host : settings.recentHosts) {
        if (box->findText(host) < 0)
            box->addItem(host);
    }
    box->setCurrentText(settings.host);
    m_ui->userLineEdit->setText(settings.user);
    m_ui->imageLineEdit->setText(settings.image);
    m_ui->pullCheckBox->setChecked(settings.operations.contains(u"pull"_s));
    m_ui->pushCheckBox->setChecked(settings.operations.contains(u"push"_s));
    m_ui->deleteCheckBox->setChecked(settings.operations.contains(u"delete"_s));
    m_ui->apiUrlLineEdit->setText(settings.apiUrl);
    m_ui->registryLineEdit->setText(settings.registry);
    m_ui->caFileLineEdit->setText(settings.caFile);
    m_ui->compareDockerLoginCheckBox->setChecked(settings.compareDockerLogin);
    m_ui->advancedToolButton->setChecked(settings.advancedShown || !settings.apiUrl.isEmpty() ||
                                         !settings.registry.isEmpty() || !settings.caFile.isEmpty());
    m_restoring = false;
}

void CheckForm::save(WindowSettings* settings) const
{
    const QComboBox* box = m_ui->hostComboBox;
    const QString host = box->currentText().trimmed();
    settings->host = host.isEmpty() ? defaultHost : host;
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemText(i) != defaultHost && box->itemData(i).toString().isEmpty())
            settings->recentHosts << box->itemText(i);
    }
    if (!host.isEmpty() && host != defaultHost && !settings->recentHosts.contains(host))
        settings->recentHosts.prepend(host);
    settings->user = user();
    settings->image = m_ui->imageLineEdit->text().trimmed();
    settings->operations.clear();
    for (Operation op : operations())
        settings->operations << operationId(op);
    settings->advancedShown = m_ui->advancedToolButton->isChecked();
    settings->compareDockerLogin = m_ui->compareDockerLoginCheckBox->isChecked();
    // Values forced from the command line or by a test are not the user's choice: keep them out.
    settings->saveAdvancedFields = !m_overridesForced;
    settings->apiUrl = m_ui->apiUrlLineEdit->text().trimmed();
    settings->registry = m_ui->registryLineEdit->text().trimmed();
    settings->caFile = m_ui->caFileLineEdit->text().trimmed();
}

} // namespace ghcr
