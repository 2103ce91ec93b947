#pragma once

#include "app/storage/TokenStore.h"

#include <QObject>
#include <QString>

class QLabel;

namespace ghcr {

class CheckForm;
struct Diagnosis;

/// The window's keychain: loads the token remembered for the form's host and user once the window is up,
/// saves the checked token after a check GitHub accepted when "Remember token" is ticked, forgets it on
/// request, and says what happened (and what it means for the token) in one label. The store is never null:
/// a MemoryTokenStore stands for "no keychain", and the form then offers no "Remember token".
class KeychainController : public QObject
{
    Q_OBJECT

public:
    KeychainController(TokenStore* store, CheckForm* form, QLabel* messageLabel, QObject* parent = nullptr);

    TokenStore* store() const { return m_store; }
    /// Start-up: the saved token for the form's host (and user, if one is entered) goes into the form.
    void loadRemembered();
    /// After a check: saves its token when the user asked for it and GitHub accepted the token.
    void rememberAfterCheck(const Diagnosis& diagnosis, const QString& checkedToken);
    void forget();
    /// While a check runs a token that arrives from the keychain does not replace the one being checked.
    void setCheckRunning(bool running);
    /// "Forget token" is enabled when a token is saved for the form's host and user.
    void updateForgetButton();

Q_SIGNALS:
    /// A saved token was put into the form.
    void tokenLoaded();

private:
    QString storeUser() const;
    void setMessage(const QString& message, bool problem);
    void onLoaded(const QString& key, const QString& token, const TokenStoreResult& result);
    void onSaved(const QString& key, const TokenStoreResult& result);
    void onForgotten(const QString& key, const TokenStoreResult& result);

    TokenStore* m_store;
    CheckForm* m_form;
    QLabel* m_label;
    QString m_loadedKey;
    QString m_lastLogin; ///< the login GitHub named in the last check
    bool m_running = false;
};

} // namespace ghcr
