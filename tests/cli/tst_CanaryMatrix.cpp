// The canary matrix: a server that echoes the request's Authorization into every field the app reads
// (FakeServer's echoAuthorization), for every token shape, through every output of the real binary:
// stdout, stderr with every logging category on, and all five report formats (text, json, markdown,
// html, pdf — the PDF read back with pdftotext). No form of a secret may appear: the token, any piece
// of it, its base64/base64url encoding at any alignment (so base64("user:token") for any user), and
// the registry bearer tokens the check received.
#include "tests/support/FakeServer.h"
#include "tests/support/TestTokens.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ghcr::test::FakeServer;

namespace {

/// Strings that betray `secret`, computed independently of the app's redactor: the secret, pieces of it,
/// and the middle of its base64 / base64url encodings at each of the three byte alignments.
QList<QByteArray> tellTales(const QString& secret)
{
    const QByteArray s = secret.toUtf8();
    QList<QByteArray> out{s, s.mid(s.size() / 2 - 6, 12), s.right(12)};
    for (int k = 0; k < 3; ++k) {
        const QByteArray padded = QByteArray(k, 'A') + s;
        for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QByteArray encoded = padded.toBase64(options);
            out << encoded.mid(8, 20) << encoded.mid(encoded.size() / 2, 20);
        }
    }
    return out;
}

QByteArray withoutWhitespace(QByteArray text)
{
    text.replace(' ', QByteArray()).replace('\n', QByteArray()).replace('\r', QByteArray());
    return text.replace('\t', QByteArray());
}

} // namespace

class tst_CanaryMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canary_data();
    void canary();
};

void tst_CanaryMatrix::canary_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("format");
    const QList<QPair<const char*, QString>> shapes{
        {"classic ghp_", FakeServer::classicToken()},
        {"legacy 40-hex", u"0123456789abcdef0123456789abcdef01234567"_s},
        {"fine-grained github_pat_", FakeServer::fineGrainedToken()},
        {"stateless ghs_", ghcr::test::statelessActionsToken()},
        {"unknown (GHES)", u"Zk3qP9xV2mL8rT4wY6nB1cD5fG7hJ0aSq2Wm"_s},
    };
    for (const auto& shape : shapes)
        for (const QString& format : {u"text"_s, u"json"_s, u"markdown"_s, u"html"_s, u"pdf"_s})
            QTest::addRow("%s, %s", shape.first, qPrintable(format)) << shape.second << format;
}

void tst_CanaryMatrix::canary()
{
    QFETCH(QString, token);
    QFETCH(QString, format);
    if (format == u"pdf"_s && QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");

    FakeServer server;
    QVERIFY(server.start());
    ghcr::test::Scenario scenario = FakeServer::scenario(u"ok-read-write"_s);
    scenario.token = token;
    scenario.echoAuthorization = true;
    server.setScenario(scenario);

    QTemporaryDir dir;
    QStringList args{u"check"_s,
                     u"--api-url"_s,
                     server.apiUrl().toString(),
                     u"--registry"_s,
                     server.registryHost(),
                     u"--image"_s,
                     u"octocat/app:latest"_s,
                     u"--ops"_s,
                     u"pull,push"_s,
                     u"--ca-file"_s,
                     FakeServer::testCaFile(),
                     u"--timeout"_s,
                     u"20"_s,
                     u"--no-docker-credentials"_s,
                     u"--token-env"_s,
                     u"GHCR_CANARY_TOKEN"_s,
                     u"--format"_s,
                     format};
    const QString reportFile = dir.path() + u"/report."_s + format;
    if (format == u"pdf"_s)
        args << u"--output"_s << reportFile;

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GHCR_CANARY_TOKEN"_s, token);
    env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s); // every logging category, at every level
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(GHCR_DOCTOR_BIN), args);
    QVERIFY(process.waitForStarted(30000));
    process.closeWriteChannel();
    QVERIFY(finished.wait(60000));

    QList<QPair<QString, QByteArray>> outputs{{u"stdout"_s, process.readAllStandardOutput()},
                                              {u"stderr"_s, process.readAllStandardError()}};
    if (format == u"pdf"_s) {
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {reportFile, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QByteArray text = pdftotext.readAllStandardOutput();
        QVERIFY2(text.contains("GHCR Doctor") || text.size() > 200, "the PDF has no text to check");
        outputs << qMakePair(u"pdf"_s, text);
    }
    // The echo really happened: the server saw the token and the app received the echoed fields.
    QVERIFY(server.requests(u"api"_s).size() >= 1);
    QVERIFY(!server.issuedTokens().isEmpty());
    QVERIFY2(outputs.last().second.size() > 200, outputs.last().second.constData());
    // …and the echoed fields did reach the report, as redacted text.
    if (format == u"json"_s || format == u"text"_s)
        QVERIFY2(outputs.at(0).second.contains("[REDACTED]"), outputs.at(0).second.constData());
    QVERIFY2(outputs.at(1).second.contains("ghcr."), "the logging categories were not on");

    QList<QByteArray> forbidden = tellTales(token);
    for (const QString& issued : server.issuedTokens())
        forbidden += tellTales(issued);
    for (const auto& output : std::as_const(outputs)) {
        const QByteArray flat = withoutWhitespace(output.second);
        for (const QByteArray& bad : std::as_const(forbidden)) {
            if (output.second.contains(bad) || flat.contains(bad)) {
                const qsizetype at = qMax<qsizetype>(0, flat.indexOf(bad) - 60);
                QFAIL(qPrintable(u"a form of a secret reached %1: …%2…"_s.arg(
                    output.first, QString::fromUtf8(flat.mid(at, 160)).replace(QString::fromUtf8(bad), u"<HERE>"_s))));
            }
        }
    }
}

QTEST_GUILESS_MAIN(tst_CanaryMatrix)
#include "tst_CanaryMatrix.moc"
