#include "HttpClient.h"

#include "AppInfo.h"
#include "Redactor.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
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

} // namespace

struct HttpClient::Pending
{
    QPointer<QNetworkReply> reply;
    QTimer* deadline = nullptr;
    Callback done;
    QByteArray method;
    QUrl url;
    QByteArray buffer;
    QElapsedTimer clock;
    HttpResponse::Failure forced = HttpResponse::Failure::None;
    QString forcedSentence;
    QString redirectTarget;
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
}

HttpClient::~HttpClient()
{
    // Callbacks must not run into a half-destroyed owner: drop them, abort silently.
    for (Pending* p : std::as_const(m_inFlight)) {
        p->done = nullptr;
        if (p->reply) {
            p->reply->disconnect(this);
            p->reply->abort();
            p->reply->deleteLater();
        }
        delete p;
    }
    m_inFlight.clear();
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

void HttpClient::send(const HttpRequest& request, Callback done)
{
    auto* p = new Pending;
    p->done = std::move(done);
    p->method = request.method;
    p->url = request.url;
    p->clock.start();
    m_inFlight.append(p);

    const QString problem = urlProblem(request.url, m_settings.allowHttpLoopback);
    if (!problem.isEmpty()) {
        p->forced = HttpResponse::Failure::InsecureUrl;
        p->forcedSentence = problem;
        QTimer::singleShot(0, this, [this, p] {
            if (m_inFlight.contains(p))
                finish(nullptr);
        });
        // finish(nullptr) finds the pending entry without a reply: handled below.
        return;
    }

    QNetworkRequest nr(request.url);
    nr.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    nr.setTransferTimeout(m_settings.timeoutMs);
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    nr.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    nr.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto& h : request.headers)
        nr.setRawHeader(h.first, h.second);
    if (!request.basicUser.isEmpty() || !request.basicPassword.isEmpty()) {
        const QByteArray pair = (request.basicUser + u':' + request.basicPassword).toUtf8();
        nr.setRawHeader("Authorization", "Basic " + pair.toBase64());
    } else if (!request.bearer.isEmpty()) {
        nr.setRawHeader("Authorization", "Bearer " + request.bearer.toUtf8());
    }
    if (request.url.scheme() == u"https"_s) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_settings.extraCaCertificates.isEmpty())
            tls.addCaCertificates(m_settings.extraCaCertificates);
        nr.setSslConfiguration(tls);
    }

    QNetworkReply* reply = nullptr;
    if (request.method == "GET")
        reply = m_network->get(nr);
    else if (request.method == "HEAD")
        reply = m_network->head(nr);
    else if (request.method == "POST")
        reply = m_network->post(nr, request.body);
    else if (request.method == "DELETE")
        reply = m_network->deleteResource(nr);
    else
        reply = m_network->sendCustomRequest(nr, request.method, request.body);
    p->reply = reply;
    qCDebug(lcHttp) << "request" << describe(request.method, request.url);

    connect(reply, &QNetworkReply::redirected, this, [this, p, reply](const QUrl& target) {
        const QUrl resolved = p->url.resolved(target);
        const bool sameOrigin = resolved.scheme() == p->url.scheme() &&
                                resolved.host().compare(p->url.host(), Qt::CaseInsensitive) == 0 &&
                                resolved.port(resolved.scheme() == u"https"_s ? 443 : 80) ==
                                    p->url.port(p->url.scheme() == u"https"_s ? 443 : 80);
        if (sameOrigin) {
            p->url = resolved;
            Q_EMIT reply->redirectAllowed();
            return;
        }
        p->forced = HttpResponse::Failure::Redirect;
        p->redirectTarget = resolved.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        p->forcedSentence = tr("%1 redirected to another host (%2); the redirect was not followed so that "
                               "credentials never leave the host they belong to.")
                                .arg(describe(p->method, p->url), p->redirectTarget);
        reply->abort();
    });
    connect(reply, &QIODevice::readyRead, this, [this, p, reply] {
        p->buffer += reply->readAll();
        if (p->buffer.size() > m_settings.maxBodyBytes) {
            p->forced = HttpResponse::Failure::BodyTooLarge;
            p->forcedSentence = tr("The answer to %1 was larger than %2 KiB and was cut off; this server does "
                                   "not behave like GitHub or a container registry.")
                                    .arg(describe(p->method, p->url))
                                    .arg(m_settings.maxBodyBytes / 1024);
            p->buffer.clear();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });

    // A hard deadline on top of the transfer timeout: a server that trickles bytes must not hang us.
    p->deadline = new QTimer(this);
    p->deadline->setSingleShot(true);
    connect(p->deadline, &QTimer::timeout, this, [this, p, reply] {
        if (!m_inFlight.contains(p) || p->forced != HttpResponse::Failure::None)
            return;
        p->forced = HttpResponse::Failure::Timeout;
        p->forcedSentence = tr("%1 did not complete within %2 seconds.")
                                .arg(describe(p->method, p->url))
                                .arg(m_settings.timeoutMs / 1000.0, 0, 'g', 3);
        reply->abort();
    });
    p->deadline->start(m_settings.timeoutMs + 500);
}

void HttpClient::cancelAll()
{
    const QList<Pending*> pending = m_inFlight;
    for (Pending* p : pending) {
        if (!m_inFlight.contains(p))
            continue;
        p->forced = HttpResponse::Failure::Cancelled;
        p->forcedSentence = tr("Cancelled.");
        if (p->reply)
            p->reply->abort(); // emits finished synchronously → finish()
        else
            finish(nullptr);
    }
}

void HttpClient::finish(QNetworkReply* reply)
{
    Pending* p = nullptr;
    for (Pending* candidate : std::as_const(m_inFlight)) {
        if ((reply && candidate->reply == reply) || (!reply && !candidate->reply)) {
            p = candidate;
            break;
        }
    }
    if (!p)
        return;
    m_inFlight.removeAll(p);
    if (p->deadline) {
        p->deadline->stop();
        p->deadline->deleteLater();
    }

    HttpResponse r;
    r.elapsedMs = p->clock.elapsed();
    r.redirectTarget = p->redirectTarget;
    const QString what = describe(p->method, p->url);

    if (p->forced != HttpResponse::Failure::None) {
        r.failure = p->forced;
        r.errorSentence = p->forcedSentence;
    } else if (reply) {
        p->buffer += reply->readAll();
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid() && status.toInt() > 0) {
            r.status = status.toInt();
            r.body = p->buffer;
            for (const auto& pair : reply->rawHeaderPairs())
                r.headers.append({pair.first.toLower(), pair.second});
            if (r.status >= 400) {
                const QString reason =
                    reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
                r.errorSentence = tr("The server answered %1%2 to %3.")
                                      .arg(r.status)
                                      .arg(reason.isEmpty() ? QString() : u" "_s + reason, what);
            }
        } else {
            using E = QNetworkReply::NetworkError;
            const E e = reply->error();
            const QString host = p->url.host();
            switch (e) {
            case E::ConnectionRefusedError:
                r.failure = HttpResponse::Failure::Refused;
                r.errorSentence = tr("%1 refused the connection (%2). Is the host and port right, and is the "
                                     "service running?")
                                      .arg(host, what);
                break;
            case E::HostNotFoundError:
                r.failure = HttpResponse::Failure::HostNotFound;
                r.errorSentence = tr("The host %1 was not found. Check the spelling, your DNS and your network "
                                     "connection.")
                                      .arg(host);
                break;
            case E::SslHandshakeFailedError:
                r.failure = HttpResponse::Failure::Tls;
                r.errorSentence = tr("The secure connection to %1 failed: %2. If your network inspects TLS or "
                                     "your server uses a private certificate authority, pass its certificate "
                                     "(--ca-file or the window's CA setting).")
                                      .arg(host, Redactor::redact(reply->errorString()));
                break;
            case E::TimeoutError:
            case E::OperationCanceledError:
                // setTransferTimeout() aborts with OperationCanceledError.
                r.failure = HttpResponse::Failure::Timeout;
                r.errorSentence =
                    tr("%1 did not answer within %2 seconds.").arg(what).arg(m_settings.timeoutMs / 1000.0, 0, 'g', 3);
                break;
            case E::RemoteHostClosedError:
                r.failure = HttpResponse::Failure::Reset;
                r.errorSentence = tr("%1 closed the connection before answering %2.").arg(host, what);
                break;
            default:
                r.failure = HttpResponse::Failure::Other;
                r.errorSentence = tr("%1 failed: %2.").arg(what, Redactor::redact(reply->errorString()));
                break;
            }
        }
    } else {
        r.failure = HttpResponse::Failure::Other;
        r.errorSentence = tr("%1 failed.").arg(what);
    }
    if (reply)
        reply->deleteLater();
    qCDebug(lcHttp) << "answer" << what << r.status << int(r.failure) << r.elapsedMs << "ms";

    Callback done = std::move(p->done);
    delete p;
    if (done)
        done(r);
}

} // namespace ghcr
