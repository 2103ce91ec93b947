#pragma once

#include "app/core/model/CheckRequest.h"
#include "app/core/token/TokenAnalysis.h"

#include <QList>
#include <QSslCertificate>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CheckForm;
}

namespace ghcr {

struct WindowSettings;

/// Settings a test, the screenshot script or an Enterprise administrator can force on the check.
/// Empty values leave the form's own fields in charge.
struct CheckOverrides
{
    QUrl apiUrl;                                ///< e.g. https://127.0.0.1:PORT/api/v3
    QString registry;                           ///< HOST[:PORT]
    QString caFile;                             ///< PEM file with extra trusted CA certificates (shown in Advanced)
    QList<QSslCertificate> extraCaCertificates; ///< trusted in addition to the CA file
    int timeoutSeconds = 0;                     ///< 0: the default (20 s)
    bool allowHttpLoopback = false;
};

/// The check's inputs (CheckForm.ui): the token with what it looks like, user, host with the endpoints it
/// leads to, image, the operations to verify, the keychain choice, Advanced (API URL, registry, CA file,
/// Docker comparison) and Check/Cancel. It turns them into a CheckRequest; it never runs a check.
class CheckForm : public QWidget
{
    Q_OBJECT

public:
    explicit CheckForm(QWidget* parent = nullptr);
    ~CheckForm() override;

    /// The token as it will be sent (trimmed of pasted spaces, quotes and line breaks).
    QString token() const;
    /// The host as entered, or github.com.
    QString host() const;
    /// The user as entered (may be empty).
    QString user() const;
    /// What the token field holds, analysed offline.
    const TokenAnalysis& tokenAnalysis() const { return m_tokenAnalysis; }
    /// Builds the request from the fields; on invalid input returns nullopt and a sentence.
    std::optional<CheckRequest> request(QString* error) const;
    /// The new-token page for the host with the scopes the ticked operations need.
    QString tokenSettingsUrl() const;
    /// "Checked: classic token sha256:… · github.com (API …, registry …) · octo-org/app · login, pull".
    QString summary(const CheckRequest& checked) const;

    void setToken(const QString& token);
    void setImage(const QString& image);
    void setUser(const QString& user);
    void setHost(const QString& host);
    void setOperations(const QList<Operation>& operations);
    /// Forces API URL, registry, CA certificates, timeout; they are then not saved as the user's own.
    void setOverrides(const CheckOverrides& overrides);

    void restore(const WindowSettings& settings);
    void save(WindowSettings* settings) const;

    /// While a check runs the inputs are read-only and only Cancel works.
    void setRunning(bool running);
    void focusToken();
    void focusCheckButton();

    // The keychain's side of the form (driven by KeychainController).
    /// Puts a saved token in the field without showing it: the eye button stays off until another is pasted.
    void showSavedToken(const QString& token, const QString& user);
    bool isTokenFromKeychain() const { return m_tokenFromKeychain; }
    /// After Forget: the field's token is no longer the saved one (it stays concealed).
    void setTokenForgotten();
    bool isRememberTicked() const;
    void setRememberTicked(bool ticked);
    /// False with a memory-only store: "Remember token" cannot be ticked and says why.
    void setKeychainPersistent(bool persistent);
    void setForgetEnabled(bool enabled);
    /// Icons wait for the first frame (they load the SVG icon engine); the window calls this after it.
    void loadIcons();

Q_SIGNALS:
    void checkRequested();
    void cancelRequested();
    void forgetRequested();
    /// The user changed an input (not a restore or a keychain load).
    void inputsChanged();
    void tokenChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpHostBox();
    void connectInputs();
    void onTokenEdited(const QString& text);
    void updateTokenInfo();
    void updateEndpoints();
    void updateButtons();
    void showTokenShown(bool shown);
    void toggleAdvanced(bool show);
    void browseCaFile();
    QList<Operation> operations() const;
    bool addCaCertificates(CheckRequest* request, QString* error) const;

    std::unique_ptr<Ui::CheckForm> m_ui;
    CheckOverrides m_overrides;
    TokenAnalysis m_tokenAnalysis;
    QString m_tokenNote;
    bool m_overridesForced = false;
    bool m_running = false;
    bool m_restoring = false;
    bool m_persistentKeychain = true;
    bool m_tokenFromKeychain = false;
    bool m_tokenConcealed = false; ///< the field holds a keychain token: the eye button stays off
};

} // namespace ghcr
