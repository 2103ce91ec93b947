#pragma once

#include "app/core/diagnosis/Diagnosis.h"
#include "app/core/model/CheckRequest.h"
#include "ui/CheckForm.h"

#include <QList>
#include <QMainWindow>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Ui {
class MainWindow;
}

namespace ghcr {

class CheckRunner;
class KeychainController;
class PackagesWindow;
class TokenStore;

/// The GHCR Doctor window, a frame (MainWindow.ui): the inputs (CheckForm) fold into one line after a check,
/// the keychain (KeychainController) says what it did under them, and the results (ResultsView) fill the
/// rest. It starts and cancels a ghcr::CheckRunner and hands what it produces to the views; it never sees a
/// network reply. Reports, the clipboard and the browser are reached from here.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `tokenStore` null: a MemoryTokenStore owned by the window (tokens for this session only).
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
    /// True once the first frame was painted and what waited for it (icons, the results under the verdict,
    /// the keychain look-up) has been set up.
    bool isStartupFinished() const { return m_startupFinished; }
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
    void connectMenus();
    void connectViews();
    void restoreSettings();
    void saveSettings() const;
    void updateActions();
    void onFinished(const Diagnosis& diagnosis);
    void showStatus(const QString& message);
    QString tokenSettingsUrl() const;
    /// After a check the inputs fold into one summary line, so the results get the room.
    void setInputsCollapsed(bool collapsed);
    /// Inputs changed after a check: the results describe the previous inputs.
    void onInputsChanged();
    void finishStartup(); ///< after the first frame: icons, the details under the verdict, the keychain

    std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager* m_network;
    CheckRunner* m_runner;
    KeychainController* m_keychain;
    PackagesWindow* m_packagesWindow = nullptr; ///< built when first opened

    std::optional<Diagnosis> m_diagnosis;
    CheckRequest m_runningRequest;
    QString m_checkedToken;         ///< the token of the running/last check, for "Remember token"; memory only
    bool m_cancelling = false;      ///< Cancel was pressed: the sides end as "cancelled", never as failures
    bool m_startupDone = false;     ///< the first frame was painted: start-up work that waited may run
    bool m_startupFinished = false; ///< ... and it ran
};

} // namespace ghcr
