#include "ui/StoredLoginsPanel.h"

#include "app/core/CheckRunner.h"
#include "app/core/probes/DockerCredentials.h"

#include <QDir>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// A line under the buttons only while it says something (an empty word-wrapped label still takes a line).
void showText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

/// The sweep shows the home folder as "~".
QString expandedPath(const QString& path)
{
    return path.startsWith(u"~/"_s) ? QDir::homePath() + path.mid(1) : path;
}

/// A change about to be made to `changed` (a file or docker-credential-NAME), with the backup a file keeps.
LoginChange preview(const QString& changed)
{
    LoginChange c;
    c.ok = !changed.isEmpty();
    c.changed = changed;
    if (QFile::exists(changed) && !changed.startsWith(u"docker-credential-"_s))
        c.backupPath = LoginWriter::backupPathFor(changed);
    return c;
}

/// What a removal changes for the entry: its helper, or its own file.
LoginChange targetOf(const StoredLogin& e, const QString& registry)
{
    return preview(e.helperProgram.isEmpty() ? expandedPath(e.configPath)
                                             : LoginWriter::target(storedLoginTool(e), registry));
}

/// True when the registry proved login and every requested operation (delete is judged from scopes only).
bool provedForStoring(const Diagnosis& d)
{
    if (d.cancelled || d.registry.loginOk != true)
        return false;
    return std::all_of(d.registry.operations.cbegin(), d.registry.operations.cend(), [](const OperationResult& op) {
        return !op.requested || op.operation == Operation::Delete ||
               (op.allowed == true && op.basis == OperationBasis::Probe);
    });
}

} // namespace

StoredLoginsPanel::StoredLoginsPanel(QWidget* parent)
    : QGroupBox(tr("Stored logins for this registry"), parent)
    , m_inspector(new DockerCredentialsInspector(this))
    , m_savedRunner(new CheckRunner(new QNetworkAccessManager(this), this))
{
    setObjectName(u"storedLoginsPanel"_s);
    buildUi();
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Change a stored login"), question) == QMessageBox::Yes;
    };
    connect(m_inspector, &DockerCredentialsInspector::finished, this, [this](const DockerCredentialEvidence& e) {
        m_entries = e.entries;
        fillList();
        showText(m_statusLabel, m_statusLabel->text() + u' ' + tr("Re-checked: the list shows the logins now."));
        Q_EMIT rechecked();
    });
    connect(m_savedRunner, &CheckRunner::finished, this, &StoredLoginsPanel::onSavedLoginChecked);
}

StoredLoginsPanel::~StoredLoginsPanel()
{
    m_token.fill(u'\0');
}

void StoredLoginsPanel::buildUi()
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the room it needs; the fix steps take the rest
    auto* layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"storedLoginsTreeWidget"_s);
    m_list->setHeaderLabels({tr("Tool"), tr("Stored in"), tr("User"), tr("Stored token")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Stored logins"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    // As tall as its logins (see fitListToRows()): the fix steps above keep the room.
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_useButton = new QPushButton(this);
    m_useButton->setObjectName(u"storedLoginsUseButton"_s);
    m_removeButton = new QPushButton(tr("Remove this stale login"), this);
    m_removeButton->setObjectName(u"storedLoginsRemoveButton"_s);
    m_undoButton = new QPushButton(tr("Undo"), this);
    m_undoButton->setObjectName(u"storedLoginsUndoButton"_s);
    m_checkSavedButton = new QPushButton(tr("Check the saved login too"), this);
    m_checkSavedButton->setObjectName(u"storedLoginsCheckSavedButton"_s);
    m_checkSavedButton->setToolTip(tr("Runs the same check with the selected login's stored token (read into "
                                      "memory only) to tell which token is the stale one."));
    m_savedVerdictLabel = new QLabel(this);
    m_savedVerdictLabel->setObjectName(u"storedLoginsSavedVerdictLabel"_s);
    m_savedVerdictLabel->setWordWrap(true);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"storedLoginsStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setVisible(false);
    m_savedVerdictLabel->setVisible(false);
    // Two rows: one row of four long (Russian) labels made the window wider than a 1024-pixel screen.
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_useButton, 0, 0);
    buttons->addWidget(m_removeButton, 0, 1);
    buttons->addWidget(m_checkSavedButton, 1, 0);
    buttons->addWidget(m_undoButton, 1, 1, Qt::AlignLeft);
    buttons->setColumnStretch(2, 1);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_savedVerdictLabel);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &StoredLoginsPanel::updateButtons);
    connect(m_useButton, &QPushButton::clicked, this, &StoredLoginsPanel::useToken);
    connect(m_removeButton, &QPushButton::clicked, this, &StoredLoginsPanel::removeLogin);
    connect(m_undoButton, &QPushButton::clicked, this, &StoredLoginsPanel::undo);
    connect(m_checkSavedButton, &QPushButton::clicked, this, &StoredLoginsPanel::checkSavedLogin);
    updateButtons();
}

void StoredLoginsPanel::showCheck(const Diagnosis& diagnosis, const QString& token)
{
    m_inspector->cancel();
    m_savedRunner->cancel();
    showText(m_savedVerdictLabel, QString());
    m_request = diagnosis.request;
    m_entries = diagnosis.docker.entries;
    m_registry = diagnosis.registry.host;
    m_user = diagnosis.registry.user.isEmpty() ? diagnosis.api.login : diagnosis.registry.user;
    m_token.fill(u'\0');
    m_token = token;
    m_fingerprint = diagnosis.token.fingerprint;
    m_proved = provedForStoring(diagnosis);
    m_lastChange = {};
    showText(m_statusLabel, m_proved ? QString()
                                     : tr("The check did not prove every requested operation, so this token cannot "
                                          "be stored; a stale login can still be removed."));
    fillList();
}

void StoredLoginsPanel::clear()
{
    m_inspector->cancel();
    m_savedRunner->cancel();
    showText(m_savedVerdictLabel, QString());
    m_token.fill(u'\0');
    m_token.clear();
    m_entries.clear();
    m_proved = false;
    m_lastChange = {};
    showText(m_statusLabel, QString());
    fillList();
}

void StoredLoginsPanel::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void StoredLoginsPanel::fillList()
{
    m_list->clear();
    for (const StoredLogin& e : std::as_const(m_entries)) {
        QString token = e.storedFingerprint;
        if (!e.errorSentence.isEmpty())
            token = e.errorSentence;
        else if (!e.entryFound)
            token = tr("no login for this registry");
        else if (e.sameAsChecked == true)
            token = tr("this token (%1)").arg(e.storedFingerprint);
        else if (e.sameAsChecked == false)
            token = tr("another token (%1): stale?").arg(e.storedFingerprint);
        const QString where = e.helperProgram.isEmpty() ? e.configPath : e.helperProgram;
        auto* item = new QTreeWidgetItem(m_list, {storedLoginToolTitle(e.tool), where, e.storedUser, token});
        item->setToolTip(1, e.configPath);
    }
    m_list->setCurrentItem(m_list->topLevelItem(0));
    fitListToRows();
    updateButtons();
}

void StoredLoginsPanel::fitListToRows()
{
    // Its rows and no more (at most four before it scrolls): an empty list area squeezed the fix steps above to two
    // lines on a 1280×800 screen.
    const int rows = std::clamp(m_list->topLevelItemCount(), 1, 4);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    // Room for the horizontal scroll bar too: on a narrow screen it appears and would cover the last row.
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows * rowHeight + 2 * m_list->frameWidth() + 2 +
                           m_list->horizontalScrollBar()->sizeHint().height());
}

const StoredLogin* StoredLoginsPanel::selected() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void StoredLoginsPanel::updateButtons()
{
    const StoredLogin* e = selected();
    m_useButton->setText(tr("Store this token for %1").arg(storedLoginToolTitle(e ? storedLoginTool(*e) : QString())));
    m_useButton->setEnabled(e && m_proved && !m_token.isEmpty() && e->sameAsChecked != true);
    m_useButton->setToolTip(m_proved ? QString() : tr("Enabled when the check proved every requested operation."));
    m_removeButton->setEnabled(e && e->entryFound && e->sameAsChecked != true);
    m_undoButton->setEnabled(m_lastChange.ok && !m_lastChange.backupPath.isEmpty());
    m_checkSavedButton->setEnabled(e && e->entryFound && e->sameAsChecked == false && !m_savedRunner->isRunning());
}

void StoredLoginsPanel::useToken()
{
    const StoredLogin* e = selected();
    if (!e || !m_proved)
        return;
    const QString tool = storedLoginTool(*e);
    const LoginChange target = preview(LoginWriter::target(tool, m_registry));
    QString question =
        tr("Store this token for %1 as user %2 in %3?").arg(storedLoginToolTitle(tool), m_user, target.changed);
    if (!target.backupPath.isEmpty())
        question += u'\n' + tr("The current file is kept as %1 (Undo copies it back).").arg(target.backupPath);
    const QString registry = m_registry;
    const QString user = m_user;
    apply(question, [tool, registry, user, this] { return LoginWriter::store(tool, registry, user, m_token); });
}

void StoredLoginsPanel::removeLogin()
{
    const StoredLogin* e = selected();
    if (!e || !e->entryFound)
        return;
    const LoginChange target = targetOf(*e, m_registry);
    QString question = tr("Remove the %1 login for %2 from %3?")
                           .arg(storedLoginToolTitle(storedLoginTool(*e)), m_registry, target.changed);
    if (!e->helperProgram.isEmpty()) {
        const QString tool = storedLoginTool(*e);
        apply(question, [tool, registry = m_registry] { return LoginWriter::erase(tool, registry); });
        return;
    }
    question += u'\n' + tr("The current file is kept as %1 (Undo copies it back).").arg(target.backupPath);
    const QString path = target.changed;
    apply(question, [path, registry = m_registry] {
        QFile file(path);
        const QByteArray old = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        return LoginWriter::writeFile(path, LoginWriter::withEntry(old, registry, QString(), QString()));
    });
}

void StoredLoginsPanel::undo()
{
    if (!m_lastChange.ok || m_lastChange.backupPath.isEmpty())
        return;
    const QString path = m_lastChange.changed;
    apply(tr("Undo the last change to %1 (copies %2 back)?").arg(path, m_lastChange.backupPath),
          [path] { return LoginWriter::undo(path); });
}

void StoredLoginsPanel::apply(const QString& question, const std::function<LoginChange()>& change)
{
    if (!m_confirm(question))
        return;
    const LoginChange c = change();
    if (!c.ok) {
        showText(m_statusLabel, c.errorSentence);
        return;
    }
    m_lastChange = c;
    QString text = tr("Changed: %1.").arg(c.changed);
    if (!c.backupPath.isEmpty())
        text += u' ' + tr("Backup: %1.").arg(c.backupPath);
    if (!c.warning.isEmpty())
        text += u' ' + c.warning;
    showText(m_statusLabel, text);
    updateButtons();
    recheck();
}

void StoredLoginsPanel::recheck()
{
    m_inspector->cancel();
    m_inspector->start(m_registry, m_fingerprint);
}

} // namespace ghcr

namespace ghcr {

void StoredLoginsPanel::checkSavedLogin()
{
    const StoredLogin* e = selected();
    if (!e || !e->entryFound || m_savedRunner->isRunning())
        return;
    QString user;
    QString error;
    QString secret = LoginWriter::storedSecret(*e, m_registry, &user, &error);
    if (secret.isEmpty()) {
        showText(m_savedVerdictLabel, error);
        return;
    }
    CheckRequest request = m_request;
    request.user = user;
    request.inspectDockerCredentials = false;
    m_savedLogin = tr("%1, %2").arg(storedLoginHolder(*e), e->storedFingerprint);
    showText(m_savedVerdictLabel, tr("Checking the saved login (%1)…").arg(m_savedLogin));
    m_savedRunner->start(request, secret);
    secret.fill(u'\0');
    updateButtons();
}

void StoredLoginsPanel::onSavedLoginChecked(const Diagnosis& diagnosis)
{
    if (!diagnosis.cancelled)
        showText(m_savedVerdictLabel, tr("The saved login (%1): %2").arg(m_savedLogin, diagnosis.summary));
    updateButtons();
    Q_EMIT savedLoginChecked(diagnosis);
}

} // namespace ghcr
