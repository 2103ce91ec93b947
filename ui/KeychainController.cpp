#include "ui/KeychainController.h"

#include "app/core/diagnosis/Diagnosis.h"
#include "ui/CheckForm.h"
#include "ui/RichText.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace ghcr {

KeychainController::KeychainController(TokenStore* store, CheckForm* form, QLabel* messageLabel, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_form(form)
    , m_label(messageLabel)
{
    Q_ASSERT(store && form && messageLabel);
    connect(m_store, &TokenStore::loaded, this, &KeychainController::onLoaded);
    connect(m_store, &TokenStore::saved, this, &KeychainController::onSaved);
    connect(m_store, &TokenStore::forgotten, this, &KeychainController::onForgotten);
    connect(m_form, &CheckForm::inputsChanged, this, &KeychainController::updateForgetButton);
    connect(m_form, &CheckForm::forgetRequested, this, &KeychainController::forget);
    m_form->setKeychainPersistent(m_store->isPersistent());
    updateForgetButton();
}

QString KeychainController::storeUser() const
{
    if (!m_form->user().isEmpty())
        return m_form->user();
    if (!m_lastLogin.isEmpty())
        return m_lastLogin;
    QString loadedUser;
    if (!m_loadedKey.isEmpty() && TokenStore::splitKey(m_loadedKey, nullptr, &loadedUser))
        return loadedUser;
    return {};
}

void KeychainController::setMessage(const QString& message, bool problem)
{
    if (message.isEmpty()) {
        m_label->clear();
        m_label->setVisible(false);
        return;
    }
    const QString prefix = problem ? u"<b>"_s + html(tr("Keychain:")) + u"</b> "_s : QString();
    QString text = message;
    // Only when there is a token to keep: then it is kept in memory for this session, nowhere else.
    if (problem && !m_form->token().isEmpty())
        text += u' ' + tr("GHCR Doctor keeps the token in memory for this session only; nothing is written to disk.");
    m_label->setText(prefix + html(text));
    m_label->setVisible(true);
}

void KeychainController::setCheckRunning(bool running)
{
    m_running = running;
    if (!running)
        updateForgetButton();
}

void KeychainController::updateForgetButton()
{
    if (m_running)
        return;
    m_form->setForgetEnabled(m_store->isRemembered(m_form->host(), storeUser()) || !m_loadedKey.isEmpty());
}

void KeychainController::loadRemembered()
{
    if (!m_store->isPersistent()) {
        setMessage(tr("No keychain in use: a token you paste is used for this session only and never saved."), false);
        return;
    }
    const QString host = m_form->host();
    const QStringList keys = m_store->rememberedKeys();
    QString chosen;
    const QString wanted = TokenStore::key(host, m_form->user());
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
    setMessage(tr("Loading the saved token for %1 from the keychain…").arg(chosen), false);
    m_store->load(keyHost, keyUser);
}

void KeychainController::onLoaded(const QString& key, const QString& token, const TokenStoreResult& result)
{
    if (!result.ok) {
        // Name what was lost: the token remembered for this host and user.
        setMessage(tr("The token remembered for %1 could not be loaded. %2").arg(key, result.message), true);
        return;
    }
    if (!m_form->token().isEmpty() || m_running) {
        setMessage(tr("A token for %1 is saved in the keychain; the token you entered is used instead.").arg(key),
                   false);
        return;
    }
    QString user;
    TokenStore::splitKey(key, nullptr, &user);
    m_form->showSavedToken(token, user);
    m_loadedKey = key;
    const TokenAnalysis& analysis = m_form->tokenAnalysis();
    setMessage(tr("Token for %1 loaded from the keychain (%2, %3). It is not shown; paste another token to "
                  "replace it.")
                   .arg(key, tokenKindTitle(analysis.kind), analysis.fingerprint),
               false);
    updateForgetButton();
    Q_EMIT tokenLoaded();
}

void KeychainController::rememberAfterCheck(const Diagnosis& diagnosis, const QString& checkedToken)
{
    m_lastLogin = diagnosis.api.login;
    if (!m_store->isPersistent() || !m_form->isRememberTicked() || diagnosis.cancelled || checkedToken.isEmpty())
        return;
    if (diagnosis.api.outcome != ApiEvidence::Outcome::Ok) {
        setMessage(tr("The token was not saved in the keychain: GitHub did not accept it."), false);
        return;
    }
    const QString host = diagnosis.request.host;
    const QString user = storeUser();
    if (user.isEmpty()) {
        setMessage(tr("Enter a user name to remember the token for it."), false);
        return;
    }
    if (m_form->isTokenFromKeychain() && m_loadedKey == TokenStore::key(host, user))
        return; // already saved under this key
    // Over a bare X11 session the Secret Service may start now and ask for a new keyring's password: say so first.
    setMessage(tr("Saving the token for %1 in the keychain… Your system may ask you to unlock or create a "
                  "keyring for it.")
                   .arg(TokenStore::key(host, user)),
               false);
    m_store->save(host, user, checkedToken);
}

void KeychainController::onSaved(const QString& key, const TokenStoreResult& result)
{
    if (!result.ok) {
        setMessage(result.message, true);
        return;
    }
    m_loadedKey = key;
    setMessage(tr("Token saved in the keychain for %1. It loads automatically next time.").arg(key), false);
    updateForgetButton();
}

void KeychainController::forget()
{
    QString host = m_form->host();
    QString user = storeUser();
    if (!m_loadedKey.isEmpty() && !m_store->isRemembered(host, user))
        TokenStore::splitKey(m_loadedKey, &host, &user);
    setMessage(tr("Removing the saved token for %1 from the keychain…").arg(TokenStore::key(host, user)), false);
    m_store->forget(host, user);
}

void KeychainController::onForgotten(const QString& key, const TokenStoreResult& result)
{
    if (!result.ok && result.errorKind != TokenStoreResult::ErrorKind::EntryNotFound) {
        setMessage(result.message, true);
        return;
    }
    if (m_loadedKey == key)
        m_loadedKey.clear();
    m_form->setTokenForgotten();
    setMessage(m_form->token().isEmpty()
                   ? tr("The saved token for %1 was removed from the keychain.").arg(key)
                   : tr("The saved token for %1 was removed from the keychain. The token in the field stays for this "
                        "session (in memory only).")
                         .arg(key),
               false);
    updateForgetButton();
}

} // namespace ghcr
