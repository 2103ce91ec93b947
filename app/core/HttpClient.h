#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ghcr {

/// One HTTP request as the engine wants it.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; ///< values may be secret: never logged
    QByteArray body;
    QString basicUser; ///< with basicPassword: HTTP Basic (secret)
    QString basicPassword;
    QString bearer; ///< Authorization: Bearer … (secret)
};

/// The answer, or why there is none. Header names lower-cased.
struct HttpResponse
{
    enum class Failure {
        None,
        Timeout,
        BodyTooLarge,
        Refused,
        HostNotFound,
        Tls,
        Reset,
        Cancelled,
        InsecureUrl,
        Redirect,
        Other
    };
    Failure failure = Failure::None;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString errorSentence;  ///< human: "the server answered 502 to GET https://…"; never a secret
    QString redirectTarget; ///< a refused redirect's Location
    qint64 elapsedMs = 0;

    bool ok() const { return failure == Failure::None && status != 0; }
    QByteArray header(const QByteArray& lowerName) const;
    QList<QByteArray> headerValues(const QByteArray& lowerName) const;
};

/// The one place every request goes through: User-Agent, a transfer timeout and an overall
/// deadline, a body cap, TLS only (plain HTTP only to loopback when allowed), extra trusted CAs,
/// redirects followed only to the same scheme+host+port, and errors turned into sentences.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int timeoutMs = 20000;
        qint64 maxBodyBytes = 1024 * 1024;
        bool allowHttpLoopback = false;
        QList<QSslCertificate> extraCaCertificates;
    };

    HttpClient(QNetworkAccessManager* network, Settings settings, QObject* parent = nullptr);
    ~HttpClient() override;

    using Callback = std::function<void(const HttpResponse&)>;
    /// Sends the request; `done` is called exactly once (also on cancel), on the event loop.
    void send(const HttpRequest& request, Callback done);
    /// Aborts every request in flight; each callback gets Failure::Cancelled.
    void cancelAll();
    int inFlight() const { return m_inFlight.size(); }

    static bool isLoopbackHost(const QString& host);
    /// Empty when the URL may carry credentials under these settings, else a sentence why not.
    static QString urlProblem(const QUrl& url, bool allowHttpLoopback);
    static QString userAgent();

private:
    struct Pending;
    void finish(QNetworkReply* reply);

    QNetworkAccessManager* m_network;
    Settings m_settings;
    QList<Pending*> m_inFlight;
};

} // namespace ghcr
