#include "app/storage/TokenStore.h"

#include "app/core/AppInfo.h"
#include "app/core/token/Redactor.h"

#include <QSettings>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

const auto entriesSettingsKey = u"keychain/entries"_s;

QString platformNoBackendAdvice()
{
#if defined(Q_OS_WIN)
    return TokenStore::tr("Windows Credential Manager could not be used. Make sure the “Credential Manager” service "
                          "is running and that you are signed in to a normal (not a temporary) user profile.");
#elif defined(Q_OS_MACOS)
    return TokenStore::tr("The macOS Keychain could not be used. Open Keychain Access, make sure your login keychain "
                          "exists and is unlocked, then try again.");
#else
    return TokenStore::tr(
        "On Linux the token is stored through the Secret Service over D-Bus. Start a desktop session with a "
        "Secret Service provider running — GNOME Keyring (sudo apt install gnome-keyring) or KWallet — and make "
        "sure DBUS_SESSION_BUS_ADDRESS is set (over SSH or in a container there is usually no session bus; "
        "“dbus-run-session” starts one).");
#endif
}

bool looksLikeNoBackend(const QString& text)
{
    // A dead or disabled session bus is no keychain at all: "unlock it" would send the user astray.
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    if (bus.startsWith("disabled:"))
        return true;
    static const QStringList markers{u"autolaunch"_s,
                                     u"Failed to connect"_s,
                                     u"Could not connect"_s,
                                     u"Connection refused"_s,
                                     u"Not connected"_s,
                                     u"NoServer"_s,
                                     u"Disconnected"_s,
                                     u"D-Bus"_s,
                                     u"DBus"_s,
                                     u"dbus"_s,
                                     u"org.freedesktop.secrets"_s,
                                     u"ServiceUnknown"_s,
                                     u"No such interface"_s,
                                     u"Unknown method"_s,
                                     u"not available"_s,
                                     u"No keychain service available"_s};
    for (const QString& marker : markers) {
        if (text.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/// Every keychain job is set up here, so the insecure plain-text fallback is off for all of them.
template <typename Job> Job* prepareJob(Job* job, const QString& entryKey)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text on disk
    job->setKey(entryKey);
    return job;
}

} // namespace

TokenStoreResult TokenStoreResult::success()
{
    TokenStoreResult result;
    result.ok = true;
    result.errorKind = ErrorKind::None;
    return result;
}

QString tokenStoreErrorKindId(TokenStoreResult::ErrorKind kind)
{
    switch (kind) {
    case TokenStoreResult::ErrorKind::None:
        return u"none"_s;
    case TokenStoreResult::ErrorKind::NoBackend:
        return u"no-backend"_s;
    case TokenStoreResult::ErrorKind::AccessDenied:
        return u"access-denied"_s;
    case TokenStoreResult::ErrorKind::EntryNotFound:
        return u"entry-not-found"_s;
    case TokenStoreResult::ErrorKind::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

TokenStoreResult tokenStoreResultFor(int keychainError, const QString& errorString)
{
    using Kind = TokenStoreResult::ErrorKind;
    if (keychainError == QKeychain::NoError)
        return TokenStoreResult::success();

    TokenStoreResult result;
    result.ok = false;
    // The keychain's own words never contain the token, but pass them through the one redaction
    // helper anyway: they end up in labels and tooltips.
    result.backendText = Redactor::redact(errorString.trimmed());
    const QString said = result.backendText.isEmpty() ? TokenStore::tr("no details") : result.backendText;

    switch (keychainError) {
    case QKeychain::EntryNotFound:
        result.errorKind = Kind::EntryNotFound;
        result.message = TokenStore::tr("No token is saved in the keychain for this host and user. Paste a token and "
                                        "tick “Remember token” to save it after the next check.");
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.errorKind = Kind::AccessDenied;
        result.message = TokenStore::tr("The keychain refused access (%1). Unlock the keychain and allow GHCR Doctor "
                                        "when it asks, then try again.")
                             .arg(said);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.errorKind = Kind::NoBackend;
        result.message = TokenStore::tr("No keychain is available (%1). %2").arg(said, platformNoBackendAdvice());
        return result;
    default:
        break;
    }

    if (errorString.contains(u"/collection/login"_s) || errorString.contains(u"collection/default"_s)) {
        // gnome-keyring runs but has no default ("login") keyring yet.
        result.errorKind = Kind::NoBackend;
        result.message = TokenStore::tr("The Secret Service is running but has no default keyring (%1). Create one "
                                        "in “Passwords and Keys” (seahorse), or log in to the desktop once so "
                                        "GNOME Keyring creates the “login” keyring, then try again.")
                             .arg(said);
        return result;
    }
    if (looksLikeNoBackend(errorString)) {
        result.errorKind = Kind::NoBackend;
        result.message = TokenStore::tr("No keychain is available (%1). %2").arg(said, platformNoBackendAdvice());
        return result;
    }
    result.errorKind = Kind::Other;
    result.message =
        TokenStore::tr("The keychain reported an error (%1). Check that it is unlocked and try again.").arg(said);
    return result;
}

TokenStore::TokenStore(QObject* parent)
    : TokenStore(QStringLiteral(GHCR_APP_ID), parent)
{
}

TokenStore::TokenStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
    qRegisterMetaType<ghcr::TokenStoreResult>();
}

TokenStore::~TokenStore() = default;

QString TokenStore::key(const QString& host, const QString& user)
{
    return host.trimmed().toLower() + u'/' + user.trimmed();
}

bool TokenStore::splitKey(const QString& key, QString* host, QString* user)
{
    const qsizetype slash = key.indexOf(u'/');
    if (slash <= 0)
        return false;
    if (host)
        *host = key.left(slash);
    if (user)
        *user = key.mid(slash + 1);
    return true;
}

void TokenStore::save(const QString& host, const QString& user, const QString& token)
{
    const QString entryKey = key(host, user);
    auto* job = prepareJob(new QKeychain::WritePasswordJob(m_service), entryKey);
    job->setTextData(token);
    runJob(job, [this, entryKey](QKeychain::Job*, const TokenStoreResult& result) {
        if (result.ok)
            rememberKey(entryKey, true);
        Q_EMIT saved(entryKey, result);
    });
}

void TokenStore::load(const QString& host, const QString& user)
{
    const QString entryKey = key(host, user);
    auto* job = prepareJob(new QKeychain::ReadPasswordJob(m_service), entryKey);
    runJob(job, [this, entryKey](QKeychain::Job* finishedJob, const TokenStoreResult& result) {
        QString token;
        if (result.ok)
            token = static_cast<QKeychain::ReadPasswordJob*>(finishedJob)->textData();
        else if (result.errorKind == TokenStoreResult::ErrorKind::EntryNotFound)
            rememberKey(entryKey, false); // deleted behind our back: stop trying to load it
        Q_EMIT loaded(entryKey, token, result);
    });
}

void TokenStore::forget(const QString& host, const QString& user)
{
    const QString entryKey = key(host, user);
    auto* job = prepareJob(new QKeychain::DeletePasswordJob(m_service), entryKey);
    runJob(job, [this, entryKey](QKeychain::Job*, const TokenStoreResult& result) {
        // Forgetting something that is not there is what the user wanted.
        if (result.ok || result.errorKind == TokenStoreResult::ErrorKind::EntryNotFound)
            rememberKey(entryKey, false);
        Q_EMIT forgotten(entryKey, result);
    });
}

void TokenStore::runJob(QKeychain::Job* job, const JobDone& done)
{
    ++m_pending;
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job* finishedJob) {
        --m_pending;
        done(finishedJob, tokenStoreResultFor(finishedJob->error(), finishedJob->errorString()));
    });
    job->start();
}

QStringList TokenStore::rememberedKeys() const
{
    QSettings settings;
    return settings.value(entriesSettingsKey).toStringList();
}

bool TokenStore::isRemembered(const QString& host, const QString& user) const
{
    return rememberedKeys().contains(key(host, user));
}

void TokenStore::rememberKey(const QString& entryKey, bool present)
{
    QSettings settings;
    QStringList keys = settings.value(entriesSettingsKey).toStringList();
    if (present && !keys.contains(entryKey))
        keys.append(entryKey);
    else if (!present)
        keys.removeAll(entryKey);
    if (keys.isEmpty())
        settings.remove(entriesSettingsKey);
    else
        settings.setValue(entriesSettingsKey, keys);
}

MemoryTokenStore::MemoryTokenStore(QObject* parent)
    : TokenStore(u"memory"_s, parent)
{
}

MemoryTokenStore::~MemoryTokenStore()
{
    for (QString& token : m_tokens)
        token.fill(u'\0');
}

void MemoryTokenStore::save(const QString& host, const QString& user, const QString& token)
{
    const QString entry = key(host, user);
    m_tokens.insert(entry, token);
    QTimer::singleShot(0, this, [this, entry] { Q_EMIT saved(entry, TokenStoreResult::success()); });
}

void MemoryTokenStore::load(const QString& host, const QString& user)
{
    const QString entry = key(host, user);
    QTimer::singleShot(0, this, [this, entry] {
        if (m_tokens.contains(entry)) {
            Q_EMIT loaded(entry, m_tokens.value(entry), TokenStoreResult::success());
            return;
        }
        TokenStoreResult missing;
        missing.errorKind = TokenStoreResult::ErrorKind::EntryNotFound;
        missing.message = tr("No token is kept for %1 in this session.").arg(entry);
        Q_EMIT loaded(entry, QString(), missing);
    });
}

void MemoryTokenStore::forget(const QString& host, const QString& user)
{
    const QString entry = key(host, user);
    const bool existed = m_tokens.remove(entry) > 0;
    QTimer::singleShot(0, this, [this, entry, existed] {
        TokenStoreResult result = TokenStoreResult::success();
        if (!existed) {
            result.ok = false;
            result.errorKind = TokenStoreResult::ErrorKind::EntryNotFound;
        }
        Q_EMIT forgotten(entry, result);
    });
}

} // namespace ghcr
