#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace ghcr {

class Redactor;

/// The secrets of one check (the token, the registry's bearer tokens) in every form they can take:
/// while a set is alive, Redactor::redact() removes them everywhere. The check's diagnosis holds the
/// set, so every report of the check is rendered with it; it is wiped when the last holder lets go.
class RedactionSet
{
public:
    RedactionSet();
    ~RedactionSet();
    RedactionSet(const RedactionSet&) = delete;
    RedactionSet& operator=(const RedactionSet&) = delete;

    void add(const QString& secret);
    /// A registry's bearer token: it is only ever sent as is ("Authorization: Bearer …"), never inside Basic
    /// credentials, so its verbatim and percent-encoded forms are removed, not the nine base64 forms of a
    /// secret (a matrix run holds hundreds of them).
    void addBearer(const QString& token);
    QStringList secrets() const;

private:
    friend class Redactor;
    QStringList m_secrets;
    QStringList m_bearerForms; ///< each bearer token as is, and percent-encoded when that differs
};

/// The one redaction helper used by logs, reports, clipboard text and error messages.
/// It removes registered secrets (and their base64 forms, alone and as user:secret), any
/// Authorization / Bearer / Basic value, and anything shaped like a GitHub token.
class Redactor
{
public:
    static constexpr const char* mask = "[REDACTED]";

    /// Process-wide registry of live secrets (the token being checked, registry tokens).
    static void registerSecret(const QString& secret);
    static void forgetSecret(const QString& secret);
    static void forgetAllSecrets();

    /// Redacts registered secrets and token-shaped strings.
    static QString redact(const QString& text);
    /// Same, plus `user:secret` forms for this user.
    static QString redact(const QString& text, const QStringList& extraSecrets);
    /// Removes only these secrets (and every encoded form of them), nothing else: for server answers
    /// that may echo the request's own credentials.
    static QString redactSecrets(const QString& text, const QStringList& secrets);
    /// Every string a secret can appear as: itself, and its base64/base64url encodings as they appear
    /// at any byte alignment inside a longer encoded text (e.g. base64("user:secret") for any user).
    static QStringList formsOf(const QString& secret);
    /// True when `text` contains a registered secret or a token-shaped string.
    static bool containsSecret(const QString& text);
};

} // namespace ghcr
