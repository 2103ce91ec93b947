#include "tests/integration/TokenIssuer.h"

#include "tests/support/FakeServer.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ghcr::test {

namespace {

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray headerOf(const QHttpServerRequest& request, const QByteArray& lowerName)
{
    for (const auto& h : request.headers())
        if (h.first.toLower() == lowerName)
            return h.second;
    return {};
}

QHttpServerResponse jsonResponse(const QJsonObject& body, QHttpServerResponder::StatusCode status)
{
    return QHttpServerResponse("application/json"_ba, QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

} // namespace

TokenIssuer::TokenIssuer(QString signingKeyPem, QString signingCertPem, QString issuer, QString service,
                         QObject* parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
    , m_keyPem(std::move(signingKeyPem))
    , m_certPem(std::move(signingCertPem))
    , m_issuer(std::move(issuer))
    , m_service(std::move(service))
{
    const auto certs = QSslCertificate::fromPath(m_certPem, QSsl::Pem);
    if (!certs.isEmpty())
        m_x5c = certs.first().toDer().toBase64();
    m_server->route(u"/token"_s, [this](const QHttpServerRequest& request) { return answer(request); });
}

TokenIssuer::~TokenIssuer() = default;

void TokenIssuer::addPersona(const QString& user, const QString& password, const QStringList& allowedActions)
{
    m_personas.insert(user, Persona{password, allowedActions});
}

bool TokenIssuer::start(QString* error)
{
    if (m_x5c.isEmpty()) {
        *error = u"cannot read the signing certificate "_s + m_certPem;
        return false;
    }
    const QString dir = FakeServer::testDataDir();
    const auto certs = QSslCertificate::fromPath(dir + u"/server.pem"_s, QSsl::Pem);
    QFile keyFile(dir + u"/server.key"_s);
    if (certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the test server certificate/key in "_s + dir;
        return false;
    }
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    // Qt 6.4: sslSetup() before listen() (6.8 would bind a QSslServer).
    m_server->sslSetup(certs.first(), key);
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    if (m_port == 0) {
        *error = u"the token issuer cannot listen on 127.0.0.1"_s;
        return false;
    }
    return true;
}

QUrl TokenIssuer::realm() const
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(u"/token"_s);
    return url;
}

QHttpServerResponse TokenIssuer::answer(const QHttpServerRequest& request)
{
    using Status = QHttpServerResponder::StatusCode;
    TokenGrant grant;
    const QUrlQuery query = request.query();
    for (const QString& value : query.allQueryItemValues(u"scope"_s, QUrl::FullyDecoded))
        grant.requested << value.split(u' ', Qt::SkipEmptyParts);

    // HTTP Basic user:password against the persona table.
    const QByteArray authorization = headerOf(request, "authorization"_ba);
    const Persona* persona = nullptr;
    if (authorization.startsWith("Basic "_ba)) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            grant.user = QString::fromUtf8(decoded.left(colon));
            const QString password = QString::fromUtf8(decoded.mid(colon + 1));
            const auto it = m_personas.constFind(grant.user);
            if (it != m_personas.constEnd() && it->password == password)
                persona = &it.value();
        }
    }
    if (!persona || query.queryItemValue(u"service"_s) != m_service) {
        grant.status = 401;
        m_grants << grant;
        const QJsonObject error{{u"code"_s, u"UNAUTHORIZED"_s},
                                {u"message"_s, u"authentication required"_s},
                                {u"detail"_s, QJsonValue::Null}};
        QHttpServerResponse r = jsonResponse(QJsonObject{{u"errors"_s, QJsonArray{error}}}, Status::Unauthorized);
        r.addHeader("WWW-Authenticate"_ba, "Basic realm=\"ghcr-doctor-test\""_ba);
        return r;
    }
    grant.authenticated = true;

    // Grant requested ∩ allowed per repository scope; an empty intersection is left out (as a token
    // server does: the registry then refuses the operation itself, with insufficient_scope).
    QJsonArray access;
    for (const QString& scope : std::as_const(grant.requested)) {
        const qsizetype first = scope.indexOf(u':');
        const qsizetype last = scope.lastIndexOf(u':');
        if (first <= 0 || last <= first)
            continue;
        const QString type = scope.left(first);
        const QString name = scope.mid(first + 1, last - first - 1);
        QStringList actions;
        for (const QString& a : scope.mid(last + 1).split(u',', Qt::SkipEmptyParts))
            if (persona->allowed.contains(a) && !actions.contains(a))
                actions << a;
        if (type != u"repository"_s || actions.isEmpty())
            continue;
        access.append(
            QJsonObject{{u"type"_s, type}, {u"name"_s, name}, {u"actions"_s, QJsonArray::fromStringList(actions)}});
        grant.granted << type + u':' + name + u':' + actions.join(u',');
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 iat = now.toSecsSinceEpoch();
    const QJsonObject header{
        {u"typ"_s, u"JWT"_s}, {u"alg"_s, u"RS256"_s}, {u"x5c"_s, QJsonArray{QString::fromLatin1(m_x5c)}}};
    const QJsonObject claims{{u"iss"_s, m_issuer},
                             {u"sub"_s, grant.user},
                             {u"aud"_s, m_service},
                             {u"exp"_s, iat + 300},
                             {u"nbf"_s, iat - 10},
                             {u"iat"_s, iat},
                             {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {u"access"_s, access}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = signJwt(signingInput);
    if (signature.isEmpty()) {
        grant.status = 500;
        m_grants << grant;
        return QHttpServerResponse("text/plain"_ba, m_lastError.toUtf8(), Status::InternalServerError);
    }
    const QString jwt = QString::fromLatin1(signingInput + '.' + base64Url(signature));
    grant.status = 200;
    m_grants << grant;
    return jsonResponse(QJsonObject{{u"token"_s, jwt},
                                    {u"access_token"_s, jwt},
                                    {u"expires_in"_s, 300},
                                    {u"issued_at"_s, now.toString(Qt::ISODate)}},
                        Status::Ok);
}

QByteArray TokenIssuer::signJwt(const QByteArray& signingInput)
{
    // Qt has no RSA signing API: RS256 = RSASSA-PKCS1-v1_5 with SHA-256, which is what this prints.
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"dgst"_s, u"-sha256"_s, u"-sign"_s, m_keyPem});
    if (!openssl.waitForStarted(10000)) {
        m_lastError = u"cannot start openssl: "_s + openssl.errorString();
        return {};
    }
    openssl.write(signingInput);
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(20000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_lastError = u"openssl dgst -sign failed: "_s + QString::fromLocal8Bit(openssl.readAllStandardError());
        openssl.kill();
        openssl.waitForFinished(5000);
        return {};
    }
    return openssl.readAllStandardOutput();
}

} // namespace ghcr::test
