// Golden files: every writer's exact bytes for fixed, hand-built diagnoses (fixed clock, fixed
// Qt version/OS/time zone). GHCR_UPDATE_GOLDEN=1 rewrites tests/reports/golden/ instead.
#include "app/reports/Report.h"
#include "tests/reports/ReportTestData.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;

class tst_ReportGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testdata::useFixedEnvironment(); }
    void golden_data();
    void golden();
    void fixStepsGolden();
    void goldenCanFail();
    void registryUserInWords();

private:
    static void compareWithGolden(const QByteArray& actual, const QString& fileName);
};

// Where the registry's user name came from is said in words, and never contradicted: a placeholder used
// after waiting for an API that named no one is not "the API's login".
void tst_ReportGolden::registryUserInWords()
{
    Diagnosis d = testdata::fixture(u"write-only"_s);
    d.registry.user = u"ghcr-doctor"_s;
    d.registry.userSource = UserSource::Placeholder;
    d.registry.waitedForApi = true;
    const QString text = QString::fromUtf8(renderTextReport(d));
    QVERIFY2(text.contains(u"ghcr-doctor (a placeholder: the API did not name the user)"_s), qPrintable(text));
    QVERIFY(!text.contains(u"(placeholder)"_s));
    QVERIFY(!text.contains(u"API's login"_s));
    d.registry.userSource = UserSource::Neutral;
    d.registry.waitedForApi = false;
    QVERIFY(QString::fromUtf8(renderMarkdownReport(d)).contains(u"a neutral name: this registry accepts any user"_s));
}

void tst_ReportGolden::golden_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("format");
    const QList<ReportFormat> formats{ReportFormat::Text, ReportFormat::Markdown, ReportFormat::Html,
                                      ReportFormat::Json};
    for (const auto& fixture : testdata::allFixtures()) {
        const QString& name = fixture.first;
        for (ReportFormat format : formats) {
            const QString row = name + u'.' + reportFormatExtension(format);
            QTest::newRow(qPrintable(row)) << name << int(format);
        }
    }
}

void tst_ReportGolden::compareWithGolden(const QByteArray& actual, const QString& fileName)
{
    const QString path = testdata::testSourceDir() + u"/golden/"_s + fileName;
    if (qEnvironmentVariableIntValue("GHCR_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(out.errorString()));
        out.write(actual);
        qInfo("updated %s", qPrintable(path));
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly),
             qPrintable(u"missing golden file "_s + path + u" (run with GHCR_UPDATE_GOLDEN=1)"_s));
    const QByteArray expected = in.readAll();
    if (actual == expected)
        return;
    // Keep the actual output next to the test binary and point at the first difference.
    const QString actualPath = QDir::currentPath() + u'/' + fileName + u".actual"_s;
    QFile dump(actualPath);
    if (dump.open(QIODevice::WriteOnly))
        dump.write(actual);
    const QList<QByteArray> a = actual.split('\n');
    const QList<QByteArray> e = expected.split('\n');
    qsizetype line = 0;
    while (line < a.size() && line < e.size() && a.at(line) == e.at(line))
        ++line;
    const QString message = u"%1 differs from the golden file at line %2:\n  expected: %3\n  actual:   %4\n(actual "
                            "output written to %5)"_s.arg(fileName)
                                .arg(line + 1)
                                .arg(QString::fromUtf8(e.value(line)), QString::fromUtf8(a.value(line)), actualPath);
    QFAIL(qPrintable(message));
}

void tst_ReportGolden::golden()
{
    QFETCH(QString, fixture);
    QFETCH(int, format);
    const QByteArray actual = renderReport(testdata::fixture(fixture), ReportFormat(format));
    QVERIFY(!actual.isEmpty());
    compareWithGolden(actual, QString::fromLatin1(QTest::currentDataTag()));
}

void tst_ReportGolden::fixStepsGolden()
{
    compareWithGolden(fixStepsMarkdown(testdata::writeOnlyToken()).toUtf8(), u"write-only.fix-steps.md"_s);
}

void tst_ReportGolden::goldenCanFail()
{
    // The comparison is on bytes: one changed character in the evidence must change the output.
    Diagnosis changed = testdata::writeOnlyToken();
    changed.registry.operations[1].httpStatus = 401;
    for (ReportFormat format : {ReportFormat::Text, ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Json})
        QVERIFY(renderReport(changed, format) != renderReport(testdata::writeOnlyToken(), format));
}

QTEST_MAIN(tst_ReportGolden)
#include "tst_ReportGolden.moc"
