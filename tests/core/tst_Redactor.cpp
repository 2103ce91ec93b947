// The one redaction helper: registered secrets (plain and base64, alone and as user:secret),
// Authorization / Bearer / Basic values, and anything shaped like a GitHub token.
#include "app/core/token/Redactor.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace ghcr;

namespace {
const QString secret = u"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"_s;
const QString opaque = u"S3cr3t-Value-Not-Token-Shaped-12345"_s; // not token-shaped: only found when registered

QString b64(const QString& s)
{
    return QString::fromLatin1(s.toUtf8().toBase64());
}
} // namespace

class tst_Redactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Redactor::forgetAllSecrets(); }
    void registeredSecret();
    void base64Forms();
    void userColonSecretForExtraUser();
    void authorizationValues_data();
    void authorizationValues();
    void tokenShapes_data();
    void tokenShapes();
    void leavesOrdinaryTextAlone();
    void forget();
    void base64AtEveryAlignment_data();
    void base64AtEveryAlignment();
    void redactionSetLivesWithItsHolders();
    void bearerTokensVerbatimAndPercentEncoded();
    void redactSecretsTouchesNothingElse();
};

void tst_Redactor::base64AtEveryAlignment_data()
{
    QTest::addColumn<QString>("text");
    // Before the fix, a base64-alphabet character right before the encoding shifted the decoding.
    const QString pair = b64(u"octocat:"_s + opaque);
    QTest::newRow("percent-encoded colon before") << u"q=%3A"_s + pair;
    QTest::newRow("letter before") << u"x"_s + pair;
    QTest::newRow("two letters before") << u"xy"_s + pair;
    QTest::newRow("any user") << u"id="_s + b64(u"a:"_s + opaque) + u"&"_s + b64(u"ab:"_s + opaque);
    QTest::newRow("base64url, user of 4") << QString::fromLatin1(
        (u"abcd:"_s + opaque).toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("inside a longer blob")
        << QString::fromLatin1((u"prefix-"_s + opaque + u"-suffix"_s).toUtf8().toBase64());
}

void tst_Redactor::base64AtEveryAlignment()
{
    QFETCH(QString, text);
    RedactionSet set;
    set.add(opaque);
    const QString out = Redactor::redact(text);
    QVERIFY2(out.contains(QString::fromLatin1(Redactor::mask)), qPrintable(out));
    // Decode every run of the output at every alignment: the secret must not come back.
    const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_"_s;
    QString run;
    for (const QChar c : QString(out + u' ')) {
        if (alphabet.contains(c)) {
            run += c;
            continue;
        }
        for (int skip = 0; skip < 4 && skip < run.size(); ++skip) {
            const QByteArray piece = run.mid(skip).toLatin1();
            QVERIFY(!QByteArray::fromBase64(piece).contains(opaque.toUtf8()));
            QVERIFY(!QByteArray::fromBase64(piece, QByteArray::Base64UrlEncoding).contains(opaque.toUtf8()));
        }
        run.clear();
    }
}

void tst_Redactor::redactionSetLivesWithItsHolders()
{
    auto set = std::make_shared<RedactionSet>();
    set->add(opaque);
    auto holder = set; // e.g. a diagnosis copy
    set.reset();
    QVERIFY(Redactor::containsSecret(u"echo "_s + opaque));
    QVERIFY(Redactor::containsSecret(u"echo "_s + b64(u"me:"_s + opaque)));
    holder.reset(); // the last holder: the secret is gone from the redactor (and wiped)
    QVERIFY(!Redactor::containsSecret(u"echo "_s + opaque));
}

// A registry's bearer token is sent as is: removed as is and percent-encoded (a base64 token in a URL), while
// its set lives; the nine base64 forms of a Basic secret are not kept for each of a matrix run's hundreds.
void tst_Redactor::bearerTokensVerbatimAndPercentEncoded()
{
    const QString bearer = u"djF8Z2hjci5pby9vd25lci9hcHA6cHVsbCxwdXNo+/="_s;
    auto set = std::make_shared<RedactionSet>();
    set->addBearer(bearer);
    QCOMPARE(Redactor::redact(u"echo "_s + bearer + u" back"_s), u"echo [REDACTED] back"_s);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(bearer));
    QCOMPARE(Redactor::redact(u"GET /x?t="_s + encoded), u"GET /x?t=[REDACTED]"_s);
    QVERIFY(set->secrets().contains(bearer)); // the reports' extra secrets include it
    set.reset();
    QVERIFY(!Redactor::containsSecret(u"echo "_s + bearer));
}

void tst_Redactor::redactSecretsTouchesNothingElse()
{
    const QString text = u"Bearer not-a-secret-but-bearer-shaped-123 and "_s + opaque;
    const QString out = Redactor::redactSecrets(text, {opaque});
    QVERIFY(out.startsWith(u"Bearer not-a-secret-but-bearer-shaped-123 and "_s));
    QVERIFY(!out.contains(opaque));
}

void tst_Redactor::registeredSecret()
{
    Redactor::registerSecret(opaque);
    const QString out = Redactor::redact(u"the value was "_s + opaque + u" here"_s);
    QVERIFY(!out.contains(opaque));
    QVERIFY(out.contains(QString::fromLatin1(Redactor::mask)));
    QVERIFY(out.startsWith(u"the value was "_s));
    QVERIFY(Redactor::containsSecret(opaque));
}

void tst_Redactor::base64Forms()
{
    Redactor::registerSecret(opaque);
    const QString alone = Redactor::redact(u"x "_s + b64(opaque) + u" y"_s);
    QVERIFY2(!alone.contains(b64(opaque)), qPrintable(alone));
    const QString pair = Redactor::redact(u"auth: "_s + b64(u"octocat:"_s + opaque));
    QVERIFY2(!pair.contains(b64(u"octocat:"_s + opaque)), qPrintable(pair));
}

void tst_Redactor::userColonSecretForExtraUser()
{
    Redactor::registerSecret(opaque);
    const QString text = u"cred "_s + b64(u"someone:"_s + opaque) + u" and "_s + u"someone:"_s + opaque;
    const QString out = Redactor::redact(text, {opaque});
    QVERIFY2(!out.contains(opaque), qPrintable(out));
    QVERIFY2(!out.contains(b64(u"someone:"_s + opaque)), qPrintable(out));
}

void tst_Redactor::authorizationValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hidden");
    QTest::newRow("bearer") << u"Authorization: Bearer abc.def-ghi_jkl"_s << u"abc.def-ghi_jkl"_s;
    QTest::newRow("basic") << u"Authorization: Basic b2N0b2NhdDpodW50ZXIy"_s << u"b2N0b2NhdDpodW50ZXIy"_s;
    QTest::newRow("token scheme") << u"authorization: token 0123456789abcdef0123456789abcdef01234567"_s
                                  << u"0123456789abcdef0123456789abcdef01234567"_s;
    QTest::newRow("bare bearer") << u"sent Bearer eyJhbGciOiJSUzI1NiJ9.payload.sig to the registry"_s
                                 << u"eyJhbGciOiJSUzI1NiJ9.payload.sig"_s;
}

void tst_Redactor::authorizationValues()
{
    QFETCH(QString, text);
    QFETCH(QString, hidden);
    const QString out = Redactor::redact(text);
    QVERIFY2(!out.contains(hidden), qPrintable(out));
    QVERIFY(Redactor::containsSecret(text));
}

void tst_Redactor::tokenShapes_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("ghp_") << secret;
    QTest::newRow("gho_") << u"gho_16C7e42F292c6912E7710c838347Ae178B4a"_s;
    QTest::newRow("ghu_") << u"ghu_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s;
    QTest::newRow("ghs_") << u"ghs_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"_s;
    QTest::newRow("ghr_") << u"ghr_cccccccccccccccccccccccccccccccccccc"_s;
    QTest::newRow("mistyped ghp_") << u"ghp_M7H4jxUDDWHP4kZ6A4dxlQYsQIWJuq11T4V5"_s;
    QTest::newRow("github_pat_")
        << u"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"_s;
}

void tst_Redactor::tokenShapes()
{
    QFETCH(QString, token);
    const QString text = u"error: token "_s + token + u" was refused"_s;
    const QString out = Redactor::redact(text);
    QVERIFY2(!out.contains(token), qPrintable(out));
    QVERIFY2(!out.contains(token.mid(8, 12)), qPrintable(out));
    QVERIFY(out.startsWith(u"error: token "_s));
    QVERIFY(out.endsWith(u" was refused"_s));
    QVERIFY(Redactor::containsSecret(text));
}

void tst_Redactor::leavesOrdinaryTextAlone()
{
    const QString text = u"GET https://ghcr.io/v2/octocat/app/manifests/latest → 403 DENIED: permission_denied: "
                         u"write_package; scopes read:packages, write:packages"_s;
    QCOMPARE(Redactor::redact(text), text);
    QVERIFY(!Redactor::containsSecret(text));
}

void tst_Redactor::forget()
{
    Redactor::registerSecret(opaque);
    QVERIFY(Redactor::containsSecret(opaque));
    Redactor::forgetSecret(opaque);
    QVERIFY(!Redactor::containsSecret(opaque));
    QCOMPARE(Redactor::redact(opaque), opaque);
}

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_Redactor.moc"
