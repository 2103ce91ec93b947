// The whole engine (CheckRunner: GitHub API + registry side by side, then the diagnosis) against the
// HTTPS FakeServer on 127.0.0.1, one data row per scenario.
//
// Expectations are written as "key=value" items, a value may list alternatives with '|':
//   <checklist id>=pass|warn   verdict=ok   pull.allowed=true|false|null   pull.status=403   pull.code=DENIED
//   pull.challenge=insufficient_scope   push.cancel=405   api.outcome=ok   api.status=401
//   api.scopes=null|empty|a,b   step+=ID (fix step required)   step-=ID (forbidden)
//   link=read:packages,write:packages (the new-token link asks for exactly these scopes)
//   summary~WORD (the summary contains WORD; '_' stands for a space)   summary!WORD (it does not)
//   text!WORD (no checklist sentence, fix step or summary contains WORD)   tags=a,b   public=true|false|null
//   elapsed<MS (the verdict arrived within MS milliseconds)
// The image column may use HOST for the fake registry's host:port; empty means no image.
#include "app/core/CheckRunner.h"
#include "app/core/net/HttpClient.h"
#include "app/core/probes/RegistryClient.h"
#include "app/reports/Report.h"
#include "tests/support/FakeServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace ghcr;
using ghcr::test::FakeServer;
using ghcr::test::Fault;
using ghcr::test::Scenario;

namespace {

const QString defaultImage = u"octocat/app:latest"_s;

QList<Operation> opsFrom(const QString& ops)
{
    return operationsFromList(ops).value();
}

QString allowedId(const std::optional<bool>& allowed)
{
    return !allowed.has_value() ? u"null"_s : (*allowed ? u"true"_s : u"false"_s);
}

/// Everything a user can see or save: the reports and every string of the value.
QString everything(const Diagnosis& d)
{
    QString all = QString::fromUtf8(renderJsonReport(d)) + QString::fromUtf8(renderTextReport(d)) + d.summary;
    for (const ChecklistItem& i : d.checklist)
        all += i.title + i.detail + i.evidence + i.fix;
    for (const FixStep& s : d.fixSteps)
        all += s.title + s.detail + s.url + s.powershell + s.posix;
    all += d.api.errorSentence + d.api.message + d.registry.errorSentence + d.registry.loginMessage;
    for (const OperationResult& r : d.registry.operations)
        all += r.probe + r.message + r.note + r.cancelProbe + r.cancelNote + r.errorSentence;
    return all;
}

struct Run
{
    bool finished = false;
    qint64 elapsedMs = 0;
    Diagnosis diagnosis;
};

Run runCheck(const CheckRequest& request, const QString& token, int waitMs = 60000)
{
    QNetworkAccessManager network;
    CheckRunner runner(&network);
    QSignalSpy spy(&runner, &CheckRunner::finished);
    QElapsedTimer clock;
    clock.start();
    runner.start(request, token);
    Run run;
    run.finished = spy.count() > 0 || spy.wait(waitMs);
    run.elapsedMs = clock.elapsed();
    if (run.finished)
        run.diagnosis = spy.at(0).at(0).value<Diagnosis>();
    else
        runner.cancel();
    return run;
}

CheckRequest requestFor(const FakeServer& server, const QString& ops, const QString& user, int timeoutSeconds,
                        const QString& imageAsTyped = defaultImage)
{
    CheckRequest r;
    r.host = u"github.com"_s;
    r.apiUrl = server.apiUrl();
    r.registry = server.registryHost();
    r.user = user;
    r.image = QString(imageAsTyped).replace(u"HOST"_s, server.registryHost());
    r.operations = opsFrom(ops);
    r.timeoutSeconds = timeoutSeconds;
    r.extraCaCertificates = {FakeServer::testCa()};
    return r;
}

} // namespace

Q_DECLARE_METATYPE(ghcr::Diagnosis)

class tst_CheckScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scenario_data();
    void scenario();
    void userTakenFromApi();
    void untrustedCertificate();
    void basicCredentialsNeverToAnotherHost();
    void realmAllowed();
    void hostPairs();
    void apiUrlWithoutApiV3();
    void cancelMidCheck();
    void registryDoesNotWaitForTheApi();
    void hangingApiBoundsTheWaitForTheLogin();
    void oneTokenRequestAndConcurrentProbes();

private:
    void verify(const QString& spec, const Diagnosis& d);
    qint64 m_elapsedMs = 0;
};

void tst_CheckScenarios::initTestCase()
{
    qRegisterMetaType<ghcr::Diagnosis>();
    QVERIFY2(!FakeServer::testCa().isNull(), qPrintable(FakeServer::testCaFile()));
}

void tst_CheckScenarios::scenario_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("ops");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("token"); // empty: the scenario's own token
    QTest::addColumn<int>("timeout");
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QString>("image");

    const QString rw = u"pull,push"_s;
    const QString me = u"octocat"_s;
    const QString typo = u"ghp_M7H4jxUDDWHP4kZ6A4dxlQYsQIWJuq11T4V5"_s;
    auto row = [&](const char* name, const QString& scenario, const QString& ops, const QString& user,
                   const QString& token, int timeout, const QString& expect) {
        QTest::newRow(name) << scenario << ops << user << token << timeout << expect << defaultImage;
    };
    auto rowImage = [&](const char* name, const QString& scenario, const QString& ops, const QString& imageAsTyped,
                        const QString& token, const QString& expect) {
        QTest::newRow(name) << scenario << ops << me << token << 10 << expect << imageAsTyped;
    };
    const QString ghs = FakeServer::statelessToken();

    row("ok-read-write", u"ok-read-write"_s, rw, me, {}, 10,
        u"token.format=pass token.accepted=pass token.kind=pass token.expiry=pass scope.read:packages=pass "
        u"scope.write:packages=pass scope.delete:packages=skip sso.authorized=pass registry.login=pass "
        u"registry.pull=pass registry.push=pass registry.delete=skip verdict=ok pull.allowed=true pull.status=200 "
        u"push.allowed=true push.status=202 push.cancel=204 api.outcome=ok api.status=200 "
        u"api.scopes=read:packages,write:packages step-=new-token step-=package-access"_s);
    row("write-only-implies-read", u"write-only-implies-read"_s, rw, me, {}, 10,
        u"scope.read:packages=warn scope.write:packages=pass registry.pull=pass registry.push=pass verdict=ok "
        u"pull.allowed=true push.allowed=true api.scopes=write:packages"_s);
    row("write-only-needs-read", u"write-only-needs-read"_s, rw, me, {}, 10,
        u"scope.read:packages=fail scope.write:packages=pass registry.pull=fail registry.push=pass "
        u"verdict=action-needed pull.allowed=false pull.status=403 pull.code=DENIED push.allowed=true "
        u"step+=new-token link=read:packages,write:packages"_s);
    row("write-only-needs-read-cncf", u"write-only-needs-read-cncf"_s, rw, me, {}, 10,
        u"scope.read:packages=fail registry.pull=fail registry.push=pass verdict=action-needed pull.allowed=false "
        u"pull.status=401 pull.challenge=insufficient_scope push.allowed=true step+=new-token "
        u"link=read:packages,write:packages"_s);
    row("read-only", u"read-only"_s, rw, me, {}, 10,
        u"scope.read:packages=pass scope.write:packages=fail registry.pull=pass registry.push=fail "
        u"verdict=action-needed pull.allowed=true push.allowed=false push.status=403 push.code=DENIED "
        u"step+=new-token link=read:packages,write:packages"_s);
    row("read-only, pull only", u"read-only"_s, u"pull"_s, me, {}, 10,
        u"scope.read:packages=pass scope.write:packages=skip registry.pull=pass registry.push=skip verdict=ok "
        u"pull.allowed=true step-=new-token"_s);
    row("no-scopes", u"no-scopes"_s, rw, me, {}, 10,
        u"token.accepted=pass scope.read:packages=fail scope.write:packages=fail registry.pull=fail "
        u"registry.push=fail verdict=action-needed pull.allowed=false push.allowed=false api.scopes=empty "
        u"step+=new-token link=read:packages,write:packages"_s);
    row("fine-grained", u"fine-grained"_s, rw, me, {}, 10,
        u"token.kind=fail scope.read:packages=skip scope.write:packages=skip scope.delete:packages=skip "
        u"registry.pull=fail registry.push=fail verdict=action-needed pull.allowed=false pull.code=DENIED "
        u"api.scopes=null step+=new-token link=read:packages,write:packages"_s);
    row("fine-grained-accepted", u"fine-grained-accepted"_s, rw, me, {}, 10,
        u"token.kind=warn scope.read:packages=skip scope.write:packages=skip registry.pull=pass registry.push=pass "
        u"verdict=ok api.scopes=null"_s);
    row("sso-required", u"sso-required"_s, rw, me, {}, 10,
        u"sso.authorized=fail token.accepted=pass registry.pull=fail registry.push=fail verdict=action-needed "
        u"pull.allowed=false pull.status=401 api.status=403 step+=authorize-sso"_s);
    row("sso-partial", u"sso-partial"_s, rw, me, {}, 10,
        u"sso.authorized=warn registry.pull=pass registry.push=pass verdict=ok step+=authorize-sso"_s);
    row("expired", u"expired"_s, rw, me, {}, 10,
        u"token.accepted=fail registry.login=fail registry.pull=fail registry.push=fail "
        u"verdict=action-needed api.status=401 api.outcome=bad-credentials step+=new-token "
        u"link=read:packages,write:packages"_s);
    row("revoked", u"revoked"_s, rw, me, {}, 10,
        u"token.accepted=fail registry.login=fail verdict=action-needed api.status=401 step+=new-token"_s);
    row("mistyped", u"ok-read-write"_s, rw, me, typo, 10,
        u"token.format=fail token.accepted=fail verdict=action-needed step+=new-token"_s);
    row("expiring-soon", u"expiring-soon"_s, rw, me, {}, 10,
        u"token.expiry=warn verdict=ok registry.pull=pass registry.push=pass expires=3"_s);
    row("expiring-soon-offset", u"expiring-soon-offset"_s, rw, me, {}, 10,
        u"token.expiry=warn verdict=ok registry.pull=pass registry.push=pass expires=3"_s);
    row("rate-limited", u"rate-limited"_s, rw, me, {}, 10,
        u"token.accepted=warn registry.pull=pass registry.push=pass verdict=ok api.status=403 "
        u"api.outcome=rate-limited ratelimit=0 step+=wait"_s);
    row("locked-out", u"locked-out"_s, rw, me, {}, 10,
        u"token.accepted=warn registry.login=fail verdict=action-needed api.status=403 "
        u"api.outcome=locked-out"_s);
    row("api-5xx-html", u"api-5xx-html"_s, rw, me, {}, 10,
        u"token.accepted=skip scope.read:packages=skip registry.pull=pass registry.push=pass verdict=ok "
        u"api.status=502 api.outcome=server-error api.sentence"_s);
    row("malformed-json", u"malformed-json"_s, rw, me, {}, 10,
        u"token.accepted=skip registry.pull=pass registry.push=pass verdict=ok api.outcome=malformed "
        u"api.sentence"_s);
    row("api-hang", u"api-hang"_s, rw, me, {}, 2,
        u"token.accepted=skip registry.pull=pass registry.push=pass verdict=ok api.status=0 "
        u"api.outcome=network-error api.sentence"_s);
    // One budget for the whole check: the registry waited for the API's login (1 s at most here), and the origin
    // that did not answer is not asked again.
    row("api-hang, user from API", u"api-hang"_s, rw, {}, {}, 2,
        u"token.accepted=skip registry.pull=skip verdict=error api.status=0 api.sentence waited"_s);
    row("huge-body", u"huge-body"_s, rw, me, {}, 10,
        u"token.accepted=skip registry.pull=pass registry.push=pass verdict=ok api.sentence"_s);
    row("api-reset", u"api-reset"_s, rw, me, {}, 10,
        u"token.accepted=skip registry.pull=pass verdict=ok api.status=0 api.outcome=network-error "
        u"api.sentence"_s);
    row("token-endpoint-403", u"token-endpoint-403"_s, rw, me, {}, 10,
        u"token.accepted=pass registry.login=fail registry.pull=fail registry.push=fail "
        u"verdict=action-needed"_s);
    row("combined-scope-refused", u"combined-scope-refused"_s, rw, me, {}, 10,
        u"registry.pull=pass registry.push=pass verdict=ok pull.allowed=true push.allowed=true single-actions"_s);
    row("access-token-field", u"access-token-field"_s, rw, me, {}, 10,
        u"registry.login=pass registry.pull=pass registry.push=pass verdict=ok"_s);
    row("package-access-denied", u"package-access-denied"_s, rw, me, {}, 10,
        u"scope.write:packages=pass registry.pull=pass registry.push=fail verdict=action-needed push.allowed=false "
        u"push.status=403 push.code=DENIED step+=package-access step-=new-token"_s);
    row("manifest-unknown", u"manifest-unknown"_s, rw, me, {}, 10,
        u"registry.pull=pass image.reference=fail verdict=action-needed pull.allowed=true pull.status=200 "
        u"pull.code=MANIFEST_UNKNOWN pull.note tags=v1"_s);
    row("name-unknown", u"name-unknown"_s, u"pull"_s, me, {}, 10,
        u"registry.pull=warn pull.status=404 pull.code=NAME_UNKNOWN pull.allowed=null verdict=action-needed step+=check-image"_s);
    row("registry-5xx", u"registry-5xx"_s, rw, me, {}, 10,
        u"token.accepted=pass registry.pull=skip registry.push=skip verdict=error pull.allowed=null "
        u"push.allowed=null step+=check-connection"_s);
    row("registry-hang", u"registry-hang"_s, rw, me, {}, 2,
        u"token.accepted=pass registry.pull=skip verdict=error pull.allowed=null"_s);
    row("cancel-405", u"cancel-405"_s, rw, me, {}, 10,
        u"registry.push=pass verdict=ok push.allowed=true push.status=202 push.cancel=405"_s);
    row("cancel-401", u"cancel-401"_s, rw, me, {}, 10,
        u"registry.push=pass verdict=ok push.allowed=true push.status=202 push.cancel=401"_s);
    row("read-write-delete", u"read-write-delete"_s, u"pull,push,delete"_s, me, {}, 10,
        u"scope.delete:packages=pass registry.delete=pass registry.pull=pass registry.push=pass verdict=ok "
        u"delete.allowed=true delete.basis=scopes"_s);
    row("delete without delete:packages", u"ok-read-write"_s, u"pull,push,delete"_s, me, {}, 10,
        u"scope.delete:packages=fail registry.delete=fail verdict=action-needed step+=new-token "
        u"link=read:packages,write:packages,delete:packages"_s);

    // 2026: the stateless Actions token, org policies, image references, rate limits, APIs that are not GitHub's.
    rowImage("actions token (stateless ghs_)", u"actions-token"_s, rw, defaultImage, ghs,
             u"token.format=pass token.kind=warn token.accepted=pass api.outcome=integration registry.login=pass "
             u"registry.pull=pass registry.push=pass verdict=ok text!malformed text!characters"_s);
    rowImage("actions token without packages: write", u"actions-token-no-write"_s, rw, defaultImage, ghs,
             u"token.format=pass registry.push=fail registry.pull=pass verdict=action-needed "
             u"step+=actions-permissions step+=actions-access step-=package-access step-=new-token "
             u"summary~permissions:_packages:_write"_s);
    row("org forbids classic PATs (token step)", u"org-forbids-classic-token-step"_s, rw, me, {}, 10,
        u"org.policy=fail registry.login=fail verdict=action-needed step+=use-actions-token step+=ask-org-owners "
        u"step+=oauth-app-token step-=new-token step-=package-access summary~acme text!access_settings"_s);
    row("org forbids classic PATs (probe)", u"org-forbids-classic-probe"_s, rw, me, {}, 10,
        u"org.policy=fail registry.pull=fail registry.push=fail verdict=action-needed step+=use-actions-token "
        u"step-=new-token step-=package-access summary~acme text!access_settings text!add_scopes"_s);
    row("org lifetime policy", u"org-lifetime-policy"_s, rw, me, {}, 10,
        u"org.policy=fail verdict=action-needed step+=token-lifetime step-=package-access summary~90 "
        u"text!access_settings"_s);
    row("registry 429, short Retry-After", u"registry-429-short"_s, rw, me, {}, 10,
        u"registry.pull=pass registry.push=pass verdict=ok"_s);
    row("registry 429, long Retry-After", u"registry-429-long"_s, rw, me, {}, 10,
        u"verdict=error step+=wait-registry step-=check-connection summary~busy summary~not_a_token_problem "
        u"elapsed<4000"_s);
    row("missing tag", u"missing-tag"_s, rw, me, {}, 10,
        u"image.reference=fail registry.pull=pass registry.push=pass verdict=action-needed pull.allowed=true "
        u"pull.code=MANIFEST_UNKNOWN tags=v1.0.0,v1.1.0,main step+=check-image summary~v1.0.0"_s);
    rowImage("no image: pull not verified", u"write-only-needs-read"_s, u"pull"_s, {}, {},
             u"registry.login=pass registry.pull=warn image.reference=skip verdict=action-needed pull.allowed=null "
             u"summary~not_verified summary!works"_s);
    rowImage("no image, login only", u"write-only-needs-read"_s, u"login"_s, {}, {},
             u"registry.login=pass registry.pull=skip registry.push=skip verdict=ok summary~proves_nothing"_s);
    rowImage("uppercase image", u"ok-read-write"_s, rw, u"Octocat/App:latest"_s, {},
             u"image.reference=fail registry.pull=pass registry.push=pass verdict=action-needed "
             u"summary~octocat/app step+=check-image"_s);
    rowImage("registry host typed into the image", u"ok-read-write"_s, rw, u"HOST/octocat/app:latest"_s, {},
             u"image.reference=pass registry.pull=pass registry.push=pass verdict=ok"_s);
    rowImage("another registry's host in the image", u"ok-read-write"_s, rw, u"quay.io/octocat/app:latest"_s, {},
             u"image.reference=fail registry.pull=warn registry.push=warn pull.allowed=null verdict=action-needed "
             u"summary~quay.io"_s);
    rowImage("ghrc.io typo", u"ok-read-write"_s, rw, u"ghrc.io/octocat/app"_s, {},
             u"image.reference=fail verdict=action-needed summary~ghrc.io"_s);
    rowImage("retired docker.pkg.github.com", u"ok-read-write"_s, rw, u"docker.pkg.github.com/octocat/repo/app"_s, {},
             u"image.reference=fail verdict=action-needed summary~ghcr.io/octocat/app"_s);
    rowImage("digest reference", u"ok-read-write"_s, u"pull"_s,
             u"octocat/app@sha256:3b2a6a2d9b8f6c1e0d4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f809"_s, {},
             u"image.reference=pass registry.pull=pass verdict=ok summary~@sha256:"_s);
    row("public package", u"public-package"_s, rw, me, {}, 10,
        u"public=true registry.pull=warn registry.push=pass verdict=ok summary~public summary~Warnings"_s);
    row("public package, write-only token", u"public-package-write-only"_s, u"pull"_s, me, {}, 10,
        u"public=true registry.pull=warn verdict=ok summary~public"_s);
    row("private package", u"ok-read-write"_s, rw, me, {}, 10, u"public=false registry.pull=pass"_s);
    row("API URL serves HTML", u"api-html"_s, rw, me, {}, 10,
        u"api.outcome=not-github token.accepted=skip scope.read:packages=skip registry.pull=pass verdict=ok "
        u"text!classic_token_instead text!scopes_look_right"_s);
    row("API URL serves HTML, registry refuses", u"api-html-registry-refuses"_s, rw, me, {}, 10,
        u"api.outcome=not-github registry.pull=fail verdict=action-needed step-=package-access step-=docker-relogin "
        u"text!Create_a_personal_access_token_(classic)_instead text!scopes_look_right "
        u"text!token's_scopes_are_right"_s);
}

void tst_CheckScenarios::scenario()
{
    QFETCH(QString, scenario);
    QFETCH(QString, ops);
    QFETCH(QString, user);
    QFETCH(QString, token);
    QFETCH(int, timeout);
    QFETCH(QString, expect);
    QFETCH(QString, image);

    FakeServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const auto preset = FakeServer::scenario(scenario);
    QVERIFY2(!preset.name.isEmpty(), qPrintable(scenario));
    server.setScenario(preset);
    const QString secret = token.isEmpty() ? preset.token : token;

    // Generous outer limit; the hang rows must end through the engine's own timeout (2 s a request).
    const Run run = runCheck(requestFor(server, ops, user, timeout, image), secret, 60000);
    QVERIFY2(run.finished, "the check never finished");
    m_elapsedMs = run.elapsedMs;
    const Diagnosis& d = run.diagnosis;
    QVERIFY(!d.cancelled);
    QCOMPARE(d.checklist.size(), 15);
    QVERIFY(d.item(u"docker.credentials"_s));
    QVERIFY(d.item(u"org.policy"_s));
    QVERIFY(d.item(u"image.reference"_s));

    verify(expect, d);

    // The right secret arrived where it was sent: the API as Bearer/token, the token endpoint as Basic.
    const auto requests = server.requests();
    for (const auto& r : requests) {
        if (r.side == u"api"_s && r.hasAuthorization) {
            QVERIFY2(r.authScheme == u"Bearer"_s || r.authScheme == u"token"_s, qPrintable(r.authScheme));
            if (token.isEmpty())
                QVERIFY2(r.secretMatched, "the API did not receive the token");
        }
        if (r.side == u"registry"_s && r.hasAuthorization)
            QCOMPARE(r.authScheme, u"Bearer"_s); // Basic only ever goes to the token endpoint
        if (r.side == u"token"_s && r.hasAuthorization && token.isEmpty()) {
            QCOMPARE(r.authScheme, u"Basic"_s);
            QVERIFY2(r.secretMatched, "the token endpoint did not receive the token");
        }
    }

    if (expect.contains(u"single-actions"_s)) {
        // The engine may ask for pull,push together first (as docker does), but after a refusal it must
        // have asked for push alone.
        bool pushAlone = false;
        for (const auto& r : server.requests(u"token"_s))
            pushAlone = pushAlone || r.scopes() == QStringList{u"repository:octocat/app:push"_s};
        QVERIFY2(pushAlone, "no token request for push alone after the combined request was refused");
    }

    // No output carries the token, any long piece of it, or a registry token.
    const QString all = everything(d);
    QVERIFY2(!all.contains(secret), "the token appears in the output");
    const int prefix = secret.startsWith(u"github_pat_"_s) ? 11 : 4;
    QVERIFY2(!all.contains(secret.mid(prefix, 10)), "a piece of the token appears in the output");
    const auto issued = server.issuedTokens();
    for (const QString& t : issued)
        QVERIFY2(!all.contains(t), "a registry token appears in the output");

    // Fix steps never ask for "repo"; a new-token link is the least-privilege form on the right host.
    for (const FixStep& s : d.fixSteps) {
        if (s.id == u"new-token"_s) {
            QVERIFY2(s.url.startsWith(u"https://github.com/settings/tokens/new?scopes="_s), qPrintable(s.url));
            const QStringList scopes =
                QUrlQuery(QUrl(s.url)).queryItemValue(u"scopes"_s, QUrl::FullyDecoded).split(u',');
            QVERIFY2(!scopes.contains(u"repo"_s), qPrintable(s.url));
        }
        QVERIFY(!s.posix.contains(secret));
    }
}

void tst_CheckScenarios::verify(const QString& spec, const Diagnosis& d)
{
    const QStringList items = spec.split(u' ', Qt::SkipEmptyParts);
    const auto opOf = [&d](const QString& id) { return d.registry.operation(*operationFromId(id)); };
    for (const QString& it : items) {
        const int eq = it.indexOf(u'=');
        const QString key = eq < 0 ? it : it.left(eq);
        const QString value = eq < 0 ? QString() : it.mid(eq + 1);
        const QStringList alternatives = value.split(u'|');
        const QByteArray where = (u"expectation "_s + it + u"; summary: "_s + d.summary).toUtf8();

        if (key.startsWith(u"token."_s) || key.startsWith(u"scope."_s) || key.startsWith(u"registry."_s) ||
            key == u"sso.authorized"_s || key == u"org.policy"_s || key == u"image.reference"_s) {
            const ChecklistItem* item = d.item(key);
            QVERIFY2(item, where.constData());
            const QString got = checkStatusId(item->status);
            QVERIFY2(alternatives.contains(got),
                     QByteArray(where + " got " + got.toUtf8() + " — " + item->detail.toUtf8()).constData());
            QVERIFY(!item->title.isEmpty());
            if (item->status == CheckStatus::Fail)
                QVERIFY2(!item->fix.isEmpty(), QByteArray(where + " (a failing item has no fix)").constData());
        } else if (key == u"verdict"_s) {
            const QString got = verdictId(d.verdict);
            QVERIFY2(alternatives.contains(got), QByteArray(where + " got " + got.toUtf8()).constData());
            const int expectedExit = d.verdict == Verdict::Ok ? 0 : d.verdict == Verdict::ActionNeeded ? 1 : 3;
            QCOMPARE(d.exitCode(), expectedExit);
        } else if (key.endsWith(u".allowed"_s)) {
            const OperationResult* r = opOf(key.section(u'.', 0, 0));
            QVERIFY2(r, where.constData());
            QVERIFY2(alternatives.contains(allowedId(r->allowed)),
                     QByteArray(where + " got " + allowedId(r->allowed).toUtf8()).constData());
        } else if (key.endsWith(u".status"_s) && !key.startsWith(u"api"_s)) {
            const OperationResult* r = opOf(key.section(u'.', 0, 0));
            QVERIFY2(r, where.constData());
            QVERIFY2(
                r->httpStatus == value.toInt(),
                QByteArray(where + " got " + QByteArray::number(r->httpStatus) + " " + r->probe.toUtf8()).constData());
        } else if (key.endsWith(u".code"_s)) {
            const OperationResult* r = opOf(key.section(u'.', 0, 0));
            QVERIFY2(r && r->code == value, QByteArray(where + " got " + (r ? r->code.toUtf8() : "?")).constData());
        } else if (key.endsWith(u".challenge"_s)) {
            const OperationResult* r = opOf(key.section(u'.', 0, 0));
            QVERIFY2(r && r->challengeError == value, where.constData());
        } else if (key.endsWith(u".cancel"_s)) {
            const OperationResult* r = opOf(key.section(u'.', 0, 0));
            QVERIFY2(r && r->cancelStatus == value.toInt(),
                     QByteArray(where + " got " + QByteArray::number(r ? r->cancelStatus : -1)).constData());
            QVERIFY(!r->cancelProbe.isEmpty());
        } else if (key.endsWith(u".note"_s)) {
            const OperationResult* r = opOf(key.section(u'.', 0, 0));
            QVERIFY2(r && !r->note.isEmpty(), where.constData());
        } else if (key.endsWith(u".basis"_s)) {
            const OperationResult* r = opOf(key.section(u'.', 0, 0));
            QVERIFY2(r && enumId(r->basis) == value,
                     QByteArray(where + " got " + (r ? enumId(r->basis).toUtf8() : "?")).constData());
        } else if (key == u"api.status"_s) {
            QVERIFY2(d.api.httpStatus == value.toInt(),
                     QByteArray(where + " got " + QByteArray::number(d.api.httpStatus)).constData());
        } else if (key == u"api.outcome"_s) {
            QVERIFY2(apiOutcomeId(d.api.outcome) == value,
                     QByteArray(where + " got " + apiOutcomeId(d.api.outcome).toUtf8()).constData());
        } else if (key == u"api.sentence"_s) {
            QVERIFY2(!d.api.errorSentence.isEmpty(), where.constData());
        } else if (key == u"api.scopes"_s) {
            if (value == u"null"_s) {
                QVERIFY2(!d.api.scopes.has_value(), where.constData());
            } else if (value == u"empty"_s) {
                QVERIFY2(d.api.scopes.has_value() && d.api.scopes->isEmpty(), where.constData());
            } else {
                QVERIFY2(d.api.scopes.has_value(), where.constData());
                QCOMPARE(*d.api.scopes, value.split(u','));
            }
        } else if (key == u"step+"_s || key == u"step-"_s) {
            bool found = false;
            for (const FixStep& s : d.fixSteps)
                found = found || s.id == value;
            QVERIFY2(found == (key == u"step+"_s), where.constData());
        } else if (key == u"link"_s) {
            QString url;
            for (const FixStep& s : d.fixSteps)
                if (s.id == u"new-token"_s)
                    url = s.url;
            QVERIFY2(!url.isEmpty(), where.constData());
            QStringList got = QUrlQuery(QUrl(url)).queryItemValue(u"scopes"_s, QUrl::FullyDecoded).split(u',');
            QStringList want = value.split(u',');
            got.sort();
            want.sort();
            QVERIFY2(got == want, QByteArray(where + " got " + url.toUtf8()).constData());
        } else if (key == u"expires"_s) {
            QVERIFY2(d.api.expiresAt.isValid(), where.constData());
            const qint64 hours = QDateTime::currentDateTimeUtc().secsTo(d.api.expiresAt) / 3600;
            QVERIFY2(hours > value.toInt() * 24 - 3 && hours <= value.toInt() * 24,
                     QByteArray(where + " got hours " + QByteArray::number(hours)).constData());
            // The one "days left" figure every output shows: 3 days is not "in 2 days".
            QCOMPARE(d.api.expiresInDays().value_or(-1), qint64(value.toInt()));
            const ChecklistItem* expiry = d.item(u"token.expiry"_s);
            QVERIFY(expiry);
            QVERIFY2(expiry->detail.contains(u"in "_s + value + u" days"_s), qPrintable(expiry->detail));
        } else if (key == u"ratelimit"_s) {
            QCOMPARE(d.api.rateLimit.remaining, value.toInt());
            QVERIFY(d.api.rateLimit.reset.isValid());
            QVERIFY(d.api.rateLimit.reset > QDateTime::currentDateTimeUtc());
        } else if (key == u"waited"_s) {
            QVERIFY2(d.registry.waitedForApi, where.constData());
        } else if (key.startsWith(u"summary~"_s) || key.startsWith(u"summary!"_s)) {
            const QString word = key.mid(8).replace(u'_', u' ');
            QVERIFY2(d.summary.contains(word) == key.startsWith(u"summary~"_s), where.constData());
        } else if (key.startsWith(u"text!"_s)) {
            const QString word = key.mid(5).replace(u'_', u' ');
            QString text = d.summary;
            for (const ChecklistItem& i : d.checklist)
                text += u'\n' + i.detail + u'\n' + i.fix;
            for (const FixStep& st : d.fixSteps)
                text += u'\n' + st.title + u'\n' + st.detail;
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive),
                     QByteArray(where + " found in: " + text.toUtf8()).constData());
        } else if (key == u"tags"_s) {
            QCOMPARE(d.registry.existingTags.join(u','), value);
        } else if (key == u"public"_s) {
            QCOMPARE(allowedId(d.registry.publicImage), value);
        } else if (key.startsWith(u"elapsed<"_s)) {
            QVERIFY2(m_elapsedMs < key.mid(8).toLongLong(),
                     QByteArray(where + " took " + QByteArray::number(m_elapsedMs)).constData());
        } else if (key == u"single-actions"_s) {
            // checked by the caller through the server; nothing in the value
        } else {
            QFAIL(QByteArray("unknown expectation key: " + key.toUtf8()).constData());
        }
    }
}

void tst_CheckScenarios::userTakenFromApi()
{
    FakeServer server;
    QVERIFY(server.start());
    server.setScenario(FakeServer::scenario(u"combined-scope-refused"_s));
    const Run run = runCheck(requestFor(server, u"pull,push"_s, {}, 10), FakeServer::classicToken());
    QVERIFY(run.finished);
    QCOMPARE(run.diagnosis.registry.user, u"octocat"_s);
    QCOMPARE(run.diagnosis.registry.userSource, UserSource::Api);
    QCOMPARE(verdictId(run.diagnosis.verdict), u"ok"_s);
    const auto tokenRequests = server.requests(u"token"_s);
    QVERIFY(!tokenRequests.isEmpty());
    for (const auto& r : tokenRequests)
        if (r.hasAuthorization) // the public-package check asks anonymously, with no user at all
            QCOMPARE(r.basicUser, u"octocat"_s);
    QVERIFY(run.diagnosis.registry.waitedForApi);
}

void tst_CheckScenarios::untrustedCertificate()
{
    FakeServer server;
    QVERIFY(server.start());
    CheckRequest request = requestFor(server, u"pull,push"_s, u"octocat"_s, 10);
    request.extraCaCertificates = {FakeServer::otherCa()};
    const Run run = runCheck(request, FakeServer::classicToken());
    QVERIFY(run.finished);
    const Diagnosis& d = run.diagnosis;
    QCOMPARE(verdictId(d.verdict), u"error"_s);
    QCOMPARE(d.exitCode(), 3);
    QCOMPARE(d.api.httpStatus, 0);
    const QString sentence = d.api.errorSentence.toLower();
    QVERIFY2(sentence.contains(u"certificate"_s) || sentence.contains(u"tls"_s) || sentence.contains(u"ssl"_s),
             qPrintable(d.api.errorSentence));
    QVERIFY2(!d.summary.isEmpty(), "no summary");
    // The handshake failed, so nothing (and no credential) reached the server.
    QVERIFY(server.requests().isEmpty());
}

void tst_CheckScenarios::basicCredentialsNeverToAnotherHost()
{
    FakeServer registry;
    FakeServer elsewhere;
    QVERIFY(registry.start());
    QVERIFY(elsewhere.start());
    auto preset = FakeServer::scenario(u"ok-read-write"_s);
    // The registry's challenge names a realm on another host (and port) that would happily take credentials.
    preset.registry.realm = u"https://localhost:"_s + QString::number(elsewhere.port()) + u"/token"_s;
    registry.setScenario(preset);
    elsewhere.setScenario(FakeServer::scenario(u"ok-read-write"_s));

    const Run run = runCheck(requestFor(registry, u"pull,push"_s, u"octocat"_s, 10), FakeServer::classicToken());
    QVERIFY(run.finished);
    for (const auto& r : elsewhere.requests())
        QVERIFY2(!r.hasAuthorization, qPrintable(u"credentials sent to the other host: "_s + r.path));
    const Diagnosis& d = run.diagnosis;
    QVERIFY(d.registry.loginOk != true);
    QVERIFY(d.verdict != Verdict::Ok);
    QVERIFY2(!d.item(u"registry.login"_s)->detail.isEmpty(), "no explanation for the refused realm");
}

void tst_CheckScenarios::realmAllowed()
{
    QVERIFY(RegistryClient::realmAllowed(QUrl(u"https://ghcr.io/token"_s), u"ghcr.io"_s));
    QVERIFY(RegistryClient::realmAllowed(QUrl(u"https://127.0.0.1:8443/token"_s), u"127.0.0.1:8443"_s));
    QVERIFY(!RegistryClient::realmAllowed(QUrl(u"https://evil.example/token"_s), u"ghcr.io"_s));
    // A plain-HTTP realm is refused by the one HTTP client before any credential leaves.
    QVERIFY(!HttpClient::urlProblem(QUrl(u"http://ghcr.io/token"_s), false).isEmpty());
    QVERIFY(!HttpClient::urlProblem(QUrl(u"http://127.0.0.1:5000/token"_s), false).isEmpty());
    QVERIFY(HttpClient::urlProblem(QUrl(u"http://127.0.0.1:5000/token"_s), true).isEmpty());
    QVERIFY(!RegistryClient::realmAllowed(QUrl(u"https://ghcr.io.evil.example/token"_s), u"ghcr.io"_s));
    // GitHub Enterprise Cloud with data residency: containers.SUB.ghe.com pairs with SUB.ghe.com / api.SUB.ghe.com.
    QVERIFY(RegistryClient::realmAllowed(QUrl(u"https://api.octo.ghe.com/token"_s), u"containers.octo.ghe.com"_s));
    QVERIFY(RegistryClient::realmAllowed(QUrl(u"https://octo.ghe.com/token"_s), u"containers.octo.ghe.com"_s));
    QVERIFY(!RegistryClient::realmAllowed(QUrl(u"https://api.other.ghe.com/token"_s), u"containers.octo.ghe.com"_s));
}

void tst_CheckScenarios::hostPairs()
{
    const auto resolve = [](const QString& host) {
        CheckRequest r;
        r.host = host;
        return r.resolved();
    };
    QCOMPARE(resolve(u"github.com"_s).apiUrl, QUrl(u"https://api.github.com"_s));
    QCOMPARE(resolve(u"github.com"_s).registry, u"ghcr.io"_s);
    QCOMPARE(resolve(u"Octo.GHE.com"_s).apiUrl, QUrl(u"https://api.octo.ghe.com"_s));
    QCOMPARE(resolve(u"octo.ghe.com"_s).registry, u"containers.octo.ghe.com"_s);
    QCOMPARE(resolve(u"github.example.com"_s).apiUrl, QUrl(u"https://github.example.com/api/v3"_s));
    QCOMPARE(resolve(u"github.example.com"_s).registry, u"containers.github.example.com"_s);
    QVERIFY(resolve(u"octo.ghe.com"_s).validate().isEmpty());
}

// An API URL at a host's root (a GHES host without /api/v3) answers 404 without GitHub's signature: the API side
// is undetermined, and the diagnosis says where the API probably is instead of advising about the token.
void tst_CheckScenarios::apiUrlWithoutApiV3()
{
    FakeServer server;
    QVERIFY(server.start());
    server.setScenario(FakeServer::scenario(u"write-only-needs-read"_s));
    CheckRequest request = requestFor(server, u"pull,push"_s, u"octocat"_s, 10);
    request.apiUrl = server.baseUrl(); // GET /user → the server's plain 404
    const Run run = runCheck(request, FakeServer::classicToken());
    QVERIFY(run.finished);
    const Diagnosis& d = run.diagnosis;
    QCOMPARE(apiOutcomeId(d.api.outcome), u"not-github"_s);
    QVERIFY2(d.api.errorSentence.contains(server.baseUrl().toString() + u"/api/v3"_s), qPrintable(d.api.errorSentence));
    QCOMPARE(checkStatusId(d.item(u"token.accepted"_s)->status), u"skip"_s);
    QCOMPARE(checkStatusId(d.item(u"registry.pull"_s)->status), u"fail"_s);
    QString all = d.summary;
    for (const ChecklistItem& i : d.checklist)
        all += i.detail + i.fix;
    for (const FixStep& st : d.fixSteps)
        all += st.title + st.detail;
    for (const QString& contradiction :
         {u"(classic) instead"_s, u"scopes look right"_s, u"scopes are right"_s, u"docker logout"_s})
        QVERIFY2(!all.contains(contradiction), qPrintable(contradiction + u" in: "_s + all));
}

void tst_CheckScenarios::cancelMidCheck()
{
    FakeServer server;
    QVERIFY(server.start());
    auto preset = FakeServer::scenario(u"api-hang"_s);
    preset.registry.fault = ghcr::test::Fault::Hang;
    server.setScenario(preset);

    QNetworkAccessManager network;
    CheckRunner runner(&network);
    QSignalSpy spy(&runner, &CheckRunner::finished);
    runner.start(requestFor(server, u"pull,push"_s, u"octocat"_s, 60), FakeServer::classicToken());
    QVERIFY(runner.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(server.requests(u"api"_s).size() >= 1 && server.requests(u"registry"_s).size() >= 1,
                             30000);
    runner.cancel();
    // Promptly: long before the 60 s request timeout.
    QVERIFY(spy.count() == 1 || spy.wait(10000));
    QCOMPARE(spy.count(), 1);
    const auto d = spy.at(0).at(0).value<Diagnosis>();
    QVERIFY(d.cancelled);
    QVERIFY(!runner.isRunning());
    QVERIFY(d.verdict != Verdict::Ok);
    QVERIFY(!everything(d).contains(FakeServer::classicToken()));
}

// The registry side starts at once and never idles for the API: with the API answering after 800 ms and the user
// given, every registry request has arrived before the API's answer.
void tst_CheckScenarios::registryDoesNotWaitForTheApi()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    s.api.fault = Fault::Delay;
    s.api.delayMs = 800;
    server.setScenario(s);
    const Run run = runCheck(requestFor(server, u"pull,push"_s, u"octocat"_s, 10), s.token);
    QVERIFY(run.finished);
    QCOMPARE(verdictId(run.diagnosis.verdict), u"ok"_s);
    const auto api = server.requests(u"api"_s);
    QCOMPARE(api.size(), 1);
    const qint64 apiAnswered = api.constFirst().receivedAtMs + 800;
    for (const auto& r : server.requests())
        if (r.side != u"api"_s)
            QVERIFY2(r.receivedAtMs < apiAnswered, qPrintable(r.path + u" arrived after the API's answer"_s));
}

// A registry that may check user names (not ghcr.io) and no --user: the registry waits for the API's login. With the
// API hanging (its own host), the registry part stops after a quarter of the 8 s budget with a sentence that says
// so and asks for --user; no user name is guessed (no token request) and no verdict rests on the registry. Before,
// the registry waited until the whole budget was spent and then said only that it was not attempted.
void tst_CheckScenarios::hangingApiBoundsTheWaitForTheLogin()
{
    FakeServer api;
    FakeServer registry;
    QVERIFY(api.start());
    QVERIFY(registry.start());
    api.setScenario(FakeServer::scenario(u"api-hang"_s));
    registry.setScenario(FakeServer::scenario(u"ok-read-write"_s));
    CheckRequest request = requestFor(registry, u"pull"_s, {}, 8);
    request.apiUrl = api.apiUrl();
    QCOMPARE(CheckRunner::userWaitLimitMs(request.resolved()), 2000);
    const Run run = runCheck(request, FakeServer::classicToken());
    QVERIFY(run.finished);
    const Diagnosis& d = run.diagnosis;
    QCOMPARE(verdictId(d.verdict), u"error"_s);
    QCOMPARE(apiOutcomeId(d.api.outcome), u"network-error"_s);
    QVERIFY2(d.registry.elapsedMs >= 2000 && d.registry.elapsedMs < 4000,
             qPrintable(QString::number(d.registry.elapsedMs)));
    QVERIFY(d.registry.waitedForApi);
    QCOMPARE(d.registry.userSource, UserSource::None);
    const QString sentence = d.registry.errorSentence;
    QVERIFY2(sentence.contains(u"the GitHub API had not told the token's login 2 second"_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(u"after the registry was ready, and "_s + registry.registryHost() +
                               u" may check the user name, so none was guessed"_s),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(u"--user NAME"_s), qPrintable(sentence));
    for (const auto& r : registry.requests(u"token"_s)) // only the anonymous public-package check
        QVERIFY2(!r.hasAuthorization, qPrintable(u"a login as "_s + r.basicUser));
    QVERIFY(!registry.requests(u"registry"_s).isEmpty()); // the challenge was asked
    for (const QString& id : {u"registry.login"_s, u"registry.pull"_s}) {
        QCOMPARE(checkStatusId(d.item(id)->status), u"skip"_s);
        QVERIFY2(d.item(id)->detail.contains(u"--user NAME"_s), qPrintable(d.item(id)->detail));
    }
}

// The critical path: one token request for pull and push (it is the login too), then both probes at once,
// and the upload cancel off the path. With 600 ms added to every registry answer, the POST arrives while the
// HEAD is still waiting for its answer (a sequential chain would send it 600 ms or more later).
void tst_CheckScenarios::oneTokenRequestAndConcurrentProbes()
{
    FakeServer server;
    QVERIFY(server.start());
    Scenario s = FakeServer::scenario(u"ok-read-write"_s);
    s.registry.fault = Fault::Delay;
    s.registry.delayMs = 600;
    server.setScenario(s);
    const Run run = runCheck(requestFor(server, u"pull,push"_s, u"octocat"_s, 15), s.token);
    QVERIFY(run.finished);
    const Diagnosis& d = run.diagnosis;
    QCOMPARE(verdictId(d.verdict), u"ok"_s);
    QCOMPARE(d.registry.loginOk, std::optional<bool>(true));
    int credentialed = 0;
    for (const auto& r : server.requests(u"token"_s))
        if (r.hasAuthorization) {
            ++credentialed;
            QCOMPARE(r.scopes(), QStringList{u"repository:octocat/app:pull,push"_s});
        }
    QCOMPARE(credentialed, 1);
    qint64 head = -1, post = -1;
    for (const auto& r : server.requests(u"registry"_s)) {
        if (r.method == "HEAD")
            head = r.receivedAtMs;
        if (r.method == "POST")
            post = r.receivedAtMs;
    }
    QVERIFY(head >= 0 && post >= 0);
    QVERIFY2(qAbs(head - post) < 600, qPrintable(u"HEAD at %1 ms, POST at %2 ms"_s.arg(head).arg(post)));
    // The cancel was sent, but the verdict did not wait 600 ms for its answer.
    const OperationResult* push = d.registry.operation(Operation::Push);
    QVERIFY(!push->cancelProbe.isEmpty());
    QCOMPARE(push->cancelStatus, 0);
    QVERIFY2(push->cancelNote.contains(u"not awaited"_s), qPrintable(push->cancelNote));
}

QTEST_GUILESS_MAIN(tst_CheckScenarios)
#include "tst_CheckScenarios.moc"
