#pragma once

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace QKeychain {
class Job;
}

namespace ghcr {

/// The outcome of one keychain job. Never carries the token.
struct TokenStoreResult
{
    enum class ErrorKind { None, NoBackend, AccessDenied, EntryNotFound, Other };

    bool ok = false;
    ErrorKind errorKind = ErrorKind::Other;
    QString message;     ///< translated sentence with a way forward; empty when ok
    QString backendText; ///< the keychain's own words (QKeychain::Job::errorString()), for details

    static TokenStoreResult success();
};
QString tokenStoreErrorKindId(TokenStoreResult::ErrorKind kind); ///< "none", "no-backend", ...

/// Keeps GitHub tokens in the operating system's keychain (Windows Credential Manager, macOS
/// Keychain, Secret Service or KWallet on Linux) through QtKeychain. One entry per host and user,
/// key "host/user", service name the application id. QtKeychain's insecure plain-text fallback
/// is never enabled. Every job is asynchronous: results arrive as signals on the event loop.
///
/// It also remembers *which* keys exist (names only, never a token) in QSettings, so the window
/// knows what to load on start. The methods are virtual so tests can substitute a store.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    /// `service` defaults to the application id; tests may use their own.
    explicit TokenStore(QObject* parent = nullptr);
    TokenStore(const QString& service, QObject* parent);
    ~TokenStore() override;

    QString service() const { return m_service; }
    static QString key(const QString& host, const QString& user);
    /// Splits a key "host/user" (the host never contains '/').
    static bool splitKey(const QString& key, QString* host, QString* user);

    virtual void save(const QString& host, const QString& user, const QString& token);
    virtual void load(const QString& host, const QString& user);
    virtual void forget(const QString& host, const QString& user);

    /// Keys saved successfully and not forgotten since, as remembered in QSettings.
    virtual QStringList rememberedKeys() const;
    bool isRemembered(const QString& host, const QString& user) const;
    /// True when a saved token outlives the process (the system keychain).
    virtual bool isPersistent() const { return true; }
    /// Jobs started and not finished yet.
    int pendingJobs() const { return m_pending; }

Q_SIGNALS:
    void saved(const QString& key, const ghcr::TokenStoreResult& result);
    /// `token` is empty unless result.ok. It is a secret: never log or display it.
    void loaded(const QString& key, const QString& token, const ghcr::TokenStoreResult& result);
    void forgotten(const QString& key, const ghcr::TokenStoreResult& result);

protected:
    void rememberKey(const QString& key, bool present);

private:
    /// Starts a keychain job, counted in pendingJobs() until it finishes; done gets the finished
    /// job and its result.
    using JobDone = std::function<void(QKeychain::Job*, const TokenStoreResult&)>;
    void runJob(QKeychain::Job* job, const JobDone& done);

    QString m_service;
    int m_pending = 0;
};

/// The store when there is no keychain to use (tests, a session that must leave no trace): tokens live in
/// this object's memory only and are gone when it is. Jobs finish on the next event-loop turn, like the
/// keychain's, so the window behaves the same with either store.
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT

public:
    explicit MemoryTokenStore(QObject* parent = nullptr);
    ~MemoryTokenStore() override;

    void save(const QString& host, const QString& user, const QString& token) override;
    void load(const QString& host, const QString& user) override;
    void forget(const QString& host, const QString& user) override;
    QStringList rememberedKeys() const override { return m_tokens.keys(); }
    bool isPersistent() const override { return false; }

private:
    QHash<QString, QString> m_tokens;
};

/// Maps a QtKeychain error code (QKeychain::Error as int) and its errorString() to a result with a
/// translated message and a way forward. Public for unit tests.
TokenStoreResult tokenStoreResultFor(int keychainError, const QString& errorString);

} // namespace ghcr

Q_DECLARE_METATYPE(ghcr::TokenStoreResult)
