#pragma once

#include "app/core/net/HttpJob.h"
#include "app/core/net/HttpMessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslCertificate>
#include <QString>

class QNetworkAccessManager;
class QSslSocket;
class QTimer;

namespace ghcr {

/// The one place every request goes through: User-Agent, one deadline for the whole check (an origin
/// that did not answer is not asked again), caps on header bytes and lines, body size and credential
/// size, TLS only (plain HTTP only to loopback when allowed), extra trusted CAs, redirects followed
/// only to the same scheme+host+port and only a few hops, answers cleaned of the request's own
/// credentials (a server echoing them back cannot make them appear anywhere), and errors turned into
/// sentences. HTTP/1.1 over QSslSocket, so that every limit holds from the first byte: Qt 6.4's
/// QNetworkAccessManager buffers response headers without any limit.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int timeoutMs = 20000; ///< the budget of the whole check, counted from construction
        qint64 maxBodyBytes = 1024 * 1024;
        qint64 maxHeaderBytes = 64 * 1024;
        int maxHeaderCount = 100;
        qint64 maxCredentialBytes = 16 * 1024; ///< a bearer token or Basic pair larger than this is not sent
        int maxRedirects = 5;
        bool allowHttpLoopback = false;
        QList<QSslCertificate> extraCaCertificates;
        QString caFile; ///< where extraCaCertificates came from: a TLS failure says that file did not sign the chain
        /// At most this many requests on the wire per origin (scheme+host+port); more wait in order. 0: no bound.
        int maxPerOrigin = 0;
    };

    /// `network` supplies the proxy settings (its proxy factory or proxy); requests do not go through it.
    HttpClient(QNetworkAccessManager* network, Settings settings, QObject* parent = nullptr);
    ~HttpClient() override;

    /// Sends the request. The job is a child of `owner` (of this client when null) and emits finished() exactly
    /// once, on the event loop (also on cancelAll()), unless it is aborted or deleted first.
    HttpJob* send(const HttpRequest& request, QObject* owner);
    /// Aborts every request in flight; each job finishes with Failure::Cancelled.
    void cancelAll();
    /// Opens a connection to the URL's origin now (TCP + TLS), so a request sent a little later finds it ready.
    /// Best effort: nothing is sent, and a URL that may not carry credentials is not contacted at all.
    void preconnect(const QUrl& url);
    /// Idle (kept-alive) plus warming connections kept per origin when Settings::maxPerOrigin is 0.
    static constexpr int defaultMaxIdlePerOrigin = 6;
    int inFlight() const { return m_inFlight.size(); }
    /// Requests waiting for a free slot of their origin (see Settings::maxPerOrigin).
    int queued() const { return int(m_queued.size()); }
    /// What is left of the check's budget (0 once spent).
    qint64 remainingMs() const;

    static bool isLoopbackHost(const QString& host);
    /// Empty when the URL may carry credentials under these settings, else a sentence why not.
    static QString urlProblem(const QUrl& url, bool allowHttpLoopback);
    static QString userAgent();

private:
    friend class HttpJob;
    struct Pending;
    Pending* pendingOf(quint64 id) const;
    /// The job was aborted or deleted: forget its request and close its connection, without an answer.
    void drop(const QObject* job);
    /// Takes the request out of the books (in flight, queued, its origin's slot) and deletes it.
    void forget(Pending* p);
    void begin(Pending* p);
    void startOrQueue(Pending* p);
    void startQueued();
    QSslSocket* newSocket(const QUrl& url);
    void connectSocket(QSslSocket* socket, const QUrl& url);
    void dropSpareConnections();
    void writeRequest(Pending* p);
    void onReadable(Pending* p);
    void onClosed(Pending* p, bool error);
    void onComplete(Pending* p);
    void fail(Pending* p, HttpResponse::Failure failure, const QString& sentence,
              const QString& redirectTarget = QString());
    void failLater(Pending* p, HttpResponse::Failure failure, const QString& sentence);
    void deliver(Pending* p, HttpResponse response);
    void release(Pending* p, bool reuse);
    void budgetSpent();
    QString budgetText() const;
    /// The sentence for a failed TLS handshake: what failed, and what to do about it (a CA file given that did not
    /// sign the server's chain is told as such, not "pass its certificate" again).
    QString tlsFailure(const Pending* p) const;
    QByteArray clean(const QByteArray& serverText, const Pending* p) const;

    QNetworkAccessManager* m_network;
    Settings m_settings;
    QList<Pending*> m_inFlight;
    int maxIdlePerOrigin() const;
    QMultiHash<QString, QSslSocket*> m_idle;    ///< kept-alive connections by origin
    QMultiHash<QString, QSslSocket*> m_warming; ///< preconnect()ed, still in the TCP/TLS handshake
    QSet<QString> m_silentOrigins;              ///< origins that did not answer within the budget
    QHash<QString, int> m_active;               ///< requests on the wire per origin (maxPerOrigin)
    QList<Pending*> m_queued;                   ///< sent, waiting for a slot of their origin
    quint64 m_lastId = 0;
    QElapsedTimer m_budgetClock;
    QTimer* m_budget = nullptr;
};

} // namespace ghcr
