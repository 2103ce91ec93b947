#include "tests/support/LatencyProxy.h"

#include <QTcpSocket>
#include <QTimer>

namespace ghcr::test {

struct LatencyProxy::Pipe
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QByteArray pendingToUpstream; ///< read from the client before the upstream connection exists
    bool closing = false;
};

LatencyProxy::LatencyProxy(quint16 upstreamPort, int rttMs, QObject* parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
    , m_rttMs(rttMs)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LatencyProxy::onNewConnection);
}

LatencyProxy::~LatencyProxy()
{
    for (const std::shared_ptr<Pipe>& p : std::as_const(m_pipes)) {
        for (QTcpSocket* socket : {p->client.data(), p->upstream.data()}) {
            if (socket) {
                socket->disconnect(this); // no signal may reach a pipe that is gone
                socket->abort();
            }
        }
    }
}

bool LatencyProxy::start(QString* error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

void LatencyProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_accepted;
        // Shared by every callback of this connection, so a timer that fires after the pipe closed finds it
        // marked closing instead of freed.
        auto pipe = std::make_shared<Pipe>();
        pipe->client = client;
        client->setParent(this);
        m_pipes << pipe;
        connect(client, &QTcpSocket::readyRead, this, [this, pipe] {
            if (pipe->upstream && pipe->upstream->state() == QAbstractSocket::ConnectedState)
                forward(pipe, pipe->client, pipe->upstream);
            else if (pipe->client)
                pipe->pendingToUpstream += pipe->client->readAll();
        });
        connect(client, &QTcpSocket::disconnected, this, [this, pipe] { closePipe(pipe); });
        // The TCP handshake costs one round trip before anything can be sent.
        QTimer::singleShot(m_rttMs, Qt::PreciseTimer, this, [this, pipe] {
            if (!pipe->client || pipe->closing)
                return;
            auto* upstream = new QTcpSocket(this);
            pipe->upstream = upstream;
            connect(upstream, &QTcpSocket::connected, this, [this, pipe] {
                if (!pipe->pendingToUpstream.isEmpty()) {
                    const QByteArray data = std::exchange(pipe->pendingToUpstream, {});
                    QTimer::singleShot(m_rttMs / 2, Qt::PreciseTimer, this, [pipe, data] {
                        if (pipe->upstream)
                            pipe->upstream->write(data);
                    });
                }
                if (pipe->client && pipe->client->bytesAvailable() > 0)
                    forward(pipe, pipe->client, pipe->upstream);
            });
            connect(upstream, &QTcpSocket::readyRead, this,
                    [this, pipe] { forward(pipe, pipe->upstream, pipe->client); });
            connect(upstream, &QTcpSocket::disconnected, this, [this, pipe] { closePipe(pipe); });
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        });
    }
}

void LatencyProxy::forward(const std::shared_ptr<Pipe>& pipe, QTcpSocket* from, QTcpSocket* to)
{
    if (!from || !to)
        return;
    const QByteArray data = from->readAll();
    if (data.isEmpty())
        return;
    // One-way delay D/2; timers with the same interval fire in the order they were started, so the byte
    // stream keeps its order.
    QPointer<QTcpSocket> target(to);
    QTimer::singleShot(m_rttMs / 2, Qt::PreciseTimer, this, [target, data] {
        if (target)
            target->write(data);
    });
    Q_UNUSED(pipe)
}

void LatencyProxy::closePipe(const std::shared_ptr<Pipe>& pipe)
{
    if (pipe->closing)
        return;
    pipe->closing = true;
    // Let data still in flight arrive (D/2), then close both sides.
    QTimer::singleShot(m_rttMs / 2 + 1, Qt::PreciseTimer, this, [this, pipe] {
        for (QTcpSocket* socket : {pipe->client.data(), pipe->upstream.data()}) {
            if (socket) {
                socket->disconnect(this); // no signal may reach the pipe once it is deleted
                socket->disconnectFromHost();
                socket->deleteLater();
            }
        }
        m_pipes.removeOne(pipe);
    });
}

} // namespace ghcr::test
