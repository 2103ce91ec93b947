// Smoke test of the fake GitHub API + registry: plain QNetworkAccessManager requests to every
// endpoint, the faults, TLS trust, and the standalone ghcr-fake-server process.
#include "tests/support/FakeServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using ghcr::test::FakeServer;

namespace {

struct Answer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    QByteArray header(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool hasHeader(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

class Client
{
public:
    explicit Client(bool trustTestCa = true)
    {
        m_ssl = QSslConfiguration::defaultConfiguration();
        if (trustTestCa)
            m_ssl.addCaCertificate(FakeServer::testCa());
    }

    Answer fetch(const QByteArray& method, const QUrl& url, const QByteArray& authorization = {},
                 int transferTimeoutMs = 0)
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(m_ssl);
        request.setRawHeader("User-Agent"_ba, "tst_FakeServer"_ba);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization"_ba, authorization);
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        // QNAM only knows a HEAD reply has no body when it is sent through head().
        QNetworkReply* reply =
            method == "HEAD"_ba ? m_network.head(request) : m_network.sendCustomRequest(request, method);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        Answer answer;
        QElapsedTimer clock;
        clock.start();
        answer.finished = spy.wait(30000) || reply->isFinished();
        if (clock.elapsed() > 5000)
            qWarning("slow request: %s %s", method.constData(), qPrintable(url.toString()));
        if (!answer.finished) {
            reply->abort();
        }
        answer.error = reply->error();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return answer;
    }

private:
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
};

QByteArray basic(const QString& user, const QString& secret)
{
    return "Basic "_ba + (user + u':' + secret).toUtf8().toBase64();
}

QUrl urlOf(const FakeServer& server, const QString& pathAndQuery)
{
    return QUrl(server.baseUrl().toString() + pathAndQuery);
}

/// One raw HTTPS request (Connection: close); returns the raw response bytes. Waits with the event
/// loop running (the server lives in this thread).
QByteArray rawGet(const FakeServer& server, const QByteArray& path, const QByteArray& authorization)
{
    QSslSocket socket;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificate(FakeServer::testCa());
    socket.setSslConfiguration(ssl);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, server.port());
    if (!encrypted.wait(30000))
        return "not encrypted: "_ba + socket.errorString().toUtf8();
    socket.write("GET "_ba + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: raw\r\nAuthorization: "_ba +
                 authorization + "\r\nConnection: close\r\n\r\n"_ba);
    QByteArray data;
    QSignalSpy readyRead(&socket, &QSslSocket::readyRead);
    while (!data.contains("\r\n\r\n"_ba)) {
        if (socket.bytesAvailable() == 0 && !readyRead.wait(30000))
            break;
        data += socket.readAll();
    }
    return data;
}

QString registryToken(const Answer& answer)
{
    const QJsonObject o = QJsonDocument::fromJson(answer.body).object();
    return o.value(o.contains(u"token"_s) ? u"token"_s : u"access_token"_s).toString();
}

} // namespace

class tst_FakeServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testDataIsThere();
    void presets();
    void apiAnswers();
    void apiScopesHeaderAbsentVersusEmpty();
    void apiExpiryFormats();
    void registryTokenFlow();
    void tokenEndpointChecksTheSecret();
    void refusalsGhcrAndCncf();
    void combinedScopeRefused();
    void cancelBehaviours();
    void faults();
    void untrustedWithoutTestCa();
    void standaloneProcess();
};

void tst_FakeServer::testDataIsThere()
{
    QVERIFY2(!FakeServer::testCa().isNull(), qPrintable(FakeServer::testCaFile()));
    QVERIFY(!FakeServer::otherCa().isNull());
    QVERIFY(FakeServer::testCa() != FakeServer::otherCa());
}

void tst_FakeServer::presets()
{
    const QStringList names = FakeServer::scenarioNames();
    const QStringList required = {u"ok-read-write"_s,
                                  u"write-only-implies-read"_s,
                                  u"write-only-needs-read"_s,
                                  u"write-only-needs-read-cncf"_s,
                                  u"read-only"_s,
                                  u"no-scopes"_s,
                                  u"fine-grained"_s,
                                  u"sso-required"_s,
                                  u"sso-partial"_s,
                                  u"expired"_s,
                                  u"expiring-soon"_s,
                                  u"expiring-soon-offset"_s,
                                  u"rate-limited"_s,
                                  u"locked-out"_s,
                                  u"api-5xx-html"_s,
                                  u"malformed-json"_s,
                                  u"api-hang"_s,
                                  u"huge-body"_s,
                                  u"api-reset"_s,
                                  u"token-endpoint-403"_s,
                                  u"combined-scope-refused"_s,
                                  u"package-access-denied"_s,
                                  u"manifest-unknown"_s,
                                  u"name-unknown"_s,
                                  u"registry-5xx"_s,
                                  u"registry-hang"_s,
                                  u"cancel-405"_s,
                                  u"cancel-401"_s};
    for (const QString& name : required)
        QVERIFY2(names.contains(name), qPrintable(name));
    for (const QString& name : names) {
        const auto s = FakeServer::scenario(name);
        QCOMPARE(s.name, name);
        QVERIFY(!s.description.isEmpty());
        QVERIFY(!s.token.isEmpty());
    }
    QVERIFY(FakeServer::scenario(u"no-such-scenario"_s).name.isEmpty());
}

void tst_FakeServer::apiAnswers()
{
    FakeServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY(server.port() != 0);
    QCOMPARE(server.apiUrl().toString(), u"https://127.0.0.1:"_s + QString::number(server.port()) + u"/api/v3"_s);
    QCOMPARE(server.registryHost(), u"127.0.0.1:"_s + QString::number(server.port()));

    Client client;
    const QUrl user = urlOf(server, u"/api/v3/user"_s);
    Answer a = client.fetch("GET"_ba, user, "Bearer "_ba + FakeServer::classicToken().toUtf8());
    QCOMPARE(a.error, QNetworkReply::NoError);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.header("x-oauth-scopes"_ba), "read:packages, write:packages"_ba);
    QVERIFY(!a.header("github-authentication-token-expiration"_ba).isEmpty());
    QCOMPARE(QJsonDocument::fromJson(a.body).object().value(u"login"_s).toString(), u"octocat"_s);

    a = client.fetch("GET"_ba, user, "token "_ba + FakeServer::classicToken().toUtf8());
    QCOMPARE(a.status, 200);

    // HEAD gives the same headers, no body.
    a = client.fetch("HEAD"_ba, user, "Bearer "_ba + FakeServer::classicToken().toUtf8());
    QCOMPARE(a.status, 200);
    QVERIFY(a.body.isEmpty());
    QVERIFY(a.hasHeader("x-oauth-scopes"_ba));

    // Any other secret: 401 Bad credentials, and no scope header.
    a = client.fetch("GET"_ba, user, "Bearer ghp_wrong"_ba);
    QCOMPARE(a.status, 401);
    QVERIFY(!a.hasHeader("x-oauth-scopes"_ba));
    QCOMPARE(QJsonDocument::fromJson(a.body).object().value(u"message"_s).toString(), u"Bad credentials"_s);

    const auto recorded = server.requests(u"api"_s);
    QCOMPARE(recorded.size(), 4);
    QCOMPARE(recorded.at(0).method, "GET"_ba);
    QCOMPARE(recorded.at(0).path, u"/api/v3/user"_s);
    QVERIFY(recorded.at(0).hasAuthorization);
    QCOMPARE(recorded.at(0).authScheme, u"Bearer"_s);
    QVERIFY(recorded.at(0).secretMatched);
    QCOMPARE(recorded.at(1).authScheme, u"token"_s);
    QVERIFY(!recorded.at(3).secretMatched);
    QCOMPARE(recorded.at(0).userAgent, "tst_FakeServer"_ba);

    server.setScenario(FakeServer::scenario(u"sso-required"_s));
    a = client.fetch("GET"_ba, user, "Bearer "_ba + FakeServer::classicToken().toUtf8());
    QCOMPARE(a.status, 403);
    QVERIFY(a.header("x-github-sso"_ba).startsWith("required; url=https://github.com/orgs/acme/sso"_ba));

    server.setScenario(FakeServer::scenario(u"rate-limited"_s));
    a = client.fetch("GET"_ba, user, "Bearer "_ba + FakeServer::classicToken().toUtf8());
    QCOMPARE(a.status, 403);
    QCOMPARE(a.header("x-ratelimit-remaining"_ba), "0"_ba);
    QVERIFY(a.header("x-ratelimit-reset"_ba).toLongLong() > QDateTime::currentSecsSinceEpoch());

    server.setScenario(FakeServer::scenario(u"malformed-json"_s));
    a = client.fetch("GET"_ba, user, "Bearer "_ba + FakeServer::classicToken().toUtf8());
    QCOMPARE(a.status, 200);
    QJsonParseError parseError;
    QJsonDocument::fromJson(a.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);

    server.clearRequests();
    QVERIFY(server.requests().isEmpty());
}

void tst_FakeServer::apiScopesHeaderAbsentVersusEmpty()
{
    FakeServer server;
    QVERIFY(server.start());
    Client client;
    const QUrl user = urlOf(server, u"/api/v3/user"_s);

    server.setScenario(FakeServer::scenario(u"no-scopes"_s));
    // The fake sends "X-OAuth-Scopes: " (present, empty) as GitHub does; read the raw bytes, because
    // Qt 6.4's QNetworkReply drops header fields whose value is empty.
    const QByteArray raw = rawGet(server, "/api/v3/user"_ba, "Bearer "_ba + FakeServer::classicToken().toUtf8());
    QVERIFY2(raw.startsWith("HTTP/1.1 200 "_ba), raw.left(40).constData());
    QVERIFY(raw.contains("\r\nX-OAuth-Scopes: \r\n"_ba));
    Answer a = client.fetch("GET"_ba, user, "Bearer "_ba + FakeServer::classicToken().toUtf8());
    QCOMPARE(a.status, 200);
    if (!a.hasHeader("x-oauth-scopes"_ba))
        qInfo("note: QNetworkReply drops the empty X-OAuth-Scopes header (absent and empty look the same)");

    server.setScenario(FakeServer::scenario(u"fine-grained"_s));
    a = client.fetch("GET"_ba, user, "Bearer "_ba + FakeServer::fineGrainedToken().toUtf8());
    QCOMPARE(a.status, 200);
    QVERIFY(!a.hasHeader("x-oauth-scopes"_ba));
}

void tst_FakeServer::apiExpiryFormats()
{
    const QString utc = FakeServer::scenario(u"expiring-soon"_s).api.expiry;
    const QString offset = FakeServer::scenario(u"expiring-soon-offset"_s).api.expiry;
    QVERIFY2(utc.endsWith(u" UTC"_s), qPrintable(utc));
    QVERIFY2(offset.endsWith(u" +0900"_s), qPrintable(offset));
    const QDateTime a = QDateTime::fromString(utc.chopped(4), u"yyyy-MM-dd HH:mm:ss"_s);
    QVERIFY(a.isValid());
    QDateTime b = QDateTime::fromString(offset.chopped(6), u"yyyy-MM-dd HH:mm:ss"_s);
    QVERIFY(b.isValid());
    b.setOffsetFromUtc(9 * 3600);
    QDateTime aUtc = a;
    aUtc.setTimeSpec(Qt::UTC);
    QVERIFY(qAbs(aUtc.secsTo(b)) < 120); // both about three days from now, in two notations
    const qint64 days = QDateTime::currentDateTimeUtc().secsTo(b) / 3600;
    QVERIFY2(days > 70 && days <= 72, qPrintable(QString::number(days)));
}

void tst_FakeServer::registryTokenFlow()
{
    FakeServer server;
    QVERIFY(server.start());
    Client client;

    Answer a = client.fetch("GET"_ba, urlOf(server, u"/v2/"_s));
    QCOMPARE(a.status, 401);
    const QByteArray challenge = a.header("www-authenticate"_ba);
    QVERIFY2(challenge.startsWith("Bearer realm=\"https://127.0.0.1:"_ba), challenge.constData());
    QVERIFY(challenge.contains("/token\",service=\"fake-registry\""_ba));

    const QByteArray credentials = basic(u"octocat"_s, FakeServer::classicToken());
    // Login (no scope), then one token per operation.
    a = client.fetch("GET"_ba, urlOf(server, u"/token?service=fake-registry&account=octocat"_s), credentials);
    QCOMPARE(a.status, 200);
    QVERIFY(!registryToken(a).isEmpty());

    a = client.fetch("GET"_ba, urlOf(server, u"/token?service=fake-registry&scope=repository:octocat/app:pull"_s),
                     credentials);
    QCOMPARE(a.status, 200);
    const QByteArray pullBearer = "Bearer "_ba + registryToken(a).toUtf8();
    QVERIFY(server.issuedTokens().contains(registryToken(a)));

    a = client.fetch("HEAD"_ba, urlOf(server, u"/v2/octocat/app/manifests/latest"_s), pullBearer);
    QCOMPARE(a.status, 200);
    QVERIFY(!a.header("docker-content-digest"_ba).isEmpty());
    a = client.fetch("GET"_ba, urlOf(server, u"/v2/octocat/app/tags/list"_s), pullBearer);
    QCOMPARE(a.status, 200);
    QCOMPARE(QJsonDocument::fromJson(a.body).object().value(u"name"_s).toString(), u"octocat/app"_s);

    // The pull token does not carry push: CNCF-style insufficient_scope.
    a = client.fetch("POST"_ba, urlOf(server, u"/v2/octocat/app/blobs/uploads/"_s), pullBearer);
    QCOMPARE(a.status, 401);
    QVERIFY(a.header("www-authenticate"_ba).contains("error=\"insufficient_scope\""_ba));
    QVERIFY(a.header("www-authenticate"_ba).contains("scope=\"repository:octocat/app:push\""_ba));

    a = client.fetch("GET"_ba, urlOf(server, u"/token?service=fake-registry&scope=repository:octocat/app:push"_s),
                     credentials);
    const QByteArray pushBearer = "Bearer "_ba + registryToken(a).toUtf8();
    a = client.fetch("POST"_ba, urlOf(server, u"/v2/octocat/app/blobs/uploads/"_s), pushBearer);
    QCOMPARE(a.status, 202);
    const QByteArray location = a.header("location"_ba);
    QVERIFY2(location.startsWith("/v2/octocat/app/blobs/uploads/"_ba), location.constData());
    a = client.fetch("DELETE"_ba, urlOf(server, QString::fromUtf8(location)), pushBearer);
    QCOMPARE(a.status, 204);

    // Garbage bearer: invalid_token; none: plain challenge naming the scope.
    a = client.fetch("HEAD"_ba, urlOf(server, u"/v2/octocat/app/manifests/latest"_s), "Bearer garbage"_ba);
    QCOMPARE(a.status, 401);
    QVERIFY(a.header("www-authenticate"_ba).contains("error=\"invalid_token\""_ba));
    a = client.fetch("GET"_ba, urlOf(server, u"/v2/octocat/app/tags/list"_s));
    QCOMPARE(a.status, 401);
    QVERIFY(a.header("www-authenticate"_ba).contains("scope=\"repository:octocat/app:pull\""_ba));

    const auto tokenRequests = server.requests(u"token"_s);
    QCOMPARE(tokenRequests.size(), 3);
    QCOMPARE(tokenRequests.at(0).basicUser, u"octocat"_s);
    QVERIFY(tokenRequests.at(0).secretMatched);
    QCOMPARE(tokenRequests.at(1).scopes(), QStringList{u"repository:octocat/app:pull"_s});

    server.setScenario(FakeServer::scenario(u"access-token-field"_s));
    a = client.fetch("GET"_ba, urlOf(server, u"/token?service=fake-registry&scope=repository:octocat/app:pull"_s),
                     credentials);
    QCOMPARE(a.status, 200);
    QVERIFY(QJsonDocument::fromJson(a.body).object().contains(u"access_token"_s));
    QVERIFY(!QJsonDocument::fromJson(a.body).object().contains(u"token"_s));
}

void tst_FakeServer::tokenEndpointChecksTheSecret()
{
    FakeServer server;
    QVERIFY(server.start());
    Client client;
    const QUrl url = urlOf(server, u"/token?service=fake-registry&scope=repository:octocat/app:pull"_s);

    Answer a = client.fetch("GET"_ba, url, basic(u"octocat"_s, u"ghp_notTheRightOne"_s));
    QCOMPARE(a.status, 401);
    QVERIFY(a.body.contains("UNAUTHORIZED"_ba));
    a = client.fetch("GET"_ba, url);
    QCOMPARE(a.status, 401);
    QVERIFY(!server.requests(u"token"_s).at(0).secretMatched);

    server.setScenario(FakeServer::scenario(u"expired"_s));
    a = client.fetch("GET"_ba, url, basic(u"octocat"_s, FakeServer::classicToken()));
    QCOMPARE(a.status, 401);
    QVERIFY(a.body.contains("User cannot be authenticated with the token provided."_ba));

    server.setScenario(FakeServer::scenario(u"token-endpoint-403"_s));
    a = client.fetch("GET"_ba, url, basic(u"octocat"_s, FakeServer::classicToken()));
    QCOMPARE(a.status, 403);
    QVERIFY(a.body.contains("DENIED"_ba));
}

void tst_FakeServer::refusalsGhcrAndCncf()
{
    FakeServer server;
    QVERIFY(server.start());
    Client client;
    const QByteArray credentials = basic(u"octocat"_s, FakeServer::classicToken());
    auto bearerFor = [&](const QString& actions) -> QByteArray {
        const Answer t = client.fetch(
            "GET"_ba, urlOf(server, u"/token?service=fake-registry&scope=repository:octocat/app:"_s + actions),
            credentials);
        return "Bearer "_ba + registryToken(t).toUtf8();
    };
    const QUrl manifest = urlOf(server, u"/v2/octocat/app/manifests/latest"_s);
    const QUrl tags = urlOf(server, u"/v2/octocat/app/tags/list"_s);
    const QUrl uploads = urlOf(server, u"/v2/octocat/app/blobs/uploads/"_s);

    server.setScenario(FakeServer::scenario(u"write-only-needs-read"_s));
    Answer a = client.fetch("HEAD"_ba, manifest, bearerFor(u"pull"_s));
    QCOMPARE(a.status, 403);
    a = client.fetch("GET"_ba, tags, bearerFor(u"pull"_s));
    QCOMPARE(a.status, 403);
    QCOMPARE(
        a.body,
        "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"The token provided does not match expected scopes.\"}]}"_ba);
    a = client.fetch("POST"_ba, uploads, bearerFor(u"push"_s));
    QCOMPARE(a.status, 202);

    server.setScenario(FakeServer::scenario(u"write-only-needs-read-cncf"_s));
    a = client.fetch("GET"_ba, tags, bearerFor(u"pull"_s));
    QCOMPARE(a.status, 401);
    QVERIFY(a.header("www-authenticate"_ba).contains("error=\"insufficient_scope\""_ba));
    QVERIFY(a.body.contains("UNAUTHORIZED"_ba));

    server.setScenario(FakeServer::scenario(u"package-access-denied"_s));
    a = client.fetch("POST"_ba, uploads, bearerFor(u"push"_s));
    QCOMPARE(a.status, 403);
    QVERIFY(a.body.contains("permission_denied: write_package"_ba));

    server.setScenario(FakeServer::scenario(u"sso-required"_s));
    a = client.fetch("GET"_ba, tags, bearerFor(u"pull"_s));
    QCOMPARE(a.status, 401);
    QVERIFY(!a.header("www-authenticate"_ba).contains("error="_ba));

    server.setScenario(FakeServer::scenario(u"manifest-unknown"_s));
    a = client.fetch("GET"_ba, manifest, bearerFor(u"pull"_s));
    QCOMPARE(a.status, 404);
    QVERIFY(a.body.contains("MANIFEST_UNKNOWN"_ba));

    server.setScenario(FakeServer::scenario(u"name-unknown"_s));
    a = client.fetch("GET"_ba, manifest, bearerFor(u"pull"_s));
    QCOMPARE(a.status, 404);
    QVERIFY(a.body.contains("NAME_UNKNOWN"_ba));
}

void tst_FakeServer::combinedScopeRefused()
{
    FakeServer server;
    QVERIFY(server.start());
    server.setScenario(FakeServer::scenario(u"combined-scope-refused"_s));
    Client client;
    const QByteArray credentials = basic(u"octocat"_s, FakeServer::classicToken());
    Answer a = client.fetch(
        "GET"_ba, urlOf(server, u"/token?service=fake-registry&scope=repository:octocat/app:pull,push"_s), credentials);
    QCOMPARE(a.status, 403);
    a = client.fetch("GET"_ba, urlOf(server, u"/token?service=fake-registry&scope=repository:octocat/app:push"_s),
                     credentials);
    QCOMPARE(a.status, 200);
}

void tst_FakeServer::cancelBehaviours()
{
    FakeServer server;
    QVERIFY(server.start());
    Client client;
    const QByteArray credentials = basic(u"octocat"_s, FakeServer::classicToken());
    auto cancelStatus = [&](const QString& scenario, const QString& actions) {
        server.setScenario(FakeServer::scenario(scenario));
        const Answer t = client.fetch(
            "GET"_ba, urlOf(server, u"/token?service=fake-registry&scope=repository:octocat/app:"_s + actions),
            credentials);
        const QByteArray bearer = "Bearer "_ba + registryToken(t).toUtf8();
        const Answer started = client.fetch("POST"_ba, urlOf(server, u"/v2/octocat/app/blobs/uploads/"_s), bearer);
        if (started.status != 202)
            return -started.status;
        return client.fetch("DELETE"_ba, urlOf(server, QString::fromUtf8(started.header("location"_ba))), bearer)
            .status;
    };
    QCOMPARE(cancelStatus(u"ok-read-write"_s, u"push"_s), 204);
    QCOMPARE(cancelStatus(u"cancel-405"_s, u"push"_s), 405);
    QCOMPARE(cancelStatus(u"cancel-401"_s, u"pull,push"_s), 401);
    QCOMPARE(cancelStatus(u"cancel-401"_s, u"push,delete"_s), 204);
}

void tst_FakeServer::faults()
{
    FakeServer server;
    QVERIFY(server.start());
    Client client;
    const QUrl user = urlOf(server, u"/api/v3/user"_s);
    const QByteArray auth = "Bearer "_ba + FakeServer::classicToken().toUtf8();

    server.setScenario(FakeServer::scenario(u"api-5xx-html"_s));
    Answer a = client.fetch("GET"_ba, user, auth);
    QCOMPARE(a.status, 502);
    QVERIFY(a.header("content-type"_ba).startsWith("text/html"_ba));
    QVERIFY(a.body.contains("<html>"_ba));

    server.setScenario(FakeServer::scenario(u"huge-body"_s));
    a = client.fetch("GET"_ba, user, auth);
    QCOMPARE(a.status, 200);
    QVERIFY(a.body.size() > FakeServer::hugeBodyBytes);

    server.setScenario(FakeServer::scenario(u"api-reset"_s));
    a = client.fetch("GET"_ba, user, auth);
    QVERIFY(a.finished);
    QCOMPARE(a.status, 0);
    QVERIFY(a.error != QNetworkReply::NoError);

    server.setScenario(FakeServer::scenario(u"api-hang"_s));
    a = client.fetch("GET"_ba, user, auth, 700);
    QVERIFY(a.finished);
    QCOMPARE(a.status, 0);
    QVERIFY2(a.error == QNetworkReply::OperationCanceledError || a.error == QNetworkReply::TimeoutError,
             qPrintable(QString::number(int(a.error))));

    server.setScenario(FakeServer::scenario(u"api-slow"_s));
    a = client.fetch("GET"_ba, user, auth);
    QCOMPARE(a.status, 200);

    // Registry faults leave the API alone.
    server.setScenario(FakeServer::scenario(u"registry-5xx"_s));
    a = client.fetch("GET"_ba, urlOf(server, u"/v2/"_s));
    QCOMPARE(a.status, 503);
    a = client.fetch("GET"_ba, user, auth);
    QCOMPARE(a.status, 200);

    server.setScenario(FakeServer::scenario(u"registry-hang"_s));
    a = client.fetch("GET"_ba, urlOf(server, u"/v2/"_s), {}, 700);
    QCOMPARE(a.status, 0);
    QVERIFY(a.error != QNetworkReply::NoError);
}

void tst_FakeServer::untrustedWithoutTestCa()
{
    FakeServer server;
    QVERIFY(server.start());
    Client client(false);
    const Answer a = client.fetch("GET"_ba, urlOf(server, u"/v2/"_s));
    QCOMPARE(a.status, 0);
    QCOMPARE(a.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(server.requests().isEmpty());
}

void tst_FakeServer::standaloneProcess()
{
    QProcess process;
    process.setProgram(QStringLiteral(GHCR_FAKE_SERVER_BIN));
    process.setArguments({u"--scenario"_s, u"read-only"_s, u"--token"_s, u"ghp_customTokenForTheProcessTest0000"_s});
    process.start();
    QVERIFY(process.waitForStarted(30000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 30000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(line.startsWith(u"READY https://127.0.0.1:"_s), qPrintable(line));
    const QUrl base(line.mid(6));
    QVERIFY(base.port() > 0);

    Client client;
    const Answer a = client.fetch("GET"_ba, QUrl(base.toString() + u"/api/v3/user"_s),
                                  "Bearer ghp_customTokenForTheProcessTest0000"_ba);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.header("x-oauth-scopes"_ba), "read:packages"_ba);
    process.kill();
    QVERIFY(process.waitForFinished(30000));

    QProcess bad;
    bad.start(QStringLiteral(GHCR_FAKE_SERVER_BIN), {u"--scenario"_s, u"nope"_s});
    QVERIFY(bad.waitForFinished(30000));
    QCOMPARE(bad.exitCode(), 2);
}

QTEST_GUILESS_MAIN(tst_FakeServer)
#include "tst_FakeServer.moc"
