// The window's prefill options (ui/WindowOptions) and `ghcr-doctor check` (app/cli/CheckOptions) read the
// values they share — --api-url, --ops, --timeout — by one set of rules (app/core/model/OptionValues): the same
// value is accepted or refused by both, with the same sentence. They once had their own rules and words.
#include "app/cli/CheckOptions.h"
#include "ui/WindowOptions.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;

class tst_WindowOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameRulesAndSentencesAsCheck_data();
    void sameRulesAndSentencesAsCheck();
    void sharedValuesRead();
};

void tst_WindowOptions::sameRulesAndSentencesAsCheck_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::newRow("timeout word") << u"--timeout"_s << u"soon"_s;
    QTest::newRow("timeout 0") << u"--timeout"_s << u"0"_s;
    QTest::newRow("timeout 601") << u"--timeout"_s << u"601"_s;
    QTest::newRow("unknown op") << u"--ops"_s << u"pull,fly"_s;
    QTest::newRow("api url without host") << u"--api-url"_s << u"https://"_s;
    QTest::newRow("api url not a URL") << u"--api-url"_s << u"nope"_s;
    QTest::newRow("api url ftp") << u"--api-url"_s << u"ftp://ghe.example.com/api/v3"_s;
}

void tst_WindowOptions::sameRulesAndSentencesAsCheck()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    WindowOptions window;
    QString windowError;
    QVERIFY(!parseWindowOptions({u"ghcr-doctor"_s, option, value}, &window, &windowError));
    const ParsedCheckOptions check =
        parseCheckOptions({u"ghcr-doctor"_s, u"check"_s, u"--token-stdin"_s, option, value}, QProcessEnvironment());
    QVERIFY(std::holds_alternative<UsageError>(check));
    QCOMPARE(windowError, std::get<UsageError>(check).message);
}

void tst_WindowOptions::sharedValuesRead()
{
    WindowOptions window;
    QString error;
    QVERIFY2(parseWindowOptions({u"ghcr-doctor"_s, u"--api-url"_s, u"https://ghe.example.com/api/v3"_s, u"--ops"_s,
                                 u"pull,push"_s, u"--timeout"_s, u"7"_s},
                                &window, &error),
             qPrintable(error));
    QCOMPARE(window.apiUrl, QUrl(u"https://ghe.example.com/api/v3"_s));
    QCOMPARE(window.operations, std::optional<QList<Operation>>({Operation::Pull, Operation::Push}));
    QCOMPARE(window.timeoutSeconds, 7);
}

QTEST_GUILESS_MAIN(tst_WindowOptions)
#include "tst_WindowOptions.moc"
