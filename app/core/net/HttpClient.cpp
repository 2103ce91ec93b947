#include "app/core/net/HttpClient.h"

#include "app/core/AppInfo.h"
#include "app/core/net/HttpResponseParser.h"
#include "app/core/token/Redactor.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QSysInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "ghcr.http", QtWarningMsg)

namespace ghcr {

namespace {

QString describe(const QByteArray& method, const QUrl& url)
{
    return QString::fromLatin1(method) + u' ' + url.toString(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

/// scheme://host:port, the unit credentials and the "did not answer" memory belong to.
QString originOf(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return scheme + u"://"_s + url.host(QUrl::FullyEncoded).toLower() + u':' +
           QString::number(url.port(scheme == u"https"_s ? 443 : 80));
}

/// The verification failed because no trusted CA signed the chain (not an expiry, a host name, a revocation...).
bool isTrustError(QSslError::SslError error)
{
    using E = QSslError;
    return error == E::UnableToGetIssuerCertificate || error == E::UnableToGetLocalIssuerCertificate ||
           error == E::UnableToVerifyFirstCertificate || error == E::SelfSignedCertificate ||
           error == E::SelfSignedCertificateInChain || error == E::CertificateUntrusted;
}

} // namespace

struct HttpClient::Pending
{
    HttpRequest request;              ///< holds the credentials until the answer is delivered
    HttpJob* job = nullptr;           ///< null once aborted or deleted
    QMetaObject::Connection jobWatch; ///< the job's destroyed() → drop()
    quint64 id = 0;                   ///< for answers arriving later: a Pending's address may be reused, its id is not
    QUrl url;                         ///< the current URL (after same-origin redirects)
    QSslSocket* socket = nullptr;
    std::unique_ptr<HttpResponseParser> parser;
    QElapsedTimer clock;
    QSet<QString> visited;
    int hops = 0;
    bool reused = false;  ///< the connection carried an earlier request
    bool retried = false; ///< already retried once on a fresh connection
    bool active = false;  ///< counted in m_active (on the wire, not queued)
    QStringList tlsErrors;
    bool untrusted = false; ///< a TLS error says no trusted CA signed the server's chain
    QString issuer;         ///< who issued the top of the chain the server sent (the CA it needs)
};

QByteArray HttpResponse::header(const QByteArray& lowerName) const
{
    QList<QByteArray> values = headerValues(lowerName);
    return values.isEmpty() ? QByteArray() : values.join(", ");
}

QList<QByteArray> HttpResponse::headerValues(const QByteArray& lowerName) const
{
    QList<QByteArray> out;
    for (const auto& h : headers)
        if (h.first == lowerName)
            out << h.second;
    return out;
}

HttpClient::HttpClient(QNetworkAccessManager* network, Settings settings, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(std::move(settings))
{
    m_budgetClock.start();
    m_budget = new QTimer(this);
    m_budget->setSingleShot(true);
    connect(m_budget, &QTimer::timeout, this, &HttpClient::budgetSpent);
    m_budget->start(m_settings.timeoutMs);
}

HttpClient::~HttpClient()
{
    // Jobs must not be answered by a half-destroyed client: forget them, close silently.
    for (Pending* p : std::as_const(m_inFlight)) {
        disconnect(p->jobWatch);
        if (p->socket) {
            p->socket->disconnect(this);
            p->socket->abort();
            p->socket->deleteLater();
        }
        delete p;
    }
    m_inFlight.clear();
    dropSpareConnections();
}

void HttpClient::dropSpareConnections()
{
    const QList<QSslSocket*> spare = m_idle.values() + m_warming.values();
    for (QSslSocket* socket : spare) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_idle.clear();
    m_warming.clear();
}

qint64 HttpClient::remainingMs() const
{
    return qMax<qint64>(0, m_settings.timeoutMs - m_budgetClock.elapsed());
}

QString HttpClient::budgetText() const
{
    return tr("the check's %1-second budget (--timeout)").arg(m_settings.timeoutMs / 1000.0, 0, 'g', 4);
}

QString HttpClient::userAgent()
{
    return QStringLiteral(GHCR_BINARY) + u'/' + QStringLiteral(GHCR_VERSION) + u" (Qt "_s +
           QString::fromLatin1(qVersion()) + u"; "_s + QSysInfo::productType() + u')';
}

bool HttpClient::isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

QString HttpClient::urlProblem(const QUrl& url, bool allowHttpLoopback)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("“%1” is not a valid URL.").arg(url.toString(QUrl::RemoveUserInfo));
    if (url.scheme() == u"https"_s)
        return {};
    if (url.scheme() == u"http"_s) {
        if (isLoopbackHost(url.host()) && allowHttpLoopback)
            return {};
        if (isLoopbackHost(url.host()))
            return tr("Refusing to send credentials over plain HTTP to %1; plain HTTP is allowed only to this "
                      "computer and only when you ask for it (--allow-http-loopback).")
                .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
        return tr("Refusing to send credentials over plain HTTP to %1: credentials travel only over HTTPS.")
            .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
    }
    return tr("Unsupported URL scheme “%1”: only https:// is used.").arg(url.scheme());
}

HttpJob* HttpClient::send(const HttpRequest& request, QObject* owner)
{
    auto* job = new HttpJob(this, owner);
    auto* p = new Pending;
    p->request = request;
    p->job = job;
    p->jobWatch = connect(job, &QObject::destroyed, this, &HttpClient::drop);
    p->id = ++m_lastId;
    p->url = request.url;
    p->clock.start();
    m_inFlight.append(p);

    const QString problem = urlProblem(request.url, m_settings.allowHttpLoopback);
    if (!problem.isEmpty()) {
        failLater(p, HttpResponse::Failure::InsecureUrl, problem);
        return job;
    }
    const QString origin = originOf(request.url);
    if (m_silentOrigins.contains(origin)) {
        failLater(p, HttpResponse::Failure::NotAttempted,
                  tr("Not attempted: %1 did not answer earlier in this check (%2 was not sent).")
                      .arg(origin, describe(request.method, request.url)));
        return job;
    }
    if (remainingMs() == 0) {
        failLater(p, HttpResponse::Failure::NotAttempted,
                  tr("Not attempted: %1 was not sent because %2 was spent.")
                      .arg(describe(request.method, request.url), budgetText()));
        return job;
    }
    const qint64 credentialBytes =
        request.bearer.toUtf8().size() + request.basicUser.toUtf8().size() + request.basicPassword.toUtf8().size();
    if (credentialBytes > m_settings.maxCredentialBytes) {
        failLater(p, HttpResponse::Failure::Unsendable,
                  tr("Not sent: the credential for %1 is %2 KiB, larger than the %3 KiB any real registry or GitHub "
                     "issues.")
                      .arg(describe(request.method, request.url))
                      .arg(credentialBytes / 1024)
                      .arg(m_settings.maxCredentialBytes / 1024));
        return job;
    }
    // A value with a line break would let a server-supplied string (a registry token) add header lines.
    QList<QByteArray> values{request.bearer.toUtf8(), request.basicUser.toUtf8(), request.basicPassword.toUtf8()};
    for (const auto& h : request.headers)
        values << h.first << h.second;
    for (const QByteArray& value : std::as_const(values)) {
        if (value.contains('\r') || value.contains('\n') || value.contains('\0')) {
            failLater(
                p, HttpResponse::Failure::Unsendable,
                tr("Not sent: a header value for %1 holds a line break.").arg(describe(request.method, request.url)));
            return job;
        }
    }
    startOrQueue(p);
    return job;
}

void HttpClient::startOrQueue(Pending* p)
{
    const QString origin = originOf(p->url);
    if (m_settings.maxPerOrigin > 0 && m_active.value(origin) >= m_settings.maxPerOrigin) {
        m_queued.append(p);
        return;
    }
    p->active = true;
    ++m_active[origin];
    begin(p);
}

void HttpClient::startQueued()
{
    // In the order they were sent: each waiting request whose origin has a free slot.
    for (qsizetype i = 0; i < m_queued.size();) {
        Pending* p = m_queued.at(i);
        const QString origin = originOf(p->url);
        if (m_active.value(origin) >= m_settings.maxPerOrigin) {
            ++i;
            continue;
        }
        m_queued.removeAt(i);
        if (m_silentOrigins.contains(origin) || remainingMs() == 0) {
            failLater(p, HttpResponse::Failure::NotAttempted,
                      tr("Not attempted: %1 was not sent because %2 was spent.")
                          .arg(describe(p->request.method, p->url), budgetText()));
            continue;
        }
        p->active = true;
        ++m_active[origin];
        begin(p);
    }
}

void HttpClient::begin(Pending* p)
{
    const QString origin = originOf(p->url);
    HttpResponseParser::Limits limits;
    limits.maxBodyBytes = m_settings.maxBodyBytes;
    limits.maxHeaderBytes = m_settings.maxHeaderBytes;
    limits.maxHeaderCount = m_settings.maxHeaderCount;
    p->parser = std::make_unique<HttpResponseParser>(limits, p->request.method == "HEAD");
    p->tlsErrors.clear();
    p->untrusted = false;
    p->issuer.clear();

    // A kept-alive connection to the same origin, if one is idle and still open.
    p->reused = false;
    while (QSslSocket* idle = m_idle.take(origin)) {
        idle->disconnect(this);
        if (idle->state() == QAbstractSocket::ConnectedState && idle->bytesAvailable() == 0) {
            p->socket = idle;
            p->reused = true;
            break;
        }
        idle->abort();
        idle->deleteLater();
    }

    // A connection opened ahead by preconnect() and still in its handshake: finish it for this request.
    bool adoptedWarming = false;
    if (!p->socket) {
        if (QSslSocket* warming = m_warming.take(origin)) {
            warming->disconnect(this);
            p->socket = warming;
            adoptedWarming = true;
        }
    }
    if (!p->socket)
        p->socket = newSocket(p->url);
    QSslSocket* socket = p->socket;
    connect(socket, &QIODevice::readyRead, this, [this, p] { onReadable(p); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, p] { onClosed(p, false); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, p](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            onClosed(p, true);
    });
    qCDebug(lcHttp) << "request" << describe(p->request.method, p->url) << (p->reused ? "(kept-alive)" : "");

    if (p->reused) {
        writeRequest(p);
        return;
    }
    if (p->url.scheme() == u"https"_s) {
        connect(socket, &QSslSocket::sslErrors, this, [p, socket](const QList<QSslError>& errors) {
            for (const QSslError& e : errors) {
                p->tlsErrors << e.errorString();
                p->untrusted = p->untrusted || isTrustError(e.error());
            }
            if (const QList<QSslCertificate> chain = socket->peerCertificateChain(); !chain.isEmpty())
                p->issuer = chain.constLast().issuerDisplayName();
        });
        connect(socket, &QSslSocket::encrypted, this, [this, p] { writeRequest(p); });
        if (adoptedWarming && socket->isEncrypted())
            QTimer::singleShot(0, this, [this, id = p->id] {
                if (Pending* ready = pendingOf(id); ready && ready->socket)
                    writeRequest(ready);
            });
        else if (!adoptedWarming)
            connectSocket(socket, p->url);
    } else {
        connect(socket, &QAbstractSocket::connected, this, [this, p] { writeRequest(p); });
        if (adoptedWarming && socket->state() == QAbstractSocket::ConnectedState)
            QTimer::singleShot(0, this, [this, id = p->id] {
                if (Pending* ready = pendingOf(id); ready && ready->socket)
                    writeRequest(ready);
            });
        else if (!adoptedWarming)
            connectSocket(socket, p->url);
    }
}

QSslSocket* HttpClient::newSocket(const QUrl& url)
{
    auto* socket = new QSslSocket(this);
    socket->setReadBufferSize(64 * 1024); // never more than this in Qt's buffer: we read as it arrives
    if (m_network) {
        QNetworkProxy proxy = m_network->proxy();
        if (QNetworkProxyFactory* factory = m_network->proxyFactory()) {
            const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(url));
            if (!proxies.isEmpty())
                proxy = proxies.first();
        }
        socket->setProxy(proxy);
    }
    return socket;
}

void HttpClient::connectSocket(QSslSocket* socket, const QUrl& url)
{
    const quint16 port = quint16(url.port(url.scheme() == u"https"_s ? 443 : 80));
    if (url.scheme() == u"https"_s) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_settings.extraCaCertificates.isEmpty())
            tls.addCaCertificates(m_settings.extraCaCertificates);
        tls.setProtocol(QSsl::SecureProtocols);
        socket->setSslConfiguration(tls);
        socket->connectToHostEncrypted(url.host(), port);
    } else {
        socket->connectToHost(url.host(), port);
    }
}

int HttpClient::maxIdlePerOrigin() const
{
    // Kept-alive and warm connections per origin: as many as may be busy at once, so a long run (every
    // package at once) reuses them instead of piling up TLS sockets (each holds tens of KiB).
    return m_settings.maxPerOrigin > 0 ? m_settings.maxPerOrigin : defaultMaxIdlePerOrigin;
}

void HttpClient::preconnect(const QUrl& url)
{
    const QString origin = originOf(url);
    if (!urlProblem(url, m_settings.allowHttpLoopback).isEmpty() || m_silentOrigins.contains(origin))
        return;
    if (m_idle.count(origin) + m_warming.count(origin) + m_active.value(origin) >= maxIdlePerOrigin())
        return; // enough connections already, busy or spare (a matrix run preconnects once per image)
    // TCP and TLS handshakes now, nothing sent: the socket becomes an idle connection once encrypted, or is
    // adopted by a request that starts while it is still in its handshake (see begin()).
    QSslSocket* socket = newSocket(url);
    m_warming.insert(origin, socket);
    const auto ready = [this, socket, origin] {
        if (m_warming.remove(origin, socket) > 0) {
            socket->disconnect(this);
            m_idle.insert(origin, socket);
        }
    };
    const auto failed = [this, socket, origin] {
        if (m_warming.remove(origin, socket) > 0) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
    };
    if (url.scheme() == u"https"_s)
        connect(socket, &QSslSocket::encrypted, this, ready);
    else
        connect(socket, &QAbstractSocket::connected, this, ready);
    connect(socket, &QAbstractSocket::errorOccurred, this, failed);
    connect(socket, &QAbstractSocket::disconnected, this, failed);
    connectSocket(socket, url);
}

void HttpClient::writeRequest(Pending* p)
{
    const HttpRequest& r = p->request;
    QByteArray target = p->url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty() || !target.startsWith('/'))
        target.prepend('/');
    QByteArray head = r.method + ' ' + target + " HTTP/1.1\r\n";
    head += "Host: " + p->url.authority(QUrl::FullyEncoded | QUrl::RemoveUserInfo).toLatin1() + "\r\n";
    head += "User-Agent: " + userAgent().toUtf8() + "\r\n";
    bool hasAccept = false;
    for (const auto& h : r.headers) {
        hasAccept = hasAccept || h.first.compare("accept", Qt::CaseInsensitive) == 0;
        head += h.first + ": " + h.second + "\r\n";
    }
    if (!hasAccept)
        head += "Accept: */*\r\n";
    if (!r.basicUser.isEmpty() || !r.basicPassword.isEmpty())
        head += "Authorization: Basic " + (r.basicUser + u':' + r.basicPassword).toUtf8().toBase64() + "\r\n";
    else if (!r.bearer.isEmpty())
        head += "Authorization: Bearer " + r.bearer.toUtf8() + "\r\n";
    if (!r.body.isEmpty() || r.method == "POST" || r.method == "PUT" || r.method == "PATCH")
        head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    head += "\r\n";
    p->socket->write(head);
    if (!r.body.isEmpty())
        p->socket->write(r.body);
    head.fill('\0');
}

void HttpClient::onReadable(Pending* p)
{
    if (!m_inFlight.contains(p) || !p->socket)
        return;
    using S = HttpResponseParser::State;
    while (p->socket->bytesAvailable() > 0) {
        const S state = p->parser->feed(p->socket->read(16 * 1024));
        const QString what = describe(p->request.method, p->url);
        switch (state) {
        case S::HeadersTooLarge:
            fail(p, HttpResponse::Failure::HeadersTooLarge,
                 tr("%1 was answered with headers larger than %2 KiB or more than %3 header lines; no real GitHub or "
                    "registry server does that, so the answer was dropped at once.")
                     .arg(what)
                     .arg(m_settings.maxHeaderBytes / 1024)
                     .arg(m_settings.maxHeaderCount));
            return;
        case S::BodyTooLarge:
            fail(p, HttpResponse::Failure::BodyTooLarge,
                 tr("The answer to %1 was larger than %2 KiB and was cut off; this server does not behave like "
                    "GitHub or a container registry.")
                     .arg(what)
                     .arg(m_settings.maxBodyBytes / 1024));
            return;
        case S::Malformed:
            fail(p, HttpResponse::Failure::Malformed,
                 tr("%1 was not answered in HTTP/1.1 (after %n byte(s) the answer could not be read); is something "
                    "else listening on that port?",
                    nullptr, int(qMin<qint64>(p->parser->bytesReceived(), INT_MAX)))
                     .arg(what));
            return;
        case S::Complete:
            onComplete(p);
            return;
        default:
            break;
        }
    }
}

void HttpClient::onClosed(Pending* p, bool error)
{
    if (!m_inFlight.contains(p) || !p->socket)
        return;
    // Whatever is still buffered belongs to the answer.
    if (p->socket->bytesAvailable() > 0) {
        onReadable(p);
        if (!m_inFlight.contains(p))
            return;
    }
    if (p->parser->bytesReceived() > 0 && p->parser->closed() == HttpResponseParser::State::Complete) {
        onComplete(p);
        return;
    }
    const QString what = describe(p->request.method, p->url);
    const QString host = p->url.host();
    const qint64 received = p->parser->bytesReceived();
    if (received == 0 && p->reused && !p->retried) {
        // A kept-alive connection the server had closed meanwhile: once more on a fresh one.
        p->retried = true;
        release(p, false);
        begin(p);
        return;
    }
    if (received > 0) {
        fail(p, HttpResponse::Failure::Reset,
             tr("The connection to %1 broke after %n byte(s) of the answer to %2; the answer is incomplete and "
                "was not used.",
                nullptr, int(qMin<qint64>(received, INT_MAX)))
                 .arg(host, what));
        return;
    }
    using E = QAbstractSocket::SocketError;
    const E e = p->socket->error();
    if (!p->tlsErrors.isEmpty() || e == E::SslHandshakeFailedError || e == E::SslInternalError ||
        e == E::SslInvalidUserDataError) {
        fail(p, HttpResponse::Failure::Tls, tlsFailure(p));
        return;
    }
    switch (e) {
    case E::ConnectionRefusedError:
        fail(p, HttpResponse::Failure::Refused,
             tr("%1 refused the connection (%2). Is the host and port right, and is the service running?")
                 .arg(host, what));
        return;
    case E::HostNotFoundError:
        fail(p, HttpResponse::Failure::HostNotFound,
             tr("The host %1 was not found. Check the spelling, your DNS and your network connection.").arg(host));
        return;
    case E::RemoteHostClosedError:
        fail(p, HttpResponse::Failure::Reset, tr("%1 closed the connection before answering %2.").arg(host, what));
        return;
    default:
        break;
    }
    if (!error && e == E::UnknownSocketError) {
        fail(p, HttpResponse::Failure::Reset, tr("%1 closed the connection before answering %2.").arg(host, what));
        return;
    }
    fail(p, HttpResponse::Failure::Other, tr("%1 failed: %2.").arg(what, Redactor::redact(p->socket->errorString())));
}

QString HttpClient::tlsFailure(const Pending* p) const
{
    const QString host = p->url.host();
    const QString detail =
        Redactor::redact(p->tlsErrors.isEmpty() ? p->socket->errorString() : p->tlsErrors.join(u"; "_s));
    if (m_settings.caFile.isEmpty() || !p->untrusted)
        return tr("The secure connection to %1 failed: %2. If your network inspects TLS or your server uses a private "
                  "certificate authority, pass its certificate (--ca-file or the window's CA setting).")
            .arg(host, detail);
    // The CA file was trusted and the chain still does not verify: that file is not the CA the server needs.
    const QString issuer = Redactor::redact(p->issuer);
    if (issuer.isEmpty())
        return tr("The secure connection to %1 failed: %2. The CA file %3 was trusted for this check, but no "
                  "certificate in it signed %1's certificate chain. Give the CA certificate the chain ends at (its "
                  "root: ask the server's or the TLS-inspecting proxy's administrator), not the server's own "
                  "certificate or another CA.")
            .arg(host, detail, m_settings.caFile);
    return tr("The secure connection to %1 failed: %2. The CA file %3 was trusted for this check, but no certificate "
              "in it signed %1's certificate chain, which was issued by “%4”. Give the certificate of “%4” (the "
              "chain's root: ask the server's or the TLS-inspecting proxy's administrator), not the server's own "
              "certificate or another CA.")
        .arg(host, detail, m_settings.caFile, issuer);
}

void HttpClient::onComplete(Pending* p)
{
    const HttpResponseParser& parser = *p->parser;
    const int status = parser.status();
    const QString what = describe(p->request.method, p->url);
    QByteArray location;
    for (const auto& h : parser.headers())
        if (h.first == "location")
            location = h.second;
    const bool redirect =
        (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) && !location.isEmpty();
    if (redirect) {
        const QUrl target = p->url.resolved(QUrl::fromEncoded(location));
        const bool sameOrigin = target.isValid() && originOf(target) == originOf(p->url);
        if (!sameOrigin) {
            const QString targetText = Redactor::redact(QString::fromUtf8(
                clean(target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toUtf8(), p)));
            fail(p, HttpResponse::Failure::Redirect,
                 tr("%1 redirected to another host (%2); the redirect was not followed so that credentials never "
                    "leave the host they belong to.")
                     .arg(what, targetText),
                 targetText);
            return;
        }
        p->visited.insert(p->url.toString());
        if (p->hops >= m_settings.maxRedirects || p->visited.contains(target.toString())) {
            fail(p, HttpResponse::Failure::Redirect,
                 tr("%1 redirected in a loop (%n hop(s) followed on the same host); stopped there. The server is "
                    "misconfigured or is not the service it should be.",
                    nullptr, p->hops + 1)
                     .arg(describe(p->request.method, p->request.url)));
            return;
        }
        ++p->hops;
        release(p, parser.reusable());
        p->url = target;
        if (status == 303 || ((status == 301 || status == 302) && p->request.method == "POST")) {
            p->request.method = "GET";
            p->request.body.clear();
        }
        begin(p);
        return;
    }

    HttpResponse r;
    r.status = status;
    for (const auto& h : parser.headers())
        r.headers.append({h.first, clean(h.second, p)});
    r.body = clean(parser.body(), p);
    if (status >= 400) {
        const QString reason = QString::fromUtf8(clean(parser.reasonPhrase().left(100), p));
        r.errorSentence =
            tr("The server answered %1%2 to %3.").arg(status).arg(reason.isEmpty() ? QString() : u" "_s + reason, what);
        r.errorSentence = Redactor::redact(r.errorSentence);
    }
    release(p, parser.reusable());
    deliver(p, std::move(r));
}

QByteArray HttpClient::clean(const QByteArray& serverText, const Pending* p) const
{
    // The request's own credentials, echoed back by a server, in any of their forms.
    QStringList secrets;
    if (!p->request.basicPassword.isEmpty())
        secrets << p->request.basicPassword;
    if (!p->request.bearer.isEmpty())
        secrets << p->request.bearer;
    for (const auto& h : p->request.headers) {
        if (h.first.compare("authorization", Qt::CaseInsensitive) == 0) {
            const qsizetype space = h.second.indexOf(' ');
            secrets << QString::fromUtf8(space >= 0 ? h.second.mid(space + 1) : h.second);
        }
    }
    if (secrets.isEmpty() || serverText.isEmpty())
        return serverText;
    return Redactor::redactSecrets(QString::fromUtf8(serverText), secrets).toUtf8();
}

void HttpClient::release(Pending* p, bool reuse)
{
    QSslSocket* socket = p->socket;
    p->socket = nullptr;
    if (!socket)
        return;
    socket->disconnect(this);
    const QString origin = originOf(p->url);
    if (reuse && socket->state() == QAbstractSocket::ConnectedState && remainingMs() > 0 &&
        m_idle.count(origin) < maxIdlePerOrigin()) {
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket, origin] {
            m_idle.remove(origin, socket);
            socket->deleteLater();
        });
        m_idle.insert(origin, socket);
        return;
    }
    // Not now: release() runs inside the socket's own readyRead, and aborting a TLS socket there frees its
    // SSL object under OpenSSL's feet (a crash seen when a matrix run closed surplus connections).
    QMetaObject::invokeMethod(
        socket,
        [socket] {
            socket->abort();
            socket->deleteLater();
        },
        Qt::QueuedConnection);
}

void HttpClient::fail(Pending* p, HttpResponse::Failure failure, const QString& sentence, const QString& redirectTarget)
{
    release(p, false);
    HttpResponse r;
    r.failure = failure;
    r.redirectTarget = redirectTarget;
    r.errorSentence = Redactor::redact(sentence);
    deliver(p, std::move(r));
}

void HttpClient::failLater(Pending* p, HttpResponse::Failure failure, const QString& sentence)
{
    QTimer::singleShot(0, this, [this, id = p->id, failure, sentence] {
        if (Pending* later = pendingOf(id))
            fail(later, failure, sentence);
    });
}

HttpClient::Pending* HttpClient::pendingOf(quint64 id) const
{
    for (Pending* p : m_inFlight)
        if (p->id == id)
            return p;
    return nullptr;
}

void HttpClient::forget(Pending* p)
{
    m_inFlight.removeOne(p);
    m_queued.removeOne(p);
    if (p->active) {
        const QString origin = originOf(p->url);
        if (--m_active[origin] <= 0)
            m_active.remove(origin);
        if (!m_queued.isEmpty())
            QTimer::singleShot(0, this, &HttpClient::startQueued);
    }
    disconnect(p->jobWatch);
    p->request.basicPassword.fill(u'\0');
    p->request.bearer.fill(u'\0');
    delete p;
}

void HttpClient::drop(const QObject* job)
{
    for (Pending* p : std::as_const(m_inFlight)) {
        if (p->job != job)
            continue;
        qCDebug(lcHttp) << "dropped" << describe(p->request.method, p->url);
        p->job = nullptr;
        release(p, false);
        forget(p);
        return;
    }
}

void HttpClient::deliver(Pending* p, HttpResponse response)
{
    if (!m_inFlight.contains(p))
        return;
    response.elapsedMs = p->clock.elapsed();
    qCDebug(lcHttp) << "answer" << describe(p->request.method, p->url) << response.status << int(response.failure)
                    << response.elapsedMs << "ms";
    HttpJob* job = p->job;
    forget(p);
    if (job)
        job->complete(response);
}

void HttpClient::budgetSpent()
{
    const QList<Pending*> waiting = m_queued;
    m_queued.clear();
    for (Pending* p : waiting)
        fail(p, HttpResponse::Failure::NotAttempted,
             tr("Not attempted: %1 was not sent because %2 was spent.")
                 .arg(describe(p->request.method, p->url), budgetText()));
    const QList<Pending*> pending = m_inFlight;
    for (Pending* p : pending) {
        if (!m_inFlight.contains(p) || !p->socket)
            continue;
        const QString origin = originOf(p->url);
        m_silentOrigins.insert(origin);
        const qint64 received = p->parser ? p->parser->bytesReceived() : 0;
        const QString what = describe(p->request.method, p->url);
        if (received == 0)
            fail(p, HttpResponse::Failure::Timeout, tr("%1 did not answer within %2.").arg(what, budgetText()));
        else
            fail(p, HttpResponse::Failure::Timeout,
                 tr("%1 sent %n byte(s) and then stalled or trickled; the answer was not complete within %2.", nullptr,
                    int(qMin<qint64>(received, INT_MAX)))
                     .arg(what, budgetText()));
    }
    dropSpareConnections();
}

void HttpClient::cancelAll()
{
    const QList<Pending*> pending = m_inFlight;
    for (Pending* p : pending)
        if (m_inFlight.contains(p))
            fail(p, HttpResponse::Failure::Cancelled, tr("Cancelled."));
}

} // namespace ghcr
