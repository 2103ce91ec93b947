// WWW-Authenticate (RFC 7235) and registry scope parsing.
#include "app/core/net/WwwAuthenticate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;

class tst_WwwAuthenticate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ghcrChallenge();
    void anyOrderAndCase();
    void escapedQuotesAndCommas();
    void cncfInsufficientScope();
    void severalChallenges();
    void severalHeaderLines();
    void garbage_data();
    void garbage();
    void scopes();
    void scopeWithHostPort();
    void formatScope();
};

void tst_WwwAuthenticate::ghcrChallenge()
{
    const auto list = parseWwwAuthenticate(
        u"Bearer realm=\"https://ghcr.io/token\",service=\"ghcr.io\",scope=\"repository:user/image:pull\""_s);
    QCOMPARE(list.size(), 1);
    QVERIFY(list.at(0).isScheme(u"bearer"_s));
    QCOMPARE(list.at(0).param(u"realm"_s), u"https://ghcr.io/token"_s);
    QCOMPARE(list.at(0).param(u"service"_s), u"ghcr.io"_s);
    QCOMPARE(list.at(0).param(u"scope"_s), u"repository:user/image:pull"_s);
}

void tst_WwwAuthenticate::anyOrderAndCase()
{
    const auto list = parseWwwAuthenticate(
        u"bearer Scope=\"repository:a/b:push\" , SERVICE=reg ,  Realm=\"https://127.0.0.1:8443/token\""_s);
    QCOMPARE(list.size(), 1);
    QVERIFY(list.at(0).isScheme(u"Bearer"_s));
    QCOMPARE(list.at(0).param(u"realm"_s), u"https://127.0.0.1:8443/token"_s);
    QCOMPARE(list.at(0).param(u"service"_s), u"reg"_s); // token form, unquoted
    QCOMPARE(list.at(0).param(u"scope"_s), u"repository:a/b:push"_s);
}

void tst_WwwAuthenticate::escapedQuotesAndCommas()
{
    const auto list = parseWwwAuthenticate(
        u"Bearer realm=\"https://r.example/token\",error_description=\"a \\\"quoted\\\", comma, here\",scope=\"repository:o/n:pull,push\""_s);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).param(u"error_description"_s), u"a \"quoted\", comma, here"_s);
    QCOMPARE(list.at(0).param(u"scope"_s), u"repository:o/n:pull,push"_s);
    QCOMPARE(list.at(0).param(u"realm"_s), u"https://r.example/token"_s);
}

void tst_WwwAuthenticate::cncfInsufficientScope()
{
    const auto list = parseWwwAuthenticate(
        u"Bearer realm=\"https://127.0.0.1:5000/auth\",service=\"Docker registry\",scope=\"repository:o/n:push\",error=\"insufficient_scope\""_s);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).param(u"error"_s), u"insufficient_scope"_s);
    QCOMPARE(list.at(0).param(u"service"_s), u"Docker registry"_s);
}

void tst_WwwAuthenticate::severalChallenges()
{
    const auto list = parseWwwAuthenticate(
        u"Basic realm=\"Registry Realm\", Bearer realm=\"https://a.example/token\",service=\"a.example\", Newauth foo=bar"_s);
    QCOMPARE(list.size(), 3);
    QVERIFY(list.at(0).isScheme(u"Basic"_s));
    QCOMPARE(list.at(0).param(u"realm"_s), u"Registry Realm"_s);
    QVERIFY(list.at(1).isScheme(u"Bearer"_s));
    QCOMPARE(list.at(1).param(u"realm"_s), u"https://a.example/token"_s);
    QCOMPARE(list.at(1).param(u"service"_s), u"a.example"_s);
    QVERIFY(list.at(2).isScheme(u"Newauth"_s));
    QCOMPARE(list.at(2).param(u"foo"_s), u"bar"_s);
}

void tst_WwwAuthenticate::severalHeaderLines()
{
    const auto list = parseWwwAuthenticate(
        QList<QByteArray>{"Basic realm=\"x\""_ba, "Bearer realm=\"https://b.example/token\",service=\"b\""_ba});
    QCOMPARE(list.size(), 2);
    QVERIFY(list.at(1).isScheme(u"Bearer"_s));
    QCOMPARE(list.at(1).param(u"service"_s), u"b"_s);
}

void tst_WwwAuthenticate::garbage_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("commas") << u",,, ,"_s;
    QTest::newRow("unterminated quote") << u"Bearer realm=\"https://x"_s;
    QTest::newRow("equals only") << u"Bearer ="_s;
    QTest::newRow("binary") << u"\u0001\u0002=\"\\"_s;
    QTest::newRow("trailing backslash") << u"Bearer realm=\"abc\\"_s;
}

void tst_WwwAuthenticate::garbage()
{
    QFETCH(QString, value);
    const auto list = parseWwwAuthenticate(value); // must not crash or hang
    for (const AuthChallenge& c : list)
        QVERIFY(!c.scheme.contains(u' '));
}

void tst_WwwAuthenticate::scopes()
{
    const auto list = parseResourceScopes(u"repository:o/n:pull,push repository:other/x:pull"_s);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).type, u"repository"_s);
    QCOMPARE(list.at(0).name, u"o/n"_s);
    QCOMPARE(list.at(0).actions, (QStringList{u"pull"_s, u"push"_s}));
    QCOMPARE(list.at(1).name, u"other/x"_s);
    QCOMPARE(list.at(1).actions, QStringList{u"pull"_s});
}

void tst_WwwAuthenticate::scopeWithHostPort()
{
    const auto list = parseResourceScopes(u"repository:localhost:5000/owner/app:pull,push"_s);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).name, u"localhost:5000/owner/app"_s);
    QCOMPARE(list.at(0).actions, (QStringList{u"pull"_s, u"push"_s}));
}

void tst_WwwAuthenticate::formatScope()
{
    QCOMPARE(formatResourceScope(u"o/n"_s, {u"pull"_s, u"push"_s}), u"repository:o/n:pull,push"_s);
    const auto back = parseResourceScopes(formatResourceScope(u"127.0.0.1:8443/o/n"_s, {u"push"_s}));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.at(0).name, u"127.0.0.1:8443/o/n"_s);
}

QTEST_GUILESS_MAIN(tst_WwwAuthenticate)
#include "tst_WwwAuthenticate.moc"
