#pragma once

#include "app/core/diagnosis/Diagnosis.h"
#include "app/core/model/CheckRequest.h"
#include "app/storage/TokenStore.h"

#include <QList>
#include <QMainWindow>
#include <QSslCertificate>
#include <QUrl>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QWidget;

namespace ghcr {

class CheckRunner;
class ChecklistView;
class EvidencePanel;
class FixStepsView;
class PackagesWindow;
class StoredLoginsPanel;

/// Settings a test, the screenshot script or an Enterprise administrator can force on the check.
/// Empty values leave the window's own fields in charge.
struct CheckOverrides
{
    QUrl apiUrl;                                ///< e.g. https://127.0.0.1:PORT/api/v3
    QString registry;                           ///< HOST[:PORT]
    QString caFile;                             ///< PEM file with extra trusted CA certificates (shown in Advanced)
    QList<QSslCertificate> extraCaCertificates; ///< trusted in addition to the CA file
    int timeoutSeconds = 0;                     ///< 0: the default (20 s)
    bool allowHttpLoopback = false;
};

/// The GHCR Doctor window: token and check inputs, the GitHub API and registry panels side by
/// side, the checklist with details, numbered fix steps and the actions on them. It drives a
/// ghcr::CheckRunner and renders the ghcr::Diagnosis it produces; it never sees a network reply.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `tokenStore` may be null: the window then keeps tokens in memory only and says so.
    MainWindow(QNetworkAccessManager* network, TokenStore* tokenStore, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Forces API URL, registry, CA certificates, timeout (not saved in the settings).
    void setCheckOverrides(const CheckOverrides& overrides);
    /// Prefills the token (e.g. from --token-env); it is never saved unless "Remember token" is ticked.
    void setToken(const QString& token);
    void setImage(const QString& image);
    void setUser(const QString& user);
    void setHost(const QString& host);
    void setOperations(const QList<Operation>& operations);

    /// The "All packages" window once it was opened, else null.
    PackagesWindow* packagesWindow() const { return m_packagesWindow; }
    /// The last finished diagnosis, if any.
    const std::optional<Diagnosis>& diagnosis() const { return m_diagnosis; }
    bool isChecking() const;
    /// Builds the request from the inputs; on invalid input returns nullopt and a sentence.
    std::optional<CheckRequest> currentRequest(QString* error) const;

public Q_SLOTS:
    void startCheck();
    void cancelCheck();
    void copyFixSteps();
    void saveReport();
    void openTokenSettings();
    void authorizeSso();
    void forgetToken();
    /// Check → All packages: every container package of the token at once, with this window's settings.
    void openPackagesWindow();

Q_SIGNALS:
    /// Emitted after a check finished and the window shows its result (also when cancelled).
    void checkFinished();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void buildMenus();
    QWidget* buildInputs();
    QWidget* buildResults();
    void restoreSettings();
    void saveSettings() const;
    void setInputsLocked(bool locked);
    void updateActions();
    void onTokenEdited(const QString& text);
    void updateTokenInfo();
    void onProgress(int side, const QString& message);
    void onApiFinished(const ApiEvidence& evidence);
    void onRegistryFinished(const RegistryEvidence& evidence);
    void onFinished(const Diagnosis& diagnosis);
    void renderDiagnosis();
    void setVerdict(const QIcon& icon, const QString& text, const QString& accessibleText);
    void announceVerdict();
    void showStatus(const QString& message);
    QString tokenSettingsUrl() const;
    QString storeUser() const;
    void finishStartup(); ///< after the first frame: icons the frame does not show, the keychain
    void loadRememberedToken();
    void maybeRememberToken();
    void setKeychainMessage(const QString& message, bool problem);
    void onTokenLoaded(const QString& key, const QString& token, const TokenStoreResult& result);
    void onTokenSaved(const QString& key, const TokenStoreResult& result);
    void onTokenForgotten(const QString& key, const TokenStoreResult& result);
    void browseCaFile();
    void toggleAdvanced(bool show);
    /// After a check the inputs fold into one summary line, so the results get the room.
    void setInputsCollapsed(bool collapsed);
    void updateInputsSummary();
    /// Inputs changed after a check: the results describe the previous inputs.
    void onInputsChanged();
    /// The API URL and registry the host leads to, shown under the host box.
    void updateEndpoints();
    /// The banner before any check (or after an input problem was fixed).
    void showIdleVerdict();
    void setResultsVisible(bool visible);

    QNetworkAccessManager* m_network;
    TokenStore* m_tokenStore;
    CheckRunner* m_runner;
    CheckOverrides m_overrides;
    bool m_advancedFromOverrides = false;

    // inputs
    QScrollArea* m_scroll = nullptr;
    QWidget* m_inputs = nullptr;
    QWidget* m_inputsSummary = nullptr;
    QLabel* m_inputsSummaryLabel = nullptr;
    QPushButton* m_editInputsButton = nullptr;
    QPushButton* m_checkAgainButton = nullptr;
    QLabel* m_endpointsLabel = nullptr;
    QLineEdit* m_tokenEdit = nullptr;
    QToolButton* m_showTokenButton = nullptr;
    QLabel* m_tokenInfoLabel = nullptr;
    QLabel* m_tokenNoteLabel = nullptr;
    QLineEdit* m_userEdit = nullptr;
    QComboBox* m_hostCombo = nullptr;
    QLineEdit* m_imageEdit = nullptr;
    QCheckBox* m_pullCheck = nullptr;
    QCheckBox* m_pushCheck = nullptr;
    QCheckBox* m_deleteCheck = nullptr;
    QCheckBox* m_dockerCheck = nullptr;
    QCheckBox* m_rememberCheck = nullptr;
    QPushButton* m_forgetButton = nullptr;
    QLabel* m_keychainLabel = nullptr;
    QToolButton* m_advancedButton = nullptr;
    QWidget* m_advanced = nullptr;
    QLineEdit* m_apiUrlEdit = nullptr;
    QLineEdit* m_registryEdit = nullptr;
    QLineEdit* m_caFileEdit = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_cancelButton = nullptr;

    // results
    QLabel* m_verdictIcon = nullptr;
    QLabel* m_verdictLabel = nullptr;
    QLabel* m_staleLabel = nullptr;
    QLabel* m_welcomeLabel = nullptr;
    QWidget* m_resultsArea = nullptr;
    QHBoxLayout* m_verdictActions = nullptr;
    EvidencePanel* m_apiPanel = nullptr;
    EvidencePanel* m_registryPanel = nullptr;
    ChecklistView* m_checklistView = nullptr;
    FixStepsView* m_fixStepsView = nullptr;
    QPushButton* m_saveReportButton = nullptr;
    QSplitter* m_panelsSplitter = nullptr;
    StoredLoginsPanel* m_storedLoginsPanel = nullptr;
    QSplitter* m_resultsSplitter = nullptr;
    QSplitter* m_checklistSplitter = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_checkAction = nullptr;
    QAction* m_cancelAction = nullptr;
    PackagesWindow* m_packagesWindow = nullptr; ///< built when first opened

    // state
    std::optional<Diagnosis> m_diagnosis;
    CheckRequest m_runningRequest;
    TokenAnalysis m_tokenAnalysis;
    QString m_tokenNote;
    bool m_tokenFromKeychain = false;
    bool m_tokenConcealed = false; ///< the field holds a keychain token: the eye button stays off
    bool m_inputProblemShown = false;
    bool m_cancelling = false; ///< Cancel was pressed: the sides end as "cancelled", never as failures
    QString m_loadedKey;
    QString m_checkedToken; ///< the token of the running/last check, for "Remember token"; memory only
    bool m_restoring = false;
    bool m_startupDone = false; ///< the first frame was painted: start-up work that waited may run
};

} // namespace ghcr
