// A refused or failed GitHub answer says nothing about the token: its scope and expiry headers (a fake or a proxy
// may send them beside a 401) are never shown as the token's, in any report or in the checklist's evidence. The
// window's panels show the same sections (tst_EvidenceRows). Found by a review run: the revoked-token screen showed
// "header absent (fine-grained, app or Actions token)" and "60 days left" beside "bad credentials".
#include "app/reports/Report.h"
#include "tests/reports/ReportTestData.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;

class tst_RefusedTokenFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testdata::useFixedEnvironment(); }
    void tokenFactsOnlyFromAnAcceptingAnswer_data();
    void tokenFactsOnlyFromAnAcceptingAnswer();
};

void tst_RefusedTokenFacts::tokenFactsOnlyFromAnAcceptingAnswer_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("unknown"); // the sentence shown instead; empty: the facts are the token's
    using O = ApiEvidence::Outcome;
    const QString refused = u"not known: GitHub refused the token"_s;
    const QString incomplete = u"not known: the GitHub API check did not complete"_s;
    QTest::newRow("accepted") << int(O::Ok) << 200 << QString();
    QTest::newRow("sso-required") << int(O::SsoRequired) << 403 << QString();
    QTest::newRow("revoked-or-expired") << int(O::BadCredentials) << 401 << refused;
    QTest::newRow("rate-limited") << int(O::RateLimited) << 403 << incomplete;
    QTest::newRow("locked-out") << int(O::LockedOut) << 403 << incomplete;
    QTest::newRow("server-error") << int(O::ServerError) << 502 << incomplete;
    QTest::newRow("malformed-json") << int(O::Malformed) << 200 << incomplete;
    QTest::newRow("not-github") << int(O::NotGitHub) << 200 << incomplete;
    QTest::newRow("installation-token") << int(O::Integration) << 403
                                        << u"not known: GitHub does not answer this request for an installation "
                                           u"token"_s;
}

void tst_RefusedTokenFacts::tokenFactsOnlyFromAnAcceptingAnswer()
{
    QFETCH(int, outcome);
    QFETCH(int, status);
    QFETCH(QString, unknown);
    const Diagnosis fixture = testdata::fixture(u"write-only"_s);
    ApiEvidence api = fixture.api; // X-OAuth-Scopes "write:packages", expiry 2026-12-24 (30 days after the answer)
    api.outcome = ApiEvidence::Outcome(outcome);
    api.httpStatus = status;
    if (api.outcome != ApiEvidence::Outcome::Ok)
        api.login.clear();
    // The real engine: the checklist's evidence lines are its own.
    const Diagnosis d =
        Diagnoser::diagnose(fixture.request, fixture.token, api, fixture.registry, testdata::fixedNow());
    const QStringList tokenFacts{u"2026-12-24 10:00:00 UTC"_s, u"30 days left"_s, u"X-OAuth-Scopes: \""_s,
                                 u"Scopes (X-OAuth-Scopes, raw)"_s};
    for (ReportFormat format : {ReportFormat::Text, ReportFormat::Markdown, ReportFormat::Html}) {
        const QString report = QString::fromUtf8(renderReport(d, format));
        const QString where = reportFormatId(format) + u": "_s;
        if (unknown.isEmpty()) {
            QVERIFY2(report.contains(u"2026-12-24 10:00:00 UTC, 30 days left"_s), qPrintable(where + u"no expiry"_s));
            QVERIFY2(report.contains(u"Scopes (X-OAuth-Scopes, raw)"_s), qPrintable(where + u"no scopes"_s));
            QVERIFY2(!report.contains(u"Scopes and expiry"_s), qPrintable(where + u"called unknown"_s));
            continue;
        }
        for (const QString& fact : tokenFacts)
            QVERIFY2(!report.contains(fact), qPrintable(where + u"shows “"_s + fact + u"” as the token's"_s));
        QVERIFY2(report.contains(unknown), qPrintable(where + u"does not say: "_s + unknown));
    }
}

QTEST_GUILESS_MAIN(tst_RefusedTokenFacts)
#include "tst_RefusedTokenFacts.moc"
