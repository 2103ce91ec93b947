// GHCR Doctor's engine against the REAL registry: Debian's docker-registry (CNCF distribution 2.8) with
// token auth, a token issuer in this process (RS256 JWTs, personas with different rights), an image
// seeded with skopeo, and every verdict cross-checked against what skopeo (a real client) could
// really do with the same credentials. Everything runs on 127.0.0.1; the GitHub API side is the
// FakeServer. Missing tools: QSKIP locally, QFAIL when $CI is set.
//
// Expectations are "key=value" items (see valueOf()), e.g. pull.status=200 push.challenge=insufficient_scope.
#include "app/core/CheckRunner.h"
#include "app/core/MatrixRunner.h"
#include "app/core/net/WwwAuthenticate.h"
#include "app/core/token/TokenAnalysis.h"
#include "app/storage/LoginWriter.h"
#include "tests/integration/RealRegistry.h"
#include "tests/integration/TokenIssuer.h"
#include "tests/support/FakeServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ghcr;
using ghcr::test::FakeServer;
using ghcr::test::RealRegistry;
using ghcr::test::TokenIssuer;

Q_DECLARE_METATYPE(ghcr::Diagnosis)

namespace {

const QString service = u"test-registry"_s;
const QString issuerName = u"ghcr-doctor-test"_s;
constexpr int toolTimeoutMs = 120000;
constexpr int checkTimeoutMs = 90000;

/// A classic-style token (ghp_ + 30 characters + valid checksum), deterministic per seed.
QString personaToken(const QString& seed)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const QByteArray hash =
        QCryptographicHash::hash((u"ghcr-doctor-integration:"_s + seed).toUtf8(), QCryptographicHash::Sha256);
    QString random;
    for (int i = 0; i < 30; ++i)
        random += QLatin1Char(alphabet[static_cast<unsigned char>(hash.at(i)) % 62]);
    return u"ghp_"_s + random + tokenChecksum(random);
}

struct Persona
{
    QString user;
    QStringList registryActions; ///< what the token issuer allows
    QString apiScopes;           ///< X-OAuth-Scopes the fake GitHub API reports for the same token
};

const QList<Persona>& personas()
{
    static const QList<Persona> list = {
        {u"reader"_s, {u"pull"_s}, u"read:packages"_s},
        {u"writer"_s, {u"pull"_s, u"push"_s}, u"read:packages, write:packages"_s},
        {u"pushonly"_s, {u"push"_s}, u"write:packages"_s},
        {u"admin"_s, {u"pull"_s, u"push"_s, u"delete"_s}, u"read:packages, write:packages, delete:packages"_s},
    };
    return list;
}

const Persona* personaNamed(const QString& user)
{
    for (const Persona& p : personas())
        if (p.user == user)
            return &p;
    return nullptr;
}

QString allowedId(const std::optional<bool>& allowed)
{
    return !allowed.has_value() ? u"null"_s : (*allowed ? u"true"_s : u"false"_s);
}

QList<Operation> opsFrom(const QString& ops)
{
    return operationsFromList(ops).value();
}

/// One observable fact of a diagnosis, by key.
QString valueOf(const Diagnosis& d, const QString& key)
{
    if (key == u"verdict"_s)
        return verdictId(d.verdict);
    if (key == u"exit"_s)
        return QString::number(d.exitCode());
    if (key == u"api.status"_s)
        return QString::number(d.api.httpStatus);
    if (key == u"login.status"_s)
        return QString::number(d.registry.loginStatus);
    if (key == u"login.ok"_s)
        return allowedId(d.registry.loginOk);
    if (key == u"login.code"_s)
        return d.registry.loginCode;
    if (key == u"public"_s)
        return allowedId(d.registry.publicImage);
    if (key == u"tags"_s)
        return d.registry.existingTags.join(u',');
    if (key.startsWith(u"registry."_s) || key.startsWith(u"scope."_s) || key.startsWith(u"token."_s) ||
        key == u"image.reference"_s) {
        const ChecklistItem* item = d.item(key);
        return item ? checkStatusId(item->status) : u"missing"_s;
    }
    const QString opName = key.section(u'.', 0, 0);
    const QString field = key.section(u'.', 1);
    const std::optional<Operation> op = operationFromId(opName);
    const OperationResult* r = op ? d.registry.operation(*op) : nullptr;
    if (!r)
        return u"unknown key "_s + key;
    if (field == u"allowed"_s)
        return allowedId(r->allowed);
    if (field == u"status"_s)
        return QString::number(r->httpStatus);
    if (field == u"token"_s)
        return QString::number(r->tokenStatus);
    if (field == u"code"_s)
        return r->code;
    if (field == u"challenge"_s)
        return r->challengeError;
    if (field == u"basis"_s)
        return enumId(r->basis);
    if (field == u"cancel"_s)
        return QString::number(r->cancelStatus);
    if (field == u"cancelNote"_s) // "insufficient_scope" when the note names it
        return r->cancelNote.contains(u"insufficient_scope"_s) ? u"insufficient_scope"_s : r->cancelNote;
    return u"unknown key "_s + key;
}

/// What the registry answered, as one line for the log (and the report in the commit).
QString observed(const QString& label, const Diagnosis& d)
{
    const RegistryEvidence& r = d.registry;
    QString s = label + u": GET /v2/ → "_s + QString::number(r.challengeStatus) + u"; login token → "_s +
                QString::number(r.loginStatus) + (r.loginCode.isEmpty() ? QString() : u" "_s + r.loginCode);
    for (const OperationResult& op : r.operations) {
        if (!op.requested)
            continue;
        s += u"; "_s + operationId(op.operation) + u": token → "_s + QString::number(op.tokenStatus) + u", "_s +
             op.probe + u" → "_s + QString::number(op.httpStatus);
        if (!op.code.isEmpty())
            s += u" "_s + op.code;
        if (!op.challengeError.isEmpty())
            s += u" (error=\""_s + op.challengeError + u"\")"_s;
        if (!op.cancelProbe.isEmpty())
            s += u", cancel → "_s + QString::number(op.cancelStatus);
        s += u", allowed="_s + allowedId(op.allowed);
    }
    s += u"; verdict "_s + verdictId(d.verdict) + u" (exit "_s + QString::number(d.exitCode()) + u')';
    return s;
}

} // namespace

class tst_RealRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void registryFacts();
    void engineVerdicts_data();
    void engineVerdicts();
    void skopeoAgrees_data();
    void skopeoAgrees();
    void skopeoAgreesOnMissingTag();
    void matrixAgreesWithSkopeo_data();
    void matrixAgreesWithSkopeo();
    void storedLoginsAuthenticateRealClients_data();
    void storedLoginsAuthenticateRealClients();

private:
    bool runCheck(const QString& user, const QString& token, const QString& image, const QString& ops, Diagnosis* out);
    bool runMatrix(const QString& user, const QString& token, const QStringList& images, Diagnosis* out,
                   const QList<Operation>& operations = {Operation::Pull});
    QStringList skopeoGlobal() const;
    QString tokenOf(const QString& user) const { return personaToken(user); }
    QByteArray issue(const QString& user, const QString& scope);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TokenIssuer> m_issuer;
    std::unique_ptr<RealRegistry> m_registry;
    std::unique_ptr<FakeServer> m_api;
    QNetworkAccessManager m_network;
    QProcessEnvironment m_toolEnv;
    QString m_certDir;
    QString m_skopeo;
};

void tst_RealRegistry::initTestCase()
{
    qRegisterMetaType<ghcr::Diagnosis>();
    const bool ci = !qEnvironmentVariableIsEmpty("CI");
    QStringList missing;
    for (const QString& tool : {u"docker-registry"_s, u"skopeo"_s, u"openssl"_s})
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing << tool;
    if (!missing.isEmpty()) {
        const QString why =
            u"missing "_s + missing.join(u", "_s) + u" (Debian: apt-get install docker-registry skopeo openssl)"_s;
        if (ci)
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    m_skopeo = QStandardPaths::findExecutable(u"skopeo"_s);

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    const QString dir = m_dir->path();

    // Tools see a private home: no stored registry credentials, no user policy or auth file.
    m_toolEnv = QProcessEnvironment::systemEnvironment();
    for (const QString& k :
         {u"HOME"_s, u"XDG_RUNTIME_DIR"_s, u"XDG_CONFIG_HOME"_s, u"XDG_DATA_HOME"_s, u"XDG_CACHE_HOME"_s}) {
        const QString path = dir + u"/env/"_s + k.toLower();
        QVERIFY(QDir().mkpath(path));
        m_toolEnv.insert(k, path);
    }
    m_toolEnv.remove(u"REGISTRY_AUTH_FILE"_s);
    m_toolEnv.remove(u"DOCKER_CONFIG"_s);
    QFile policy(dir + u"/policy.json"_s);
    QVERIFY(policy.open(QIODevice::WriteOnly));
    policy.write(R"({"default":[{"type":"insecureAcceptAnything"}]})"_ba);
    policy.close();
    m_certDir = dir + u"/certs"_s;
    QVERIFY(QDir().mkpath(m_certDir));
    QVERIFY(QFile::copy(FakeServer::testCaFile(), m_certDir + u"/ca.crt"_s));

    // The JWT signing key and its self-signed certificate (the registry's rootcertbundle).
    const QString key = dir + u"/signing.key"_s;
    const QString cert = dir + u"/signing.pem"_s;
    const ghcr::test::ToolRun gen = ghcr::test::runTool(u"openssl"_s,
                                                        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                                         u"-keyout"_s, key, u"-out"_s, cert, u"-days"_s, u"2"_s,
                                                         u"-subj"_s, u"/O=GHCR Doctor tests/CN=test token signer"_s},
                                                        m_toolEnv, toolTimeoutMs);
    QVERIFY2(gen.ok(), qPrintable(gen.describe(u"openssl req"_s)));

    m_issuer = std::make_unique<TokenIssuer>(key, cert, issuerName, service);
    for (const Persona& p : personas())
        m_issuer->addPersona(p.user, tokenOf(p.user), p.registryActions);
    QString error;
    QVERIFY2(m_issuer->start(&error), qPrintable(error));

    // The registry's port is picked free a moment before it binds: if another process took it meanwhile,
    // the registry exits at once and we try again on another port.
    bool ready = false;
    for (int attempt = 1; attempt <= 3 && !ready; ++attempt) {
        m_registry = std::make_unique<RealRegistry>();
        const QString work = dir + u"/registry-"_s + QString::number(attempt);
        QVERIFY(QDir().mkpath(work));
        QVERIFY2(m_registry->start(work, m_issuer->realm(), service, issuerName, cert, &error), qPrintable(error));
        ready = m_registry->waitReady(&m_network, 60000, &error);
        if (!ready)
            qWarning().noquote() << "registry attempt" << attempt << "failed:" << error;
    }
    QVERIFY2(ready, qPrintable(error));

    m_api = std::make_unique<FakeServer>();
    QVERIFY2(m_api->start(&error), qPrintable(error));

    // Seed owner/app:latest with a real client, as admin.
    const QString layout = dir + u"/seed"_s;
    const QString digest = ghcr::test::writeOciLayout(layout, u"latest"_s, "hello from ghcr-doctor\n"_ba, &error);
    QVERIFY2(!digest.isEmpty(), qPrintable(error));
    const ghcr::test::ToolRun seed = ghcr::test::runTool(
        m_skopeo,
        skopeoGlobal() + QStringList{u"copy"_s, u"--dest-creds"_s, u"admin:"_s + tokenOf(u"admin"_s),
                                     u"--dest-cert-dir"_s, m_certDir, u"oci:"_s + layout + u":latest"_s,
                                     u"docker://"_s + m_registry->hostPort() + u"/owner/app:latest"_s},
        m_toolEnv, toolTimeoutMs);
    QVERIFY2(seed.ok(), qPrintable(seed.describe(u"skopeo copy (seed)"_s) + u"\nregistry log:\n"_s +
                                   QString::fromUtf8(m_registry->log().right(4000))));
}

void tst_RealRegistry::cleanup()
{
    if (QTest::currentTestFailed() && m_registry)
        qWarning().noquote() << "registry log (tail):\n" << QString::fromUtf8(m_registry->log().right(6000));
}

void tst_RealRegistry::cleanupTestCase()
{
    if (m_registry)
        m_registry->stop();
    m_registry.reset();
    m_issuer.reset();
    m_api.reset();
}

QStringList tst_RealRegistry::skopeoGlobal() const
{
    return {u"--policy"_s, m_dir->path() + u"/policy.json"_s, u"--tmpdir"_s, m_dir->path() + u"/env"_s};
}

QByteArray tst_RealRegistry::issue(const QString& user, const QString& scope)
{
    QUrl url = m_issuer->realm();
    url.setQuery(u"service="_s + service + u"&scope="_s + scope);
    const QByteArray basic = "Basic "_ba + (user + u':' + tokenOf(user)).toUtf8().toBase64();
    const ghcr::test::RawAnswer a = ghcr::test::rawRequest(&m_network, "GET"_ba, url, {{"Authorization"_ba, basic}});
    return QJsonDocument::fromJson(a.body).object().value(u"token"_s).toString().toUtf8();
}

bool tst_RealRegistry::runCheck(const QString& user, const QString& token, const QString& image, const QString& ops,
                                Diagnosis* out)
{
    // The GitHub API side: the fake, accepting this persona's own token with the persona's scopes.
    const Persona* persona = personaNamed(user);
    ghcr::test::Scenario scenario = FakeServer::scenario(u"ok-read-write"_s);
    scenario.token = tokenOf(user);
    scenario.api.login = user;
    scenario.api.scopes = persona ? persona->apiScopes : QString();
    m_api->setScenario(scenario);

    CheckRequest request;
    request.apiUrl = m_api->apiUrl();
    request.registry = m_registry->hostPort();
    request.user = user;
    request.image = image;
    request.operations = opsFrom(ops);
    request.timeoutSeconds = 30;
    request.extraCaCertificates = {FakeServer::testCa()};

    CheckRunner runner(&m_network);
    QSignalSpy spy(&runner, &CheckRunner::finished);
    runner.start(request, token);
    if (spy.isEmpty() && !spy.wait(checkTimeoutMs)) {
        runner.cancel();
        return false;
    }
    *out = spy.at(0).at(0).value<Diagnosis>();
    return true;
}

// What the real registry does, asked directly (the facts the engine's reading rests on).
void tst_RealRegistry::registryFacts()
{
    using ghcr::test::rawRequest;
    // 1. The challenge names our realm and service.
    const auto challenge = rawRequest(&m_network, "GET"_ba, m_registry->url(u"/v2/"_s), {});
    QCOMPARE(challenge.status, 401);
    const QByteArray www = challenge.header("WWW-Authenticate"_ba);
    QVERIFY2(www.startsWith("Bearer "_ba), www.constData());
    const QByteArray realm = "realm=\""_ba + m_issuer->realm().toString().toUtf8() + '"';
    QVERIFY2(www.contains(realm), www.constData());
    QVERIFY2(www.contains("service=\"test-registry\""_ba), www.constData());

    // 2. A garbage bearer token: 401 invalid_token.
    const auto garbage = rawRequest(&m_network, "HEAD"_ba, m_registry->url(u"/v2/owner/app/manifests/latest"_s),
                                    {{"Authorization"_ba, "Bearer not-a-jwt"_ba}});
    QCOMPARE(garbage.status, 401);
    QVERIFY2(garbage.header("WWW-Authenticate"_ba).contains("error=\"invalid_token\""_ba),
             garbage.header("WWW-Authenticate"_ba).constData());

    // 3. Start an upload with a pull,push token, cancel it with the same token: the cancel needs "delete".
    const QByteArray writerToken = issue(u"writer"_s, u"repository:owner/app:pull,push"_s);
    QVERIFY(!writerToken.isEmpty());
    const QByteArray writerAuth = "Bearer "_ba + writerToken;
    const auto upload = rawRequest(&m_network, "POST"_ba, m_registry->url(u"/v2/owner/app/blobs/uploads/"_s),
                                   {{"Authorization"_ba, writerAuth}});
    QCOMPARE(upload.status, 202);
    const QUrl location = m_registry->url(u"/"_s).resolved(QUrl(QString::fromUtf8(upload.header("Location"_ba))));
    QCOMPARE(location.port(), int(m_registry->port()));
    const auto refusedCancel = rawRequest(&m_network, "DELETE"_ba, location, {{"Authorization"_ba, writerAuth}});
    QCOMPARE(refusedCancel.status, 401);
    QVERIFY2(refusedCancel.header("WWW-Authenticate"_ba).contains("error=\"insufficient_scope\""_ba),
             refusedCancel.header("WWW-Authenticate"_ba).constData());
    QVERIFY2(refusedCancel.header("WWW-Authenticate"_ba).contains("scope=\"repository:owner/app:delete\""_ba),
             refusedCancel.header("WWW-Authenticate"_ba).constData());

    // 4. A push with a pull-only token: 401, the challenge names pull AND push, the body says UNAUTHORIZED.
    const QByteArray readerToken = issue(u"reader"_s, u"repository:owner/app:pull,push"_s);
    const auto readerPush = rawRequest(&m_network, "POST"_ba, m_registry->url(u"/v2/owner/app/blobs/uploads/"_s),
                                       {{"Authorization"_ba, "Bearer "_ba + readerToken}});
    QCOMPARE(readerPush.status, 401);
    const QByteArray pushChallenge = readerPush.header("WWW-Authenticate"_ba);
    // The registry lists the actions in no fixed order (pull,push or push,pull): compare them as a set,
    // through the engine's own challenge parser.
    const QList<ghcr::AuthChallenge> challenges = ghcr::parseWwwAuthenticate(QString::fromUtf8(pushChallenge));
    QVERIFY2(!challenges.isEmpty(), pushChallenge.constData());
    QCOMPARE(challenges.constFirst().param(u"error"_s), u"insufficient_scope"_s);
    const QList<ghcr::ResourceScope> pushScopes = ghcr::parseResourceScopes(challenges.constFirst().param(u"scope"_s));
    QCOMPARE(pushScopes.size(), 1);
    QCOMPARE(pushScopes.constFirst().name, u"owner/app"_s);
    QStringList pushActions = pushScopes.constFirst().actions;
    pushActions.sort();
    QCOMPARE(pushActions, (QStringList{u"pull"_s, u"push"_s}));
    QVERIFY2(readerPush.body.contains(R"("code":"UNAUTHORIZED","message":"authentication required")"_ba),
             readerPush.body.constData());

    // 5. A manifest GET with a token that has push but not pull: refused the same way, naming pull.
    const QByteArray pushOnly = issue(u"pushonly"_s, u"repository:owner/app:pull,push"_s);
    const auto pushOnlyGet = rawRequest(&m_network, "GET"_ba, m_registry->url(u"/v2/owner/app/manifests/latest"_s),
                                        {{"Authorization"_ba, "Bearer "_ba + pushOnly}});
    QCOMPARE(pushOnlyGet.status, 401);
    QVERIFY2(pushOnlyGet.header("WWW-Authenticate"_ba)
                 .contains("scope=\"repository:owner/app:pull\",error=\"insufficient_scope\""_ba),
             pushOnlyGet.header("WWW-Authenticate"_ba).constData());

    // 6. The upload of step 3 cancelled with a delete token: 204.
    const QByteArray adminToken = issue(u"admin"_s, u"repository:owner/app:pull,push,delete"_s);
    const auto cancelled =
        rawRequest(&m_network, "DELETE"_ba, location, {{"Authorization"_ba, "Bearer "_ba + adminToken}});
    QCOMPARE(cancelled.status, 204);
}

void tst_RealRegistry::engineVerdicts_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("token"); // empty: the persona's own
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("ops");
    // What the issuer granted, per token request, '|' between requests. One request asks for every operation
    // at once (pull,push) and is the login too: the registry grants what the persona may (a reader gets pull).
    QTest::addColumn<QString>("grants");
    QTest::addColumn<QString>("expect");

    const QString rw = u"pull,push"_s;
    const QString app = u"owner/app:latest"_s;
    QTest::newRow("reader") << u"reader"_s << QString() << app << rw << u"repository:owner/app:pull"_s
                            << u"login.status=200 login.ok=true pull.token=200 pull.status=200 pull.allowed=true "
                               u"push.token=200 push.status=401 push.code=UNAUTHORIZED "
                               u"push.challenge=insufficient_scope push.allowed=false push.cancel=0 "
                               u"registry.login=pass registry.pull=pass registry.push=fail "
                               u"verdict=action-needed exit=1"_s;
    QTest::newRow("writer") << u"writer"_s << QString() << app << rw << u"repository:owner/app:pull,push"_s
                            << u"login.status=200 pull.status=200 pull.allowed=true push.token=200 push.status=202 "
                               u"push.allowed=true push.cancel=401 push.cancelNote=insufficient_scope "
                               u"registry.pull=pass registry.push=pass verdict=ok exit=0"_s;
    // The engine asks for pull,push only (never delete) for the push probe, so even admin's cancel is
    // refused: the registry wants "delete" for DELETE on an upload (registryFacts shows the 204 with it).
    QTest::newRow("admin") << u"admin"_s << QString() << app << rw << u"repository:owner/app:pull,push"_s
                           << u"pull.status=200 pull.allowed=true push.status=202 push.allowed=true push.cancel=401 "
                              u"push.cancelNote=insufficient_scope registry.pull=pass registry.push=pass "
                              u"verdict=ok exit=0"_s;
    // push without pull: distribution needs pull AND push to start an upload (POST), so push is refused
    // too, although the token carries "push".
    QTest::newRow("pushonly") << u"pushonly"_s << QString() << app << rw << u"repository:owner/app:push"_s
                              << u"login.status=200 pull.token=200 pull.status=401 pull.code= "
                                 u"pull.challenge=insufficient_scope pull.allowed=false push.token=200 "
                                 u"push.status=401 push.code=UNAUTHORIZED push.challenge=insufficient_scope "
                                 u"push.allowed=false registry.pull=fail registry.push=fail "
                                 u"verdict=action-needed exit=1"_s;
    QTest::newRow("wrong password") << u"reader"_s << personaToken(u"not-the-password"_s) << app << rw
                                    << u"401"_s // the login only: rejected credentials are never sent again
                                    << u"api.status=401 login.status=401 login.ok=false login.code=UNAUTHORIZED "
                                       u"pull.token=401 pull.allowed=false pull.basis=token-endpoint "
                                       u"push.token=401 push.allowed=false registry.login=fail registry.pull=fail "
                                       u"registry.push=fail token.accepted=fail verdict=action-needed exit=1"_s;
    // The token may pull; the tag does not exist: docker pull fails with "manifest unknown", so never "ok".
    QTest::newRow("missing tag") << u"reader"_s << QString() << u"owner/app:nope"_s << u"pull"_s
                                 << u"repository:owner/app:pull"_s
                                 << u"pull.status=200 pull.allowed=true pull.code=MANIFEST_UNKNOWN "
                                    u"registry.pull=pass image.reference=fail tags=latest public=false "
                                    u"verdict=action-needed exit=1"_s;
    // No image: pull was requested and never probed, so it is not verified and the verdict is not "ok".
    QTest::newRow("no image") << u"reader"_s << QString() << QString() << u"pull"_s << u"-"_s
                              << u"login.status=200 login.ok=true pull.allowed=null registry.login=pass "
                                 u"registry.pull=warn image.reference=skip verdict=action-needed exit=1"_s;
    QTest::newRow("no image, login only") << u"reader"_s << QString() << QString() << u"login"_s << u"-"_s
                                          << u"login.ok=true registry.login=pass registry.pull=skip "
                                             u"verdict=ok exit=0"_s;
    QTest::newRow("unknown repository") << u"writer"_s << QString() << u"owner/none:latest"_s << rw
                                        << u"repository:owner/none:pull,push"_s
                                        << u"pull.status=404 pull.allowed=null pull.code=NAME_UNKNOWN "
                                           u"registry.pull=warn push.status=202 push.allowed=true "
                                           u"registry.push=pass verdict=action-needed exit=1"_s;
}

void tst_RealRegistry::engineVerdicts()
{
    QFETCH(QString, user);
    QFETCH(QString, token);
    QFETCH(QString, image);
    QFETCH(QString, ops);
    QFETCH(QString, grants);
    QFETCH(QString, expect);

    m_issuer->clearGrants();
    Diagnosis d;
    QVERIFY2(runCheck(user, token.isEmpty() ? tokenOf(user) : token, image, ops, &d), "the check did not finish");
    qInfo().noquote() << observed(QString::fromUtf8(QTest::currentDataTag()), d);

    // What the token issuer handed out, request by request ('-': a token with no repository access).
    // Anonymous requests (the public-package check) carry no credentials and are counted apart: at most one,
    // and this private registry refuses it.
    QStringList seen;
    int anonymous = 0;
    for (const ghcr::test::TokenGrant& g : m_issuer->grants()) {
        if (!g.authenticated && g.user.isEmpty()) {
            ++anonymous;
            QCOMPARE(g.status, 401);
            continue;
        }
        seen << (g.status != 200 ? QString::number(g.status) : g.granted.isEmpty() ? u"-"_s : g.granted.join(u' '));
    }
    QCOMPARE(seen.join(u'|'), grants);
    QVERIFY2(anonymous <= 1, qPrintable(QString::number(anonymous)));
    if (!d.registry.image.isEmpty() && d.registry.loginOk == true)
        QCOMPARE(allowedId(d.registry.publicImage), u"false"_s);

    for (const QString& item : expect.split(u' ', Qt::SkipEmptyParts)) {
        const QString key = item.section(u'=', 0, 0);
        const QString want = item.section(u'=', 1);
        const QString got = valueOf(d, key);
        QVERIFY2(got == want,
                 qPrintable(key + u": got \""_s + got + u"\", expected \""_s + want + u"\"\n"_s + observed(user, d)));
    }
    // Advice never rests on scopes GitHub did not tell (the API refused the token here).
    if (d.api.httpStatus != 200)
        for (const ChecklistItem& i : std::as_const(d.checklist))
            QVERIFY2(!i.fix.contains(u"scopes look right"_s), qPrintable(i.id + u": "_s + i.fix));
    // A refused cancel is never a push failure.
    if (const OperationResult* push = d.registry.operation(Operation::Push); push && push->cancelStatus == 401)
        QCOMPARE(push->allowed, std::optional<bool>(true));
}

void tst_RealRegistry::skopeoAgrees_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("canPull");
    QTest::addColumn<bool>("canPush");

    QTest::newRow("reader") << u"reader"_s << QString() << true << false;
    QTest::newRow("writer") << u"writer"_s << QString() << true << true;
    QTest::newRow("pushonly") << u"pushonly"_s << QString() << false << false;
    QTest::newRow("admin") << u"admin"_s << QString() << true << true;
    QTest::newRow("wrong password") << u"reader"_s << personaToken(u"not-the-password"_s) << false << false;
}

void tst_RealRegistry::skopeoAgrees()
{
    QFETCH(QString, user);
    QFETCH(QString, token);
    QFETCH(bool, canPull);
    QFETCH(bool, canPush);
    const QString secret = token.isEmpty() ? tokenOf(user) : token;
    const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-');
    const QString host = m_registry->hostPort();

    // The real client pulls (manifest + config blob)…
    const ghcr::test::ToolRun inspect = ghcr::test::runTool(
        m_skopeo,
        skopeoGlobal() + QStringList{u"inspect"_s, u"--no-tags"_s, u"--creds"_s, user + u':' + secret, u"--cert-dir"_s,
                                     m_certDir, u"docker://"_s + host + u"/owner/app:latest"_s},
        m_toolEnv, toolTimeoutMs);
    QVERIFY2(inspect.started && inspect.finished, qPrintable(inspect.describe(u"skopeo inspect"_s)));
    // …and pushes an image of its own (a new layer, so blobs are really uploaded).
    QString error;
    const QString layout = m_dir->path() + u"/copy-"_s + tag;
    QVERIFY2(!ghcr::test::writeOciLayout(layout, u"copy"_s, "pushed by "_ba + tag.toUtf8() + '\n', &error).isEmpty(),
             qPrintable(error));
    const ghcr::test::ToolRun copy = ghcr::test::runTool(
        m_skopeo,
        skopeoGlobal() + QStringList{u"copy"_s, u"--dest-creds"_s, user + u':' + secret, u"--dest-cert-dir"_s,
                                     m_certDir, u"oci:"_s + layout + u":copy"_s,
                                     u"docker://"_s + host + u"/owner/app:copy-"_s + tag},
        m_toolEnv, toolTimeoutMs);
    QVERIFY2(copy.started && copy.finished, qPrintable(copy.describe(u"skopeo copy"_s)));
    qInfo().noquote() << tag << "skopeo inspect exit" << inspect.exitCode << "| skopeo copy exit" << copy.exitCode
                      << "|" << QString::fromUtf8(copy.output.trimmed().split('\n').constLast().left(300));

    // Our verdict on the same credentials.
    Diagnosis d;
    QVERIFY2(runCheck(user, secret, u"owner/app:latest"_s, u"pull,push"_s, &d), "the check did not finish");
    qInfo().noquote() << observed(tag, d);
    const bool weSayPull = d.item(u"registry.pull"_s)->status == CheckStatus::Pass;
    const bool weSayPush = d.item(u"registry.push"_s)->status == CheckStatus::Pass;

    // The point of this test: GHCR Doctor's verdict is what the real client really could do.
    QVERIFY2(weSayPull == inspect.ok(), qPrintable(u"registry.pull says "_s + (weSayPull ? u"pass"_s : u"fail"_s) +
                                                   u" but "_s + inspect.describe(u"skopeo inspect"_s)));
    QVERIFY2(weSayPush == copy.ok(), qPrintable(u"registry.push says "_s + (weSayPush ? u"pass"_s : u"fail"_s) +
                                                u" but "_s + copy.describe(u"skopeo copy"_s)));
    // And both match the persona's rights.
    QVERIFY2(inspect.ok() == canPull, qPrintable(inspect.describe(u"skopeo inspect"_s)));
    QVERIFY2(copy.ok() == canPush, qPrintable(copy.describe(u"skopeo copy"_s)));

    // A successful push is really there: another client (the reader) can read it back.
    if (copy.ok()) {
        const ghcr::test::ToolRun readBack = ghcr::test::runTool(
            m_skopeo,
            skopeoGlobal() + QStringList{u"inspect"_s, u"--no-tags"_s, u"--creds"_s,
                                         u"reader:"_s + tokenOf(u"reader"_s), u"--cert-dir"_s, m_certDir,
                                         u"docker://"_s + host + u"/owner/app:copy-"_s + tag},
            m_toolEnv, toolTimeoutMs);
        QVERIFY2(readBack.ok(), qPrintable(readBack.describe(u"skopeo inspect (read back)"_s)));
    }
}

// A tag that does not exist: the real client fails with "manifest unknown", so the check must not say "ok".
void tst_RealRegistry::skopeoAgreesOnMissingTag()
{
    const QString host = m_registry->hostPort();
    const ghcr::test::ToolRun inspect = ghcr::test::runTool(
        m_skopeo,
        skopeoGlobal() + QStringList{u"inspect"_s, u"--no-tags"_s, u"--creds"_s, u"reader:"_s + tokenOf(u"reader"_s),
                                     u"--cert-dir"_s, m_certDir, u"docker://"_s + host + u"/owner/app:nope"_s},
        m_toolEnv, toolTimeoutMs);
    QVERIFY2(inspect.started && inspect.finished, qPrintable(inspect.describe(u"skopeo inspect"_s)));
    QVERIFY2(!inspect.ok(), qPrintable(inspect.describe(u"skopeo inspect"_s)));
    QVERIFY2(inspect.output.toLower().contains("manifest unknown"), inspect.output.constData());

    Diagnosis d;
    QVERIFY2(runCheck(u"reader"_s, tokenOf(u"reader"_s), u"owner/app:nope"_s, u"pull"_s, &d), "did not finish");
    QVERIFY(d.verdict != Verdict::Ok);
    QCOMPARE(d.item(u"image.reference"_s)->status, CheckStatus::Fail);
    QCOMPARE(d.item(u"registry.pull"_s)->status, CheckStatus::Pass); // the permission is real: skopeo reads latest
}

bool tst_RealRegistry::runMatrix(const QString& user, const QString& token, const QStringList& images, Diagnosis* out,
                                 const QList<Operation>& operations)
{
    const Persona* persona = personaNamed(user);
    ghcr::test::Scenario scenario = FakeServer::scenario(u"ok-read-write"_s);
    scenario.token = tokenOf(user);
    scenario.api.login = user;
    scenario.api.scopes = persona ? persona->apiScopes : QString();
    m_api->setScenario(scenario);

    MatrixRequest request;
    request.base.apiUrl = m_api->apiUrl();
    request.base.registry = m_registry->hostPort();
    request.base.user = user;
    request.base.operations = operations;
    request.base.timeoutSeconds = 60;
    request.base.extraCaCertificates = {FakeServer::testCa()};
    request.images = images;
    MatrixRunner runner(&m_network);
    QSignalSpy spy(&runner, &MatrixRunner::finished);
    runner.start(request, token);
    if (spy.isEmpty() && !spy.wait(checkTimeoutMs)) {
        runner.cancel();
        return false;
    }
    *out = spy.at(0).at(0).value<Diagnosis>();
    return true;
}

void tst_RealRegistry::matrixAgreesWithSkopeo_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("token"); // empty: the persona's own
    QTest::addColumn<int>("pullable");  // how many of the images skopeo (and so the matrix) can pull
    QTest::addColumn<int>("pushable");  // how many of those in an existing repository skopeo can push to
    QTest::newRow("reader") << u"reader"_s << QString() << 2 << 0;
    QTest::newRow("writer") << u"writer"_s << QString() << 2 << 3;
    QTest::newRow("pushonly") << u"pushonly"_s << QString() << 0 << 0;
    QTest::newRow("wrong password") << u"reader"_s << personaToken(u"not-the-password"_s) << 0 << 0;
}

// Every package at once on the real registry: a handful of images (two that exist, a missing
// repository) checked by one matrix run, each image's verdict what skopeo really could pull with the same token.
void tst_RealRegistry::matrixAgreesWithSkopeo()
{
    QFETCH(QString, user);
    QFETCH(QString, token);
    QFETCH(int, pullable);
    const QString secret = token.isEmpty() ? tokenOf(user) : token;
    const QString host = m_registry->hostPort();
    const QString layout = m_dir->path() + u"/tools"_s;
    QString error;
    if (!QFile::exists(layout)) { // a second repository, seeded by a real client as admin
        QVERIFY2(!ghcr::test::writeOciLayout(layout, u"v1"_s, "tools\n"_ba, &error).isEmpty(), qPrintable(error));
        const ghcr::test::ToolRun seed = ghcr::test::runTool(
            m_skopeo,
            skopeoGlobal() + QStringList{u"copy"_s, u"--dest-creds"_s, u"admin:"_s + tokenOf(u"admin"_s),
                                         u"--dest-cert-dir"_s, m_certDir, u"oci:"_s + layout + u":v1"_s,
                                         u"docker://"_s + host + u"/owner/tools:v1"_s},
            m_toolEnv, toolTimeoutMs);
        QVERIFY2(seed.ok(), qPrintable(seed.describe(u"skopeo copy (seed)"_s)));
    }
    // Two tags of one repository are two rows: the missing one is not pullable, for skopeo either.
    const QStringList images{u"owner/app:latest"_s, u"owner/app:missing"_s, u"owner/tools:v1"_s,
                             u"owner/none:latest"_s};
    Diagnosis d;
    QVERIFY2(runMatrix(user, secret, images, &d), "the matrix did not finish");
    QVERIFY(d.matrix);
    QCOMPARE(d.images.size(), images.size());
    int agreed = 0;
    for (const ImageResult& image : std::as_const(d.images)) {
        QVERIFY(image.finished);
        const QString reference = image.package.image();
        const ghcr::test::ToolRun inspect = ghcr::test::runTool(
            m_skopeo,
            skopeoGlobal() + QStringList{u"inspect"_s, u"--no-tags"_s, u"--creds"_s, user + u':' + secret,
                                         u"--cert-dir"_s, m_certDir, u"docker://"_s + host + u'/' + reference},
            m_toolEnv, toolTimeoutMs);
        QVERIFY2(inspect.started && inspect.finished, qPrintable(inspect.describe(u"skopeo inspect"_s)));
        const bool wePull = image.verdict == Verdict::Ok;
        qInfo().noquote() << reference << "matrix" << verdictId(image.verdict) << image.summary << "| skopeo exit"
                          << inspect.exitCode;
        QVERIFY2(wePull == inspect.ok(),
                 qPrintable(reference + u": the matrix says "_s + verdictId(image.verdict) + u" ("_s + image.summary +
                            u") but "_s + inspect.describe(u"skopeo inspect"_s)));
        agreed += inspect.ok() ? 1 : 0;
    }
    QCOMPARE(agreed, pullable);

    // Push, image by image: the matrix's push verdict is what skopeo copy really could do with the same token
    // (into a tag of its own; not into owner/none, which stays a repository that does not exist).
    QFETCH(int, pushable);
    Diagnosis withPush;
    QVERIFY2(runMatrix(user, secret, images, &withPush, {Operation::Pull, Operation::Push}),
             "the matrix did not finish");
    const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-');
    int pushed = 0;
    for (const ImageResult& image : std::as_const(withPush.images)) {
        const QString repository = image.package.owner + u'/' + image.package.name;
        if (repository == u"owner/none"_s)
            continue;
        const QString pushLayout = m_dir->path() + u"/matrix-push-"_s + tag;
        if (!QFile::exists(pushLayout))
            QVERIFY2(!ghcr::test::writeOciLayout(pushLayout, u"m"_s, "matrix push by "_ba + tag.toUtf8() + '\n', &error)
                          .isEmpty(),
                     qPrintable(error));
        const ghcr::test::ToolRun copy = ghcr::test::runTool(
            m_skopeo,
            skopeoGlobal() + QStringList{u"copy"_s, u"--dest-creds"_s, user + u':' + secret, u"--dest-cert-dir"_s,
                                         m_certDir, u"oci:"_s + pushLayout + u":m"_s,
                                         u"docker://"_s + host + u'/' + repository + u":matrix-"_s + tag},
            m_toolEnv, toolTimeoutMs);
        QVERIFY2(copy.started && copy.finished, qPrintable(copy.describe(u"skopeo copy"_s)));
        const bool wePush = image.allowed(Operation::Push) == true;
        qInfo().noquote() << image.package.image() << "matrix push" << wePush << "| skopeo copy exit" << copy.exitCode;
        QVERIFY2(wePush == copy.ok(),
                 qPrintable(image.package.image() + u": the matrix says push "_s +
                            (wePush ? u"works"_s : u"does not work"_s) + u" but "_s + copy.describe(u"skopeo copy"_s)));
        pushed += copy.ok() ? 1 : 0;
    }
    QCOMPARE(pushed, pushable);
}

void tst_RealRegistry::storedLoginsAuthenticateRealClients_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("variable"); // where the tool's file is pointed for this test
    QTest::addColumn<QString>("file");
    QTest::newRow("docker") << u"docker"_s << u"DOCKER_CONFIG"_s << u"docker/config.json"_s;
    QTest::newRow("podman") << u"podman"_s << u"REGISTRY_AUTH_FILE"_s << u"podman/auth.json"_s;
    QTest::newRow("helm") << u"helm"_s << u"HELM_REGISTRY_CONFIG"_s << u"helm/config.json"_s;
}

// The repair writes a login exactly as the tool does: after the check proved pull on the real registry,
// LoginWriter stores it in the tool's file, and real clients then authenticate with that file alone — skopeo
// with it as --authfile (the same auths format Docker, Podman and Helm read), and Podman reads the user back.
// A wrong token stored the same way is refused, so the file is what is being used.
void tst_RealRegistry::storedLoginsAuthenticateRealClients()
{
    QFETCH(QString, tool);
    QFETCH(QString, variable);
    QFETCH(QString, file);
    const QString host = m_registry->hostPort();
    Diagnosis d;
    QVERIFY2(runCheck(u"reader"_s, tokenOf(u"reader"_s), u"owner/app:latest"_s, u"pull"_s, &d), "no verdict");
    QCOMPARE(d.registry.operation(Operation::Pull)->allowed, std::optional<bool>(true));
    const QString path = m_dir->path() + u"/stored/"_s + file;
    const QByteArray value = QFile::encodeName(variable == u"DOCKER_CONFIG"_s ? QFileInfo(path).path() : path);
    qputenv(variable.toLatin1().constData(), value);
    const auto restore = qScopeGuard([&variable] { qunsetenv(variable.toLatin1().constData()); });
    QCOMPARE(ghcr::LoginWriter::configPathFor(tool), path);
    const auto inspect = [&] {
        return ghcr::test::runTool(m_skopeo,
                                   skopeoGlobal() + QStringList{u"inspect"_s, u"--no-tags"_s, u"--authfile"_s, path,
                                                                u"--cert-dir"_s, m_certDir,
                                                                u"docker://"_s + host + u"/owner/app:latest"_s},
                                   m_toolEnv, toolTimeoutMs);
    };
    ghcr::LoginChange change = ghcr::LoginWriter::store(tool, host, u"reader"_s, tokenOf(u"reader"_s));
    QVERIFY2(change.ok, qPrintable(change.errorSentence));
    const ghcr::test::ToolRun ok = inspect();
    QVERIFY2(ok.ok(), qPrintable(ok.describe(u"skopeo inspect --authfile (stored by GHCR Doctor)"_s)));
    if (tool == u"podman"_s) {
        const QString podman = QStandardPaths::findExecutable(u"podman"_s);
        if (podman.isEmpty() && qEnvironmentVariable("CI") == u"true"_s)
            QFAIL("podman is missing (Debian: apt-get install podman)");
        if (!podman.isEmpty()) {
            const ghcr::test::ToolRun login = ghcr::test::runTool(
                podman, {u"login"_s, u"--get-login"_s, u"--authfile"_s, path, host}, m_toolEnv, toolTimeoutMs);
            QVERIFY2(login.ok(), qPrintable(login.describe(u"podman login --get-login"_s)));
            QCOMPARE(login.output.trimmed(), QByteArray("reader"));
        }
    }
    change = ghcr::LoginWriter::store(tool, host, u"reader"_s, personaToken(u"not-the-password"_s));
    QVERIFY(change.ok);
    QVERIFY2(!inspect().ok(), "skopeo pulled with a wrong stored token: the file was not what it used");
}

QTEST_GUILESS_MAIN(tst_RealRegistry)
#include "tst_RealRegistry.moc"
