// Offline token analysis: kinds, the CRC-32/base62 checksum (reference vector), trimming, limits, and a
// redacted form / fingerprint that reveal none of the random characters.
#include "app/core/token/TokenAnalysis.h"
#include "tests/support/TestTokens.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;

namespace {
const QString vector = u"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"_s; // the reference's verified vector
const QString fineGrained =
    u"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"_s;

/// A prefixed 40-character token with a correct checksum, built with the engine's own checksum.
QString withChecksum(const QString& prefix, const QString& random30)
{
    return prefix + random30 + tokenChecksum(random30);
}
} // namespace

class tst_TokenAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceVector();
    void checksumOfReferenceVector();
    void oneChangedCharacter_data();
    void oneChangedCharacter();
    void kinds_data();
    void kinds();
    void trimming_data();
    void trimming();
    void nonAscii();
    void tooLong();
    void empty();
    void redactionRevealsNothing_data();
    void redactionRevealsNothing();
    void fingerprintIsStable();
    void statelessInstallationToken();
    void shapes_data();
    void shapes();
    void stdinLineEnding();
};

void tst_TokenAnalysis::referenceVector()
{
    const TokenAnalysis a = analyzeToken(vector);
    QCOMPARE(a.kind, TokenKind::Classic);
    QCOMPARE(tokenKindId(a.kind), u"classic"_s);
    QVERIFY(a.formatValid);
    QCOMPARE(a.checksumValid, std::optional<bool>(true));
    QVERIFY(!a.trimmed);
    QCOMPARE(a.length, 40);
    QVERIFY(!a.hasIssue(u"checksum-mismatch"_s));
    for (const TokenIssue& i : a.issues)
        QVERIFY2(!i.fatal, qPrintable(i.id));
}

void tst_TokenAnalysis::checksumOfReferenceVector()
{
    QCOMPARE(tokenChecksum(vector.mid(4, 30)), vector.right(6));
    QCOMPARE(tokenChecksum(vector.mid(4, 30)).size(), 6);
}

void tst_TokenAnalysis::oneChangedCharacter_data()
{
    QTest::addColumn<int>("position");
    QTest::newRow("first random") << 4;
    QTest::newRow("middle") << 20;
    QTest::newRow("last random") << 33;
    QTest::newRow("in checksum") << 36;
    QTest::newRow("last") << 39;
}

void tst_TokenAnalysis::oneChangedCharacter()
{
    QFETCH(int, position);
    QString typo = vector;
    typo[position] = typo.at(position) == u'A' ? u'B' : u'A';
    const TokenAnalysis a = analyzeToken(typo);
    QCOMPARE(a.kind, TokenKind::Classic);
    QCOMPARE(a.checksumValid, std::optional<bool>(false));
    QVERIFY(a.hasIssue(u"checksum-mismatch"_s));
    QVERIFY(!a.formatValid);
}

void tst_TokenAnalysis::kinds_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<TokenKind>("kind");
    QTest::addColumn<QString>("id");
    const QString random = u"M7H4jxUDDWHP4kZ6A4dxlQYsQIWJuq"_s;
    QTest::newRow("ghp_") << withChecksum(u"ghp_"_s, random) << TokenKind::Classic << u"classic"_s;
    QTest::newRow("gho_") << withChecksum(u"gho_"_s, random) << TokenKind::OAuth << u"oauth"_s;
    QTest::newRow("ghu_") << withChecksum(u"ghu_"_s, random) << TokenKind::AppUser << u"app-user"_s;
    QTest::newRow("ghs_") << withChecksum(u"ghs_"_s, random) << TokenKind::AppServer << u"app-server"_s;
    QTest::newRow("ghr_") << withChecksum(u"ghr_"_s, random) << TokenKind::Refresh << u"refresh"_s;
    QTest::newRow("github_pat_") << fineGrained << TokenKind::FineGrained << u"fine-grained"_s;
    QTest::newRow("legacy 40-hex") << u"0123456789abcdef0123456789abcdef01234567"_s << TokenKind::LegacyHex
                                   << u"legacy-hex"_s;
    QTest::newRow("unknown") << u"glpat-abcdefghijklmnopqrst"_s << TokenKind::Unknown << u"unknown"_s;
    QTest::newRow("ghs_ stateless (2026)")
        << ghcr::test::statelessActionsToken() << TokenKind::AppServer << u"app-server"_s;
}

void tst_TokenAnalysis::kinds()
{
    QFETCH(QString, token);
    QFETCH(TokenKind, kind);
    QFETCH(QString, id);
    const TokenAnalysis a = analyzeToken(token);
    QCOMPARE(a.kind, kind);
    QCOMPARE(tokenKindId(a.kind), id);
    QVERIFY(!tokenKindTitle(a.kind).isEmpty());
    if (kind != TokenKind::Unknown) {
        QVERIFY2(a.formatValid, qPrintable(token.left(4)));
    }
    if (token.startsWith(u"gh"_s) && token.size() == 40 && token.at(3) == u'_')
        QCOMPARE(a.checksumValid, std::optional<bool>(true));
    else
        QVERIFY(!a.checksumValid.has_value() || kind == TokenKind::Unknown);
}

void tst_TokenAnalysis::trimming_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("issue");
    QTest::newRow("trailing newline") << vector + u"\n"_s << u"newline"_s;
    QTest::newRow("CRLF") << vector + u"\r\n"_s << u"newline"_s;
    QTest::newRow("spaces") << u"  "_s + vector + u" "_s << u"whitespace-trimmed"_s;
    QTest::newRow("tab") << u"\t"_s + vector << u"whitespace-trimmed"_s;
    QTest::newRow("double quotes") << u"\""_s + vector + u"\""_s << u"quotes-trimmed"_s;
    QTest::newRow("single quotes") << u"'"_s + vector + u"'"_s << u"quotes-trimmed"_s;
    QTest::newRow("quotes and newline") << u"\""_s + vector + u"\"\n"_s << u"quotes-trimmed"_s;
}

void tst_TokenAnalysis::trimming()
{
    QFETCH(QString, raw);
    QFETCH(QString, issue);
    QCOMPARE(normalizeToken(raw), vector);
    const TokenAnalysis a = analyzeToken(raw);
    QVERIFY(a.trimmed);
    QVERIFY2(a.hasIssue(issue), qPrintable(issue));
    QCOMPARE(a.kind, TokenKind::Classic);
    QCOMPARE(a.length, 40);
    QCOMPARE(a.checksumValid, std::optional<bool>(true));
    QVERIFY(a.formatValid); // reported, not fatal: the cleaned token is good
    QCOMPARE(a.fingerprint, analyzeToken(vector).fingerprint);
    for (const TokenIssue& i : a.issues)
        QVERIFY(!i.message.contains(u"M7H4"_s));
}

void tst_TokenAnalysis::nonAscii()
{
    QString token = vector;
    token[10] = QChar(0x0430); // Cyrillic a, looks like Latin a
    const TokenAnalysis a = analyzeToken(token);
    QVERIFY(a.hasIssue(u"non-ascii"_s));
    QVERIFY(!a.formatValid);
    const TokenAnalysis b = analyzeToken(vector + u"\u00a0"_s); // no-break space pasted from a web page
    QVERIFY(!b.formatValid || b.trimmed);
}

void tst_TokenAnalysis::tooLong()
{
    // A few KiB is a token (the 2026 stateless ones are ~520 characters and vary); 16 KiB is not.
    const TokenAnalysis a = analyzeToken(u"github_pat_"_s + QString(17000, u'a'));
    QVERIFY(a.hasIssue(u"too-long"_s));
    QVERIFY(!a.formatValid);
    QVERIFY2(a.issues.constLast().message.contains(u"17011"_s), qPrintable(a.issues.constLast().message));
    QVERIFY(!analyzeToken(u"github_pat_"_s + QString(300, u'a')).hasIssue(u"too-long"_s));
    QVERIFY(analyzeToken(u"github_pat_"_s + QString(4000, u'a')).formatValid);
}

void tst_TokenAnalysis::empty()
{
    for (const QString& raw : {QString(), u""_s, u"   "_s, u"\n"_s, u"\"\""_s}) {
        const TokenAnalysis a = analyzeToken(raw);
        QCOMPARE(a.kind, TokenKind::Empty);
        QVERIFY(a.hasIssue(u"empty"_s));
        QVERIFY(!a.formatValid);
    }
}

void tst_TokenAnalysis::redactionRevealsNothing_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("prefixLength");
    QTest::newRow("classic") << vector << 4;
    QTest::newRow("fine-grained") << fineGrained << 11;
    QTest::newRow("legacy hex") << u"0123456789abcdef0123456789abcdef01234567"_s << 0;
    QTest::newRow("mistyped") << u"ghp_M7H4jxUDDWHP4kZ6A4dxlQYsQIWJuq11T4V5"_s << 4;
}

void tst_TokenAnalysis::redactionRevealsNothing()
{
    QFETCH(QString, token);
    QFETCH(int, prefixLength);
    const TokenAnalysis a = analyzeToken(token);
    QVERIFY(!a.redacted.isEmpty());
    QVERIFY(a.fingerprint.startsWith(u"sha256:"_s));
    QCOMPARE(a.fingerprint.size(), 7 + 12);
    QVERIFY(QRegularExpression(u"^sha256:[0-9a-f]{12}$"_s).match(a.fingerprint).hasMatch());
    // No run of 3 characters from the random part appears in the redacted form.
    const QString random = token.mid(prefixLength);
    for (int i = 0; i + 3 <= random.size(); ++i) {
        const QString piece = random.mid(i, 3);
        QVERIFY2(!a.redacted.contains(piece), qPrintable(a.redacted));
    }
    QVERIFY(!a.redacted.contains(token));
    for (const TokenIssue& i : a.issues)
        QVERIFY(!i.message.contains(random.left(6)));
}

void tst_TokenAnalysis::fingerprintIsStable()
{
    QCOMPARE(analyzeToken(vector).fingerprint, analyzeToken(vector).fingerprint);
    QVERIFY(analyzeToken(vector).fingerprint != analyzeToken(fineGrained).fingerprint);
}

// Since 2026-04-27 every Actions GITHUB_TOKEN is ghs_<APPID>_<JWT>: valid, no checksum, never "malformed".
void tst_TokenAnalysis::statelessInstallationToken()
{
    const QString token = ghcr::test::statelessActionsToken();
    QVERIFY2(token.size() > 480 && token.size() < 640, qPrintable(QString::number(token.size())));
    QCOMPARE(token.count(u'.'), 2);
    QVERIFY(token.contains(u'-') || token.contains(u'_'));
    const TokenAnalysis a = analyzeToken(token);
    QCOMPARE(a.kind, TokenKind::AppServer);
    QVERIFY(a.stateless);
    QVERIFY(a.formatValid);
    QVERIFY(!a.checksumValid.has_value());
    QVERIFY2(a.issues.isEmpty(), qPrintable(a.issues.value(0).message));
    QVERIFY(canBeSent(a));
    QVERIFY(a.redacted.startsWith(u"ghs_…"_s));
    QVERIFY(!a.redacted.contains(u"1234567"_s));
    // The old 40-character ghs_ keeps its checksum rule.
    QVERIFY(!analyzeToken(withChecksum(u"ghs_"_s, u"M7H4jxUDDWHP4kZ6A4dxlQYsQIWJuq"_s)).stateless);
}

void tst_TokenAnalysis::shapes_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("issue"); // the one issue expected ("" = none)
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("sendable");
    const QString stateless = ghcr::test::statelessActionsToken();
    QTest::newRow("stateless") << stateless << QString() << true << true;
    QTest::newRow("ghp_ 41 clean characters") << vector + u"x"_s << u"unfamiliar-shape"_s << true << true;
    QTest::newRow("ghs_ with one dot") << u"ghs_123_abc.def"_s + QString(30, u'x') << u"unfamiliar-shape"_s << true
                                       << true;
    QTest::newRow("gho_ 60 characters") << u"gho_"_s + QString(56, u'A') << u"unfamiliar-shape"_s << true << true;
    QTest::newRow("40-layout with a dot")
        << vector.left(20) + u"."_s + vector.mid(21) << u"invalid-characters"_s << false << false;
    QTest::newRow("stateless with a quote inside")
        << stateless.left(100) + u"\""_s + stateless.mid(101) << u"invalid-characters"_s << false << false;
    QTest::newRow("stateless with a space inside")
        << stateless.left(100) + u" "_s + stateless.mid(101) << u"inner-whitespace"_s << false << false;
    QTest::newRow("stateless with a control character")
        << stateless.left(100) + QChar(0x07) + stateless.mid(101) << u"invalid-characters"_s << false << false;
    QTest::newRow("stateless with a non-ASCII dash")
        << stateless.left(100) + QChar(0x2013) + stateless.mid(101) << u"non-ascii"_s << false << false;
    QTest::newRow("16 KiB + 1") << u"ghs_1_"_s + QString(16 * 1024, u'a') << u"too-long"_s << false << false;
    QTest::newRow("mistyped classic") << u"ghp_M7H4jxUDDWHP4kZ6A4dxlQYsQIWJuq11T4V5"_s << u"checksum-mismatch"_s
                                      << false << true;
}

void tst_TokenAnalysis::shapes()
{
    QFETCH(QString, token);
    QFETCH(QString, issue);
    QFETCH(bool, valid);
    QFETCH(bool, sendable);
    const TokenAnalysis a = analyzeToken(token);
    if (issue.isEmpty())
        QVERIFY2(a.issues.isEmpty(), qPrintable(a.issues.value(0).id));
    else
        QVERIFY2(a.hasIssue(issue), qPrintable(a.issues.value(0).id));
    QCOMPARE(a.formatValid, valid);
    QCOMPARE(canBeSent(a), sendable);
    for (const TokenIssue& i : a.issues)
        QVERIFY2(!i.message.contains(token.mid(4, 8)), qPrintable(i.message));
}

// `echo "$TOKEN" | ghcr-doctor check --token-stdin`: exactly one line ending goes, silently.
void tst_TokenAnalysis::stdinLineEnding()
{
    QCOMPARE(dropOneTrailingNewline(vector + u"\n"_s), vector);
    QCOMPARE(dropOneTrailingNewline(vector + u"\r\n"_s), vector);
    QCOMPARE(dropOneTrailingNewline(vector), vector);
    QCOMPARE(dropOneTrailingNewline(vector + u"\n\n"_s), vector + u"\n"_s);
    QVERIFY(analyzeToken(dropOneTrailingNewline(vector + u"\n"_s)).issues.isEmpty());
    QVERIFY(analyzeToken(dropOneTrailingNewline(vector + u"\n\n"_s)).hasIssue(u"newline"_s));
    QVERIFY(analyzeToken(dropOneTrailingNewline(u" "_s + vector + u"\n"_s)).hasIssue(u"whitespace-trimmed"_s));
}

QTEST_GUILESS_MAIN(tst_TokenAnalysis)
#include "tst_TokenAnalysis.moc"
