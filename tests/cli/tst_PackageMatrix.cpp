// Every package at once (MatrixRunner, PackageLister, the per-origin bound of HttpClient) against the HTTPS
// FakeServer: listing with Link pagination, per-owner refusals (SSO, org policy, no read:packages, no packages
// API), the fallback to given images, per-image verdicts and refusals grouped by cause, the bound on requests in
// flight, 429 + Retry-After, cancel mid-run; then `ghcr-doctor check --all-packages` as a user runs it (table,
// JSON against resources/report.schema.json, --images-file, exit codes).
#include "app/core/CheckRunner.h"
#include "app/core/MatrixRunner.h"
#include "app/core/probes/PackageLister.h"
#include "app/reports/Report.h"
#include "tests/reports/JsonSchemaValidator.h"
#include "tests/support/FakeServer.h"
#include "tests/support/LatencyProxy.h"
#include "tests/support/TestTokens.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ghcr;
using ghcr::test::fakePackage;
using ghcr::test::FakePackage;
using ghcr::test::FakeServer;
using ghcr::test::ProbeBehaviour;
using ghcr::test::Scenario;

namespace {

/// The "packages" preset (octocat: 5 packages, acme: 3, sso-corp behind SSO; unlinked ones refuse push), listed
/// two per page so the listing needs Link pagination.
Scenario accountScenario()
{
    Scenario s = FakeServer::scenario(u"packages"_s);
    s.packages.maxPageSize = 2; // five packages → three pages
    return s;
}

/// The same without the SSO organization: octocat and acme, every owner listed.
Scenario accountWithoutSso()
{
    Scenario s = accountScenario();
    s.packages.ssoOrgs.clear();
    s.packages.orgs = {u"acme"_s};
    return s;
}

MatrixRequest matrixRequest(const FakeServer& server, int timeoutSeconds = 20);

/// The queries of the token requests sent without credentials (anonymous public-package checks).
QStringList anonymousTokenQueries(const FakeServer& server)
{
    QStringList queries;
    for (const auto& r : server.requests(u"token"_s))
        if (!r.hasAuthorization)
            queries << r.query;
    return queries;
}

/// `count` given images (octocat/image-0 …), the listing off.
MatrixRequest givenImagesRequest(const FakeServer& server, int count)
{
    MatrixRequest m = matrixRequest(server);
    m.allPackages = false;
    for (int i = 0; i < count; ++i)
        m.images << u"octocat/image-%1"_s.arg(i);
    return m;
}

MatrixRequest matrixRequest(const FakeServer& server, int timeoutSeconds)
{
    MatrixRequest m;
    m.base.host = u"github.com"_s;
    m.base.apiUrl = server.apiUrl();
    m.base.registry = server.registryHost();
    m.base.operations = {Operation::Pull, Operation::Push};
    m.base.timeoutSeconds = timeoutSeconds;
    m.base.extraCaCertificates = {FakeServer::testCa()};
    m.allPackages = true;
    return m;
}

struct MatrixRun
{
    bool finished = false;
    Diagnosis diagnosis;
    qint64 elapsedMs = 0;
};

MatrixRun runMatrix(const MatrixRequest& request, const QString& token)
{
    QNetworkAccessManager network;
    MatrixRunner runner(&network);
    MatrixRun run;
    QObject::connect(&runner, &MatrixRunner::finished, &runner, [&run](const Diagnosis& d) {
        run.diagnosis = d;
        run.finished = true;
    });
    QElapsedTimer clock;
    clock.start();
    runner.start(request, token);
    run.finished = QTest::qWaitFor([&run] { return run.finished; }, 60000);
    run.elapsedMs = clock.elapsed();
    return run;
}

const ImageResult* imageNamed(const Diagnosis& d, const QString& image)
{
    for (const ImageResult& i : d.images)
        if (i.package.image() == image)
            return &i;
    return nullptr;
}

ChecklistItem rowOf(const QList<ChecklistItem>& rows, const QString& id)
{
    for (const ChecklistItem& i : rows)
        if (i.id == id)
            return i;
    return {};
}

struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliResult runCli(const QStringList& arguments, const QString& token)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GHCR_DOCTOR_TEST_TOKEN"_s, token);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(GHCR_DOCTOR_BIN), arguments);
    CliResult result;
    if (!process.waitForStarted(30000))
        return result;
    process.closeWriteChannel();
    result.finished = finished.wait(90000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(10000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QStringList cliArgs(const FakeServer& server)
{
    return {u"check"_s,
            u"--api-url"_s,
            server.apiUrl().toString(),
            u"--registry"_s,
            server.registryHost(),
            u"--ops"_s,
            u"pull,push"_s,
            u"--ca-file"_s,
            FakeServer::testCaFile(),
            u"--timeout"_s,
            u"20"_s,
            u"--token-env"_s,
            u"GHCR_DOCTOR_TEST_TOKEN"_s};
}

} // namespace

class tst_PackageMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkHeader();
    void connectionsStayBounded();
    void listsEveryPackageAcrossPages();
    void listingStopsAtItsBound();
    void listingGoesBesideTheUser();
    void groupsRefusalsByCause();
    void imageRowsAreASingleCheckRows();
    void notLinkedForAWorkflowNamesItsRepository();
    void policyOrgCountsPerOrg();
    void listingRefusedFallsBackToGivenImages_data();
    void listingRefusedFallsBackToGivenImages();
    void boundsRequestsInFlight();
    void honoursRetryAfter();
    void oneChallengePerRun();
    void oneTokenRequestPerBatch_data();
    void oneTokenRequestPerBatch();
    void refusedCancelNotRepeated();
    void everyGivenTagIsARow();
    void givenImagesAskThePackagesApi();
    void packageFactsReachEveryImage();
    void nothingCheckedIsNeverOk();
    void tokenWithoutReadPackagesIsNotAnEmptyAccount();
    void tokenGitHubRefusesListsNothing();
    void actionsTokenListingSaysNameTheImages();
    void sharedRowsAgreeWithTheTable();
    void challengeFailureReachesEveryImage();
    void busyRegistrySaysWaitForEveryImage();
    void cancelMidRun();
    void cliTableAndExitCode();
    void cliJsonMatchesSchema();
    void jsonImagesWrittenOneByOneAreCanonical();
    void cliImagesFile();
    void everyFormatShowsTheMatrix();
};

// 60 images reuse a handful of connections: each image's registry client asks for warm connections, and the
// HTTP client keeps at most as many spare ones per origin as may be busy at once (it once opened two TLS
// connections per image and never closed them: 212 MiB for 500 images).
void tst_PackageMatrix::connectionsStayBounded()
{
    FakeServer server;
    QVERIFY(server.start());
    ghcr::test::LatencyProxy registry(server.port(), 0);
    QVERIFY(registry.start());
    Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    s.registry.realm = u"https://127.0.0.1:%1/token"_s.arg(registry.port());
    server.setScenario(s);
    MatrixRequest request = matrixRequest(server);
    request.base.registry = u"127.0.0.1:%1"_s.arg(registry.port());
    request.allPackages = false;
    for (int i = 0; i < 60; ++i)
        request.images << u"octocat/app%1"_s.arg(i);
    const MatrixRun run = runMatrix(request, s.token);
    QVERIFY(run.finished);
    QCOMPARE(run.diagnosis.images.size(), 60);
    for (const ImageResult& image : run.diagnosis.images)
        QVERIFY2(image.allowed(Operation::Push) == true, qPrintable(image.summary));
    // 6 requests in flight per origin plus at most 6 spare connections, and a few replaced after the server
    // closed them: far below one connection per request.
    QVERIFY2(registry.connectionsAccepted() <= 24, qPrintable(QString::number(registry.connectionsAccepted())));
}

void tst_PackageMatrix::linkHeader()
{
    QCOMPARE(
        PackageLister::nextLink(
            R"(<https://api.github.com/user/packages?page=2>; rel="next", <https://api.github.com/user/packages?page=5>; rel="last")"_ba),
        QUrl(u"https://api.github.com/user/packages?page=2"_s));
    QCOMPARE(PackageLister::nextLink(R"(<https://x/?page=1>; rel="prev", <https://x/?page=3>; rel="next")"_ba),
             QUrl(u"https://x/?page=3"_s));
    QVERIFY(!PackageLister::nextLink(R"(<https://x/?page=1>; rel="first")"_ba).isValid());
    QVERIFY(!PackageLister::nextLink(QByteArray()).isValid());
    QCOMPARE(PackageLister::settingsUrl(u"github.com"_s, u"acme"_s, true, u"tools/cli"_s),
             u"https://github.com/orgs/acme/packages/container/tools%2Fcli/settings"_s);
}

void tst_PackageMatrix::listsEveryPackageAcrossPages()
{
    FakeServer server;
    QVERIFY(server.start());
    server.setScenario(accountScenario());
    const MatrixRun run = runMatrix(matrixRequest(server), server.currentScenario().token);
    QVERIFY(run.finished);
    const Diagnosis& d = run.diagnosis;
    QVERIFY(d.matrix);
    QVERIFY2(d.listing.packages.size() == 8,
             qPrintable(d.summary + u" / "_s + d.api.errorSentence + apiOutcomeId(d.api.outcome)));
    QCOMPARE(d.images.size(), 8);
    // Three pages of the user's packages (per_page clamped to 2 by the server), two of acme's.
    int userPages = 0;
    int acmePages = 0;
    for (const auto& r : server.requests(u"api"_s)) {
        userPages += r.path == u"/api/v3/user/packages"_s ? 1 : 0;
        acmePages += r.path == u"/api/v3/orgs/acme/packages"_s ? 1 : 0;
        if (r.path.endsWith(u"/packages"_s))
            QVERIFY2(r.query.contains(u"package_type=container"_s), qPrintable(r.query));
    }
    QCOMPARE(userPages, 3);
    QCOMPARE(acmePages, 2);
    const ImageResult* web = imageNamed(d, u"octocat/web"_s);
    QVERIFY(web);
    QCOMPARE(web->package.visibility, u"public"_s);
    QCOMPARE(web->package.repository, u"octocat/web"_s);
    QCOMPARE(web->package.settingsUrl, u"https://github.com/users/octocat/packages/container/web/settings"_s);
    const ImageResult* api = imageNamed(d, u"acme/api"_s);
    QVERIFY(api);
    QCOMPARE(api->package.visibility, u"internal"_s);
    QVERIFY(api->package.ownerIsOrg);
    QCOMPARE(api->package.settingsUrl, u"https://github.com/orgs/acme/packages/container/api/settings"_s);
    QVERIFY(imageNamed(d, u"octocat/tools/cli"_s));
    // The SSO org is reported for itself, not as a global failure.
    bool ssoReported = false;
    for (const OwnerListing& o : d.listing.owners) {
        if (o.owner == u"sso-corp"_s) {
            QVERIFY(!o.listed);
            QCOMPARE(o.httpStatus, 403);
            QVERIFY2(o.reason.contains(u"single sign-on"_s), qPrintable(o.reason));
            QVERIFY(o.ssoUrl.startsWith(u"https://github.com/orgs/sso-corp/sso"_s));
            ssoReported = true;
        } else {
            QVERIFY2(o.listed, qPrintable(o.owner + u": "_s + o.reason));
        }
    }
    QVERIFY(ssoReported);
    const ChecklistItem* listing = d.item(u"packages.listing"_s);
    QVERIFY(listing);
    QCOMPARE(listing->status, CheckStatus::Fail);
    QCOMPARE(d.exitCode(), 1);
    // Every image was really probed: one manifest HEAD per image.
    int heads = 0;
    for (const auto& r : server.requests(u"registry"_s))
        heads += r.method == "HEAD" && r.path.contains(u"/manifests/"_s) ? 1 : 0;
    QVERIFY2(heads >= 8, qPrintable(QString::number(heads)));
}

// A listing that goes on and on (a huge account, or a server that never stops sending "next") stops at the run's
// bound: the packages beyond it are not listed, and the run says so instead of claiming every package.
void tst_PackageMatrix::listingStopsAtItsBound()
{
    FakeServer server;
    QVERIFY(server.start());
    server.setScenario(accountWithoutSso()); // octocat 5 packages, acme 3; two per page
    MatrixRequest request = matrixRequest(server);
    request.maxPackages = 3;
    request.owners = {u"octocat"_s};
    const MatrixRun run = runMatrix(request, server.currentScenario().token);
    QVERIFY(run.finished);
    const Diagnosis& d = run.diagnosis;
    QCOMPARE(d.listing.packages.size(), 3);
    QCOMPARE(d.images.size(), 3);
    int pages = 0;
    for (const auto& r : server.requests(u"api"_s))
        pages += r.path == u"/api/v3/user/packages"_s ? 1 : 0;
    QCOMPARE(pages, 2); // the third page was not asked for
    QVERIFY(!d.listing.complete());
    QCOMPARE(d.item(u"packages.listing"_s)->status, CheckStatus::Fail);
    QVERIFY2(d.item(u"packages.listing"_s)->evidence.contains(u"more than 3 packages"_s),
             qPrintable(d.item(u"packages.listing"_s)->evidence));
    QVERIFY2(d.summary.contains(u"octocat: not every package listed — more than 3 packages"_s), qPrintable(d.summary));
    QCOMPARE(d.verdict, Verdict::ActionNeeded); // every listed image works, but not every package was checked
    QCOMPARE(d.exitCode(), 1);
    // A listing GitHub did not answer with a list was not cut short: it could not be listed.
    Scenario garbage = accountWithoutSso();
    garbage.packages.notAList = true;
    server.setScenario(garbage);
    const MatrixRun bad = runMatrix(request, garbage.token);
    QVERIFY(bad.finished);
    QCOMPARE(bad.diagnosis.refusalGroups.size(), 1);
    const QString sentence = bad.diagnosis.refusalGroups.constFirst().sentence;
    QVERIFY2(sentence.startsWith(u"octocat: cannot list packages — GitHub's answer"_s), qPrintable(sentence));
}

// The user's packages and organizations are listed beside GET /user, not after its answer (a round trip less on a
// listed run's critical path); the images still wait for the login, and the user's own listing is named by it
// even when it has no package to take the name from.
void tst_PackageMatrix::listingGoesBesideTheUser()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = accountWithoutSso(); // octocat 5 packages, acme 3; two per page
    s.api.fault = ghcr::test::Fault::Delay;
    s.api.delayMs = 1500; // GET /user answers late; the listing does not wait for it
    server.setScenario(s);
    MatrixRun run = runMatrix(matrixRequest(server), s.token);
    QVERIFY(run.finished);
    qint64 user = -1;
    qint64 lastListing = -1;
    for (const auto& r : server.requests(u"api"_s)) {
        if (r.path == u"/api/v3/user"_s)
            user = r.receivedAtMs;
        else if (r.path.endsWith(u"/packages"_s) || r.path.endsWith(u"/orgs"_s))
            lastListing = r.receivedAtMs;
    }
    QVERIFY(user >= 0 && lastListing >= 0);
    // Every page of both owners (three of octocat's in a row, then acme's) was asked while /user was unanswered.
    QVERIFY2(lastListing - user < s.api.delayMs, qPrintable(QString::number(lastListing - user)));
    QStringList listed;
    QStringList rows;
    for (const PackageInfo& p : std::as_const(run.diagnosis.listing.packages))
        listed << p.image();
    for (const ImageResult& i : std::as_const(run.diagnosis.images)) {
        rows << i.package.image();
        QVERIFY2(i.finished, qPrintable(i.package.image()));
    }
    QCOMPARE(listed.size(), 8);
    QCOMPARE(rows, listed);
    QCOMPARE(run.diagnosis.listing.owners.constFirst().owner, u"octocat"_s);
    // A user without packages of their own: the listing has no package to name them by; the login does.
    s.packages.packages.removeIf([](const FakePackage& p) { return !p.orgOwned; });
    server.setScenario(s);
    run = runMatrix(matrixRequest(server), s.token);
    QVERIFY(run.finished);
    QCOMPARE(run.diagnosis.images.size(), 3);
    QCOMPARE(run.diagnosis.listing.owners.size(), 2);
    QCOMPARE(run.diagnosis.listing.owners.constFirst().owner, u"octocat"_s);
    QCOMPARE(run.diagnosis.listing.owners.constFirst().packages, 0);
    QVERIFY(run.diagnosis.listing.owners.constFirst().listed);
}

void tst_PackageMatrix::groupsRefusalsByCause()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = accountWithoutSso();
    server.setScenario(s);
    const MatrixRun run = runMatrix(matrixRequest(server), s.token);
    QVERIFY(run.finished);
    const Diagnosis& d = run.diagnosis;
    QCOMPARE(d.images.size(), 8);
    for (const ImageResult& i : d.images) {
        QVERIFY(i.finished);
        QCOMPARE(i.allowed(Operation::Pull), std::optional<bool>(true));
        QCOMPARE(i.allowed(Operation::Push), std::optional<bool>(!i.package.repository.isEmpty()));
        QCOMPARE(d.imageChecklist(i).size(), imageChecklistIds().size());
    }
    QCOMPARE(d.refusalGroups.size(), 1);
    const RefusalGroup& g = d.refusalGroups.constFirst();
    QCOMPARE(g.id, u"not-linked"_s);
    QCOMPARE(g.operation, u"push"_s);
    QCOMPARE(g.images.size(), 3);
    // (The English plural forms come from the translation the binary loads; see cliTableAndExitCode.)
    // A person's token: the account needs Write in Manage access (Manage Actions access is for workflows).
    QVERIFY2(g.sentence.startsWith(u"3 package"_s) &&
                 g.sentence.contains(u"refuse push: not linked to a repository, and octocat may not write them — in "
                                     u"each package's settings, Manage access: give octocat the Write role"_s),
             qPrintable(g.sentence));
    // One settings link per package, not one for the three.
    const auto step = std::find_if(d.fixSteps.cbegin(), d.fixSteps.cend(),
                                   [](const FixStep& f) { return f.id == u"matrix-not-linked"_s; });
    QVERIFY(step != d.fixSteps.cend());
    QVERIFY(step->url.isEmpty());
    QCOMPARE(step->links.size(), 3);
    for (const FixLink& l : step->links)
        QCOMPARE(l.url, imageNamed(d, l.label)->package.settingsUrl);
    QVERIFY(step->links.at(1).url.endsWith(u"/orgs/acme/packages/container/worker/settings"_s));
    QVERIFY2(d.summary.contains(u"push works on 5 of 8 image"_s), qPrintable(d.summary));
    QCOMPARE(d.verdict, Verdict::ActionNeeded);
    QCOMPARE(d.exitCode(), 1);
    // The public package's pull proves nothing about the token: its row says so.
    const ImageResult* web = imageNamed(d, u"octocat/web"_s);
    QCOMPARE(web->registry.publicImage, std::optional<bool>(true));
    const QString text = QString::fromUtf8(renderTextReport(d));
    QVERIFY2(text.contains(u"Public: anyone can pull it"_s), qPrintable(text));
    QVERIFY2(text.contains(u"octocat/loose"_s) && text.contains(u"not linked"_s), qPrintable(text));
}

// An image's rows are not stored but derived when asked: they must be the rows a single check of that image gives,
// whatever the image's fate (pulled and pushed, push refused as not linked, refused by an organization's policy).
void tst_PackageMatrix::imageRowsAreASingleCheckRows()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = accountWithoutSso();
    ProbeBehaviour forbidden;
    forbidden.kind = ProbeBehaviour::Kind::DeniedGhcr;
    forbidden.message = ghcr::test::classicPatForbiddenMessage(u"acme"_s);
    s.packages.packages.first().pull = forbidden;
    s.packages.packages.first().push = forbidden;
    server.setScenario(s);
    MatrixRequest request = matrixRequest(server);
    request.base.operations = {Operation::Pull, Operation::Push, Operation::Delete};
    const MatrixRun run = runMatrix(request, s.token);
    QVERIFY(run.finished);
    const Diagnosis& d = run.diagnosis;
    QSet<QString> statuses; // the test must see more than one fate
    for (const ImageResult& image : d.images) {
        const QList<ChecklistItem> rows = d.imageChecklist(image);
        QCOMPARE(rows.size(), imageChecklistIds().size());
        CheckRequest single = request.base;
        single.image = image.package.image();
        QNetworkAccessManager network;
        CheckRunner runner(&network);
        Diagnosis alone;
        bool done = false;
        connect(&runner, &CheckRunner::finished, this, [&](const Diagnosis& r) {
            alone = r;
            done = true;
        });
        runner.start(single, s.token);
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 30000));
        for (const ChecklistItem& row : rows) {
            const ChecklistItem* expected = alone.item(row.id);
            QVERIFY2(expected, qPrintable(row.id));
            QVERIFY2(row.status == expected->status,
                     qPrintable(image.package.image() + u" "_s + row.id + u": matrix "_s + checkStatusId(row.status) +
                                u", single check "_s + checkStatusId(expected->status) + u" — "_s + row.detail));
            statuses << row.id + checkStatusId(row.status);
        }
        QCOMPARE(d.imageChecklist(image).constFirst().detail, rows.constFirst().detail); // the same when asked again
    }
    QVERIFY(statuses.contains(u"registry.pushpass"_s) && statuses.contains(u"registry.pushfail"_s));
    QVERIFY(statuses.contains(u"org.policyfail"_s));
}

void tst_PackageMatrix::notLinkedForAWorkflowNamesItsRepository()
{
    // An Actions GITHUB_TOKEN may write an unlinked package only when its workflow's repository is granted in the
    // package's Manage Actions access: that is the fix, naming the repository the workflow runs in.
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = accountWithoutSso();
    s.token = ghcr::test::statelessActionsToken();
    server.setScenario(s);
    MatrixRequest request = matrixRequest(server);
    request.base.actions.inActions = true;
    request.base.actions.repository = u"acme/deploy"_s;
    const MatrixRun run = runMatrix(request, s.token);
    QVERIFY(run.finished);
    const Diagnosis& d = run.diagnosis;
    QCOMPARE(d.token.kind, TokenKind::AppServer);
    const auto group = std::find_if(d.refusalGroups.cbegin(), d.refusalGroups.cend(),
                                    [](const RefusalGroup& g) { return g.id == u"not-linked"_s; });
    QVERIFY(group != d.refusalGroups.cend());
    QCOMPARE(group->images.size(), 3);
    QVERIFY2(group->sentence.contains(u"not linked to a repository, so workflows may not write them — in each "
                                      u"package's settings, Manage Actions access: add acme/deploy with the Write "
                                      u"role"_s),
             qPrintable(group->sentence));
    QVERIFY2(!group->sentence.contains(u"octocat"_s), qPrintable(group->sentence));
}

void tst_PackageMatrix::policyOrgCountsPerOrg()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    s.packages.orgs = {u"policy-corp"_s};
    ProbeBehaviour forbidden;
    forbidden.kind = ProbeBehaviour::Kind::DeniedGhcr;
    forbidden.message = ghcr::test::classicPatForbiddenMessage(u"policy-corp"_s);
    for (const QString& name : {u"a"_s, u"b"_s, u"c"_s}) {
        FakePackage p = fakePackage(u"policy-corp"_s, true, name, u"private"_s, u"policy-corp/"_s + name);
        p.pull = forbidden;
        p.push = forbidden;
        s.packages.packages << p;
    }
    s.packages.packages << fakePackage(u"octocat"_s, false, u"mine"_s, u"private"_s, u"octocat/mine"_s);
    server.setScenario(s);
    const MatrixRun run = runMatrix(matrixRequest(server), s.token);
    QVERIFY(run.finished);
    const Diagnosis& d = run.diagnosis;
    QCOMPARE(d.images.size(), 4);
    QCOMPARE(imageNamed(d, u"octocat/mine"_s)->verdict, Verdict::Ok);
    QCOMPARE(rowOf(d.imageChecklist(*imageNamed(d, u"policy-corp/a"_s)), u"org.policy"_s).status, CheckStatus::Fail);
    bool pushGroup = false;
    for (const RefusalGroup& g : d.refusalGroups) {
        QCOMPARE(g.id, u"org-policy"_s);
        QCOMPARE(g.images.size(), 3);
        QVERIFY2(g.sentence.contains(u"organization policy-corp forbids classic personal access tokens"_s),
                 qPrintable(g.sentence));
        pushGroup = pushGroup || g.operation == u"push"_s;
    }
    QVERIFY(pushGroup);
    QCOMPARE(d.exitCode(), 1);
}

void tst_PackageMatrix::listingRefusedFallsBackToGivenImages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no read:packages") << 403 << u"Resource not accessible by personal access token"_s
                                      << u"needs read:packages"_s;
    // The user's own listing (GET /user/packages, sent beside GET /user) is no organization: no packages API.
    QTest::newRow("GHES without packages") << 404 << u"Not Found"_s << u"this server has no such API"_s;
}

void tst_PackageMatrix::listingRefusedFallsBackToGivenImages()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, reason);
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    s.packages.status = status;
    s.packages.message = message;
    server.setScenario(s);
    MatrixRequest m = matrixRequest(server);
    m.images = {u"octocat/app:latest"_s, u"octocat/other:v1"_s};
    const MatrixRun run = runMatrix(m, s.token);
    QVERIFY(run.finished);
    const Diagnosis& d = run.diagnosis;
    QVERIFY(!d.listing.complete());
    QVERIFY(!d.listing.owners.isEmpty());
    QVERIFY2(d.listing.owners.constFirst().reason.contains(reason), qPrintable(d.listing.owners.constFirst().reason));
    QCOMPARE(d.images.size(), 2);
    QCOMPARE(d.images.at(1).package.image(), u"octocat/other:v1"_s);
    QVERIFY(!d.images.at(0).package.listed);
    for (const ImageResult& i : d.images)
        QCOMPARE(i.allowed(Operation::Push), std::optional<bool>(true));
    QCOMPARE(d.item(u"packages.listing"_s)->status, CheckStatus::Fail);
    QCOMPARE(d.exitCode(), 1); // the images work, but not every package could be listed

    // Without --all-packages the given list alone decides: exit 0.
    m.allPackages = false;
    const MatrixRun given = runMatrix(m, s.token);
    QVERIFY(given.finished);
    QCOMPARE(given.diagnosis.item(u"packages.listing"_s)->status, CheckStatus::Skip);
    QCOMPARE(given.diagnosis.exitCode(), 0);
}

void tst_PackageMatrix::boundsRequestsInFlight()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    s.registry.fault = ghcr::test::Fault::Delay;
    s.registry.delayMs = 60;
    server.setScenario(s);
    MatrixRequest m = matrixRequest(server);
    m.allPackages = false;
    for (int i = 0; i < 24; ++i)
        m.images << u"octocat/image-%1"_s.arg(i);
    server.resetConcurrency();
    const MatrixRun run = runMatrix(m, s.token);
    QVERIFY(run.finished);
    QCOMPARE(run.diagnosis.images.size(), 24);
    for (const ImageResult& i : run.diagnosis.images)
        QVERIFY2(i.verdict == Verdict::Ok, qPrintable(i.package.image() + u": "_s + i.summary));
    // One origin (the fake serves API and registry): never more than 6 on the wire, and really concurrent.
    QVERIFY2(server.maxConcurrentRequests() <= 6, qPrintable(QString::number(server.maxConcurrentRequests())));
    QVERIFY2(server.maxConcurrentRequests() >= 4, qPrintable(QString::number(server.maxConcurrentRequests())));
    QCOMPARE(run.diagnosis.exitCode(), 0);
}

void tst_PackageMatrix::honoursRetryAfter()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    // The run's one challenge passes; then three of the images' concurrent requests get a 429 each.
    s.registry.tooManyRequestsAfter = 1;
    s.registry.tooManyRequests = 3;
    s.registry.retryAfterSeconds = 1;
    server.setScenario(s);
    MatrixRequest m = matrixRequest(server);
    m.allPackages = false;
    m.images = {u"octocat/a"_s, u"octocat/b"_s, u"octocat/c"_s, u"octocat/d"_s};
    const MatrixRun run = runMatrix(m, s.token);
    QVERIFY(run.finished);
    for (const ImageResult& i : run.diagnosis.images)
        QVERIFY2(i.verdict == Verdict::Ok, qPrintable(i.package.image() + u": "_s + i.summary));
    QVERIFY2(run.elapsedMs >= 900, qPrintable(QString::number(run.elapsedMs))); // waited the Retry-After
    QCOMPARE(run.diagnosis.exitCode(), 0);
}

// One GET /v2/ for the whole run, and the listed packages' visibility from GitHub's packages API instead of an
// anonymous token request per image (a given image the listing lacks is still asked anonymously).
void tst_PackageMatrix::oneChallengePerRun()
{
    FakeServer server;
    QVERIFY(server.start());
    const Scenario s = accountScenario();
    server.setScenario(s);
    MatrixRequest m = matrixRequest(server);
    m.owners = {u"octocat"_s};
    m.images = {u"octocat/extra"_s};
    const MatrixRun run = runMatrix(m, s.token);
    QVERIFY(run.finished);
    QCOMPARE(run.diagnosis.images.size(), 6);
    int challenges = 0;
    for (const auto& r : server.requests(u"registry"_s))
        challenges += r.path == u"/v2/"_s ? 1 : 0;
    const QStringList anonymous = anonymousTokenQueries(server);
    QCOMPARE(challenges, 1);
    QCOMPARE(anonymous.size(), 1);
    QVERIFY2(anonymous.constFirst().contains(u"octocat/extra"_s), qPrintable(anonymous.constFirst()));
    for (const ImageResult& i : run.diagnosis.images) {
        if (i.package.name == u"web"_s) {
            QCOMPARE(i.registry.publicImage, std::optional<bool>(true));
            QVERIFY2(i.registry.publicEvidence.contains(u"packages API"_s), qPrintable(i.registry.publicEvidence));
        } else if (i.package.listed) {
            QCOMPARE(i.registry.publicImage, std::optional<bool>(false));
        }
        QVERIFY2(i.registry.challengeScheme == u"Bearer"_s, qPrintable(i.package.image()));
    }
}

// One token request with the credentials per 25 images (a `scope` each), not one per image. A token server that
// grants only the first repository of a request (firstScopeOnly) costs the others a request of their own, and
// no verdict changes: what the batch's token does not prove is asked again with the image's own token.
void tst_PackageMatrix::oneTokenRequestPerBatch_data()
{
    QTest::addColumn<bool>("firstScopeOnly");
    QTest::addColumn<int>("tokenRequests");
    QTest::newRow("every scope granted") << false << 2;
    QTest::newRow("first scope only") << true << 2 + 28;
}

void tst_PackageMatrix::oneTokenRequestPerBatch()
{
    QFETCH(bool, firstScopeOnly);
    QFETCH(int, tokenRequests);
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    s.registry.firstScopeOnly = firstScopeOnly;
    server.setScenario(s);
    const MatrixRun run = runMatrix(givenImagesRequest(server, 30), s.token);
    QVERIFY(run.finished);
    for (const ImageResult& i : run.diagnosis.images) {
        QVERIFY2(i.verdict == Verdict::Ok, qPrintable(i.package.image() + u": "_s + i.summary));
        QCOMPARE(i.allowed(Operation::Push), std::optional<bool>(true));
    }
    int withCredentials = 0;
    int scopes = 0;
    for (const auto& r : server.requests(u"token"_s)) {
        if (r.hasAuthorization) {
            ++withCredentials;
            scopes += int(r.scopes().size());
        }
    }
    QCOMPARE(withCredentials, tokenRequests);
    QCOMPARE(scopes, 30 + (firstScopeOnly ? 28 : 0));
    QCOMPARE(run.diagnosis.exitCode(), 0);
}

// ghcr.io answers 405 to an upload cancel: once the run has seen that, later images send none (and say so).
void tst_PackageMatrix::refusedCancelNotRepeated()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    s.registry.cancel = ghcr::test::RegistryBehaviour::Cancel::MethodNotAllowed;
    server.setScenario(s);
    const MatrixRun run = runMatrix(givenImagesRequest(server, 40), s.token);
    QVERIFY(run.finished);
    int deletes = 0;
    for (const auto& r : server.requests(u"registry"_s))
        deletes += r.method == "DELETE" ? 1 : 0;
    int notSent = 0;
    for (const ImageResult& i : run.diagnosis.images) {
        QCOMPARE(i.allowed(Operation::Push), std::optional<bool>(true)); // a cancel is never evidence
        const OperationResult& push = i.registry.operations.at(1);
        notSent += push.cancelNote.contains(u"No cancel sent"_s) ? 1 : 0;
        QCOMPARE(push.cancelProbe.isEmpty(), push.cancelNote.contains(u"No cancel sent"_s));
    }
    // Only the run's first cancel is sent: the images that reach theirs while it is on the wire wait for its 405.
    QCOMPARE(deletes, 1);
    QCOMPARE(notSent, 39);
    // A registry that can cancel gets every image's cancel (those that waited for the first send theirs after it).
    s.registry.cancel = ghcr::test::RegistryBehaviour::Cancel::NoContent;
    server.setScenario(s);
    const MatrixRun honoured = runMatrix(givenImagesRequest(server, 40), s.token);
    QVERIFY(honoured.finished);
    for (const ImageResult& i : honoured.diagnosis.images) {
        const OperationResult& push = i.registry.operations.at(1);
        QVERIFY2(!push.cancelProbe.isEmpty() && !push.cancelNote.contains(u"No cancel sent"_s),
                 qPrintable(i.package.image() + u": "_s + push.cancelNote));
    }
}

// Two tags of one repository are two rows (the second once replaced the first silently); the same image given
// twice is one; a tag of a listed package keeps the listing's facts.
void tst_PackageMatrix::everyGivenTagIsARow()
{
    FakeServer server;
    QVERIFY(server.start());
    const Scenario s = accountScenario();
    server.setScenario(s);
    MatrixRequest m = matrixRequest(server);
    m.owners = {u"octocat"_s};
    m.images = {u"octocat/app:v1"_s,  u"octocat/app:v2"_s,  u"octocat/app:v1"_s,
                u"octocat/other:a"_s, u"octocat/other:b"_s, server.registryHost() + u"/octocat/other:a"_s};
    const MatrixRun run = runMatrix(m, s.token);
    QVERIFY(run.finished);
    QStringList images;
    for (const ImageResult& i : run.diagnosis.images) {
        images << i.package.image();
        if (i.package.name == u"app"_s) {
            QCOMPARE(i.package.visibility, u"private"_s); // the listing's facts
            QCOMPARE(i.registry.reference, i.package.reference);
        }
    }
    QCOMPARE(images.count(u"octocat/app:v1"_s), 1);
    QCOMPARE(images.count(u"octocat/app:v2"_s), 1);
    QCOMPARE(images.count(u"octocat/app"_s), 0); // the listed row took the first given tag
    QCOMPARE(images.count(u"octocat/other:a"_s), 1);
    QCOMPARE(images.count(u"octocat/other:b"_s), 1);
    QVERIFY2(images.size() == 5 + 1 + 2, qPrintable(images.join(u", "_s))); // 5 listed (app at v1), app:v2, other:a, :b
}

// A given image that is one of the account's packages gets its facts from GitHub's packages API (visibility,
// linked repository, settings page) instead of an anonymous registry request; one that is not is asked anonymously.
void tst_PackageMatrix::givenImagesAskThePackagesApi()
{
    FakeServer server;
    QVERIFY(server.start());
    const Scenario s = accountScenario();
    server.setScenario(s);
    MatrixRequest m = matrixRequest(server);
    m.allPackages = false;
    m.images = {u"octocat/web"_s, u"octocat/loose"_s, u"acme/api"_s, u"octocat/unknown"_s};
    const MatrixRun run = runMatrix(m, s.token);
    QVERIFY(run.finished);
    QCOMPARE(run.diagnosis.images.size(), 4);
    QHash<QString, ImageResult> byName;
    for (const ImageResult& i : run.diagnosis.images)
        byName.insert(i.package.name, i);
    QCOMPARE(byName.value(u"web"_s).registry.publicImage, std::optional<bool>(true));
    QVERIFY(byName.value(u"web"_s).registry.publicEvidence.contains(u"packages API"_s));
    QCOMPARE(byName.value(u"api"_s).package.visibility, u"internal"_s);
    QVERIFY(byName.value(u"api"_s).package.ownerIsOrg);
    QCOMPARE(byName.value(u"api"_s).package.settingsUrl,
             u"https://github.com/orgs/acme/packages/container/api/settings"_s);
    QCOMPARE(byName.value(u"web"_s).package.repository, u"octocat/web"_s);
    // Not linked: push refused, and the refusal grouped by that cause as for a listed package.
    QCOMPARE(byName.value(u"loose"_s).allowed(Operation::Push), std::optional<bool>(false));
    bool notLinked = false;
    for (const RefusalGroup& g : run.diagnosis.refusalGroups)
        notLinked = notLinked || (g.id == u"not-linked"_s && g.images.contains(u"octocat/loose"_s));
    QVERIFY(notLinked);
    QVERIFY(!byName.value(u"unknown"_s).package.listed);
    const QStringList anonymous = anonymousTokenQueries(server);
    QCOMPARE(anonymous.size(), 1);
    QVERIFY2(anonymous.constFirst().contains(u"octocat/unknown"_s), qPrintable(anonymous.constFirst()));
}

// Given images' package facts are asked ahead of their probes, a bounded number at once: an image whose facts
// came before it started and one that started first and waited for them both end with the packages API's word
// (40 images: more than run at once and more than are asked at once).
void tst_PackageMatrix::packageFactsReachEveryImage()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    MatrixRequest m = matrixRequest(server);
    m.allPackages = false;
    for (int i = 0; i < 40; ++i) {
        const QString name = u"app%1"_s.arg(i);
        s.packages.packages << ghcr::test::fakePackage(u"octocat"_s, false, name, i % 2 ? u"public"_s : u"private"_s,
                                                       u"octocat/app"_s);
        m.images << u"octocat/"_s + name;
    }
    server.setScenario(s);
    const MatrixRun run = runMatrix(m, s.token);
    QVERIFY(run.finished);
    QCOMPARE(run.diagnosis.images.size(), 40);
    for (const ImageResult& image : run.diagnosis.images) {
        const bool isPublic = image.package.name.mid(3).toInt() % 2 == 1;
        QVERIFY2(image.package.listed, qPrintable(image.package.name));
        QCOMPARE(image.package.visibility, isPublic ? u"public"_s : u"private"_s);
        QCOMPARE(image.registry.publicImage, std::optional<bool>(isPublic));
        QVERIFY2(image.registry.publicEvidence.contains(u"packages API"_s), qPrintable(image.registry.publicEvidence));
        QVERIFY2(image.allowed(Operation::Pull) == true, qPrintable(image.summary));
    }
    QVERIFY(anonymousTokenQueries(server).isEmpty());   // nobody asked the registry whether it is public
    QCOMPARE(server.requests(u"api"_s).size(), 1 + 40); // /user, then one package request per image
}

// Nothing probed is never "works" (a CI gate passed on an account without packages): no packages is action
// needed; an API that does not answer is an error; a registry that does not answer any image leads the summary.
void tst_PackageMatrix::nothingCheckedIsNeverOk()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = FakeServer::scenario(u"ok-read-write"_s); // an account without packages
    server.setScenario(s);
    MatrixRun run = runMatrix(matrixRequest(server), s.token);
    QVERIFY(run.finished);
    QVERIFY(run.diagnosis.images.isEmpty());
    QCOMPARE(run.diagnosis.verdict, Verdict::ActionNeeded);
    QVERIFY2(run.diagnosis.summary.contains(u"nothing was probed"_s), qPrintable(run.diagnosis.summary));
    // No "pull works on 0 of 0 images" anywhere: the reports say that no image was checked.
    const QString text = QString::fromUtf8(renderTextReport(run.diagnosis));
    QVERIFY2(!text.contains(u" of 0 "_s) && text.contains(u"No image was checked."_s), qPrintable(text));

    s.api.fault = ghcr::test::Fault::Hang; // the API never answers: which images there are is unknown
    server.setScenario(s);
    run = runMatrix(matrixRequest(server, 3), s.token);
    QVERIFY(run.finished);
    QVERIFY(run.diagnosis.images.isEmpty());
    QCOMPARE(run.diagnosis.verdict, Verdict::Error);

    Scenario packages = accountScenario();
    packages.registry.fault = ghcr::test::Fault::Hang; // every image's registry side stalls
    server.setScenario(packages);
    // The listing may take up to half the budget: 6 s leaves it room on a loaded machine (with 3 s it was cut short
    // once under a parallel ctest, and nothing was listed to probe).
    run = runMatrix(matrixRequest(server, 6), packages.token);
    const QString host = server.registryHost();
    for (const ImageResult& i : run.diagnosis.images) // each says why it was not checked
        QVERIFY2(i.finished || i.summary.contains(host) || i.summary.contains(u"ran out"_s), qPrintable(i.summary));
    QVERIFY(run.finished);
    QVERIFY(!run.diagnosis.images.isEmpty());
    QVERIFY(run.diagnosis.verdict != Verdict::Ok);
    QVERIFY2(run.diagnosis.summary.contains(host), qPrintable(run.diagnosis.summary)); // names what did not answer
}

// GitHub answers a listing without read:packages with 403 (the fake, too, now): the run must not say that the account
// has no packages (it did, while the fake listed an empty page for any token).
void tst_PackageMatrix::tokenWithoutReadPackagesIsNotAnEmptyAccount()
{
    FakeServer server;
    QVERIFY(server.start());
    const Scenario s = FakeServer::scenario(u"no-scopes"_s);
    server.setScenario(s);
    const MatrixRun run = runMatrix(matrixRequest(server), s.token);
    QVERIFY(run.finished);
    const Diagnosis& d = run.diagnosis;
    QVERIFY(d.images.isEmpty());
    QCOMPARE(d.item(u"packages.listing"_s)->status, CheckStatus::Fail);
    QVERIFY2(d.item(u"packages.listing"_s)->evidence.contains(u"read:packages"_s),
             qPrintable(d.item(u"packages.listing"_s)->evidence));
    QVERIFY2(!d.summary.contains(u"no container packages"_s) && d.summary.contains(u"403"_s), qPrintable(d.summary));
    QCOMPARE(d.verdict, Verdict::ActionNeeded);
}

// The shared part of a matrix report does not contradict its table (a review found "Image: none (login only)",
// "pull: unknown", "name an image to probe them" and SSO passing while an organization's listing was refused
// for SSO, all above the table that answered them).
// A token GitHub refuses (401), or an API that cannot be used, leaves nothing to list with: the run says GitHub's
// own answer instead of a listing refusal ("no such API"), or "no container packages"; given images are still
// probed, and their refusals grouped under the token's cause, as each image's note says. An SSO refusal of the
// account's own listing does not name an empty organization.
void tst_PackageMatrix::tokenGitHubRefusesListsNothing()
{
    FakeServer server;
    QVERIFY(server.start());
    const auto listingRequests = [&server] {
        int n = 0;
        for (const auto& r : server.requests(u"api"_s))
            n += r.path.contains(u"packages"_s) || r.path.endsWith(u"/orgs"_s) ? 1 : 0;
        return n;
    };
    Scenario revoked = FakeServer::scenario(u"revoked"_s);
    server.setScenario(revoked);
    const MatrixRun none = runMatrix(matrixRequest(server), revoked.token);
    QVERIFY(none.finished);
    QVERIFY(none.diagnosis.listing.skipped);
    // The user's first pages go beside GET /user (a listed run's round trip less); what they answer is dropped, and
    // nothing more is listed.
    QVERIFY2(listingRequests() <= 2, qPrintable(QString::number(listingRequests())));
    QVERIFY(none.diagnosis.listing.owners.isEmpty());
    QCOMPARE(none.diagnosis.verdict, Verdict::ActionNeeded);
    QVERIFY2(none.diagnosis.summary.startsWith(u"No image to check: GitHub rejected the token (401)"_s),
             qPrintable(none.diagnosis.summary));
    QCOMPARE(none.diagnosis.item(u"packages.listing"_s)->status, CheckStatus::Fail);

    MatrixRequest given = matrixRequest(server);
    given.images = {u"octocat/a"_s, u"octocat/b"_s};
    const MatrixRun two = runMatrix(given, revoked.token);
    QVERIFY(two.finished);
    QCOMPARE(two.diagnosis.images.size(), 2);
    QVERIFY(!two.diagnosis.refusalGroups.isEmpty());
    for (const RefusalGroup& g : two.diagnosis.refusalGroups)
        QVERIFY2(g.id == u"token"_s && g.sentence.contains(u"GitHub rejects the token (401)"_s),
                 qPrintable(g.sentence));

    Scenario html = FakeServer::scenario(u"api-html"_s);
    server.setScenario(html);
    const MatrixRun portal = runMatrix(matrixRequest(server), html.token);
    QVERIFY(portal.finished);
    QCOMPARE(portal.diagnosis.verdict, Verdict::Error);
    QVERIFY2(portal.diagnosis.summary.contains(u"without GitHub's signature"_s) &&
                 !portal.diagnosis.summary.contains(u"no container packages"_s),
             qPrintable(portal.diagnosis.summary));

    Scenario sso = FakeServer::scenario(u"sso-required"_s);
    server.setScenario(sso);
    const MatrixRun blocked = runMatrix(matrixRequest(server), sso.token);
    QVERIFY(blocked.finished);
    QVERIFY2(blocked.diagnosis.summary.contains(u"SAML"_s) && !blocked.diagnosis.summary.contains(u"  "_s),
             qPrintable(blocked.diagnosis.summary));
}

// An Actions token (GITHUB_TOKEN, ghs_) cannot list the account's packages: the run says so in its words (not a
// classic token's missing scope) and, needing action, has a fix step instead of "Nothing to fix".
void tst_PackageMatrix::actionsTokenListingSaysNameTheImages()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = FakeServer::scenario(u"actions-token"_s);
    s.token = ghcr::test::statelessActionsToken();
    server.setScenario(s);
    const MatrixRun run = runMatrix(matrixRequest(server), s.token);
    QVERIFY(run.finished);
    const Diagnosis& d = run.diagnosis;
    QCOMPARE(d.verdict, Verdict::ActionNeeded);
    QVERIFY2(d.summary.contains(u"An Actions or GitHub App token may not list"_s) &&
                 !d.summary.contains(u"classic token needs read:packages"_s),
             qPrintable(d.summary));
    QVERIFY(!d.fixSteps.isEmpty());
    QVERIFY2(d.fixSteps.constFirst().title.contains(u"--image"_s), qPrintable(d.fixSteps.constFirst().title));
}

void tst_PackageMatrix::sharedRowsAgreeWithTheTable()
{
    FakeServer server;
    QVERIFY(server.start());
    const Scenario s = accountScenario(); // sso-corp refuses the listing for SSO
    server.setScenario(s);
    const MatrixRun run = runMatrix(matrixRequest(server), s.token);
    QVERIFY(run.finished);
    const Diagnosis& d = run.diagnosis;
    QVERIFY(!d.images.isEmpty());
    QVERIFY(d.registry.operations.isEmpty());
    QVERIFY2(!d.item(u"registry.login"_s)->detail.contains(u"Name an image"_s),
             qPrintable(d.item(u"registry.login"_s)->detail));
    QCOMPARE(d.item(u"sso.authorized"_s)->status, CheckStatus::Fail);
    QVERIFY2(d.item(u"sso.authorized"_s)->detail.contains(u"sso-corp"_s),
             qPrintable(d.item(u"sso.authorized"_s)->detail));
    // "the links are in the fix steps": they are (the organization's SSO authorization page).
    bool ssoLink = false;
    for (const FixStep& step : d.fixSteps)
        for (const FixLink& link : step.links)
            ssoLink = ssoLink || link.url.startsWith(u"https://github.com/orgs/sso-corp/sso"_s);
    QVERIFY2(d.item(u"sso.authorized"_s)->fix.contains(u"fix steps"_s) && ssoLink,
             qPrintable(d.item(u"sso.authorized"_s)->fix));
    // Its evidence is the listing's answer that said so, not /user's (which said nothing about SSO).
    const QString ssoEvidence = d.item(u"sso.authorized"_s)->evidence;
    QVERIFY2(ssoEvidence.contains(u"/orgs/sso-corp/packages"_s) && ssoEvidence.contains(u"→ 403"_s),
             qPrintable(ssoEvidence));
    const QString text = QString::fromUtf8(ghcr::renderReport(d, ghcr::ReportFormat::Text));
    QVERIFY2(!text.contains(u"none (login only)"_s), qPrintable(text.left(2000)));
    QVERIFY2(!text.contains(u"unknown"_s, Qt::CaseInsensitive) || !text.contains(u"Registry: pull"_s),
             qPrintable(text.left(2000)));
    QVERIFY2(text.contains(u"each in the table below"_s), qPrintable(text.left(2000)));
}

// A registry that fails its challenge (GET /v2/ → 502) is asked once; every image then says so instead of asking again.
void tst_PackageMatrix::challengeFailureReachesEveryImage()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    s.registry.fault = ghcr::test::Fault::ServerError; // 502 with an HTML page
    server.setScenario(s);
    MatrixRequest m = matrixRequest(server);
    m.allPackages = false;
    m.images = {u"octocat/a"_s, u"octocat/b"_s, u"octocat/c"_s};
    const MatrixRun run = runMatrix(m, s.token);
    QVERIFY(run.finished);
    QCOMPARE(server.requests(u"registry"_s).size(), 1);
    for (const ImageResult& i : run.diagnosis.images) {
        QCOMPARE(i.verdict, Verdict::Error);
        QVERIFY2(i.registry.errorSentence.contains(u"GET /v2/"_s), qPrintable(i.registry.errorSentence));
        QCOMPARE(u"octocat/"_s + i.registry.image.section(u'/', 1), i.package.image()); // its own image
    }
    QCOMPARE(run.diagnosis.exitCode(), 3);
}

// A /v2/ that answers 429 with Retry-After: 30 is asked once for the run; every image, and the run's fix steps, say
// to wait 30 s as the single check does (they said "check the connection … pass its certificate").
void tst_PackageMatrix::busyRegistrySaysWaitForEveryImage()
{
    FakeServer server;
    QVERIFY(server.start());
    const Scenario s = FakeServer::scenario(u"registry-429-long"_s);
    server.setScenario(s);
    MatrixRequest m = matrixRequest(server);
    m.allPackages = false;
    m.images = {u"octocat/a"_s, u"octocat/b"_s};
    const MatrixRun run = runMatrix(m, s.token);
    QVERIFY(run.finished);
    for (const ImageResult& i : run.diagnosis.images) {
        QVERIFY(i.registry.rateLimited);
        QCOMPARE(i.registry.retryAfterSeconds, 30);
    }
    QStringList steps;
    for (const FixStep& f : run.diagnosis.fixSteps)
        steps << f.id;
    QVERIFY2(steps.contains(u"wait-registry"_s) && !steps.contains(u"check-connection"_s),
             qPrintable(steps.join(u' ')));
    // Neither image could be told: the counts say so instead of reading as two refusals.
    // (In-process, without the English translation's plurals: "image(s)".)
    QVERIFY2(run.diagnosis.summary.startsWith(u"Pull works on 0 of 2 image"_s) &&
                 run.diagnosis.summary.contains(u" (2 not proved)"_s),
             qPrintable(run.diagnosis.summary));
    QCOMPARE(run.diagnosis.exitCode(), 3);
}

void tst_PackageMatrix::cancelMidRun()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    s.registry.fault = ghcr::test::Fault::Delay;
    s.registry.delayMs = 100;
    server.setScenario(s);
    MatrixRequest m = matrixRequest(server);
    m.allPackages = false;
    for (int i = 0; i < 30; ++i)
        m.images << u"octocat/image-%1"_s.arg(i);

    QNetworkAccessManager network;
    MatrixRunner runner(&network);
    bool finished = false;
    Diagnosis result;
    int imagesDone = 0;
    connect(&runner, &MatrixRunner::imageFinished, &runner, [&](int, const ImageResult&) {
        if (++imagesDone == 2)
            runner.cancel();
    });
    connect(&runner, &MatrixRunner::finished, &runner, [&](const Diagnosis& d) {
        result = d;
        finished = true;
    });
    runner.start(m, s.token);
    QVERIFY(QTest::qWaitFor([&] { return finished; }, 30000));
    QVERIFY(result.cancelled);
    QVERIFY(!runner.isRunning());
    int cancelled = 0;
    for (const ImageResult& i : result.images)
        cancelled += i.cancelled ? 1 : 0;
    QVERIFY2(cancelled >= 20, qPrintable(QString::number(cancelled)));
    QCOMPARE(result.exitCode(), 3);
    // Nothing more is sent once cancelled. (A request written just before the abort may reach the server, in this
    // same process, a moment later under load: count once those have landed, then watch for new ones — a retry
    // or a timer would send them.)
    QTest::qWait(300);
    const qsizetype after = server.requests().size();
    QTest::qWait(600);
    QStringList late;
    for (qsizetype i = after; i < server.requests().size(); ++i)
        late << QString::fromLatin1(server.requests().at(i).method) + u' ' + server.requests().at(i).path;
    QVERIFY2(late.isEmpty(), qPrintable(late.join(u", "_s)));
}

void tst_PackageMatrix::cliTableAndExitCode()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = accountWithoutSso();
    server.setScenario(s);
    CliResult r = runCli(cliArgs(server) << u"--all-packages"_s, s.token);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    const QString out = QString::fromUtf8(r.out);
    for (const QString& header : {u"Image"_s, u"Visibility"_s, u"Pull"_s, u"Push"_s, u"Delete"_s, u"Note"_s})
        QVERIFY2(out.contains(header), qPrintable(header));
    QVERIFY2(out.contains(u"3 packages refuse push: not linked to a repository"_s), qPrintable(out));
    QVERIFY(!r.out.contains(s.token.toUtf8()) && !r.err.contains(s.token.toUtf8()));
    QVERIFY2(!r.err.contains("Checked"), r.err.constData()); // no progress line when stderr is not a terminal

    // Only the linked packages of the user, named with --owner: every operation works → 0.
    Scenario linked = accountScenario();
    linked.packages.packages.removeIf([](const FakePackage& p) { return p.repository.isEmpty() || p.orgOwned; });
    server.setScenario(linked);
    r = runCli(cliArgs(server) << u"--all-packages"_s << u"--owner"_s << u"octocat"_s, linked.token);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(u"push works on 4 of 4 images"_s), r.out.constData());
}

void tst_PackageMatrix::cliJsonMatchesSchema()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = accountScenario();
    server.setScenario(s);
    const CliResult r = runCli(cliArgs(server) << u"--all-packages"_s << u"--format"_s << u"json"_s, s.token);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QFile schemaFile(QStringLiteral(GHCR_REPORT_SCHEMA));
    QVERIFY(schemaFile.open(QIODevice::ReadOnly));
    const ghcr::testdata::JsonSchemaValidator validator(QJsonDocument::fromJson(schemaFile.readAll()).object());
    const QStringList errors = validator.validate(json);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    const QJsonArray images = json.value(u"images"_s).toArray();
    QCOMPARE(images.size(), 8);
    bool sawUnlinked = false;
    for (const QJsonValue& v : images) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(u"operations"_s).toObject().contains(u"push"_s));
        QVERIFY(o.value(u"settingsUrl"_s).toString().startsWith(u"https://github.com/"_s));
        if (o.value(u"image"_s).toString() == u"acme/worker"_s) {
            QVERIFY(o.value(u"repository"_s).isNull());
            QCOMPARE(o.value(u"operations"_s).toObject().value(u"push"_s).toObject().value(u"allowed"_s).toBool(true),
                     false);
            sawUnlinked = true;
        }
    }
    QVERIFY(sawUnlinked);
    QCOMPARE(json.value(u"exitCode"_s).toInt(), 1);
    QVERIFY(!json.value(u"packages"_s).toObject().value(u"complete"_s).toBool(true)); // sso-corp
}

// images[] is written image by image (a tree of 500 images' QJsonValues cost 9 MiB): the text must be exactly what
// QJsonDocument writes for the whole document, also when a server's text looks like the writer's placeholder.
void tst_PackageMatrix::jsonImagesWrittenOneByOneAreCanonical()
{
    FakeServer server;
    QVERIFY(server.start());
    const Scenario s = accountScenario();
    server.setScenario(s);
    const MatrixRun run = runMatrix(matrixRequest(server), s.token);
    QVERIFY(run.finished);
    Diagnosis d = run.diagnosis;
    const QString lookalike = QChar(1) + u"images"_s + QChar(1);
    d.summary = lookalike; // before "images" in the document
    d.images[1].summary = lookalike;
    d.refusalGroups.first().cause = lookalike; // after it
    const QByteArray out = renderJsonReport(d);
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.toJson(QJsonDocument::Indented), out);
    const QJsonObject root = parsed.object();
    QCOMPARE(root.value(u"summary"_s).toString(), lookalike);
    const QJsonArray images = root.value(u"images"_s).toArray();
    QCOMPARE(images.size(), d.images.size());
    for (qsizetype i = 0; i < images.size(); ++i)
        QCOMPARE(images.at(i).toObject().value(u"image"_s).toString(), d.images.at(i).package.image());
    QCOMPARE(images.at(1).toObject().value(u"summary"_s).toString(), lookalike);
    QCOMPARE(root.value(u"refusalGroups"_s).toArray().first().toObject().value(u"cause"_s).toString(), lookalike);
    // Each image's rows are the ones the diagnosis derives for it.
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QJsonArray rows = images.at(i).toObject().value(u"checklist"_s).toArray();
        const QList<ChecklistItem> expected = d.imageChecklist(d.images.at(i));
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype r = 0; r < rows.size(); ++r)
            QCOMPARE(rows.at(r).toObject().value(u"detail"_s).toString(), expected.at(r).detail);
    }
    // Written to a file or a device as it goes (the CLI's --output and stdout): the same bytes.
    QTemporaryDir dir;
    QString saveError;
    QVERIFY2(saveReport(d, ReportFormat::Json, dir.filePath(u"r.json"_s), &saveError), qPrintable(saveError));
    QFile saved(dir.filePath(u"r.json"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), out);
    QBuffer device;
    QVERIFY(device.open(QIODevice::WriteOnly));
    QVERIFY(writeReport(d, ReportFormat::Json, &device));
    QCOMPARE(device.data(), out);

    d.images.clear(); // an empty array is QJsonDocument's own
    QCOMPARE(QJsonDocument::fromJson(renderJsonReport(d)).toJson(QJsonDocument::Indented), renderJsonReport(d));
}

void tst_PackageMatrix::cliImagesFile()
{
    FakeServer server;
    QVERIFY(server.start());
    const Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    server.setScenario(s);
    QTemporaryDir dir;
    QFile list(dir.filePath(u"images.txt"_s));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("# CI images\noctocat/app:latest   # the app\n\n  octocat/worker:v2\n#octocat/skipped\n");
    list.close();
    CliResult r =
        runCli(cliArgs(server) << u"--images-file"_s << list.fileName() << u"--format"_s << u"json"_s, s.token);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray images = QJsonDocument::fromJson(r.out).object().value(u"images"_s).toArray();
    QCOMPARE(images.size(), 2);
    QCOMPARE(images.at(0).toObject().value(u"image"_s).toString(), u"octocat/app"_s);
    QCOMPARE(images.at(1).toObject().value(u"image"_s).toString(), u"octocat/worker:v2"_s);
    for (const auto& req : server.requests(u"api"_s)) // no listing was asked (each image's own facts may be)
        QVERIFY2(!req.path.endsWith(u"/packages"_s) && !req.path.endsWith(u"/orgs"_s), qPrintable(req.path));

    // A bad line is a usage error naming the line.
    QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
    list.write("octocat/app\nNot An Image!\n");
    list.close();
    r = runCli(cliArgs(server) << u"--images-file"_s << list.fileName(), s.token);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("line 2"), r.err.constData());
}

void tst_PackageMatrix::everyFormatShowsTheMatrix()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = accountWithoutSso();
    server.setScenario(s);
    QTemporaryDir dir;
    for (const QString& format : {u"text"_s, u"json"_s, u"markdown"_s, u"html"_s, u"pdf"_s}) {
        const QString path = dir.filePath(u"report."_s + format);
        const CliResult r =
            runCli(cliArgs(server) << u"--all-packages"_s << u"--format"_s << format << u"--output"_s << path, s.token);
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(format + u": "_s + QString::fromUtf8(r.err)));
        QString content;
        if (format == u"pdf"_s) {
            QProcess pdftotext;
            pdftotext.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
            QVERIFY(pdftotext.waitForFinished(30000));
            content = QString::fromUtf8(pdftotext.readAllStandardOutput());
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            content = QString::fromUtf8(file.readAll());
        }
        // Every image, its status words, the counts and the grouped cause, in every format.
        for (const QString& image : {u"octocat/app"_s, u"octocat/loose"_s, u"acme/worker"_s, u"acme/api"_s})
            QVERIFY2(content.contains(image), qPrintable(format + u": "_s + image));
        QVERIFY2(content.contains(u"refused"_s) && content.contains(u"works"_s), qPrintable(format));
        QVERIFY2(content.contains(u"push works on 5 of 8 images"_s), qPrintable(format));
        QVERIFY2(content.contains(u"refuse push: not linked to a"_s), qPrintable(format));
        QVERIFY2(!content.contains(s.token), qPrintable(format));
        if (format == u"html"_s || format == u"markdown"_s)
            QVERIFY2(content.contains(u"https://github.com/orgs/acme/packages/container/worker/settings"_s),
                     qPrintable(format));
    }
}

QTEST_GUILESS_MAIN(tst_PackageMatrix)
#include "tst_PackageMatrix.moc"
