// The one enum <-> id helper (app/core/model/EnumIds.h): every table's ids are unique and round-trip, the ids
// are the ones reports and options carry, and titles come through the table's translation context.
#include "app/core/diagnosis/Diagnosis.h"
#include "app/core/model/EnumIds.h"
#include "app/core/model/Evidence.h"
#include "app/core/token/TokenAnalysis.h"

#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace ghcr;

namespace {

/// Every value's id maps back to the value, and no two values share an id.
template <typename E> QString roundTripProblem()
{
    QSet<QString> seen;
    for (E value : enumValues<E>()) {
        const QString id = enumId(value);
        if (seen.contains(id))
            return u"duplicate id "_s + id;
        seen.insert(id);
        if (enumFromId<E>(id) != value)
            return u"id does not map back: "_s + id;
    }
    return {};
}

class FixedTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* = nullptr, int = -1) const override
    {
        return QLatin1StringView(context) + u'|' + QLatin1StringView(source);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class tst_EnumIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTableRoundTrips()
    {
        QCOMPARE(roundTripProblem<Operation>(), QString());
        QCOMPARE(roundTripProblem<ApiEvidence::Outcome>(), QString());
        QCOMPARE(roundTripProblem<OperationBasis>(), QString());
        QCOMPARE(roundTripProblem<UserSource>(), QString());
        QCOMPARE(roundTripProblem<TokenKind>(), QString());
        QCOMPARE(roundTripProblem<CheckStatus>(), QString());
        QCOMPARE(roundTripProblem<Verdict>(), QString());
    }

    void idsAreTheReportedOnes()
    {
        QCOMPARE(enumId(Verdict::ActionNeeded), u"action-needed"_s);
        QCOMPARE(enumId(TokenKind::FineGrained), u"fine-grained"_s);
        QCOMPARE(enumId(TokenKind::OAuth), u"oauth"_s);
        QCOMPARE(enumId(ApiEvidence::Outcome::NotGitHub), u"not-github"_s);
        QCOMPARE(enumId(OperationBasis::TokenEndpoint), u"token-endpoint"_s);
        QCOMPARE(enumId(OperationBasis::None), QString());
        QCOMPARE(operationId(Operation::Delete), u"delete"_s);
        QCOMPARE(enumValues<Operation>().size(), 3);
    }

    void unknownIdsAreRejected()
    {
        QCOMPARE(enumFromId<Verdict>(u"OK"), std::nullopt); // exact: callers normalise
        QCOMPARE(enumFromId<TokenKind>(u"fine grained"), std::nullopt);
        QCOMPARE(operationFromId(u" Push "_s), Operation::Push);
        QCOMPARE(operationFromId(u"login"_s), std::nullopt);
    }

    void titlesUseTheTablesContext()
    {
        FixedTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const QString status = checkStatusTitle(CheckStatus::Fail);
        const QString outcome = apiOutcomeTitle(ApiEvidence::Outcome::Ok);
        const QString kind = tokenKindTitle(TokenKind::Classic);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(status, u"Diagnoser|Problem"_s);
        QCOMPARE(outcome, u"Evidence|accepted"_s);
        QCOMPARE(kind, u"TokenAnalysis|Personal access token (classic)"_s);
        QCOMPARE(enumTitle(Verdict::Ok), QString()); // a table without titles
    }
};

QTEST_GUILESS_MAIN(tst_EnumIds)
#include "tst_EnumIds.moc"
