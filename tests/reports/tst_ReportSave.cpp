// Format ids, file names, and atomic saves: a failed save (read-only folder, missing folder, a
// file used as a folder, a report that cannot be rendered) leaves any existing file untouched
// and names the path and the reason.
#include "app/reports/Report.h"
#include "tests/reports/ReportTestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace ghcr;

namespace {
/// QSKIP with one argument trips -Wpedantic in C++17 (empty variadic macro arguments).
void skip(const char* why)
{
    QTest::qSkip(why, __FILE__, __LINE__);
}
} // namespace

class tst_ReportSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { testdata::useFixedEnvironment(); }
    void formatIds();
    void formatFromFileName_data();
    void formatFromFileName();
    void defaultFileName();
    void savesEveryTextFormat();
    void replacesExistingFile();
    void failedSave_data();
    void failedSave();
    void pdfWithoutGuiFailsCleanly();

private:
    static QByteArray readAll(const QString& path);
};

QByteArray tst_ReportSave::readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_ReportSave::formatIds()
{
    QCOMPARE(allReportFormats().size(), 5);
    QStringList ids;
    QStringList extensions;
    for (ReportFormat f : allReportFormats()) {
        ids << reportFormatId(f);
        extensions << reportFormatExtension(f);
        QCOMPARE(reportFormatFromId(reportFormatId(f)), std::optional<ReportFormat>(f));
        QVERIFY(reportFormatFileFilter(f).contains(u"*."_s + reportFormatExtension(f)));
    }
    QCOMPARE(ids, (QStringList{u"text"_s, u"json"_s, u"markdown"_s, u"html"_s, u"pdf"_s}));
    QCOMPARE(extensions, (QStringList{u"txt"_s, u"json"_s, u"md"_s, u"html"_s, u"pdf"_s}));
    QCOMPARE(reportFormatFromId(u"MD"_s), std::optional<ReportFormat>(ReportFormat::Markdown));
    QCOMPARE(reportFormatFromId(u"docx"_s), std::nullopt);
    QCOMPARE(reportFormatFromId(QString()), std::nullopt);
}

void tst_ReportSave::formatFromFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("expected"); // -1: none
    QTest::newRow("txt") << u"/tmp/r.txt"_s << int(ReportFormat::Text);
    QTest::newRow("log") << u"r.log"_s << int(ReportFormat::Text);
    QTest::newRow("json upper") << u"C:/Users/me/Report.JSON"_s << int(ReportFormat::Json);
    QTest::newRow("md") << u"r.md"_s << int(ReportFormat::Markdown);
    QTest::newRow("markdown") << u"r.markdown"_s << int(ReportFormat::Markdown);
    QTest::newRow("html") << u"r.html"_s << int(ReportFormat::Html);
    QTest::newRow("htm") << u"r.htm"_s << int(ReportFormat::Html);
    QTest::newRow("pdf") << u"dir.v2/r.pdf"_s << int(ReportFormat::Pdf);
    QTest::newRow("none") << u"report"_s << -1;
    QTest::newRow("unknown") << u"report.docx"_s << -1;
    QTest::newRow("dot folder") << u"my.reports/report"_s << -1;
}

void tst_ReportSave::formatFromFileName()
{
    QFETCH(QString, fileName);
    QFETCH(int, expected);
    const std::optional<ReportFormat> format = reportFormatFromFileName(fileName);
    if (expected < 0)
        QCOMPARE(format, std::nullopt);
    else
        QCOMPARE(format, std::optional<ReportFormat>(ReportFormat(expected)));
}

void tst_ReportSave::defaultFileName()
{
    const QDateTime local(QDate(2026, 3, 7), QTime(9, 5, 4), Qt::LocalTime);
    QCOMPARE(defaultReportFileName(ReportFormat::Markdown, local), u"ghcr-doctor-20260307-090504.md"_s);
    QCOMPARE(defaultReportFileName(ReportFormat::Pdf, local), u"ghcr-doctor-20260307-090504.pdf"_s);
    // A UTC time is shown in local time, as the user's clock reads.
    const QDateTime utc = local.toUTC();
    QCOMPARE(defaultReportFileName(ReportFormat::Text, utc), u"ghcr-doctor-20260307-090504.txt"_s);
}

void tst_ReportSave::savesEveryTextFormat()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Diagnosis d = testdata::writeOnlyToken();
    for (ReportFormat f : {ReportFormat::Text, ReportFormat::Json, ReportFormat::Markdown, ReportFormat::Html}) {
        const QString path = dir.filePath(defaultReportFileName(f, testdata::fixedNow()));
        QString error = u"stale"_s;
        QVERIFY2(saveReport(d, f, path, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(readAll(path), renderReport(d, f));
    }
    // No temporary files left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 4);
}

void tst_ReportSave::replacesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.md"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content that is longer than nothing\n");
    old.close();
    QString error;
    QVERIFY2(saveReport(testdata::allGood(), ReportFormat::Markdown, path, &error), qPrintable(error));
    QCOMPARE(readAll(path), renderReport(testdata::allGood(), ReportFormat::Markdown));
}

void tst_ReportSave::failedSave_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason"); // part of the expected error sentence
    QTest::newRow("missing folder") << u"missing"_s << u"does not exist"_s;
    QTest::newRow("file used as folder") << u"file-as-folder"_s << u"is a file, not a folder"_s;
    QTest::newRow("folder with the file's name") << u"folder-exists"_s << u"a folder with that name"_s;
    QTest::newRow("read-only folder") << u"read-only"_s << u"read-only"_s;
    QTest::newRow("proc") << u"proc"_s << QString();
}

void tst_ReportSave::failedSave()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray original = "previous report\n";
    QString path;
    QString existing; // a file that must be left untouched
    if (kind == u"missing"_s) {
        path = dir.filePath(u"no/such/folder/report.md"_s);
    } else if (kind == u"file-as-folder"_s) {
        existing = dir.filePath(u"report.txt"_s);
        path = existing + u"/report.json"_s;
    } else if (kind == u"folder-exists"_s) {
        path = dir.filePath(u"report.md"_s);
        QVERIFY(QDir().mkpath(path));
    } else if (kind == u"read-only"_s) {
#ifdef Q_OS_WIN
        skip("Windows ignores read-only permissions on folders");
        return;
#endif
#ifdef Q_OS_UNIX
        if (::geteuid() == 0) {
            skip("running as root: permissions do not stop root from writing (the other rows still run)");
            return;
        }
#endif
        const QString folder = dir.filePath(u"ro"_s);
        QVERIFY(QDir().mkpath(folder));
        existing = folder + u"/report.md"_s;
        path = existing;
    } else if (kind == u"proc"_s) {
#ifndef Q_OS_LINUX
        skip("Linux only");
        return;
#endif
        path = u"/proc/self/ghcr-doctor-report.md"_s;
    }
    if (!existing.isEmpty()) {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original);
        file.close();
    }
    if (kind == u"read-only"_s)
        QVERIFY(QFile::setPermissions(QFileInfo(path).absolutePath(), QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                                          QFileDevice::ReadUser |
                                                                          QFileDevice::ExeUser));

    QString error;
    const bool saved = saveReport(testdata::writeOnlyToken(), ReportFormat::Markdown, path, &error);

    if (kind == u"read-only"_s)
        QFile::setPermissions(QFileInfo(path).absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!saved);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.startsWith(u"Could not save the report to "_s), qPrintable(error));
    if (!reason.isEmpty())
        QVERIFY2(error.contains(reason), qPrintable(error));
    if (!existing.isEmpty())
        QCOMPARE(readAll(existing), original);
    // No stray temporary file next to it.
    if (kind == u"read-only"_s)
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void tst_ReportSave::pdfWithoutGuiFailsCleanly()
{
    // This test runs with a QCoreApplication (QTEST_GUILESS_MAIN): a PDF cannot be laid out, the
    // save must fail with a sentence and leave the existing file untouched. This works as root too.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-previous");
    file.close();
    QVERIFY(renderReport(testdata::allGood(), ReportFormat::Pdf).isEmpty());
    QString error;
    QVERIFY(!saveReport(testdata::allGood(), ReportFormat::Pdf, path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)) && error.contains(u"QGuiApplication"_s), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("%PDF-previous"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

QTEST_GUILESS_MAIN(tst_ReportSave)
#include "tst_ReportSave.moc"
