// The HTML report parsed as XML: self-contained (no scripts, no external resources), escaped
// text, status shown by word and colour class, every checklist item and fix step present.
#include "app/reports/EvidenceFacts.h"
#include "app/reports/Report.h"
#include "tests/reports/ReportTestData.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace ghcr;

class tst_HtmlReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testdata::useFixedEnvironment(); }
    void selfContained_data();
    void selfContained();
    void escapesServerText();
    void statusByWordAndColour();
};

namespace {

struct Scan
{
    QStringList problems;
    QStringList checklistStatuses; ///< status words of the checklist rows
    QString text;                  ///< all character data
    int links = 0;
    bool hasStyle = false;
};

bool isRemote(const QString& value)
{
    const QString v = value.trimmed().toLower();
    return v.startsWith(u"http:"_s) || v.startsWith(u"https:"_s) || v.startsWith(u"//"_s) || v.startsWith(u"ftp:"_s) ||
           v.startsWith(u"file:"_s) || v.startsWith(u"javascript:"_s) || v.startsWith(u"data:"_s);
}

bool cssLoadsSomething(const QString& css)
{
    static const QRegularExpression remote(uR"((?i)url\s*\(|@import|expression\s*\()"_s);
    return remote.match(css).hasMatch();
}

Scan scanHtml(const QByteArray& html)
{
    Scan scan;
    QXmlStreamReader xml(html);
    static const QStringList forbiddenElements{u"script"_s, u"iframe"_s, u"object"_s, u"embed"_s,  u"link"_s,
                                               u"img"_s,    u"video"_s,  u"audio"_s,  u"source"_s, u"frame"_s,
                                               u"base"_s,   u"form"_s,   u"svg"_s};
    QString currentElement;
    bool inStatusSpan = false;
    bool inChecklist = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString().toLower();
            currentElement = name;
            if (forbiddenElements.contains(name))
                scan.problems << u"forbidden element <"_s + name + u'>';
            const QXmlStreamAttributes attributes = xml.attributes();
            for (const QXmlStreamAttribute& a : attributes) {
                const QString attribute = a.name().toString().toLower();
                const QString value = a.value().toString();
                if (attribute.startsWith(u"on"_s))
                    scan.problems << u"event handler attribute "_s + attribute;
                if (attribute == u"style"_s && cssLoadsSomething(value))
                    scan.problems << u"style attribute loads a resource: "_s + value;
                if (attribute == u"href"_s) {
                    if (name != u"a"_s)
                        scan.problems << u"href on <"_s + name + u'>';
                    else if (value.startsWith(u"javascript:"_s, Qt::CaseInsensitive))
                        scan.problems << u"javascript link"_s;
                    else
                        ++scan.links; // a link the user may click; never loaded by the page
                } else if (attribute != u"content"_s && isRemote(value)) {
                    scan.problems << u"attribute "_s + attribute + u" points outside: "_s + value;
                }
                if (attribute == u"http-equiv"_s && value.compare(u"refresh"_s, Qt::CaseInsensitive) == 0)
                    scan.problems << u"meta refresh"_s;
            }
            if (name == u"style"_s)
                scan.hasStyle = true;
            if (name == u"table"_s && attributes.value(u"class"_s) == u"checklist"_s)
                inChecklist = true;
            if (inChecklist && name == u"span"_s && attributes.value(u"class"_s).contains(u"status"_s))
                inStatusSpan = true;
        } else if (xml.isEndElement()) {
            if (xml.name() == u"table"_s)
                inChecklist = false;
            if (xml.name() == u"span"_s)
                inStatusSpan = false;
        } else if (xml.isCharacters()) {
            scan.text += xml.text();
            if (currentElement == u"style"_s && cssLoadsSomething(xml.text().toString()))
                scan.problems << u"CSS loads a resource"_s;
            if (inStatusSpan)
                scan.checklistStatuses << xml.text().toString();
        }
    }
    if (xml.hasError())
        scan.problems << u"not well-formed at line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return scan;
}

} // namespace

void tst_HtmlReport::selfContained_data()
{
    QTest::addColumn<QString>("fixture");
    for (const auto& f : testdata::allFixtures())
        QTest::newRow(qPrintable(f.first)) << f.first;
}

void tst_HtmlReport::selfContained()
{
    QFETCH(QString, fixture);
    const Diagnosis d = testdata::fixture(fixture);
    const QByteArray html = renderReport(d, ReportFormat::Html);
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    const Scan scan = scanHtml(html);
    QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.join(u"\n"_s)));
    QVERIFY(scan.hasStyle);
    // A Content Security Policy that forbids every load, as a second line of defence.
    QVERIFY(html.contains("default-src 'none'"));
    // Crude scan as well, independent of the parser.
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains(" src="));
    QVERIFY(!html.contains("@import"));
    QVERIFY(!html.contains("url("));

    QVERIFY2(scan.text.contains(verdictLine(d).text), qPrintable(verdictLine(d).text));
    for (const ChecklistItem& item : d.checklist) {
        QVERIFY2(scan.text.contains(item.title), qPrintable(item.title));
        QVERIFY2(scan.text.contains(item.id), qPrintable(item.id));
    }
    for (const FixStep& step : d.fixSteps) {
        QVERIFY(scan.text.contains(step.title));
        if (!step.posix.isEmpty())
            QVERIFY(scan.text.contains(step.posix));
    }
    QCOMPARE(scan.links, int(std::count_if(d.fixSteps.cbegin(), d.fixSteps.cend(),
                                           [](const FixStep& s) { return !s.url.isEmpty(); })) +
                             (d.request.apiUrl.isEmpty() ? 0 : 1) + (d.api.documentationUrl.isEmpty() ? 0 : 1) +
                             (d.api.ssoUrl.isEmpty() ? 0 : 1) + (d.registry.baseUrl.isEmpty() ? 0 : 1) +
                             (d.registry.realm.isEmpty() ? 0 : 1));
}

void tst_HtmlReport::escapesServerText()
{
    Diagnosis d = testdata::writeOnlyToken();
    d.registry.operations[1].message = u"<script>alert(1)</script><img src=\"https://evil.example/x.png\"/>"_s;
    d.checklist[0].detail = u"a & b < c \"quoted\" 'single' <b>bold</b>"_s;
    d.fixSteps[0].url = u"javascript:alert(1)"_s;
    const QByteArray html = renderReport(d, ReportFormat::Html);
    const Scan scan = scanHtml(html);
    QVERIFY2(scan.problems.isEmpty(), qPrintable(scan.problems.join(u"\n"_s)));
    QVERIFY(scan.text.contains(u"<script>alert(1)</script>"_s)); // shown as text
    QVERIFY(scan.text.contains(u"a & b < c \"quoted\" 'single' <b>bold</b>"_s));
    QVERIFY(!html.contains("href=\"javascript"));
}

void tst_HtmlReport::statusByWordAndColour()
{
    const Diagnosis d = testdata::writeOnlyToken();
    const QByteArray html = renderReport(d, ReportFormat::Html);
    const Scan scan = scanHtml(html);
    QCOMPARE(scan.checklistStatuses.size(), d.checklist.size());
    for (qsizetype i = 0; i < d.checklist.size(); ++i)
        QCOMPARE(scan.checklistStatuses.at(i), checkStatusTitle(d.checklist.at(i).status));
    QVERIFY(html.contains("<span class=\"status status-fail\">"));
    QVERIFY(html.contains(".status-fail { color:"));
    QVERIFY(html.contains("@media print"));
}

QTEST_MAIN(tst_HtmlReport)
#include "tst_HtmlReport.moc"
