#pragma once

#include "app/core/diagnosis/Diagnosis.h"
#include "app/storage/LoginWriter.h"

#include <QGroupBox>
#include <QList>
#include <QString>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ghcr {

class CheckRunner;
class DockerCredentialsInspector;

/// The stored logins for the checked registry (the check's sweep: Docker, Docker Desktop, Podman, Helm), each
/// compared with the checked token, and their repair. "Store this token for <tool>" stores the checked token where
/// the selected entry's tool keeps its login (LoginWriter::store), and is enabled only when the check proved login
/// and every requested operation; "Remove this stale login" removes that entry from its own file, or erases it
/// through the credential helper. Every change is confirmed first, naming the file or helper and its backup;
/// Undo puts the file back from the backup. After each change the stored logins are swept again and the list
/// updates. "Check the saved login too" runs the same check with the selected login's stored secret (read from its
/// file or helper, in memory only) and shows that verdict beside the main one: which token is the stale one.
/// The checked token is kept in memory only while the check is shown.
class StoredLoginsPanel : public QGroupBox
{
    Q_OBJECT

public:
    /// Asks the user `question`; true to go ahead. The default is a QMessageBox.
    using Confirm = std::function<bool(const QString& question)>;

    explicit StoredLoginsPanel(QWidget* parent = nullptr);
    ~StoredLoginsPanel() override;

    /// A finished check: its stored logins, and the checked token (stored only if the check proved it).
    void showCheck(const Diagnosis& diagnosis, const QString& token);
    /// Forgets the check and its token.
    void clear();
    void setConfirm(Confirm confirm);
    const QList<StoredLogin>& entries() const { return m_entries; }

Q_SIGNALS:
    /// The stored logins were swept again after a change (entries() holds the new sweep).
    void rechecked();
    /// The check of a saved login is over.
    void savedLoginChecked(const ghcr::Diagnosis& diagnosis);

private:
    void buildUi();
    void fillList();
    void fitListToRows();
    void updateButtons();
    const StoredLogin* selected() const;
    void useToken();
    void removeLogin();
    void undo();
    /// Confirms `question`, runs `change`, tells what it changed, sweeps again.
    void apply(const QString& question, const std::function<LoginChange()>& change);
    void recheck();
    void checkSavedLogin();
    void onSavedLoginChecked(const Diagnosis& diagnosis);

    QTreeWidget* m_list = nullptr;
    QPushButton* m_useButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_checkSavedButton = nullptr;
    QLabel* m_savedVerdictLabel = nullptr;
    CheckRequest m_request; ///< the main check's, resolved
    QString m_savedLogin;   ///< the login being checked: tool and fingerprint
    QLabel* m_statusLabel = nullptr;
    DockerCredentialsInspector* m_inspector = nullptr;
    CheckRunner* m_savedRunner = nullptr;
    Confirm m_confirm;
    QList<StoredLogin> m_entries;
    QString m_registry;
    QString m_user;
    QString m_token;
    QString m_fingerprint;
    bool m_proved = false;
    LoginChange m_lastChange; ///< the last file change, for Undo
};

} // namespace ghcr
