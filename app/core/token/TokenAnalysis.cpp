#include "app/core/token/TokenAnalysis.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// GitHub's 2026 stateless installation tokens are ~520 characters and vary; allow a few KiB, refuse absurd sizes.
constexpr int maxTokenLength = 16 * 1024;
constexpr int classicLength = 40;
constexpr int randomLength = 30;
constexpr int checksumLength = 6;

/// The file's user-visible sentences, in the "TokenAnalysis" translation context (lupdate extracts
/// TokenAnalysisText::tr).
class TokenAnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(TokenAnalysis)
};

struct Prefix
{
    QLatin1StringView text;
    TokenKind kind;
};

// Longest first: github_pat_ must win over any shorter prefix.
constexpr std::array<Prefix, 6> prefixes{{
    {"github_pat_"_L1, TokenKind::FineGrained},
    {"ghp_"_L1, TokenKind::Classic},
    {"gho_"_L1, TokenKind::OAuth},
    {"ghu_"_L1, TokenKind::AppUser},
    {"ghs_"_L1, TokenKind::AppServer},
    {"ghr_"_L1, TokenKind::Refresh},
}};

bool isTokenChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
}

/// The 2026 stateless shape's extra characters: base64url ('-') and the JWT's two dots.
bool isCleanChar(QChar c)
{
    return isTokenChar(c) || c == u'-' || c == u'.';
}

/// ghs_<APPID>_<header>.<payload>.<signature>: base64url parts joined by exactly two dots.
bool isStatelessInstallationToken(const QString& token)
{
    static const QRegularExpression re(uR"(^ghs_[0-9]+_[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+$)"_s);
    return re.match(token).hasMatch();
}

bool isHex(const QString& s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\'' || c == u'`' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x2018) ||
           c == QChar(0x2019) || c == QChar(0x00AB) || c == QChar(0x00BB);
}

quint32 crc32(const QByteArray& data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1U) ? (0xEDB88320U ^ (c >> 1)) : (c >> 1);
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (char ch : data)
        crc = table[(crc ^ static_cast<quint8>(ch)) & 0xFFU] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

} // namespace

QString tokenKindId(TokenKind kind)
{
    return enumId(kind);
}

QString tokenKindTitle(TokenKind kind)
{
    return enumTitle(kind);
}

bool TokenAnalysis::hasIssue(const QString& id) const
{
    for (const TokenIssue& issue : issues)
        if (issue.id == id)
            return true;
    return false;
}

QString normalizeToken(const QString& raw)
{
    QString t = raw.trimmed();
    // Strip one or more layers of matching-ish quotes and whitespace around them.
    while (t.size() >= 2 && isQuote(t.front()) && isQuote(t.back()))
        t = t.mid(1, t.size() - 2).trimmed();
    if (t.size() >= 1 && isQuote(t.front()) && !isQuote(t.back()))
        t = t.mid(1).trimmed();
    else if (t.size() >= 1 && isQuote(t.back()) && !isQuote(t.front()))
        t = t.left(t.size() - 1).trimmed();
    return t;
}

QString tokenChecksum(const QString& randomPart)
{
    static const QLatin1StringView alphabet("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    quint32 value = crc32(randomPart.toLatin1());
    QString out;
    while (value > 0) {
        out.prepend(alphabet.at(static_cast<qsizetype>(value % 62U)));
        value /= 62U;
    }
    while (out.size() < checksumLength)
        out.prepend(u'0');
    return out;
}

namespace {

/// Issues about what was around the token in the pasted text.
void addTrimIssues(TokenAnalysis& a, const QString& raw, const QString& token)
{
    const QString stripped = raw.trimmed();
    if (raw.contains(u'\n') || raw.contains(u'\r'))
        a.issues << TokenIssue{
            u"newline"_s,
            TokenAnalysisText::tr("The pasted text had a line break around the token; it was removed. "
                                  "Make sure scripts that pass the token (e.g. to docker login) strip it too."),
            false};
    if (stripped != raw && !raw.contains(u'\n') && !raw.contains(u'\r'))
        a.issues << TokenIssue{u"whitespace-trimmed"_s, TokenAnalysisText::tr("Spaces around the token were removed."),
                               false};
    if (stripped != token)
        a.issues << TokenIssue{
            u"quotes-trimmed"_s,
            TokenAnalysisText::tr("Quotes around the token were removed; quotes are not part of a token."), false};
}

/// Which characters the token uses.
struct CharacterScan
{
    bool allTokenChars = true; ///< A-Z a-z 0-9 _: the 40-character layout's alphabet
    bool allCleanChars = true; ///< plus '-' and '.', which the 2026 stateless tokens use
    bool nonAscii = false;
    bool innerSpace = false;
};

CharacterScan scanCharacters(const QString& token)
{
    CharacterScan s;
    for (QChar c : token) {
        if (c.unicode() > 0x7F)
            s.nonAscii = true;
        else if (c.isSpace())
            s.innerSpace = true;
        if (!isTokenChar(c))
            s.allTokenChars = false;
        if (!isCleanChar(c))
            s.allCleanChars = false;
    }
    return s;
}

/// Sets the kind from the prefix (or the legacy shape) and returns the prefix matched.
QLatin1StringView classify(TokenAnalysis& a, const QString& token)
{
    a.kind = TokenKind::Unknown;
    for (const Prefix& p : prefixes) {
        if (token.startsWith(p.text)) {
            a.kind = p.kind;
            return p.text;
        }
    }
    if (token.size() == classicLength && isHex(token))
        a.kind = TokenKind::LegacyHex;
    return {};
}

void addCharacterIssues(TokenAnalysis& a, const QString& token, const CharacterScan& scan, bool fortyLayout)
{
    if (scan.innerSpace)
        a.issues << TokenIssue{
            u"inner-whitespace"_s,
            TokenAnalysisText::tr("The token contains spaces or line breaks inside it: it was probably copied "
                                  "across a line wrap. Copy it again in one piece."),
            true};
    if (scan.nonAscii)
        a.issues << TokenIssue{
            u"non-ascii"_s,
            TokenAnalysisText::tr("The token contains non-ASCII characters (for example a typographic dash or an "
                                  "invisible character); GitHub tokens use only A–Z, a–z, 0–9 and _ (the 2026 "
                                  "Actions tokens also . and -)."),
            true};
    else if (!scan.innerSpace && (fortyLayout ? !scan.allTokenChars : !scan.allCleanChars))
        a.issues << TokenIssue{
            u"invalid-characters"_s,
            fortyLayout ? TokenAnalysisText::tr("The token contains characters that GitHub tokens never use; tokens "
                                                "of this length use only A–Z, a–z, 0–9 and _.")
                        : TokenAnalysisText::tr("The token contains characters that GitHub tokens never use (quotes, "
                                                "punctuation or control characters); GitHub tokens use only A–Z, "
                                                "a–z, 0–9 and _ (the 2026 Actions tokens also . and -)."),
            true};
    if (token.size() > maxTokenLength)
        a.issues << TokenIssue{
            u"too-long"_s,
            TokenAnalysisText::tr("The text is %1 characters long; no GitHub token is longer than a few thousand. "
                                  "Did you paste more than the token?")
                .arg(token.size()),
            true};
}

void addShapeIssues(TokenAnalysis& a, const QString& token, QLatin1StringView prefix, const CharacterScan& scan,
                    bool classicShape, bool fortyLayout)
{
    if (fortyLayout && scan.allTokenChars) {
        const QString random = token.mid(prefix.size(), randomLength);
        const QString check = token.right(checksumLength);
        a.checksumValid = (tokenChecksum(random) == check);
        if (!*a.checksumValid)
            a.issues << TokenIssue{
                u"checksum-mismatch"_s,
                TokenAnalysisText::tr("The token's built-in checksum does not match: a character was almost "
                                      "certainly changed or lost when it was copied. Copy it again, or create "
                                      "a new token."),
                true};
    } else if (classicShape && !a.stateless && scan.allCleanChars && !scan.innerSpace &&
               token.size() <= maxTokenLength) {
        a.issues << TokenIssue{
            u"unfamiliar-shape"_s,
            TokenAnalysisText::tr("Tokens starting with %1 used to be 40 characters long; this one has %2 and is "
                                  "not a shape GHCR Doctor knows. Part of it may be missing, or GitHub changed the "
                                  "format: the check below asks GitHub.")
                .arg(QString(prefix))
                .arg(token.size()),
            false};
    }
    if (a.kind == TokenKind::Unknown && scan.allTokenChars && !scan.innerSpace)
        a.issues << TokenIssue{
            u"unknown-format"_s,
            TokenAnalysisText::tr("The token does not start with a known GitHub prefix (ghp_, github_pat_, gho_, "
                                  "ghu_, ghs_, ghr_) and is not an old 40-hex token."),
            false};
}

} // namespace

TokenAnalysis analyzeToken(const QString& raw)
{
    TokenAnalysis a;
    const QString token = normalizeToken(raw);
    a.length = static_cast<int>(token.size());
    if (token != raw) {
        a.trimmed = true;
        addTrimIssues(a, raw, token);
    }
    if (token.isEmpty()) {
        a.kind = TokenKind::Empty;
        a.issues << TokenIssue{u"empty"_s, TokenAnalysisText::tr("No token was given."), true};
        a.redacted = TokenAnalysisText::tr("(none)");
        return a;
    }
    a.fingerprint =
        u"sha256:"_s +
        QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));

    const CharacterScan scan = scanCharacters(token);
    const QLatin1StringView prefix = classify(a, token);
    const bool classicShape = a.kind == TokenKind::Classic || a.kind == TokenKind::OAuth ||
                              a.kind == TokenKind::AppUser || a.kind == TokenKind::AppServer ||
                              a.kind == TokenKind::Refresh;
    // The character and checksum rules belong to the 40-character layout only. Anything else of a known
    // prefix may be a shape GitHub introduced after this was written (as ghs_ changed in 2026): clean
    // characters make it "unfamiliar" (a warning, and the check asks GitHub), never a typo.
    const bool fortyLayout = classicShape && token.size() == classicLength;
    a.stateless = a.kind == TokenKind::AppServer && isStatelessInstallationToken(token);
    addCharacterIssues(a, token, scan, fortyLayout);
    addShapeIssues(a, token, prefix, scan, classicShape, fortyLayout);

    a.formatValid = true;
    for (const TokenIssue& issue : std::as_const(a.issues))
        if (issue.fatal)
            a.formatValid = false;

    // Redacted form: the public prefix only, never a random character.
    const QString shownPrefix = prefix.isEmpty() ? QString() : QString(prefix);
    a.redacted = shownPrefix + u"…"_s + TokenAnalysisText::tr(" (%1 characters)").arg(token.size());
    return a;
}

bool canBeSent(const TokenAnalysis& analysis)
{
    return analysis.kind != TokenKind::Empty && !analysis.hasIssue(u"non-ascii"_s) &&
           !analysis.hasIssue(u"inner-whitespace"_s) && !analysis.hasIssue(u"invalid-characters"_s) &&
           !analysis.hasIssue(u"too-long"_s);
}

QString dropOneTrailingNewline(const QString& text)
{
    if (text.endsWith(u"\r\n"_s))
        return text.chopped(2);
    if (text.endsWith(u'\n'))
        return text.chopped(1);
    return text;
}

} // namespace ghcr
