// A canary token (valid ghp_ checksum), its base64 forms, base64("user:canary"), a registry
// bearer token and Basic credentials are planted in every free-text field of a Diagnosis.
// Every format (the PDF through pdftotext and pdfinfo) and the "Copy fix steps" text must show
// none of them, nor the canary's 30 random characters.
#include "app/core/token/Redactor.h"
#include "app/core/token/TokenAnalysis.h"
#include "app/reports/Report.h"
#include "tests/reports/ReportTestData.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;

class tst_ReportCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { Redactor::forgetAllSecrets(); }
    void noFormatLeaks_data();
    void noFormatLeaks();
    void fixStepsDoNotLeak();
    void canaryIsRecognisable();

private:
    Diagnosis plantedDiagnosis() const;
    QStringList leaks(const QString& text) const;

    QString m_random;
    QString m_canary;
    QString m_registryToken;
    QStringList m_forbidden;
    QTemporaryDir m_dir;
};

namespace {
QString randomBase62(int length)
{
    static const QString alphabet = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"_s;
    QString out;
    for (int i = 0; i < length; ++i)
        out += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return out;
}
} // namespace

void tst_ReportCanary::initTestCase()
{
    testdata::useFixedEnvironment();
    QVERIFY(m_dir.isValid());
    m_random = randomBase62(30);
    m_canary = u"ghp_"_s + m_random + tokenChecksum(m_random);
    QCOMPARE(m_canary.size(), 40);
    m_registryToken = randomBase62(44);
    Redactor::registerSecret(m_canary);
    Redactor::registerSecret(m_registryToken);

    const QByteArray utf8 = m_canary.toUtf8();
    m_forbidden = {m_canary,
                   m_random,
                   QString::fromLatin1(utf8.toBase64()),
                   QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
                   QString::fromLatin1(QByteArray("octocat:" + utf8).toBase64()),
                   QString::fromLatin1(QByteArray("x:" + utf8).toBase64()),
                   m_registryToken,
                   QString::fromLatin1(m_registryToken.toUtf8().toBase64())};
    qInfo("canary fingerprint only; the canary itself is never printed");
}

Diagnosis tst_ReportCanary::plantedDiagnosis() const
{
    const QString b64 = QString::fromLatin1(m_canary.toUtf8().toBase64());
    const QString basic = QString::fromLatin1(QByteArray("octocat:" + m_canary.toUtf8()).toBase64());
    const QString basicX = QString::fromLatin1(QByteArray("x:" + m_canary.toUtf8()).toBase64());
    // Every shape a secret takes in server messages and errors.
    const QString all = u"token "_s + m_canary + u" b64 "_s + b64 + u" basic Basic "_s + basic + u" raw "_s + basicX +
                        u" Authorization: Bearer "_s + m_registryToken + u" and Bearer "_s + m_registryToken +
                        u" {\"token\":\""_s + m_registryToken + u"\"} end"_s;
    auto plant = [&](QString& field) { field = field + u" "_s + all; };

    Diagnosis d = testdata::writeOnlyToken();
    plant(d.summary);
    plant(d.appVersion);
    plant(d.appCommit);
    plant(d.request.host);
    plant(d.request.registry);
    plant(d.request.user);
    plant(d.request.image);
    d.request.apiUrl = QUrl(u"https://api.github.com/?access_token="_s + m_canary);
    plant(d.token.redacted);
    plant(d.token.fingerprint);
    d.token.issues << TokenIssue{u"checksum-mismatch"_s, all, true};
    plant(d.api.url);
    plant(d.api.errorSentence);
    plant(d.api.login);
    plant(d.api.accountType);
    d.api.scopes = QStringList{u"write:packages"_s, all};
    d.api.scopesExpanded << all;
    d.api.acceptedScopes << all;
    plant(d.api.acceptedPermissions);
    plant(d.api.expiresRaw);
    d.api.ssoRequired = true;
    d.api.ssoUrl = u"https://github.com/orgs/octo-org/sso?authorization_request="_s + m_canary;
    d.api.ssoPartialOrganizations << all;
    plant(d.api.rateLimit.resource);
    plant(d.api.requestId);
    plant(d.api.message);
    plant(d.api.documentationUrl);
    plant(d.registry.host);
    plant(d.registry.baseUrl);
    plant(d.registry.challengeScheme);
    plant(d.registry.realm);
    plant(d.registry.service);
    plant(d.registry.challengeScope);
    plant(d.registry.user);
    plant(d.registry.image);
    plant(d.registry.reference);
    plant(d.registry.loginCode);
    plant(d.registry.loginMessage);
    plant(d.registry.errorSentence);
    for (OperationResult& o : d.registry.operations) {
        o.requested = true;
        plant(o.probe);
        plant(o.code);
        plant(o.message);
        plant(o.challengeError);
        plant(o.note);
        plant(o.cancelProbe);
        plant(o.cancelNote);
        plant(o.errorSentence);
    }
    for (ChecklistItem& item : d.checklist) {
        plant(item.id);
        plant(item.title);
        plant(item.detail);
        plant(item.evidence);
        plant(item.fix);
    }
    for (FixStep& step : d.fixSteps) {
        plant(step.id);
        plant(step.title);
        plant(step.detail);
        plant(step.url);
        plant(step.powershell);
        plant(step.posix);
    }
    return d;
}

QStringList tst_ReportCanary::leaks(const QString& text) const
{
    QStringList found;
    for (int i = 0; i < m_forbidden.size(); ++i) {
        if (text.contains(m_forbidden.at(i)))
            found << u"form #%1"_s.arg(i); // never print the secret itself
    }
    return found;
}

void tst_ReportCanary::noFormatLeaks_data()
{
    QTest::addColumn<int>("format");
    for (ReportFormat f : allReportFormats())
        QTest::newRow(qPrintable(reportFormatId(f))) << int(f);
}

void tst_ReportCanary::noFormatLeaks()
{
    QFETCH(int, format);
    const Diagnosis d = plantedDiagnosis();
    const QByteArray bytes = renderReport(d, ReportFormat(format));
    QVERIFY(!bytes.isEmpty());
    QString text;
    if (ReportFormat(format) == ReportFormat::Pdf) {
#ifndef Q_OS_LINUX
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler) not installed on this runner; the Linux CI reads the PDF");
#endif
        const QString path = m_dir.filePath(u"canary.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QString error;
        const QByteArray pdfText =
            testdata::runProgram(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s}, &error);
        QVERIFY2(!pdfText.isNull(), qPrintable(error));
        const QByteArray info = testdata::runProgram(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, path}, &error);
        QVERIFY2(!info.isNull(), qPrintable(error));
        text = QString::fromUtf8(pdfText) + QString::fromUtf8(info);
        QVERIFY(text.contains(u"[REDACTED]"_s)); // the reader really extracted the text
        // The page text joins wrapped lines unpredictably; also check with line breaks removed.
        QString joined = QString::fromUtf8(pdfText);
        joined.remove(u'\n');
        text += joined;
    } else {
        text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(u"REDACTED"_s));
    }
    const QStringList found = leaks(text);
    if (!found.isEmpty() && qEnvironmentVariableIsSet("GHCR_CANARY_DEBUG")) {
        QFile dump(u"canary-leak."_s + reportFormatExtension(ReportFormat(format)) + u".txt"_s);
        if (dump.open(QIODevice::WriteOnly))
            dump.write(text.toUtf8() + "\n---\n" + m_forbidden.join(u'\n').toUtf8());
    }
    QVERIFY2(found.isEmpty(), qPrintable(reportFormatId(ReportFormat(format)) + u" leaks "_s + found.join(u", "_s)));
}

void tst_ReportCanary::fixStepsDoNotLeak()
{
    const QString text = fixStepsMarkdown(plantedDiagnosis());
    QVERIFY(text.contains(u"REDACTED"_s));
    const QStringList found = leaks(text);
    QVERIFY2(found.isEmpty(), qPrintable(u"fix steps leak "_s + found.join(u", "_s)));
}

void tst_ReportCanary::canaryIsRecognisable()
{
    // Guard against a test that passes because the canary never reached the writers.
    const QString raw = u"x "_s + m_canary;
    QVERIFY(!leaks(raw).isEmpty());
    QVERIFY(analyzeToken(m_canary).checksumValid.value_or(false));
}

QTEST_MAIN(tst_ReportCanary)
#include "tst_ReportCanary.moc"
