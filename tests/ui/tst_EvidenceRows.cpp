// The window's evidence rows (ui/EvidencePanel) say what the reports say about the same evidence: expiry counted
// from when the API answered — the diagnosis' clock — in the reports' words, never "in 0 days" beside an
// "expired" mark (the panel once judged "expired" against the wall clock and counted days from the answer).
#include "app/reports/EvidenceFacts.h"
#include "ui/EvidencePanel.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;

class tst_EvidenceRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiryUsesTheAnswersClock_data();
    void expiryUsesTheAnswersClock();
};

namespace {

const EvidenceRow* row(const QList<EvidenceRow>& rows, const QString& field)
{
    for (const EvidenceRow& r : rows)
        if (r.field == field)
            return &r;
    return nullptr;
}

QString reportFact(const ReportSection& section, const QString& label)
{
    for (const ReportFact& f : section.facts)
        if (f.label == label)
            return f.value;
    return {};
}

} // namespace

void tst_EvidenceRows::expiryUsesTheAnswersClock_data()
{
    QTest::addColumn<qint64>("expiresAfterAnswerSecs");
    QTest::addColumn<bool>("expired");
    QTest::addColumn<QString>("words");
    // Valid when GitHub answered, past by now: the check's verdict is about the answer, so is the row.
    QTest::newRow("expired since the answer") << qint64(3600) << false << u"0 days left"_s;
    QTest::newRow("three days left") << qint64(3 * 86400) << false << u"3 days left"_s;
    QTest::newRow("expired before the answer") << qint64(-3600) << true << u"expired 1 day ago"_s;
}

void tst_EvidenceRows::expiryUsesTheAnswersClock()
{
    QFETCH(qint64, expiresAfterAnswerSecs);
    QFETCH(bool, expired);
    QFETCH(QString, words);
    ApiEvidence api;
    api.outcome = ApiEvidence::Outcome::Ok;
    api.url = u"https://api.github.com/user"_s;
    api.httpStatus = 200;
    api.scopes = QStringList{u"read:packages"_s};
    api.answeredAt = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
    api.expiresAt = api.answeredAt.addSecs(expiresAfterAnswerSecs);
    api.expiresRaw = api.expiresAt.toString(Qt::ISODate);
    const QList<EvidenceRow> rows = apiEvidenceRows(api, analyzeToken(u"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"_s));
    const EvidenceRow* expires = row(rows, u"Expires"_s);
    QVERIFY(expires);
    QVERIFY2(expires->value.contains(words), qPrintable(expires->value));
    QCOMPARE(expires->status == CheckStatus::Fail, expired);
    // The same words as every report.
    QVERIFY(reportFact(apiFacts(api), u"Expires"_s).endsWith(words));
}

QTEST_MAIN(tst_EvidenceRows)
#include "tst_EvidenceRows.moc"
