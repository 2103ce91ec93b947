// The window's prefill options (ui/WindowOptions) and `ghcr-doctor check` (app/cli/CheckOptions) take the same
// request options — --host, --api-url, --registry, --user, --image, --ops, --token-env, --ca-file, --timeout —
// declared and read once (app/core/model/RequestOptions): the same value is accepted or refused by both, with the
// same sentence, is read to the same value, and has the same help text. They once had their own rules, words and
// help texts (the window refused an unreadable CA file or an unset variable only after it was built, in its own
// words).
#include "app/cli/CheckOptions.h"
#include "ui/WindowOptions.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;

class tst_WindowOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameRulesAndSentencesAsCheck_data();
    void sameRulesAndSentencesAsCheck();
    void sameValuesAsCheck();
    void sameHelpTextAsCheck_data();
    void sameHelpTextAsCheck();

private:
    QTemporaryDir m_dir;
    QString m_notPem;
};

namespace {

/// EMPTY is set but empty; SET holds a token-shaped value; UNSET is not there.
QProcessEnvironment environment()
{
    QProcessEnvironment env;
    env.insert(u"EMPTY"_s, QString());
    env.insert(u"SET"_s, u"ghp_notarealtoken"_s);
    return env;
}

ParsedCheckOptions parseCheck(const QStringList& options)
{
    return parseCheckOptions(QStringList{u"ghcr-doctor"_s, u"check"_s} + options, environment());
}

/// The description of `option` in a QCommandLineParser help text, on one line (the columns differ).
QString helpOf(const QString& help, const QString& option)
{
    const QRegularExpression block(u"\\n  --"_s + option + u" <[A-Z]+>\\s+(.*?)(?=\\n  -|\\n\\n|$)"_s,
                                   QRegularExpression::DotMatchesEverythingOption);
    return block.match(help).captured(1).simplified();
}

} // namespace

void tst_WindowOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_notPem = m_dir.filePath(u"not.pem"_s);
    QFile file(m_notPem);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("no certificate here\n") > 0);
}

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
    QTest::newRow("ca file missing") << u"--ca-file"_s << u"/nonexistent/ca.pem"_s;
    QTest::newRow("ca file without PEM") << u"--ca-file"_s << u"NOT_PEM"_s;
    QTest::newRow("token variable unset") << u"--token-env"_s << u"UNSET"_s;
    QTest::newRow("token variable empty") << u"--token-env"_s << u"EMPTY"_s;
}

void tst_WindowOptions::sameRulesAndSentencesAsCheck()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    if (value == u"NOT_PEM"_s)
        value = m_notPem;
    WindowOptions window;
    QString windowError;
    QVERIFY(!parseWindowOptions({u"ghcr-doctor"_s, option, value}, &window, &windowError, environment()));
    const QStringList source = option == u"--token-env"_s ? QStringList() : QStringList{u"--token-stdin"_s};
    const ParsedCheckOptions check = parseCheck(source + QStringList{option, value});
    QVERIFY(std::holds_alternative<UsageError>(check));
    QCOMPARE(windowError, std::get<UsageError>(check).message);
}

void tst_WindowOptions::sameValuesAsCheck()
{
    const QString ca = QFINDTESTDATA("../data/test-ca.pem");
    QVERIFY(!ca.isEmpty());
    const QStringList options{u"--host"_s,      u"ghe.example.com"_s,
                              u"--api-url"_s,   u"https://ghe.example.com/api/v3"_s,
                              u"--registry"_s,  u"127.0.0.1:5000"_s,
                              u"--user"_s,      u"octocat"_s,
                              u"--image"_s,     u"octo/app:v1"_s,
                              u"--ops"_s,       u"login,push"_s,
                              u"--timeout"_s,   u"7"_s,
                              u"--ca-file"_s,   ca,
                              u"--token-env"_s, u"SET"_s};
    WindowOptions window;
    QString error;
    QVERIFY2(parseWindowOptions(QStringList{u"ghcr-doctor"_s} + options, &window, &error, environment()),
             qPrintable(error));
    const ParsedCheckOptions parsed = parseCheck(options);
    QVERIFY(std::holds_alternative<CheckOptions>(parsed));
    const CheckOptions& check = std::get<CheckOptions>(parsed);
    const RequestOptionValues& w = window.request;
    QCOMPARE(w.host, check.request.host);
    QCOMPARE(w.apiUrl.value_or(QUrl()), check.request.apiUrl);
    QCOMPARE(w.registry, check.request.registry);
    QCOMPARE(w.user, check.request.user);
    QCOMPARE(w.images, QStringList{check.request.image});
    QCOMPARE(w.operations.value_or(QList<Operation>{Operation::Delete}), check.request.operations);
    QCOMPARE(check.request.operations, QList<Operation>{Operation::Push});
    QCOMPARE(w.timeoutSeconds.value_or(0), check.request.timeoutSeconds);
    QCOMPARE(w.caCertificates, check.request.extraCaCertificates);
    QCOMPARE(w.caCertificates.size(), 1);
    QCOMPARE(w.caFile, QFileInfo(ca).absoluteFilePath());
    QCOMPARE(w.tokenVariable, check.tokenVariable);
    QCOMPARE(check.tokenSource, TokenSource::Environment);
}

void tst_WindowOptions::sameHelpTextAsCheck_data()
{
    QTest::addColumn<QString>("option");
    for (const char* name : {"host", "api-url", "registry", "user", "image", "ops", "token-env", "ca-file", "timeout"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_WindowOptions::sameHelpTextAsCheck()
{
    QFETCH(QString, option);
    const ParsedCheckOptions help = parseCheck({u"--help"_s});
    QVERIFY(std::holds_alternative<HelpRequested>(help));
    const QString checkText = helpOf(std::get<HelpRequested>(help).text, option);
    QVERIFY2(checkText.size() > 20, qPrintable(std::get<HelpRequested>(help).text));
    QCOMPARE(helpOf(windowOptionsHelp(), option), checkText);
}

QTEST_GUILESS_MAIN(tst_WindowOptions)
#include "tst_WindowOptions.moc"
