#pragma once

// A TCP proxy on 127.0.0.1 that models a network's round-trip time D in user space (no tc/netem here):
// a new connection is connected upstream only D after it was accepted (the TCP handshake), and every
// chunk read from either side is delivered D/2 after it was read. TLS handshakes, token realms and every
// request then pay real round trips, as on a network. It also counts connections and chunks, so a
// benchmark can tell how many round trips a client spent. TEST ONLY.

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

namespace ghcr::test {

class LatencyProxy : public QObject
{
    Q_OBJECT

public:
    /// Forwards 127.0.0.1:port() to 127.0.0.1:upstreamPort with round-trip time `rttMs`.
    LatencyProxy(quint16 upstreamPort, int rttMs, QObject* parent = nullptr);
    ~LatencyProxy() override;

    bool start(QString* error = nullptr);
    quint16 port() const { return m_server.serverPort(); }
    int rttMs() const { return m_rttMs; }
    void setRttMs(int rttMs) { m_rttMs = rttMs; }

    int connectionsAccepted() const { return m_accepted; }
    void resetCounters() { m_accepted = 0; }

private:
    struct Pipe;
    void onNewConnection();
    void forward(const std::shared_ptr<Pipe>& pipe, QTcpSocket* from, QTcpSocket* to);
    void closePipe(const std::shared_ptr<Pipe>& pipe);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    int m_rttMs;
    int m_accepted = 0;
    QList<std::shared_ptr<Pipe>> m_pipes;
};

} // namespace ghcr::test
