// The bounded HTTP/1.1 response parser under HttpClient: framing (length, chunked, until close, HEAD,
// 1xx), and every cap (header bytes, header lines, body) reported as soon as it is crossed — fed in one
// piece and byte by byte, so that no result depends on how the bytes arrive.
#include "app/core/net/HttpResponseParser.h"

#include <QTest>

using namespace ghcr;
using S = HttpResponseParser::State;

Q_DECLARE_METATYPE(HttpResponseParser::State)

namespace {

HttpResponseParser::Limits limits()
{
    HttpResponseParser::Limits l;
    l.maxHeaderBytes = 1024;
    l.maxHeaderCount = 10;
    l.maxBodyBytes = 100;
    return l;
}

} // namespace

class tst_HttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void capsHitAtOnce();
    void reusable();
};

void tst_HttpResponseParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("head");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<S>("state");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false << false
                            << S::Complete << 200 << QByteArray("hello");
    QTest::newRow("bare LF") << QByteArray("HTTP/1.1 404 Not Found\nContent-Length: 2\n\nno") << false << false
                             << S::Complete << 404 << QByteArray("no");
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n")
                             << false << false << S::Complete << 200 << QByteArray("hello world");
    QTest::newRow("until close") << QByteArray("HTTP/1.0 200 OK\r\n\r\nabc") << false << true << S::Complete << 200
                                 << QByteArray("abc");
    QTest::newRow("HEAD ignores the length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 999\r\n\r\n") << true
                                             << false << S::Complete << 200 << QByteArray();
    QTest::newRow("100 Continue first") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 202 Accepted\r\n"
                                                      "Content-Length: 0\r\n\r\n")
                                        << false << false << S::Complete << 202 << QByteArray();
    QTest::newRow("204 has no body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << false << S::Complete
                                     << 204 << QByteArray();
    QTest::newRow("cut mid-body stays incomplete") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\nabc")
                                                   << false << true << S::Body << 200 << QByteArray();
    QTest::newRow("cut in headers") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le") << false << true << S::Headers << 200
                                    << QByteArray();
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << false << false << S::Malformed << 0
                              << QByteArray();
    QTest::newRow("conflicting lengths")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello") << false << false
        << S::Malformed << 200 << QByteArray();
    QTest::newRow("negative chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\n")
                                    << false << false << S::Malformed << 200 << QByteArray();
    QTest::newRow("announced body too large") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 101\r\n\r\n") << false
                                              << false << S::BodyTooLarge << 200 << QByteArray();
    QTest::newRow("chunks add up too large") << (QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") +
                                                 "40\r\n" + QByteArray(64, 'a') + "\r\n40\r\n")
                                             << false << false << S::BodyTooLarge << 200 << QByteArray();
    QTest::newRow("until close too large") << (QByteArray("HTTP/1.1 200 OK\r\n\r\n") + QByteArray(101, 'a')) << false
                                           << false << S::BodyTooLarge << 200 << QByteArray();
    QString many = QStringLiteral("HTTP/1.1 200 OK\r\n");
    for (int i = 0; i < 11; ++i)
        many += QStringLiteral("X-%1: v\r\n").arg(i);
    QTest::newRow("too many header lines")
        << many.toLatin1() << false << false << S::HeadersTooLarge << 200 << QByteArray();
    QTest::newRow("one huge header") << (QByteArray("HTTP/1.1 200 OK\r\nX-Big: ") + QByteArray(2000, 'a')) << false
                                     << false << S::HeadersTooLarge << 200 << QByteArray();
}

void tst_HttpResponseParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, head);
    QFETCH(bool, closeAfter);
    QFETCH(S, state);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    for (const bool byteByByte : {false, true}) {
        HttpResponseParser p(limits(), head);
        if (byteByByte) {
            for (const char c : input)
                p.feed(QByteArray(1, c));
        } else {
            p.feed(input);
        }
        if (closeAfter)
            p.closed();
        QCOMPARE(p.state(), state);
        if (state != S::Malformed || status != 0)
            QCOMPARE(p.status(), status);
        if (state == S::Complete)
            QCOMPARE(p.body(), body);
        if (!p.failed())
            QCOMPARE(p.bytesReceived(), qint64(input.size()));
    }
}

void tst_HttpResponseParser::capsHitAtOnce()
{
    // A header line that never ends: the cap trips while the line is still open, with the buffer bounded.
    HttpResponseParser p(limits(), false);
    p.feed("HTTP/1.1 200 OK\r\nX-Endless: ");
    qint64 fed = 0;
    while (p.state() == S::Headers && fed < 1024 * 1024) {
        p.feed(QByteArray(64, 'a'));
        fed += 64;
    }
    QCOMPARE(p.state(), S::HeadersTooLarge);
    QVERIFY2(fed <= 1024, "the cap tripped only after more than maxHeaderBytes");
    // Later bytes are ignored, not buffered.
    p.feed(QByteArray(4096, 'a'));
    QCOMPARE(p.state(), S::HeadersTooLarge);
}

void tst_HttpResponseParser::reusable()
{
    HttpResponseParser keep(limits(), false);
    keep.feed("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(keep.reusable());
    HttpResponseParser close(limits(), false);
    close.feed("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(!close.reusable());
    HttpResponseParser old(limits(), false);
    old.feed("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(!old.reusable());
}

QTEST_GUILESS_MAIN(tst_HttpResponseParser)
#include "tst_HttpResponseParser.moc"
