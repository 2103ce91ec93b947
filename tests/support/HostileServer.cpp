#include "tests/support/HostileServer.h"

#include "tests/support/FakeServer.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ghcr::test {

struct HostileServer::Connection
{
    QSslSocket* socket = nullptr;
    QByteArray in;
    Behaviour behaviour = Behaviour::Canned;
    QByteArray drip; ///< bytes still to trickle
    qint64 left = 0; ///< flood bytes still to write (HugeHeader)
    qint64 line = 0; ///< EndlessHeaders: lines written
    QTimer* timer = nullptr;
    bool answered = false;
};

HostileServer::HostileServer(QObject* parent)
    : QTcpServer(parent)
{
}

HostileServer::~HostileServer()
{
    for (Connection* c : std::as_const(m_connections)) {
        c->socket->disconnect(this);
        c->socket->abort();
        delete c->socket;
        delete c->timer;
        delete c;
    }
}

bool HostileServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QString HostileServer::origin() const
{
    return u"https://127.0.0.1:"_s + QString::number(port());
}

int HostileServer::authorizedRequests() const
{
    int n = 0;
    for (const Request& r : m_requests)
        n += r.hasAuthorization ? 1 : 0;
    return n;
}

QByteArray HostileServer::jsonResponse(int status, const QByteArray& json, const QByteArray& extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n" +
           extraHeaders + "\r\n" + json;
}

void HostileServer::incomingConnection(qintptr handle)
{
    const QString dir = FakeServer::testDataDir();
    QFile keyFile(dir + u"/server.key"_s);
    const auto certs = QSslCertificate::fromPath(dir + u"/server.pem"_s, QSsl::Pem);
    if (certs.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
        qFatal("HostileServer: cannot read the test certificate");
    auto* c = new Connection;
    c->socket = new QSslSocket;
    c->socket->setSocketDescriptor(handle);
    c->socket->setLocalCertificate(certs.first());
    c->socket->setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    m_connections.append(c);
    connect(c->socket, &QIODevice::readyRead, this, [this, c] { onReadable(c); });
    connect(c->socket, &QIODevice::bytesWritten, this, [this, c](qint64 n) {
        m_bytesSent += n;
        pump(c);
    });
    connect(c->socket, &QSslSocket::encryptedBytesWritten, this, [this, c](qint64) { pump(c); });
    c->socket->startServerEncryption();
}

void HostileServer::onReadable(Connection* c)
{
    c->in += c->socket->readAll();
    while (true) {
        const qsizetype end = c->in.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = c->in.left(end);
        c->in.remove(0, end + 4);
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        Request r;
        r.method = first.value(0);
        r.path = QString::fromUtf8(first.value(1));
        qint64 length = 0;
        for (const QByteArray& l : lines) {
            const QByteArray lower = l.trimmed().toLower();
            if (lower.startsWith("authorization:"))
                r.hasAuthorization = true;
            if (lower.startsWith("host:"))
                r.host = lower.mid(5).trimmed();
            if (lower.startsWith("content-length:"))
                length = lower.mid(15).trimmed().toLongLong();
        }
        c->in.remove(0, length);
        m_requests.append(r);
        serve(c, r);
    }
}

void HostileServer::serve(Connection* c, const Request& request)
{
    const Rule* rule = nullptr;
    for (const Rule& candidate : std::as_const(m_rules)) {
        if (request.path.startsWith(candidate.pathPrefix)) {
            rule = &candidate;
            break;
        }
    }
    if (!rule) {
        c->socket->write(jsonResponse(404, "{}"));
        return;
    }
    QByteArray canned = rule->behaviour == Behaviour::Generated ? rule->generate(request) : rule->response;
    canned.replace("%PORT%", QByteArray::number(port()));
    c->behaviour = rule->behaviour;
    c->answered = true;
    switch (rule->behaviour) {
    case Behaviour::Canned:
    case Behaviour::Generated:
        c->socket->write(canned);
        break;
    case Behaviour::EndlessHeaders:
        c->socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
        pump(c);
        break;
    case Behaviour::HugeHeader:
        c->socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer realm=\"");
        c->left = hugeHeaderBytes;
        pump(c);
        break;
    case Behaviour::ResetMidBody:
        c->socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n" +
                         QByteArray(100, ' '));
        c->socket->flush();
        QTimer::singleShot(200, c->socket, [c] { c->socket->abort(); });
        break;
    case Behaviour::StallAfterHeaders:
        c->socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n");
        break;
    case Behaviour::Drip:
        c->drip = canned.isEmpty() ? jsonResponse(200, R"({"login":"octocat","type":"User"})") : canned;
        c->timer = new QTimer;
        connect(c->timer, &QTimer::timeout, this, [c] {
            if (c->drip.isEmpty()) {
                c->timer->stop();
                return;
            }
            c->socket->write(c->drip.left(1));
            c->drip.remove(0, 1);
        });
        c->timer->start(1000);
        break;
    case Behaviour::Hang:
        break;
    }
}

void HostileServer::pump(Connection* c)
{
    // Keep a little in flight: the flood goes as fast as the client reads, never faster.
    if (c->socket->state() != QAbstractSocket::ConnectedState || c->socket->encryptedBytesToWrite() > 256 * 1024 ||
        c->socket->bytesToWrite() > 256 * 1024)
        return;
    if (c->behaviour == Behaviour::EndlessHeaders) {
        QByteArray chunk;
        for (int i = 0; i < 512; ++i)
            chunk += "X-Filler-" + QByteArray::number(c->line++) + ": " + QByteArray(100, 'a') + "\r\n";
        c->socket->write(chunk);
    } else if (c->behaviour == Behaviour::HugeHeader && c->left > 0) {
        const qint64 n = qMin<qint64>(c->left, 64 * 1024);
        c->socket->write(QByteArray(n, 'a'));
        c->left -= n;
        if (c->left == 0)
            c->socket->write("\"\r\nContent-Length: 0\r\n\r\n");
    }
}

} // namespace ghcr::test
