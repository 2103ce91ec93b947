#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace ghcr {

/// An HTTP/1.1 response parser with hard limits, fed with whatever bytes arrive. It never holds more
/// than the limits allow: a server that streams header lines or a huge body is stopped at once.
/// Pure (no I/O) so that it can be fuzzed.
class HttpResponseParser
{
public:
    struct Limits
    {
        qint64 maxHeaderBytes = 64 * 1024; ///< status line + every header line
        int maxHeaderCount = 100;
        qint64 maxBodyBytes = 1024 * 1024;
    };
    enum class State {
        StatusLine,
        Headers,
        Body,
        Complete,
        HeadersTooLarge, ///< more than maxHeaderBytes or maxHeaderCount
        BodyTooLarge,
        Malformed ///< not HTTP/1.x, or broken framing
    };

    HttpResponseParser(Limits limits, bool headRequest);

    /// Consumes `data`; returns the state afterwards. Bytes after a complete response are ignored.
    State feed(const QByteArray& data);
    /// The peer closed the connection: completes a body that runs until close, else leaves it incomplete.
    State closed();

    State state() const { return m_state; }
    bool failed() const { return m_state >= State::HeadersTooLarge; }
    bool complete() const { return m_state == State::Complete; }
    bool headersComplete() const { return m_state == State::Body || m_state == State::Complete; }
    int status() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    /// Header names lower-cased, values trimmed; repeated headers are kept as separate entries.
    const QList<QPair<QByteArray, QByteArray>>& headers() const { return m_headers; }
    const QByteArray& body() const { return m_body; }
    /// Every byte received so far (including a final response's preceding 1xx answers).
    qint64 bytesReceived() const { return m_received; }
    /// True when the connection may carry another request after this response.
    bool reusable() const;
    /// Content-Length announced beyond the body limit, or -1.
    qint64 announcedLength() const { return m_contentLength; }

private:
    bool takeLine(QByteArray* line);
    /// A status, header or trailer line, counted against maxHeaderBytes; false when none is complete yet or
    /// the limit was passed (then the state is HeadersTooLarge).
    bool takeHeaderLine(QByteArray* line);
    State parseStatusLine(const QByteArray& line);
    State parseHeaderLine(const QByteArray& line);
    State headersDone();
    State parseBody();
    State parseChunked();
    State fail(State s);

    Limits m_limits;
    bool m_head;
    State m_state = State::StatusLine;
    QByteArray m_pending; ///< received, not yet consumed (bounded by the limits)
    qint64 m_received = 0;
    qint64 m_headerBytes = 0;
    int m_status = 0;
    int m_minorVersion = 1;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    enum class Framing { None, Length, Chunked, UntilClose } m_framing = Framing::None;
    qint64 m_contentLength = -1;
    qint64 m_chunkLeft = -1;      ///< chunked: bytes left in the current chunk; -1 = expecting a size line
    bool m_chunkTrailers = false; ///< chunked: after the last chunk, reading trailer lines
    bool m_chunkDataEnd = false;  ///< chunked: expecting the CRLF after chunk data
};

} // namespace ghcr
