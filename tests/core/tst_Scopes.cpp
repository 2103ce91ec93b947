// X-OAuth-Scopes parsing, GitHub's documented implications, expiry dates and the least-privilege link.
#include "app/core/model/Evidence.h"
#include "app/core/token/Scopes.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace ghcr;

class tst_Scopes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiresInDays_data();
    void expiresInDays();
    void parseHeader_data();
    void parseHeader();
    void implications();
    void writeDoesNotAddRead();
    void required();
    void expiry_data();
    void expiry();
    void newTokenUrlGitHub();
    void newTokenUrlGhes();
    void newTokenUrlNeverRepo();
};

void tst_Scopes::parseHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("scopes");
    QTest::newRow("empty") << u""_s << QStringList();
    QTest::newRow("spaces") << u"  "_s << QStringList();
    QTest::newRow("one") << u"read:packages"_s << QStringList{u"read:packages"_s};
    QTest::newRow("github style") << u"repo, read:packages"_s << QStringList{u"repo"_s, u"read:packages"_s};
    QTest::newRow("no spaces") << u"repo,write:packages"_s << QStringList{u"repo"_s, u"write:packages"_s};
    QTest::newRow("trailing comma") << u"gist, "_s << QStringList{u"gist"_s};
}

void tst_Scopes::parseHeader()
{
    QFETCH(QString, header);
    QFETCH(QStringList, scopes);
    QStringList got = parseScopesHeader(header);
    QCOMPARE(got, scopes);
}

void tst_Scopes::implications()
{
    const QStringList repo = expandScopes({u"repo"_s});
    for (const QString& s :
         {u"repo"_s, u"repo:status"_s, u"repo_deployment"_s, u"public_repo"_s, u"repo:invite"_s, u"security_events"_s})
        QVERIFY2(repo.contains(s), qPrintable(s));
    const QStringList org = expandScopes({u"admin:org"_s});
    QVERIFY(org.contains(u"write:org"_s));
    QVERIFY(org.contains(u"read:org"_s));
    const QStringList user = expandScopes({u"user"_s});
    QVERIFY(user.contains(u"read:user"_s));
    QVERIFY(user.contains(u"user:email"_s));
    QVERIFY(user.contains(u"user:follow"_s));
    QVERIFY(expandScopes({u"project"_s}).contains(u"read:project"_s));
    QVERIFY(expandScopes({u"admin:public_key"_s}).contains(u"read:public_key"_s));
    // Sorted and unique.
    const QStringList both = expandScopes({u"write:org"_s, u"admin:org"_s});
    QStringList sorted = both;
    sorted.sort();
    sorted.removeDuplicates();
    QCOMPARE(both, sorted);
    // The raw list is not touched.
    QVERIFY(!expandScopes({u"read:packages"_s}).contains(u"repo"_s));
}

void tst_Scopes::writeDoesNotAddRead()
{
    QVERIFY(!expandScopes({u"write:packages"_s}).contains(u"read:packages"_s));
    QVERIFY(!expandScopes({u"repo"_s}).contains(u"read:packages"_s));
}

void tst_Scopes::required()
{
    QCOMPARE(requiredScopes(true, false, false), QStringList{u"read:packages"_s});
    const QStringList push = requiredScopes(false, true, false);
    QVERIFY(push.contains(u"write:packages"_s));
    QVERIFY(push.contains(u"read:packages"_s));
    const QStringList all = requiredScopes(true, true, true);
    QVERIFY(all.contains(u"delete:packages"_s));
    QVERIFY(all.contains(u"read:packages"_s));
    QVERIFY(!all.contains(u"repo"_s));
}

void tst_Scopes::expiry_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDateTime>("utc");
    QTest::newRow("UTC") << u"2026-12-01 10:00:00 UTC"_s << QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
    QTest::newRow("+0900") << u"2026-12-01 10:00:00 +0900"_s << QDateTime(QDate(2026, 12, 1), QTime(1, 0), Qt::UTC);
    QTest::newRow("-0500") << u"2026-12-01 10:00:00 -0500"_s << QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC);
    QTest::newRow("garbage") << u"next tuesday"_s << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void tst_Scopes::expiry()
{
    QFETCH(QString, value);
    QFETCH(QDateTime, utc);
    const QDateTime got = parseGitHubExpiry(value);
    QCOMPARE(got.isValid(), utc.isValid());
    if (utc.isValid()) {
        QCOMPARE(got.toUTC(), utc);
        QCOMPARE(got.timeSpec(), Qt::UTC);
    }
}

void tst_Scopes::newTokenUrlGitHub()
{
    const QString link = newTokenUrl(u"github.com"_s, {u"read:packages"_s, u"write:packages"_s}, u"GHCR Doctor"_s);
    QVERIFY2(link.startsWith(u"https://github.com/settings/tokens/new?scopes=read:packages,write:packages"_s),
             qPrintable(link));
    const QUrl url(link);
    QVERIFY(url.isValid());
    QCOMPARE(QUrlQuery(url).queryItemValue(u"description"_s, QUrl::FullyDecoded), u"GHCR Doctor"_s);
}

void tst_Scopes::newTokenUrlGhes()
{
    const QString link = newTokenUrl(u"ghe.example.com"_s, {u"read:packages"_s}, {});
    QVERIFY2(link.startsWith(u"https://ghe.example.com/settings/tokens/new?scopes=read:packages"_s), qPrintable(link));
}

void tst_Scopes::newTokenUrlNeverRepo()
{
    for (const QString& host : {u"github.com"_s, u"ghe.example.com"_s}) {
        const QString link = newTokenUrl(host, {u"repo"_s, u"read:packages"_s, u"write:packages"_s}, u"x"_s);
        const QStringList scopes = QUrlQuery(QUrl(link)).queryItemValue(u"scopes"_s, QUrl::FullyDecoded).split(u',');
        QVERIFY2(!scopes.contains(u"repo"_s), qPrintable(link));
        QVERIFY(scopes.contains(u"write:packages"_s));
    }
}

// One rounding rule for "days left", shared by the checklist, the window and every report.
void tst_Scopes::expiresInDays_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<qint64>("days");
    QTest::newRow("59 days 23 h") << qint64(60 * 86400 - 3600) << qint64(60);
    QTest::newRow("3 days, checked a second later") << qint64(3 * 86400 - 1) << qint64(3);
    QTest::newRow("2 days 11 h") << qint64(2 * 86400 + 11 * 3600) << qint64(2);
    QTest::newRow("exactly 60 days") << qint64(60 * 86400) << qint64(60);
    QTest::newRow("less than a day") << qint64(60) << qint64(0);
    QTest::newRow("expired a minute ago") << qint64(-60) << qint64(-1);
    QTest::newRow("expired exactly 2 days ago") << qint64(-2 * 86400) << qint64(-2);
}

void tst_Scopes::expiresInDays()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(qint64, days);
    ghcr::ApiEvidence api;
    QVERIFY(!api.expiresInDays().has_value());
    api.answeredAt = QDateTime(QDate(2026, 11, 24), QTime(7, 30), Qt::UTC);
    QVERIFY(!api.expiresInDays().has_value());
    api.expiresAt = api.answeredAt.addSecs(secondsLeft);
    QCOMPARE(api.expiresInDays(), std::optional<qint64>(days));
}

QTEST_GUILESS_MAIN(tst_Scopes)
#include "tst_Scopes.moc"
