// The PDF opened by a real reader (poppler's pdftotext/pdfinfo): selectable text with the
// summary and checklist, page numbers on every page, A4 or Letter from the locale, metadata.
#include "app/i18n/Translations.h"
#include "app/reports/Report.h"
#include "app/reports/ReportFacts.h"
#include "tests/reports/ReportTestData.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;

class tst_PdfReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void textIsSelectable();
    void pageNumbers();
    void idsBreakOnlyAtDotsAndColons();
    void pageSizeFollowsLocale_data();
    void pageSizeFollowsLocale();
    void pageSizeForLocale();
    void wordsWholeInRussian(); // last: it installs the Russian translation for the rest of the run

private:
    QString writePdf(const Diagnosis& d, const QString& name);
    QString pdfText(const QString& path, bool layout = false);
    QString pdfInfo(const QString& path);

    QTemporaryDir m_dir;
};

namespace {
QString squeeze(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.replace(space, u" "_s);
}
} // namespace

void tst_PdfReport::initTestCase()
{
    testdata::useFixedEnvironment();
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() ||
        QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty()) {
#ifdef Q_OS_LINUX
        QFAIL("pdftotext/pdfinfo not found: install poppler-utils (scripts/debian-packages.txt)");
#else
        QSKIP("pdftotext/pdfinfo (poppler) not installed on this runner; the Linux CI reads the PDF");
#endif
    }
}

QString tst_PdfReport::writePdf(const Diagnosis& d, const QString& name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!saveReport(d, ReportFormat::Pdf, path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    if (qEnvironmentVariableIsSet("GHCR_KEEP_PDF")) // for a look with a PDF viewer
        QFile::copy(path, QDir::currentPath() + u'/' + name);
    return path;
}

QString tst_PdfReport::pdfText(const QString& path, bool layout)
{
    QString error;
    QStringList args;
    // -raw: content-stream order, i.e. cell by cell, as QTextDocument paints a table.
    args << (layout ? u"-layout"_s : u"-raw"_s);
    args << u"-enc"_s << u"UTF-8"_s << path << u"-"_s;
    const QByteArray out = testdata::runProgram(u"pdftotext"_s, args, &error);
    if (out.isNull())
        qWarning("%s", qPrintable(error));
    return QString::fromUtf8(out);
}

QString tst_PdfReport::pdfInfo(const QString& path)
{
    QString error;
    const QByteArray out = testdata::runProgram(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, path}, &error);
    if (out.isNull())
        qWarning("%s", qPrintable(error));
    return QString::fromUtf8(out);
}

void tst_PdfReport::textIsSelectable()
{
    const Diagnosis d = testdata::writeOnlyToken();
    const QString path = writePdf(d, u"write-only.pdf"_s);
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    const QString text = squeeze(pdfText(path));
    QVERIFY2(text.contains(squeeze(d.summary)), qPrintable(text.left(600)));
    for (const ChecklistItem& item : d.checklist)
        QVERIFY2(text.contains(squeeze(item.title)), qPrintable(item.title));
    for (const FixStep& step : d.fixSteps)
        QVERIFY2(text.contains(squeeze(step.title)), qPrintable(step.title));
    QVERIFY(text.contains(u"sha256:3f2a9c1d0b7e"_s));
    QVERIFY(text.contains(squeeze(u"GHCR Doctor 0.1.0 (v0.1.0-2-g1a2b3c4)"_s))); // version and commit
    QVERIFY(text.contains(u"Problem"_s));                                        // status words, not only colour

    const QString info = pdfInfo(path);
    QVERIFY2(info.contains(u"Title:"_s) && info.contains(u"GHCR Doctor report"_s), qPrintable(info));
    QVERIFY2(info.contains(u"Creator:"_s) && info.contains(u"GHCR Doctor 0.1.0 (v0.1.0-2-g1a2b3c4)"_s),
             qPrintable(info));
}

void tst_PdfReport::pageNumbers()
{
    const QString path = writePdf(testdata::writeOnlyToken(), u"pages.pdf"_s);
    QVERIFY(!path.isEmpty());
    static const QRegularExpression pagesLine(u"Pages:\\s+(\\d+)"_s);
    const QRegularExpressionMatch m = pagesLine.match(pdfInfo(path));
    QVERIFY(m.hasMatch());
    const int pages = m.captured(1).toInt();
    QVERIFY2(pages >= 2, "the fixture should need more than one page");
    const QString text = pdfText(path);
    // pdftotext separates pages with a form feed: every page carries its own number.
    const QStringList perPage = text.split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(perPage.size(), pages);
    for (int i = 0; i < pages; ++i) {
        const QString expected = u"Page %1 of %2"_s.arg(i + 1).arg(pages);
        QVERIFY2(perPage.at(i).contains(expected), qPrintable(expected));
    }
}

// A narrow Check column may wrap "scope.read:packages" after "." or ":", never inside a word
// ("scope.read:packag" / "es").
void tst_PdfReport::idsBreakOnlyAtDotsAndColons()
{
    const Diagnosis d = testdata::writeOnlyToken();
    const QString path = writePdf(d, u"ids.pdf"_s);
    QVERIFY(!path.isEmpty());
    QString text = pdfText(path);
    text.remove(QChar(0x200B));
    static const QRegularExpression breakAfterSeparator(u"([.:])\\s*\\n\\s*"_s);
    text.replace(breakAfterSeparator, u"\\1"_s);
    for (const ChecklistItem& item : d.checklist)
        QVERIFY2(text.contains(item.id), qPrintable(item.id + u" is broken inside a word"_s));
}

void tst_PdfReport::pageSizeFollowsLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("C") << QLocale::c() << u"(A4)"_s;
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << u"(A4)"_s;
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"(A4)"_s;
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << u"(letter)"_s;
    QTest::newRow("fr_CA") << QLocale(QLocale::French, QLocale::Canada) << u"(letter)"_s;
}

void tst_PdfReport::pageSizeFollowsLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, pageSize);
    QLocale::setDefault(locale);
    const QString path = writePdf(testdata::allGood(), u"size-"_s + locale.name() + u".pdf"_s);
    QVERIFY(!path.isEmpty());
    const QString info = pdfInfo(path);
    static const QRegularExpression sizeLine(u"Page size:[^\\n]*"_s);
    const QString line = sizeLine.match(info).captured(0);
    QVERIFY2(line.contains(pageSize), qPrintable(line));
}

void tst_PdfReport::pageSizeForLocale()
{
    QCOMPARE(reportPageSizeForLocale(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
    QCOMPARE(reportPageSizeForLocale(QLocale(QLocale::Spanish, QLocale::Mexico)), QPageSize::Letter);
    QCOMPARE(reportPageSizeForLocale(QLocale(QLocale::Russian, QLocale::Russia)), QPageSize::A4);
    QCOMPARE(reportPageSizeForLocale(QLocale::c()), QPageSize::A4);
}

namespace {

/// A write-only diagnosis with every checklist status, checked over three listed packages (the images table).
Diagnosis everyStatusAndImages()
{
    Diagnosis d = testdata::writeOnlyToken();
    for (CheckStatus status : {CheckStatus::Skip, CheckStatus::Warn}) {
        d.checklist.append(d.checklist.first());
        d.checklist.last().status = status;
    }
    d.matrix = true;
    for (const QString& visibility : {u"private"_s, u"public"_s, u"internal"_s}) {
        ImageResult image;
        image.package = {u"octo-org"_s, true, u"web-"_s + visibility, visibility, u"octo-org/web"_s, true, {}, {}, {}};
        image.finished = true;
        image.verdict = visibility == u"private"_s ? Verdict::ActionNeeded : Verdict::Ok;
        image.registry = d.registry;
        d.images << image;
    }
    return d;
}

} // namespace

// Status words and the images table's headers and words stay whole in Russian: a review run found "В поряд/ке",
// "Пробле/ма", and the images table's evenly split columns cut "Видимост/ь", "Репозитор/ий", "Примечан/ие".
void tst_PdfReport::wordsWholeInRussian()
{
    QCOMPARE(installTranslations(u"ru"_s), u"ru"_s);
    const Diagnosis d = everyStatusAndImages();
    const ReportFacts facts = buildReportFacts(d);
    QStringList words = reportMatrixColumns().mid(1); // "Образ" is a prefix of the section's "Образы"
    for (const ReportCheck& check : facts.checklist)
        words << check.statusWord;
    for (const ReportImageRow& row : facts.matrix.rows)
        words << row.visibility << row.pull << row.push;
    words.removeDuplicates();
    QVERIFY2(words.contains(u"Проблема"_s) && words.contains(u"приватный"_s), qPrintable(words.join(u", "_s)));
    const QString path = writePdf(d, u"ru.pdf"_s);
    QVERIFY(!path.isEmpty());
    // A word cut in its cell leaves a piece of it as a word of its own ("Видимост" … "ь").
    static const QRegularExpression separators(u"[\\s.,:;()«»]+"_s);
    const QStringList tokens = pdfText(path).split(separators, Qt::SkipEmptyParts);
    for (const QString& word : std::as_const(words)) {
        for (const QString& token : tokens)
            QVERIFY2(token.size() < 3 || token.size() >= word.size() || !word.startsWith(token),
                     qPrintable(u"“"_s + word + u"” is cut: “"_s + token + u"”"_s));
    }
}

QTEST_MAIN(tst_PdfReport)
#include "tst_PdfReport.moc"
