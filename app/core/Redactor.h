#pragma once

#include <QString>
#include <QStringList>

namespace ghcr {

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
    /// True when `text` contains a registered secret or a token-shaped string.
    static bool containsSecret(const QString& text);
};

} // namespace ghcr
