// The JSON report ("ghcr-doctor.report/1") validated against resources/report.schema.json, and
// the validator shown to reject documents that break the contract.
#include "app/reports/Report.h"
#include "tests/reports/JsonSchemaValidator.h"
#include "tests/reports/ReportTestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;
using ghcr::testdata::JsonSchemaValidator;

class tst_JsonReportSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void schemaIsWellFormed();
    void reportsMatchSchema_data();
    void reportsMatchSchema();
    void engineDiagnosisMatchesSchema();
    void contractFields();
    void storedLoginsInEveryFormat();
    void validatorRejects_data();
    void validatorRejects();

private:
    QJsonObject m_schema;
};

namespace {
QJsonObject parse(const QByteArray& bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("JSON parse error: %s", qPrintable(error.errorString()));
    return doc.object();
}

/// Sets a value at a dotted path ("api.scopes"); an undefined value removes the key.
QJsonObject withValue(QJsonObject root, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            root.remove(path.first());
        else
            root.insert(path.first(), value);
        return root;
    }
    root.insert(path.first(), withValue(root.value(path.first()).toObject(), path.mid(1), value));
    return root;
}
} // namespace

void tst_JsonReportSchema::initTestCase()
{
    testdata::useFixedEnvironment();
    QFile file(testdata::schemaPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(testdata::schemaPath()));
    m_schema = parse(file.readAll());
    QVERIFY(!m_schema.isEmpty());
}

void tst_JsonReportSchema::schemaIsWellFormed()
{
    QCOMPARE(m_schema.value(u"$schema"_s).toString(), u"https://json-schema.org/draft/2020-12/schema"_s);
    QVERIFY(!m_schema.value(u"$id"_s).toString().isEmpty());
    // The schema pins the document's identifier.
    QCOMPARE(m_schema.value(u"properties"_s).toObject().value(u"schema"_s).toObject().value(u"const"_s).toString(),
             QString::fromLatin1(Diagnosis::schemaId));
    // A document that is not an object fails; the validator supports every keyword the schema uses
    // (an unsupported keyword would be reported here for any instance).
    const QStringList errors = JsonSchemaValidator(m_schema).validate(QJsonValue(42));
    QVERIFY(!errors.isEmpty());
    for (const QString& e : errors)
        QVERIFY2(!e.contains(u"does not support"_s), qPrintable(e));
}

void tst_JsonReportSchema::reportsMatchSchema_data()
{
    QTest::addColumn<QString>("fixture");
    for (const auto& f : testdata::allFixtures())
        QTest::newRow(qPrintable(f.first)) << f.first;
    QTest::newRow("default-constructed") << QString();
}

void tst_JsonReportSchema::reportsMatchSchema()
{
    QFETCH(QString, fixture);
    const Diagnosis d = fixture.isEmpty() ? Diagnosis() : testdata::fixture(fixture);
    const QJsonObject doc = parse(renderReport(d, ReportFormat::Json));
    QVERIFY(!doc.isEmpty());
    const QStringList errors = JsonSchemaValidator(m_schema).validate(doc);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"\n"_s)));
}

void tst_JsonReportSchema::engineDiagnosisMatchesSchema()
{
    // The real engine's output (not a hand-built value) satisfies the contract too.
    const Diagnosis d = testdata::engineWriteOnly();
    QCOMPARE(d.verdict, Verdict::ActionNeeded);
    QVERIFY(!d.checklist.isEmpty());
    const QStringList errors = JsonSchemaValidator(m_schema).validate(parse(renderReport(d, ReportFormat::Json)));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"\n"_s)));
    // GHCR_DUMP_ENGINE_REPORT=DIR writes that diagnosis in every text format (README excerpts).
    const QString dumpDir = qEnvironmentVariable("GHCR_DUMP_ENGINE_REPORT");
    if (!dumpDir.isEmpty()) {
        for (ReportFormat f : {ReportFormat::Text, ReportFormat::Json, ReportFormat::Markdown, ReportFormat::Html}) {
            QString error;
            QVERIFY2(saveReport(d, f, dumpDir + u"/engine-write-only."_s + reportFormatExtension(f), &error),
                     qPrintable(error));
        }
    }
}

void tst_JsonReportSchema::contractFields()
{
    const Diagnosis d = testdata::writeOnlyToken();
    const QJsonObject doc = parse(renderReport(d, ReportFormat::Json));
    QCOMPARE(doc.value(u"schema"_s).toString(), u"ghcr-doctor.report/1"_s);
    QCOMPARE(doc.value(u"verdict"_s).toString(), u"action-needed"_s);
    QCOMPARE(doc.value(u"token"_s).toObject().value(u"fingerprint"_s).toString(), d.token.fingerprint);
    QCOMPARE(doc.value(u"api"_s).toObject().value(u"scopes"_s).toArray(), QJsonArray{u"write:packages"_s});
    const QJsonObject push =
        doc.value(u"registry"_s).toObject().value(u"operations"_s).toObject().value(u"push"_s).toObject();
    QCOMPARE(push.value(u"allowed"_s), QJsonValue(false));
    QCOMPARE(push.value(u"httpStatus"_s).toInt(), 403);
    QCOMPARE(push.value(u"code"_s).toString(), u"DENIED"_s);
    QCOMPARE(doc.value(u"checklist"_s).toArray().size(), d.checklist.size());
    QCOMPARE(doc.value(u"fixSteps"_s).toArray().size(), d.fixSteps.size());

    // Raw scopes: null when the header is absent, [] when present but empty.
    const QJsonObject fine = parse(renderReport(testdata::fineGrainedNetworkError(), ReportFormat::Json));
    QVERIFY(fine.value(u"api"_s).toObject().value(u"scopes"_s).isNull());
    Diagnosis empty = testdata::writeOnlyToken();
    empty.api.scopes = QStringList();
    const QJsonObject emptyDoc = parse(renderReport(empty, ReportFormat::Json));
    QVERIFY(emptyDoc.value(u"api"_s).toObject().value(u"scopes"_s).isArray());
    QCOMPARE(emptyDoc.value(u"api"_s).toObject().value(u"scopes"_s).toArray().size(), 0);
}

void tst_JsonReportSchema::storedLoginsInEveryFormat()
{
    Diagnosis d = testdata::writeOnlyToken();
    d.docker.inspected = true;
    StoredLogin docker;
    docker.tool = u"docker-desktop"_s;
    docker.configPath = u"~/.docker/config.json"_s;
    docker.store = u"desktop"_s;
    docker.helperProgram = u"docker-credential-desktop"_s;
    docker.entryFound = true;
    docker.storedUser = u"octocat"_s;
    docker.storedFingerprint = u"sha256:0123456789ab"_s;
    docker.storedKind = u"classic"_s;
    docker.sameAsChecked = false;
    StoredLogin helm;
    helm.tool = u"helm"_s;
    helm.configPath = u"~/.config/helm/registry/config.json"_s;
    helm.store = u"pass"_s;
    helm.helperProgram = u"docker-credential-pass"_s;
    helm.errorSentence = u"docker-credential-pass did not answer within 10 seconds"_s;
    static_cast<StoredLogin&>(d.docker) = docker;
    d.docker.entries = {docker, helm};

    const QJsonObject doc = parse(renderReport(d, ReportFormat::Json));
    const QStringList errors = JsonSchemaValidator(m_schema).validate(doc);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"\n"_s)));
    const QJsonArray entries = doc.value(u"docker"_s).toObject().value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(u"tool"_s).toString(), u"docker-desktop"_s);
    QCOMPARE(entries.at(0).toObject().value(u"sameAsChecked"_s), QJsonValue(false));
    QCOMPARE(entries.at(1).toObject().value(u"error"_s).toString(), helm.errorSentence);
    // A tool the schema does not know is refused.
    const QJsonObject bad = withValue(doc, {u"docker"_s, u"entries"_s},
                                      QJsonArray{withValue(entries.at(0).toObject(), {u"tool"_s}, u"x"_s)});
    QVERIFY(!JsonSchemaValidator(m_schema).validate(bad).isEmpty());

    for (ReportFormat f : {ReportFormat::Text, ReportFormat::Markdown, ReportFormat::Html}) {
        const QString text = QString::fromUtf8(renderReport(d, f));
        QVERIFY2(text.contains(u"Stored login (Docker Desktop)"_s), qPrintable(reportFormatExtension(f)));
        QVERIFY(text.contains(
            u"docker-credential-desktop · octocat · sha256:0123456789ab · classic · a different token"_s));
        QVERIFY(text.contains(u"Stored login (Helm)"_s));
        QVERIFY(text.contains(u"did not answer within 10 seconds"_s));
    }
}

void tst_JsonReportSchema::validatorRejects_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("wrong schema id") << u"schema"_s << QJsonValue(u"ghcr-doctor.report/2"_s);
    QTest::newRow("unknown verdict") << u"verdict"_s << QJsonValue(u"fine"_s);
    QTest::newRow("missing verdict") << u"verdict"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("scopes as a string") << u"api.scopes"_s << QJsonValue(u"write:packages"_s);
    QTest::newRow("allowed as a string") << u"registry.operations.push.allowed"_s << QJsonValue(u"yes"_s);
    QTest::newRow("unknown top-level key") << u"token_value"_s << QJsonValue(u"ghp_x"_s);
    QTest::newRow("unknown token key") << u"token.value"_s << QJsonValue(u"ghp_x"_s);
    QTest::newRow("formatValid as a number") << u"token.formatValid"_s << QJsonValue(1);
}

void tst_JsonReportSchema::validatorRejects()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    const QJsonObject good = parse(renderReport(testdata::writeOnlyToken(), ReportFormat::Json));
    QVERIFY(JsonSchemaValidator(m_schema).validate(good).isEmpty());
    const QJsonObject bad = withValue(good, path.split(u'.'), value);
    QVERIFY(JsonSchemaValidator(m_schema).validate(bad).size() > 0);
}

QTEST_MAIN(tst_JsonReportSchema)
#include "tst_JsonReportSchema.moc"
