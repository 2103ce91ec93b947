// The words of one diagnosis as a user reads them: the real binary against the HTTPS FakeServer, every format read
// back (the text, the Markdown, the HTML parsed, the PDF through pdftotext, the GitHub job summary file). One verdict
// line in every format, for one image and for every package; a package's settings page named once; the image in the
// user's own spelling; and no two sentences of one report that contradict each other.
#include "app/reports/ReportFacts.h"
#include "tests/support/FakeServer.h"
#include "tests/support/RunBinary.h"
#include "tests/support/TestTokens.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using ghcr::test::FakeServer;
using ghcr::test::Scenario;

namespace {

const QString tokenVariable = u"GHCR_WORDING_TEST_TOKEN"_s;

struct Run
{
    QString text;     ///< what the format wrote (for PDF: pdftotext's reading of it)
    QString stepFile; ///< --format github: the job summary file
    int exitCode = -1;
};

QString simplified(const QString& text)
{
    return QString(text).replace(QRegularExpression(u"\\s+"_s), u" "_s).trimmed();
}

/// The text of the first <p> whose class has `cls`, from the HTML parsed as XML.
QString paragraphOfClass(const QString& html, const QString& cls)
{
    QXmlStreamReader xml(html);
    QString text;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && depth == 0 && xml.name() == u"p"_s &&
            xml.attributes().value(u"class"_s).split(u' ').contains(cls))
            depth = 1;
        else if (xml.isStartElement() && depth > 0)
            ++depth;
        else if (xml.isEndElement() && depth > 0 && --depth == 0)
            return text;
        else if (xml.isCharacters() && depth > 0)
            text += xml.text();
    }
    return xml.hasError() ? u"(HTML does not parse: "_s + xml.errorString() + u')' : QString();
}

} // namespace

class tst_ReportWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneVerdictLine_data();
    void oneVerdictLine();
    void settingsPageNamedOnce();
    void imageAsTheUserSpelledIt_data();
    void imageAsTheUserSpelledIt();
    void imageAsTheUserSpelledItInTheMatrix();
    void noSentenceContradictsAnother_data();
    void noSentenceContradictsAnother();

private:
    Run check(const Scenario& scenario, const QStringList& extra, const QString& format);
    QStringList baseArgs() const;

    FakeServer m_server;
    QTemporaryDir m_dir;
};

void tst_ReportWording::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

QStringList tst_ReportWording::baseArgs() const
{
    return {u"check"_s,
            u"--api-url"_s,
            m_server.apiUrl().toString(),
            u"--registry"_s,
            m_server.registryHost(),
            u"--ca-file"_s,
            FakeServer::testCaFile(),
            u"--timeout"_s,
            u"5"_s,
            u"--token-env"_s,
            tokenVariable,
            u"--no-docker-credentials"_s};
}

Run tst_ReportWording::check(const Scenario& scenario, const QStringList& extra, const QString& format)
{
    m_server.setScenario(scenario);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys())
        if (key.startsWith(u"GITHUB_"_s))
            env.remove(key);
    env.insert(tokenVariable, scenario.token);
    env.insert(u"HOME"_s, m_dir.path());
    QStringList args = baseArgs() << extra << u"--format"_s << format;
    const QString reportFile = m_dir.filePath(u"report."_s + format);
    const QString stepFile = m_dir.filePath(u"step-summary.md"_s);
    QFile::remove(reportFile);
    QFile::remove(stepFile);
    if (format == u"pdf"_s)
        args << u"--output"_s << reportFile;
    if (format == u"github"_s) {
        env.insert(u"GITHUB_ACTIONS"_s, u"true"_s);
        env.insert(u"GITHUB_STEP_SUMMARY"_s, stepFile);
    }
    const ghcr::test::BinaryRun r = ghcr::test::runBinary(QStringLiteral(GHCR_DOCTOR_BIN), args, env);
    Run run;
    run.exitCode = r.finished ? r.exitCode : -1;
    run.text = QString::fromUtf8(r.out);
    if (format == u"pdf"_s) {
        const ghcr::test::BinaryRun text = ghcr::test::runBinary(u"pdftotext"_s, {reportFile, u"-"_s});
        run.text = QString::fromUtf8(text.out);
    }
    if (QFile file(stepFile); file.open(QIODevice::ReadOnly))
        run.stepFile = QString::fromUtf8(file.readAll());
    return run;
}

void tst_ReportWording::oneVerdictLine_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("images");
    QTest::addColumn<QString>("verdictStart");
    QTest::newRow("one image works") << u"ok-read-write"_s << QStringList{u"octocat/app:latest"_s}
                                     << u"Works for octocat/app:latest: "_s;
    QTest::newRow("one image refused") << u"read-only"_s << QStringList{u"octocat/app:latest"_s}
                                       << u"Action needed for octocat/app:latest: "_s;
    QTest::newRow("every image works") << u"ok-read-write"_s
                                       << QStringList{u"octocat/app:latest"_s, u"octocat/web:latest"_s}
                                       << u"Works for every image: "_s;
    QTest::newRow("every package, some refused") << u"packages"_s << QStringList{} << u"Action needed: "_s;
}

// The window's banner says "Works for IMAGE: …" (verdictLine); every report says the same line first, and its
// "Verdict:" word is that line's word — never a second phrasing ("OK: every requested operation works").
void tst_ReportWording::oneVerdictLine()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, images);
    QFETCH(QString, verdictStart);
    const Scenario s = FakeServer::scenario(scenario);
    QStringList extra{u"--ops"_s, u"pull,push"_s};
    for (const QString& image : std::as_const(images))
        extra << u"--image"_s << image;
    if (images.isEmpty())
        extra << u"--all-packages"_s;

    const Run text = check(s, extra, u"text"_s);
    const QStringList lines = text.text.split(u'\n');
    const QString line = lines.value(1);
    QVERIFY2(line.startsWith(verdictStart), qPrintable(text.text.left(600)));
    const QString word = verdictStart.section(u':', 0, 0).section(u" for "_s, 0, 0);
    QVERIFY2(lines.value(2).startsWith(u"Verdict: "_s + word + u" ("_s), qPrintable(lines.value(2)));

    const Run markdown = check(s, extra, u"markdown"_s);
    QVERIFY2(markdown.text.contains(u"> **"_s + ghcr::markdownEscape(line) + u"**\n"_s),
             qPrintable(markdown.text.left(600)));
    const Run html = check(s, extra, u"html"_s);
    QCOMPARE(simplified(paragraphOfClass(html.text, u"summary"_s)), simplified(line));
    const Run github = check(s, extra, u"github"_s);
    QVERIFY2(github.stepFile.contains(u"GHCR Doctor: "_s + ghcr::markdownEscape(line) + u'\n'),
             qPrintable(github.stepFile.left(600)));
    QVERIFY2(github.text.contains(u"::notice title=GHCR Doctor::"_s + line) || !line.startsWith(u"Works"_s),
             qPrintable(github.text.left(600)));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const Run pdf = check(s, extra, u"pdf"_s);
    QVERIFY2(simplified(pdf.text).contains(simplified(line)), qPrintable(simplified(pdf.text).left(600)));
    for (const Run* run : {&text, &markdown, &html, &github, &pdf})
        QVERIFY2(!QString(run->text + run->stepFile).contains(u"OK: every requested operation works"_s),
                 "a second phrasing of the verdict");
}

// An every-package run names each refused package's settings page once: in the fix step of its cause, not again
// beside the table (text, Markdown, HTML alike).
void tst_ReportWording::settingsPageNamedOnce()
{
    const Scenario s = FakeServer::scenario(u"packages"_s);
    const QStringList extra{u"--ops"_s, u"pull,push"_s, u"--all-packages"_s};
    const QJsonObject json = QJsonDocument::fromJson(check(s, extra, u"json"_s).text.toUtf8()).object();
    QStringList refused; // the settings pages of the images whose push is refused
    for (const QJsonValue image : json.value(u"images"_s).toArray())
        if (image[u"operations"_s][u"push"_s][u"allowed"_s] == QJsonValue(false))
            refused << image[u"settingsUrl"_s].toString();
    QCOMPARE(refused.size(), 3);
    for (const QString& format : {u"text"_s, u"markdown"_s, u"html"_s}) {
        const Run run = check(s, extra, format);
        for (const QString& url : std::as_const(refused)) {
            const QString escaped = format == u"html"_s ? url.toHtmlEscaped() : url;
            // Markdown writes a link as <URL> (the target) — count the targets.
            const QString target = format == u"markdown"_s ? u'<' + url + u'>' : escaped;
            const qsizetype seen =
                format == u"html"_s ? run.text.count(u"href=\""_s + escaped + u'"') : run.text.count(target);
            QVERIFY2(seen == 1,
                     qPrintable(format + u": "_s + url + u" named "_s + QString::number(seen) + u" times"_s));
        }
    }
    const Run text = check(s, extra, u"text"_s);
    QVERIFY2(!text.text.contains(u"Settings of "_s), qPrintable(text.text));
}

/// The report's words up to its evidence sections (verdict, checklist, table, fix steps), without the Evidence lines
/// (requests as sent: /v2/OWNER/NAME/…).
QString sentencesOf(const QString& text)
{
    QStringList kept;
    for (const QString& line : text.section(u"== About this report =="_s, 0, 0).split(u'\n'))
        if (!line.trimmed().startsWith(u"Evidence:"_s))
            kept << line;
    return kept.join(u'\n');
}

/// Each place `sentences` names `repository` without `host/` in front (a request quoted, /v2/OWNER/NAME/…, aside).
QStringList namedWithoutHost(const QString& sentences, const QString& repository, const QString& host)
{
    QStringList bare;
    for (qsizetype at = sentences.indexOf(repository); at >= 0; at = sentences.indexOf(repository, at + 1))
        if (!sentences.left(at).endsWith(host + u'/') && !sentences.left(at).endsWith(u"/v2/"_s)) // a request's path
            bare << sentences.mid(std::max<qsizetype>(0, at - 60), 120);
    return bare;
}

void tst_ReportWording::imageAsTheUserSpelledIt_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("tag");
    QTest::newRow("works") << u"ok-read-write"_s << u":latest"_s;
    QTest::newRow("no such tag") << u"missing-tag"_s << u":v1"_s;
    QTest::newRow("no such repository") << u"name-unknown"_s << QString();
    QTest::newRow("public") << u"public-package"_s << QString();
    QTest::newRow("push refused") << u"read-only"_s << QString();
}

// An image typed with the registry's host in front (ghcr.io/OWNER/NAME, 127.0.0.1:PORT/OWNER/NAME) is named so in
// every sentence: the verdict, the checklist, the probes' notes and the fix steps — never with it here and without
// it there.
void tst_ReportWording::imageAsTheUserSpelledIt()
{
    QFETCH(QString, scenario);
    QFETCH(QString, tag);
    const QString host = m_server.registryHost();
    const QString typed = host + u"/octocat/app"_s + tag;
    const Run text =
        check(FakeServer::scenario(scenario), {u"--ops"_s, u"pull,push"_s, u"--image"_s, typed}, u"text"_s);
    const QString sentences = sentencesOf(text.text);
    QVERIFY2(text.text.section(u'\n', 1, 1).contains(u" for "_s + host + u"/octocat/app"_s), qPrintable(sentences));
    const QStringList bare = namedWithoutHost(sentences, u"octocat/app"_s, host);
    QVERIFY2(bare.isEmpty(), qPrintable(bare.join(u"\n---\n"_s)));
}

// The same in an every-package run: a given image keeps the host it was typed with, in the table and in the fix
// steps, as a single check would (it was refused as "not a valid name" before).
void tst_ReportWording::imageAsTheUserSpelledItInTheMatrix()
{
    const QString host = m_server.registryHost();
    const Run text = check(FakeServer::scenario(u"packages"_s),
                           {u"--ops"_s, u"pull,push"_s, u"--image"_s, host + u"/octocat/app:latest"_s, u"--image"_s,
                            host + u"/octocat/loose"_s, u"--image"_s, u"octocat/db"_s},
                           u"text"_s);
    QCOMPARE(text.exitCode, 1); // push is refused on octocat/loose
    const QString sentences = sentencesOf(text.text);
    for (const QString& image : {u"/octocat/app "_s, u"/octocat/loose "_s})
        QVERIFY2(sentences.contains(u'\n' + host + image), qPrintable(sentences));
    QVERIFY2(sentences.contains(host + u"/octocat/loose: https://"_s), qPrintable(sentences)); // its fix step
    const QStringList bare = namedWithoutHost(sentences, u"octocat/loose"_s, host);
    QVERIFY2(bare.isEmpty(), qPrintable(bare.join(u"\n---\n"_s)));
    QVERIFY2(sentences.contains(u"\noctocat/db "_s), qPrintable(sentences)); // typed without a host: named without
}

void tst_ReportWording::noSentenceContradictsAnother_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("said");    ///< a sentence the report says
    QTest::addColumn<QString>("notSaid"); ///< what would contradict it, or claim what was not seen
    // The policy row: no personal token works. The login row must not send the user for another classic token.
    QTest::newRow("policy at the token step")
        << u"org-forbids-classic-token-step"_s << u"no personal access token works"_s << u"Use a valid classic token"_s;
    // The stored logins were not looked at (--no-docker-credentials): no row may send the user to clear stale ones.
    QTest::newRow("revoked, stored logins not compared")
        << u"revoked"_s << u"Not compared (turned off)."_s << u"clear stale stored logins"_s;
    // Pull was never probed (the login was refused): no row may speak of the pull probe's answer.
    QTest::newRow("revoked, pull not probed")
        << u"revoked"_s << u"Not probed: the registry refused the login"_s << u"the pull probe gave no answer"_s;
    // GitHub answered (and recognised an installation token): no row may say the API check did not complete.
    QTest::newRow("actions token") << u"actions-token"_s << u"GitHub recognised an installation token"_s
                                   << u"the GitHub API check did not complete"_s;
    // GitHub's sentence "The `acme` organization forbids …": the organization is acme.
    QTest::newRow("lifetime policy") << u"org-lifetime-policy"_s << u"`acme` forbids personal access tokens"_s
                                     << u"`organization`"_s;
}

// Two sentences of one report never contradict each other, nor say what the check did not see.
void tst_ReportWording::noSentenceContradictsAnother()
{
    QFETCH(QString, scenario);
    QFETCH(QString, said);
    QFETCH(QString, notSaid);
    const Scenario s = FakeServer::scenario(scenario);
    QVERIFY(!s.name.isEmpty());
    const Run text = check(s, {u"--ops"_s, u"pull,push"_s, u"--image"_s, u"octocat/app:latest"_s}, u"text"_s);
    QVERIFY2(text.text.contains(said), qPrintable(text.text));
    QVERIFY2(!text.text.contains(notSaid), qPrintable(text.text));
}

QTEST_GUILESS_MAIN(tst_ReportWording)
#include "tst_ReportWording.moc"
