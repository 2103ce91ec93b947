// `ghcr-doctor check --all-packages` (the real binary) against a GitHub API that misbehaves on the every-package
// paths: the packages listing (/user/packages, /user/orgs, /orgs/ORG/packages), its Link pagination and the
// per-package facts endpoint. The API is a HostileServer answering raw bytes per path; the registry is the
// well-behaved FakeServer, so every case also shows which images were still probed. A second HostileServer
// ("evil", another port) is where hostile links and redirects point: it must never receive the token. For each
// case: the exit code, a specific sentence, the time against --timeout, the peak RSS, and the token nowhere in
// the output (nor in any report format when a server echoes it back).
#include "tests/support/FakeServer.h"
#include "tests/support/HostileServer.h"
#include "tests/support/MeasuredRun.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using ghcr::test::FakeServer;
using ghcr::test::HostileServer;
using B = HostileServer::Behaviour;
using Rules = QList<HostileServer::Rule>;

namespace {

constexpr int budgetSeconds = 4;
constexpr int withinBudgetMs = budgetSeconds * 1000 + 1500; ///< the run ends by its deadline (+ start and reports)
constexpr int atOnceMs = 3000;                              ///< answered long before the deadline
constexpr long maxRssKiB = 96 * 1024;

const QString userPackages = u"/api/v3/user/packages"_s;
const QString acmePackages = u"/api/v3/orgs/acme/packages"_s;
const QString day = u"yyyy-MM-dd"_s;
const QString second = u"yyyy-MM-dd HH:mm:ss 'UTC'"_s;
const QString httpDate = u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s;

QByteArray package(const QString& owner, const QString& name, bool org = false)
{
    const QJsonObject o{
        {u"name"_s, name},
        {u"package_type"_s, u"container"_s},
        {u"owner"_s, QJsonObject{{u"login"_s, owner}, {u"type"_s, org ? u"Organization"_s : u"User"_s}}},
        {u"visibility"_s, u"private"_s},
        {u"repository"_s, QJsonObject{{u"full_name"_s, QString(owner + u"/repo"_s)}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// A 200 page: the packages (JSON objects) and extra header lines (e.g. a Link).
QByteArray page(const QList<QByteArray>& packages, const QByteArray& headers = {})
{
    return HostileServer::jsonResponse(200, '[' + packages.join(',') + ']', headers);
}

QByteArray link(const QByteArray& url)
{
    return "Link: <" + url + ">; rel=\"next\"\r\n";
}

QByteArray status(int code, const QByteArray& body, const QByteArray& headers = {})
{
    return "HTTP/1.1 " + QByteArray::number(code) + " X\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n" + headers + "\r\n" + body;
}

/// The token's check (GET /user) and the organizations (acme, unless the case answers /user/orgs itself).
Rules withAccount(Rules rules)
{
    const QByteArray user =
        HostileServer::jsonResponse(200, R"({"login":"octocat","id":1,"type":"User"})",
                                    "X-OAuth-Scopes: read:packages, write:packages\r\nX-GitHub-Request-Id: 1\r\n");
    rules << HostileServer::Rule{u"/api/v3/user/orgs"_s, B::Canned, page({R"({"login":"acme"})"})};
    rules << HostileServer::Rule{acmePackages, B::Canned, page({package(u"acme"_s, u"web"_s, true)})};
    rules << HostileServer::Rule{u"/api/v3/user"_s, B::Canned, user};
    return rules;
}

struct Case
{
    Case(Rules r = {}, int code = 0, QString s = {}, QStringList p = {}, QStringList u = {}, int ms = atOnceMs,
         QStringList extra = {})
        : rules(std::move(r))
        , exitCode(code)
        , sentence(std::move(s))
        , probed(std::move(p))
        , unprobed(std::move(u))
        , maxMs(ms)
        , extraArguments(std::move(extra))
    {
    }
    Rules rules;
    int exitCode;
    QString sentence;     ///< in the text output
    QStringList probed;   ///< images the registry was asked to pull
    QStringList unprobed; ///< images (or path parts) the registry must never have been asked for
    int maxMs;
    QStringList extraArguments;
};

} // namespace

Q_DECLARE_METATYPE(Case)

class tst_HostileListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listing_data();
    void listing();
    void echoedTokenInNoReport_data();
    void echoedTokenInNoReport();

private:
    QStringList arguments() const;
    QByteArray evilUrl(const QByteArray& path) const;
    void addPaginationCases();
    void addBodyCases();
    void addStatusCases();
    void addTimingCases();
    void addFactsCases();
    /// Nothing with credentials reached another origin: the evil server, or this server under another name.
    void verifyNoCredentialsElsewhere() const;

    FakeServer m_registry;
    HostileServer m_api;
    HostileServer m_evil;
};

void tst_HostileListing::initTestCase()
{
    QVERIFY(m_registry.start());
    QVERIFY(m_api.start());
    QVERIFY(m_evil.start());
    m_evil.setRules({{QString(), B::Canned, page({package(u"octocat"_s, u"evil"_s)})}});
}

void tst_HostileListing::init()
{
    m_registry.clearRequests();
    m_api.clearRequests();
    m_evil.clearRequests();
}

QStringList tst_HostileListing::arguments() const
{
    QStringList args =
        u"check --all-packages --ops pull --no-docker-credentials --token-env GHCR_HOSTILE_TOKEN"_s.split(u' ');
    args << u"--api-url"_s << m_api.origin() + u"/api/v3"_s << u"--registry"_s << m_registry.registryHost();
    return args << u"--ca-file"_s << FakeServer::testCaFile() << u"--timeout"_s << QString::number(budgetSeconds);
}

QByteArray tst_HostileListing::evilUrl(const QByteArray& path) const
{
    return "https://127.0.0.1:" + QByteArray::number(m_evil.port()) + path;
}

void tst_HostileListing::listing_data()
{
    QTest::addColumn<Case>("c");
    addPaginationCases();
    addBodyCases();
    addStatusCases();
    addTimingCases();
}

void tst_HostileListing::addPaginationCases()
{
    const QByteArray one = package(u"octocat"_s, u"one"_s);
    QTest::newRow("next page on another port") << Case{
        {{userPackages, B::Canned, page({one}, link(evilUrl("/api/v3/user/packages?page=2")))}},
        1,
        u"octocat: not every package listed — GitHub's answer put its next page on another host (https://127.0.0.1:%1/api/v3/user/packages)"_s
            .arg(m_evil.port()),
        {u"octocat/one"_s, u"acme/web"_s},
        {u"octocat/evil"_s}};
    QTest::newRow("next page over plain http") << Case{
        {{userPackages, B::Canned, page({one}, link("http://127.0.0.1:%PORT%/api/v3/user/packages?page=2"))}},
        1,
        u"octocat: not every package listed — GitHub's answer put its next page on another host (http://127.0.0.1:%1/api/v3/user/packages)"_s
            .arg(m_api.port()),
        {u"octocat/one"_s, u"acme/web"_s}};
    QTest::newRow("next page on another host name") << Case{
        {{userPackages, B::Canned, page({one}, link("https://localhost:%PORT%/api/v3/user/packages?page=2"))}},
        1,
        u"octocat: not every package listed — GitHub's answer put its next page on another host (https://localhost:%1/api/v3/user/packages)"_s
            .arg(m_api.port()),
        {u"octocat/one"_s, u"acme/web"_s}};
    QTest::newRow("next page is the page itself")
        << Case{{{userPackages,
                  B::Generated,
                  {},
                  [one](const HostileServer::Request& r) {
                      return page({one}, link("https://127.0.0.1:%PORT%" + r.path.toUtf8()));
                  }}},
                1,
                u"octocat: not every package listed — GitHub's answer links back to a page already read"_s,
                {u"octocat/one"_s, u"acme/web"_s}};
    QTest::newRow("page 2 links back to page 1")
        << Case{{{userPackages,
                  B::Generated,
                  {},
                  [](const HostileServer::Request& r) {
                      const bool second = r.path.contains(u"page=2"_s);
                      return page({package(u"octocat"_s, second ? u"two"_s : u"one"_s)},
                                  link(second ? "https://127.0.0.1:%PORT%/api/v3/user/packages?package_type=container"
                                                "&per_page=100"
                                              : "https://127.0.0.1:%PORT%/api/v3/user/packages?page=2"));
                  }}},
                1,
                u"octocat: not every package listed — GitHub's answer links back to a page already read"_s,
                {u"octocat/one"_s, u"octocat/two"_s, u"acme/web"_s}};
    QTest::newRow("endless pages") << Case{
        {{userPackages,
          B::Generated,
          {},
          [](const HostileServer::Request& r) {
              const int n = r.path.section(u"page="_s, 1).toInt();
              return page({package(u"octocat"_s, u"p"_s + QString::number(n))},
                          link("https://127.0.0.1:%PORT%/api/v3/user/packages?page=" + QByteArray::number(n + 1)));
          }}},
        1,
        u"octocat: not every package listed — GitHub's listing goes on past 100 pages"_s,
        {u"acme/web"_s},
        {},
        withinBudgetMs};
    QTest::newRow("garbage Link header") << Case{
        {{userPackages, B::Canned, page({one}, "Link: garbage<<>>;;;rel=next,,,<\r\n")}},
        0,
        u"Listed 2 container packages of 2 owners."_s,
        {u"octocat/one"_s, u"acme/web"_s}};
    QByteArray huge = "Link: ";
    while (huge.size() < 60 * 1024)
        huge += "<https://127.0.0.1:%PORT%/api/v3/user/packages?page=1>; rel=\"prev\", ";
    QTest::newRow("enormous Link header") << Case{{{userPackages, B::Canned, page({one}, huge + "\r\n")}},
                                                  0,
                                                  u"Listed 2 container packages of 2 owners."_s,
                                                  {u"octocat/one"_s, u"acme/web"_s}};
}

void tst_HostileListing::addBodyCases()
{
    QTest::newRow("not JSON") << Case{{{userPackages, B::Canned, status(200, "<html>oops</html>")}},
                                      1,
                                      u"is not a list of packages"_s,
                                      {u"acme/web"_s}};
    QTest::newRow("an object, not a list")
        << Case{{{userPackages, B::Canned, HostileServer::jsonResponse(200, R"({"message":"hello"})")}},
                1,
                u"is not a list of packages"_s,
                {u"acme/web"_s}};
    QTest::newRow("entries of the wrong shape") << Case{
        {{userPackages, B::Canned,
          page({"1", "\"x\"", "null", R"({"name":5})", R"({"name":null,"owner":null})",
                R"({"name":"good","owner":{"login":"octocat"},"repository":"str","visibility":7})",
                R"({"name":"norepo","owner":{"login":"octocat"},"repository":{}})"})}},
        1,
        u"octocat: not every package listed — 5 entries of GitHub's listing are not packages (no name or owner)"_s,
        {u"octocat/good"_s, u"octocat/norepo"_s, u"acme/web"_s}};
    QTest::newRow("a repository without its name")
        << Case{{{userPackages, B::Canned,
                  page({R"({"name":"norepo","owner":{"login":"octocat"},"visibility":"private","repository":{}})"})}},
                0,
                u"octocat/norepo  —           —"_s, // not known, never "not linked"
                {u"octocat/norepo"_s, u"acme/web"_s}};
    QTest::newRow("organizations not a list") << Case{
        {{u"/api/v3/user/orgs"_s, B::Canned, status(200, "<html>")},
         {userPackages, B::Canned, page({package(u"octocat"_s, u"one"_s)})}},
        1,
        u"Organizations could not be listed: GitHub's answer to GET https://127.0.0.1:%1/api/v3/user/orgs is not a "
        "list of organizations."_s.arg(m_api.port()),
        {u"octocat/one"_s}};
    QTest::newRow("organizations page 2 fails")
        << Case{{{u"/api/v3/user/orgs?page=2"_s, B::Canned, status(502, "<html>")},
                 {u"/api/v3/user/orgs"_s, B::Canned,
                  page({R"({"login":"acme"})"}, link("https://127.0.0.1:%PORT%/api/v3/user/orgs?page=2"))},
                 {userPackages, B::Canned, page({package(u"octocat"_s, u"one"_s)})}},
                1,
                u"Organizations could not be listed: GitHub answered 502: an error on GitHub's side"_s,
                {u"octocat/one"_s, u"acme/web"_s}};
    QTest::newRow("a 2 MiB listing") << Case{
        {{userPackages, B::Canned, HostileServer::jsonResponse(200, "[" + QByteArray(2 * 1024 * 1024, ' ') + "]")}},
        1,
        u"larger than"_s,
        {u"acme/web"_s}};
    QList<QByteArray> many;
    for (int i = 0; i < 10000; ++i)
        many << R"({"name":"n)" + QByteArray::number(i) + R"(","owner":{"login":"octocat"},"visibility":"private"})";
    QTest::newRow("10,000 packages on one page")
        << Case{{{userPackages, B::Canned, page(many)}}, 1, u"more than 5000 packages"_s, {}, {}, withinBudgetMs};
    QList<QByteArray> names;
    for (const QString& n : {u".."_s, u"a/../b"_s, u"%2F"_s, u"with space"_s, u"пакет"_s, QString(300, u'a'), u"Dup"_s,
                             u"dup"_s, u"../../etc"_s, u"ok-name"_s})
        names << package(u"octocat"_s, n);
    QTest::newRow("hostile package names") << Case{{{userPackages, B::Canned, page(names)}},
                                                   1,
                                                   u"Pull works on 4 of 10 images (6 not proved)"_s,
                                                   {u"octocat/ok-name"_s, u"acme/web"_s},
                                                   {u".."_s, u"%2F"_s, u"etc"_s}};
}

void tst_HostileListing::addStatusCases()
{
    const auto refused = [](int code, const QByteArray& body, const QByteArray& headers, const QString& sentence) {
        return Case{{{userPackages, B::Canned, status(code, body, headers)}}, 1, sentence, {u"acme/web"_s}};
    };
    QTest::newRow("401 JSON") << refused(401, R"({"message":"Bad credentials"})", {},
                                         u"GitHub refused the token (401) (“Bad credentials”)."_s);
    QTest::newRow("403 no JSON") << refused(
        403, "Forbidden", {}, u"The token may not list packages (403): a classic token needs read:packages"_s);
    // The user's own listing (sent beside GET /user, before the login is known) is no organization: no such API.
    QTest::newRow("404") << refused(404, R"({"message":"Not Found"})", {},
                                    u"GitHub answered 404: this server has no such API"_s);
    QTest::newRow("410") << refused(410, R"({"message":"Gone"})", {}, u"GitHub answered 410 (“Gone”)."_s);
    QTest::newRow("500 JSON") << refused(500, R"({"message":"Server Error"})", {},
                                         u"GitHub answered 500 (“Server Error”): an error on GitHub's side"_s);
    QTest::newRow("502 HTML") << refused(502, "<html>Bad gateway</html>", {},
                                         u"GitHub answered 502: an error on GitHub's side"_s);
    QTest::newRow("429 without Retry-After") << refused(
        429, "{}", {}, u"GitHub's API rate limit stopped the listing (429): wait a few minutes and check again"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString again = u"GitHub's API rate limit stopped the listing (%1)%2: check again after %3"_s;
    // A short Retry-After is waited for once: the page is asked again and the listing completes.
    QTest::newRow("429 Retry-After 1 s, then the page")
        << Case{{{userPackages,
                  B::Generated,
                  {},
                  [asked = std::make_shared<int>(0)](const HostileServer::Request&) {
                      return ++*asked == 1 ? status(429, "{}", "Retry-After: 1\r\n")
                                           : page({package(u"octocat"_s, u"one"_s)});
                  }}},
                0,
                u"Listed 2 container packages of 2 owners."_s,
                {u"octocat/one"_s, u"acme/web"_s}};
    QTest::newRow("429 Retry-After 1 day")
        << refused(429, "{}", "Retry-After: 86400\r\n", again.arg(429).arg(QString(), now.addDays(1).toString(day)));
    const QDateTime ahead = now.addSecs(600);
    QTest::newRow("429 Retry-After a date ahead")
        << refused(429, "{}", "Retry-After: " + QLocale::c().toString(ahead, httpDate).toLatin1() + "\r\n",
                   again.arg(429).arg(QString(), ahead.toString(second)));
    QTest::newRow("429 Retry-After negative")
        << refused(429, "{}", "Retry-After: -5\r\n",
                   u"GitHub's API rate limit stopped the listing (429): wait a few minutes and check again"_s);
    QTest::newRow("429 Retry-After a date")
        << refused(429, "{}", "Retry-After: Wed, 21 Oct 2015 07:28:00 GMT\r\n",
                   u"GitHub's API rate limit stopped the listing (429): wait a few minutes and check again"_s);
    QTest::newRow("403 rate limit") << refused(
        403, R"({"message":"API rate limit exceeded for user ID 1."})",
        "X-RateLimit-Remaining: 0\r\nX-RateLimit-Reset: " + QByteArray::number(ahead.toSecsSinceEpoch()) + "\r\n",
        again.arg(403).arg(u" (“API rate limit exceeded for user ID 1.”)"_s, ahead.toString(second)));
    for (const int code : {301, 302, 307}) {
        const QByteArray location = "Location: " + evilUrl("/api/v3/user/packages") + "\r\n";
        QTest::newRow(qPrintable(u"%1 to another host"_s.arg(code)))
            << refused(code, {}, location, u"redirected to another host"_s);
    }
}

void tst_HostileListing::addTimingCases()
{
    // The listing gets half of the budget: acme's images are probed all the same.
    const QString late =
        u"octocat: cannot list packages — GET https://127.0.0.1:%1/api/v3/user/packages did not answer within 2 "
        "seconds"_s.arg(m_api.port());
    const QByteArray one = page({package(u"octocat"_s, u"one"_s)});
    for (const auto& [name, behaviour] :
         {std::pair("listing hangs", B::Hang), std::pair("listing stalls after its headers", B::StallAfterHeaders),
          std::pair("listing drips", B::Drip)})
        QTest::newRow(name) << Case{{{userPackages, behaviour, one}}, 1, late, {u"acme/web"_s}, {}, withinBudgetMs};
    QTest::newRow("organizations hang") << Case{
        {{u"/api/v3/user/orgs"_s, B::Hang, {}}, {userPackages, B::Canned, page({package(u"octocat"_s, u"one"_s)})}},
        1,
        u"Organizations could not be listed: GET https://127.0.0.1:%1/api/v3/user/orgs did not answer within 2 seconds"_s
            .arg(m_api.port()),
        {u"octocat/one"_s},
        {},
        withinBudgetMs};
    addFactsCases();
}

void tst_HostileListing::addFactsCases()
{
    // A given image's facts (visibility, linked repository) from GET /user/packages/container/NAME.
    // Its row: works, visibility and repository not known (never "not linked" from an answer that is not a package).
    const QString unknown = u"octocat/given  —           —             works"_s;
    const auto facts = [unknown](B behaviour, const QByteArray& answer, int maxMs = atOnceMs) {
        return Case{{{u"/api/v3/user/packages/container/"_s, behaviour, answer},
                     {userPackages, B::Canned, page({package(u"octocat"_s, u"one"_s)})}},
                    0,
                    unknown,
                    {u"octocat/one"_s, u"acme/web"_s, u"octocat/given"_s},
                    {},
                    maxMs,
                    {u"--image"_s, u"octocat/given"_s}};
    };
    // It gets half of the budget: the images' results do not wait for the deadline.
    QTest::newRow("package facts hang") << facts(B::Hang, {});
    QTest::newRow("package facts not JSON") << facts(B::Canned, status(200, "<html>"));
    QTest::newRow("package facts of the wrong shape")
        << facts(B::Canned, HostileServer::jsonResponse(200, R"({"name":7,"visibility":5,"repository":"x"})"));
    QTest::newRow("package facts 500") << facts(B::Canned, status(500, "{}"));
}

void tst_HostileListing::verifyNoCredentialsElsewhere() const
{
    QCOMPARE(m_evil.authorizedRequests(), 0);
    const QByteArray ownHost = "127.0.0.1:" + QByteArray::number(m_api.port());
    for (const HostileServer::Request& r : m_api.requests())
        QVERIFY2(!r.hasAuthorization || r.host == ownHost, r.host.constData());
}

void tst_HostileListing::listing()
{
    QFETCH(Case, c);
    m_api.setRules(withAccount(c.rules));
    const ghcr::test::MeasuredRun o =
        ghcr::test::runMeasured(ghcr::test::binaryUnderTest(GHCR_DOCTOR_BIN), arguments() << c.extraArguments,
                                "GHCR_HOSTILE_TOKEN", FakeServer::classicToken());
    QVERIFY2(o.finished, "the check did not end within 60 s");
    qInfo("LISTING %-40s exit=%d elapsed_ms=%lld max_rss_kib=%ld api_requests=%d evil_requests=%d",
          QTest::currentDataTag(), o.exitCode, o.elapsedMs, o.maxRssKiB, int(m_api.requests().size()),
          int(m_evil.requests().size()));
    qInfo("%s", o.out.constData());
    qInfo("%s", o.err.left(3000).constData());
    QString registryPaths;
    for (const auto& r : m_registry.requests(u"registry"_s))
        registryPaths += r.path + u'\n';
    qInfo("%s", qPrintable(registryPaths));
    verifyNoCredentialsElsewhere();
    QVERIFY(!o.out.contains(FakeServer::classicToken().toUtf8()));
    QVERIFY(!o.err.contains(FakeServer::classicToken().toUtf8()));
    QVERIFY2(o.exitCode == c.exitCode, qPrintable(u"exit %1"_s.arg(o.exitCode)));
    QVERIFY2(QString::fromUtf8(o.out).contains(c.sentence), qPrintable(c.sentence));
    for (const QString& image : c.probed)
        QVERIFY2(registryPaths.contains(u"/v2/"_s + image + u"/manifests/"_s), qPrintable(image));
    for (const QString& part : c.unprobed)
        QVERIFY2(!registryPaths.contains(part), qPrintable(part));
    QVERIFY2(o.elapsedMs <= c.maxMs, qPrintable(u"%1 ms > %2 ms"_s.arg(o.elapsedMs).arg(c.maxMs)));
    QVERIFY2(o.maxRssKiB <= maxRssKiB, qPrintable(u"peak RSS %1 KiB"_s.arg(o.maxRssKiB)));
}

void tst_HostileListing::echoedTokenInNoReport_data()
{
    QTest::addColumn<QString>("format");
    for (const QString& f : {u"text"_s, u"json"_s, u"markdown"_s, u"html"_s})
        QTest::newRow(qPrintable(f)) << f;
}

void tst_HostileListing::echoedTokenInNoReport()
{
    QFETCH(QString, format);
    const QByteArray token = FakeServer::classicToken().toUtf8();
    // The token in a refusal's message, a header, a Link, a package's name and repository, and the SSO header.
    const QByteArray echoed = "X-Echo: " + token + "\r\nX-GitHub-SSO: required; url=https://github.com/sso?t=" + token +
                              "\r\n" + link(evilUrl("/next?token=" + token));
    const QByteArray named =
        R"({"name":"app-)" + token + R"(","owner":{"login":"octocat"},"repository":{"full_name":")" + token + R"("}})";
    m_api.setRules(withAccount(
        {{userPackages, B::Canned, page({named, package(u"octocat"_s, u"app"_s)}, echoed)},
         {u"/api/v3/user/orgs"_s, B::Canned, page({R"({"login":"acme"})", R"({"login":"sso-corp"})"})},
         {u"/api/v3/orgs/sso-corp/packages"_s, B::Canned,
          status(403, R"({"message":"Resource protected by organization SAML enforcement: )" + token + R"("})",
                 echoed)}}));
    QTemporaryDir dir;
    const QString report = dir.filePath(u"report."_s + format);
    const ghcr::test::MeasuredRun o = ghcr::test::runMeasured(
        ghcr::test::binaryUnderTest(GHCR_DOCTOR_BIN), arguments() << u"--format"_s << format << u"--output"_s << report,
        "GHCR_HOSTILE_TOKEN", FakeServer::classicToken());
    QVERIFY(o.finished);
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(written.contains("acme/web"), written.left(2000).constData());
    QVERIFY(!written.contains(token));
    QVERIFY(!o.out.contains(token));
    QVERIFY(!o.err.contains(token));
    verifyNoCredentialsElsewhere();
}

QTEST_GUILESS_MAIN(tst_HostileListing)
#include "tst_HostileListing.moc"
