// `ghcr-doctor check`'s options parsed in-process (app/cli/CheckOptions): the defaults, every option's value, the
// GitHub Actions defaults, help and version, and each usage error with its sentence. The binary's own tests
// (tst_CheckCommand, tst_CheckCommandEdges) stay the end-to-end ones.
#include "app/cli/CheckOptions.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;

class tst_CheckOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void defaults();
    void everyOption();
    void matrixOptions();
    void githubActionsDefaults();
    void helpAndVersion_data();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void imagesFileErrors();
    void malformedImages_data();
    void malformedImages();

private:
    QString file(const QString& name, const QByteArray& content);
    QTemporaryDir m_dir;
};

namespace {

QProcessEnvironment environment(const QStringList& variables = {})
{
    QProcessEnvironment env;
    for (const QString& v : variables)
        env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    return env;
}

ParsedCheckOptions parse(const QStringList& arguments, const QProcessEnvironment& env = environment())
{
    return parseCheckOptions(QStringList{u"ghcr-doctor"_s, u"check"_s} + arguments, env);
}

} // namespace

QString tst_CheckOptions::file(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

void tst_CheckOptions::defaults()
{
    const ParsedCheckOptions parsed = parse({u"--token-stdin"_s});
    QVERIFY(std::holds_alternative<CheckOptions>(parsed));
    const CheckOptions& o = std::get<CheckOptions>(parsed);
    QCOMPARE(o.request.host, u"github.com"_s);
    QCOMPARE(o.request.operations, QList<Operation>{Operation::Pull});
    QCOMPARE(o.request.timeoutSeconds, 20);
    QVERIFY(o.request.image.isEmpty());
    QVERIFY(o.request.inspectDockerCredentials);
    QVERIFY(!o.request.allowHttpLoopback);
    QVERIFY(!o.matrix);
    QCOMPARE(o.tokenSource, TokenSource::Stdin);
    QCOMPARE(o.format, ReportFormat::Text);
    QVERIFY(!o.githubFormat);
    QVERIFY(o.outputPath.isEmpty());
}

void tst_CheckOptions::everyOption()
{
    const QString ca = QFINDTESTDATA("../data/test-ca.pem");
    QVERIFY(!ca.isEmpty());
    const ParsedCheckOptions parsed = parse({u"--host"_s,
                                             u"ghe.example.com"_s,
                                             u"--api-url"_s,
                                             u"https://ghe.example.com/api/v3"_s,
                                             u"--registry"_s,
                                             u"containers.ghe.example.com"_s,
                                             u"--user"_s,
                                             u"octocat"_s,
                                             u"--image"_s,
                                             u"octocat/app:v1"_s,
                                             u"--ops"_s,
                                             u"pull,push"_s,
                                             u"--timeout"_s,
                                             u"7"_s,
                                             u"--ca-file"_s,
                                             ca,
                                             u"--output"_s,
                                             m_dir.filePath(u"report.html"_s),
                                             u"--allow-http-loopback"_s,
                                             u"--no-docker-credentials"_s,
                                             u"--token-env"_s,
                                             u"MY_TOKEN"_s},
                                            environment({u"MY_TOKEN=ghp_x"_s}));
    QVERIFY(std::holds_alternative<CheckOptions>(parsed));
    const CheckOptions& o = std::get<CheckOptions>(parsed);
    QCOMPARE(o.request.host, u"ghe.example.com"_s);
    QCOMPARE(o.request.apiUrl, QUrl(u"https://ghe.example.com/api/v3"_s));
    QCOMPARE(o.request.registry, u"containers.ghe.example.com"_s);
    QCOMPARE(o.request.user, u"octocat"_s);
    QCOMPARE(o.request.image, u"octocat/app:v1"_s);
    QCOMPARE(o.request.operations, (QList<Operation>{Operation::Pull, Operation::Push}));
    QCOMPARE(o.request.timeoutSeconds, 7);
    QVERIFY(!o.request.extraCaCertificates.isEmpty());
    QVERIFY(o.request.allowHttpLoopback);
    QVERIFY(!o.request.inspectDockerCredentials);
    QCOMPARE(o.format, ReportFormat::Html); // from the output file's name
    QCOMPARE(o.tokenSource, TokenSource::Environment);
    QCOMPARE(o.tokenVariable, u"MY_TOKEN"_s);
    QVERIFY(!o.matrix);
}

void tst_CheckOptions::matrixOptions()
{
    const QString list = file(u"images.txt"_s, "# mine\nocto/one\n\nocto/two:v2  # tagged\n");
    const ParsedCheckOptions parsed = parse({u"--token-stdin"_s, u"--image"_s, u"octo/zero"_s, u"--images-file"_s, list,
                                             u"--all-packages"_s, u"--owner"_s, u"acme"_s, u"--format"_s, u"json"_s});
    QVERIFY(std::holds_alternative<CheckOptions>(parsed));
    const CheckOptions& o = std::get<CheckOptions>(parsed);
    QVERIFY(o.matrix);
    QVERIFY(o.allPackages);
    QCOMPARE(o.owners, QStringList{u"acme"_s});
    QCOMPARE(o.images, (QStringList{u"octo/zero"_s, u"octo/one"_s, u"octo/two:v2"_s}));
    QVERIFY(o.request.image.isEmpty()); // a matrix has no single image
    QCOMPARE(o.format, ReportFormat::Json);
    // Two --image make a matrix on their own.
    const ParsedCheckOptions two = parse({u"--token-stdin"_s, u"--image"_s, u"a/b"_s, u"--image"_s, u"a/c"_s});
    QVERIFY(std::get<CheckOptions>(two).matrix);
}

void tst_CheckOptions::githubActionsDefaults()
{
    const QProcessEnvironment actions = environment({u"GITHUB_ACTIONS=true"_s});
    const ParsedCheckOptions inActions = parse({u"--token-stdin"_s}, actions);
    QVERIFY(std::get<CheckOptions>(inActions).githubFormat);
    QCOMPARE(std::get<CheckOptions>(inActions).format, ReportFormat::Markdown);
    // An output file means a report file, even in a workflow.
    const ParsedCheckOptions toFile = parse({u"--token-stdin"_s, u"--output"_s, u"r.json"_s}, actions);
    QVERIFY(!std::get<CheckOptions>(toFile).githubFormat);
    QCOMPARE(std::get<CheckOptions>(toFile).format, ReportFormat::Json);
    const ParsedCheckOptions asked = parse({u"--token-stdin"_s, u"--format"_s, u"GitHub"_s});
    QVERIFY(std::get<CheckOptions>(asked).githubFormat);
}

void tst_CheckOptions::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("help");
    QTest::newRow("check --help") << QStringList{u"check"_s, u"--help"_s} << true;
    QTest::newRow("check -h") << QStringList{u"check"_s, u"-h"_s} << true;
    QTest::newRow("help check") << QStringList{u"help"_s, u"check"_s} << true;
    QTest::newRow("--version") << QStringList{u"--version"_s} << false;
    QTest::newRow("-v") << QStringList{u"-v"_s} << false;
    QTest::newRow("check --version") << QStringList{u"check"_s, u"--version"_s} << false;
}

void tst_CheckOptions::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, help);
    const ParsedCheckOptions parsed = parseCheckOptions(QStringList{u"ghcr-doctor"_s} + arguments, environment());
    if (help) {
        QVERIFY(std::holds_alternative<HelpRequested>(parsed));
        const QString text = std::get<HelpRequested>(parsed).text;
        for (const QString& option : {u"--token-stdin"_s, u"--all-packages"_s, u"--format"_s, u"Exit codes"_s})
            QVERIFY2(text.contains(option), qPrintable(option));
        QVERIFY(!text.contains(u"--token "_s)); // accepted only to be refused: not offered
    } else {
        QVERIFY(std::holds_alternative<VersionRequested>(parsed));
    }
}

void tst_CheckOptions::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString t = u"--token-stdin"_s;
    QTest::newRow("token on the command line") << QStringList{u"--token"_s, u"ghp_x"_s} << u"never taken"_s;
    QTest::newRow("unknown option") << QStringList{t, u"--colour"_s} << u"Unknown option"_s;
    QTest::newRow("positional") << QStringList{t, u"extra"_s} << u"Unexpected argument “extra”"_s;
    QTest::newRow("bad api url") << QStringList{t, u"--api-url"_s, u"nope"_s} << u"not a valid API URL"_s;
    QTest::newRow("owner alone") << QStringList{t, u"--owner"_s, u"acme"_s} << u"add --all-packages"_s;
    QTest::newRow("unknown op") << QStringList{t, u"--ops"_s, u"pull,fly"_s} << u"Unknown operation “fly”"_s;
    QTest::newRow("timeout word") << QStringList{t, u"--timeout"_s, u"soon"_s} << u"whole number of seconds"_s;
    QTest::newRow("timeout 0") << QStringList{t, u"--timeout"_s, u"0"_s} << u"between 1 and 600"_s;
    QTest::newRow("timeout 601") << QStringList{t, u"--timeout"_s, u"601"_s} << u"between 1 and 600"_s;
    QTest::newRow("no ca file") << QStringList{t, u"--ca-file"_s, u"/nonexistent.pem"_s} << u"Cannot read the CA"_s;
    QTest::newRow("unknown format") << QStringList{t, u"--format"_s, u"yaml"_s} << u"Unknown format “yaml”"_s;
    QTest::newRow("pdf to stdout") << QStringList{t, u"--format"_s, u"pdf"_s} << u"add --output FILE.pdf"_s;
    QTest::newRow("both sources") << QStringList{t, u"--token-env"_s, u"X"_s} << u"not both"_s;
    QTest::newRow("no source") << QStringList{} << u"Give the token with --token-stdin"_s;
    QTest::newRow("variable unset") << QStringList{u"--token-env"_s, u"UNSET_VAR"_s} << u"UNSET_VAR is not set"_s;
    QTest::newRow("no images file") << QStringList{t, u"--images-file"_s, u"/nonexistent"_s}
                                    << u"Cannot read the images file"_s;
}

void tst_CheckOptions::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const ParsedCheckOptions parsed = parse(arguments);
    QVERIFY(std::holds_alternative<UsageError>(parsed));
    const QString message = std::get<UsageError>(parsed).message;
    QVERIFY2(message.contains(expected), qPrintable(message));
}

// An images file with no image, and one with a line that is no image reference (its line number told).
void tst_CheckOptions::imagesFileErrors()
{
    const ParsedCheckOptions empty = parse({u"--token-stdin"_s, u"--images-file"_s, file(u"e.txt"_s, "# none\n")});
    QVERIFY2(std::get<UsageError>(empty).message.contains(u"names no image"_s), "empty images file");
    const ParsedCheckOptions bad =
        parse({u"--token-stdin"_s, u"--images-file"_s, file(u"b.txt"_s, "octo/ok\nnot an image\n")});
    QVERIFY2(std::get<UsageError>(bad).message.contains(u", line 2: "_s), "bad line");
}

void tst_CheckOptions::malformedImages_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("expected");
    const QString digest = u"sha256:"_s + QString(64, u'a');
    QTest::newRow("empty tag") << u"octocat/app:"_s << u"ends with “:” but no tag follows it"_s;
    QTest::newRow("empty tag, registry host") << u"ghcr.io/octocat/app:"_s << u"ends with “:” but no tag"_s;
    QTest::newRow("empty digest") << u"octocat/app@"_s << u"ends with “@” but no digest follows it"_s;
    QTest::newRow("sha256: alone") << u"octocat/app@sha256:"_s << u"“sha256:” is not a digest"_s;
    QTest::newRow("short digest") << u"octocat/app@sha256:abc123"_s << u"exactly 64 hexadecimal digits"_s;
    QTest::newRow("non-hex digest") << QString(u"octocat/app@sha256:"_s + QString(64, u'g'))
                                    << u"exactly 64 hexadecimal digits"_s;
    QTest::newRow("empty tag before a digest") << QString(u"octocat/app:@"_s + digest) << u"no tag follows it"_s;
    QTest::newRow("trailing slash") << u"octocat/app/"_s << u"has an empty part"_s;
    QTest::newRow("double slash") << u"octocat//app"_s << u"has an empty part"_s;
    QTest::newRow("tag starting with -") << u"octocat/app:-rc"_s << u"“-rc” is not a tag"_s;
    QTest::newRow("name starting with -") << u"octocat/-app"_s << u"“-app” in “octocat/-app” is not a valid name"_s;
}

// A malformed reference is refused while the options are read (before any request), with a sentence that names
// the wrong part and shows a right one; the same sentence for --image and for a line of --images-file.
void tst_CheckOptions::malformedImages()
{
    QFETCH(QString, image);
    QFETCH(QString, expected);
    const ParsedCheckOptions single = parse({u"--token-stdin"_s, u"--image"_s, image});
    QVERIFY(std::holds_alternative<UsageError>(single));
    const QString message = std::get<UsageError>(single).message;
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(u"OWNER/NAME"_s) || message.contains(u"octocat/"_s), qPrintable(message));
    const ParsedCheckOptions listed =
        parse({u"--token-stdin"_s, u"--images-file"_s, file(u"m.txt"_s, "octo/ok\n" + image.toUtf8() + " # bad\n")});
    QVERIFY(std::holds_alternative<UsageError>(listed));
    const QString line = std::get<UsageError>(listed).message;
    QVERIFY2(line.contains(u", line 2: "_s) && line.contains(expected), qPrintable(line));
}

QTEST_GUILESS_MAIN(tst_CheckOptions)
#include "tst_CheckOptions.moc"
