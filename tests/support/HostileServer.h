#pragma once

// A hostile HTTPS server on 127.0.0.1 speaking raw HTTP/1.1 over QSslSocket (the committed test
// certificate, valid for 127.0.0.1 and localhost): it does what no well-behaved server does —
// endless header lines, one huge header, a reset mid-body, a stall after the headers, a drip of one
// byte a second, a silent hang — or answers canned responses (redirects, challenges) per path.
// TEST ONLY.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>

#include <functional>

class QSslSocket;
class QTimer;

namespace ghcr::test {

class HostileServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Behaviour {
        Canned,            ///< write `response` (keep the connection open)
        EndlessHeaders,    ///< a status line, then header lines for as long as the client reads
        HugeHeader,        ///< a status line, then one header line of hugeHeaderBytes
        ResetMidBody,      ///< headers announcing 4096 bytes, 100 of them, then an abrupt close
        StallAfterHeaders, ///< headers announcing a body, then silence
        Drip,              ///< a valid answer, one byte a second
        Hang,              ///< read the request, never answer
        Generated,         ///< write what `generate` returns for the request (keep the connection open)
    };
    struct Request
    {
        QByteArray method;
        QString path; ///< with the query
        bool hasAuthorization = false;
        QByteArray host; ///< the Host header (127.0.0.1:PORT or localhost:PORT: the same server, two origins)
    };
    struct Rule
    {
        QString pathPrefix; ///< first matching rule wins; "" matches everything
        Behaviour behaviour = Behaviour::Canned;
        QByteArray response; ///< for Canned (and the bytes Drip trickles); "%PORT%" is replaced by the port
        std::function<QByteArray(const Request&)> generate = {}; ///< for Generated ("%PORT%" replaced too)
    };

    static constexpr qint64 hugeHeaderBytes = 64 * 1024 * 1024;

    explicit HostileServer(QObject* parent = nullptr);
    ~HostileServer() override;

    bool start();
    quint16 port() const { return serverPort(); }
    QString origin() const; ///< https://127.0.0.1:PORT

    void setRules(const QList<Rule>& rules) { m_rules = rules; }
    QList<Request> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    int authorizedRequests() const;
    /// Bytes written to clients so far (proves a flood was really sent).
    qint64 bytesSent() const { return m_bytesSent; }

    /// A complete response with a JSON body.
    static QByteArray jsonResponse(int status, const QByteArray& json, const QByteArray& extraHeaders = {});

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Connection;
    void onReadable(Connection* c);
    void serve(Connection* c, const Request& request);
    void pump(Connection* c);

    QList<Rule> m_rules;
    QList<Request> m_requests;
    QList<Connection*> m_connections;
    qint64 m_bytesSent = 0;
};

} // namespace ghcr::test

Q_DECLARE_METATYPE(ghcr::test::HostileServer::Rule)
