#pragma once

#include "app/core/model/EnumIds.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace ghcr {

enum class TokenKind { Empty, Classic, FineGrained, OAuth, AppUser, AppServer, Refresh, LegacyHex, Unknown };
template <> struct EnumTable<TokenKind>
{
    using K = TokenKind;
    static constexpr const char* context = "TokenAnalysis";
    static constexpr EnumEntry<K> entries[] = {
        {K::Empty, u"empty", QT_TRANSLATE_NOOP("TokenAnalysis", "No token")},
        {K::Classic, u"classic", QT_TRANSLATE_NOOP("TokenAnalysis", "Personal access token (classic)")},
        {K::FineGrained, u"fine-grained", QT_TRANSLATE_NOOP("TokenAnalysis", "Fine-grained personal access token")},
        {K::OAuth, u"oauth", QT_TRANSLATE_NOOP("TokenAnalysis", "OAuth app token")},
        {K::AppUser, u"app-user", QT_TRANSLATE_NOOP("TokenAnalysis", "GitHub App user token")},
        {K::AppServer, u"app-server",
         QT_TRANSLATE_NOOP("TokenAnalysis", "GitHub App installation token (or Actions GITHUB_TOKEN)")},
        {K::Refresh, u"refresh", QT_TRANSLATE_NOOP("TokenAnalysis", "GitHub App refresh token")},
        {K::LegacyHex, u"legacy-hex", QT_TRANSLATE_NOOP("TokenAnalysis", "Legacy 40-hex token (old format)")},
        {K::Unknown, u"unknown", QT_TRANSLATE_NOOP("TokenAnalysis", "Unrecognised token format")},
    };
};

/// Stable machine id of a kind ("classic", "fine-grained", ...), used in JSON and tests.
QString tokenKindId(TokenKind kind);
/// Human, translated name of a kind ("Personal access token (classic)").
QString tokenKindTitle(TokenKind kind);

/// One problem found in the pasted text. `fatal` problems make the format invalid.
struct TokenIssue
{
    QString id;      ///< stable: "empty", "whitespace-trimmed", "quotes-trimmed", "newline", "inner-whitespace",
                     ///< "non-ascii", "invalid-characters", "too-long", "unfamiliar-shape", "checksum-mismatch",
                     ///< "unknown-format"
    QString message; ///< translated sentence; never contains any character of the token
    bool fatal = false;
};

/// What can be known about a token without any network. Holds no secret: safe to render.
struct TokenAnalysis
{
    TokenKind kind = TokenKind::Empty;
    bool formatValid = false;
    std::optional<bool> checksumValid; ///< set only for 40-character prefixed tokens
    /// ghs_<APPID>_<JWT>: the stateless installation token (every Actions GITHUB_TOKEN since 2026-04-27).
    /// Valid without a checksum: the format has none.
    bool stateless = false;
    bool trimmed = false; ///< whitespace, newline or quotes were removed around it
    int length = 0;       ///< length after trimming
    QString redacted;     ///< e.g. "ghp_… (40 characters)": no random character shown
    QString fingerprint;  ///< "sha256:" + 12 hex digits of SHA-256 of the trimmed token
    QList<TokenIssue> issues;

    bool hasIssue(const QString& id) const;
};

/// Removes what a paste typically adds around a token: whitespace, newlines, surrounding quotes.
QString normalizeToken(const QString& raw);
/// Analyses the raw pasted text (trimming is reported as an issue, not silently done).
TokenAnalysis analyzeToken(const QString& raw);
/// True when the token can travel in an HTTP header at all (not empty, no spaces, control or non-ASCII
/// characters, not absurdly long). The CLI and the runner both ask this; nothing else is sent.
bool canBeSent(const TokenAnalysis& analysis);
/// Drops exactly one line ending ("\n" or "\r\n") from the end of text read from standard input: every
/// shell's `echo` adds it, and docker login --password-stdin drops it too. Anything else stays for analysis.
QString dropOneTrailingNewline(const QString& text);
/// CRC-32 (IEEE) of the 30 random characters, base62 (0-9A-Za-z), left-padded to 6.
QString tokenChecksum(const QString& randomPart);

} // namespace ghcr
