#include "app/core/net/HttpResponseParser.h"

namespace ghcr {

namespace {

constexpr qint64 maxChunkLine = 1024;

bool isToken(const QByteArray& name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 32 || u >= 127 || c == ':' || c == '"' || c == '(' || c == ')' || c == ',' || c == '/' || c == ';' ||
            c == '<' || c == '=' || c == '>' || c == '?' || c == '@' || c == '[' || c == '\\' || c == ']' || c == '{' ||
            c == '}')
            return false;
    }
    return true;
}

bool hasToken(const QByteArray& value, const QByteArray& token)
{
    for (const QByteArray& part : value.split(','))
        if (part.trimmed().toLower() == token)
            return true;
    return false;
}

} // namespace

HttpResponseParser::HttpResponseParser(Limits limits, bool headRequest)
    : m_limits(limits)
    , m_head(headRequest)
{
}

HttpResponseParser::State HttpResponseParser::fail(State s)
{
    m_state = s;
    m_pending.clear();
    m_body.clear();
    return s;
}

bool HttpResponseParser::takeLine(QByteArray* line)
{
    const qsizetype nl = m_pending.indexOf('\n');
    if (nl < 0)
        return false;
    *line = m_pending.left(nl);
    if (line->endsWith('\r'))
        line->chop(1);
    m_pending.remove(0, nl + 1);
    return true;
}

bool HttpResponseParser::takeHeaderLine(QByteArray* line)
{
    const qsizetype nl = m_pending.indexOf('\n');
    const qint64 lineBytes = nl < 0 ? m_pending.size() : nl + 1;
    if (m_headerBytes + lineBytes > m_limits.maxHeaderBytes) {
        fail(State::HeadersTooLarge);
        return false;
    }
    if (!takeLine(line))
        return false;
    m_headerBytes += lineBytes;
    return true;
}

HttpResponseParser::State HttpResponseParser::feed(const QByteArray& data)
{
    if (m_state == State::Complete || failed())
        return m_state;
    m_received += data.size();
    m_pending += data;
    while (true) {
        if (m_state == State::StatusLine || m_state == State::Headers) {
            QByteArray line;
            if (!takeHeaderLine(&line))
                return m_state;
            const State s = m_state == State::StatusLine ? parseStatusLine(line) : parseHeaderLine(line);
            if (failed())
                return s;
            continue;
        }
        if (m_state == State::Body)
            return parseBody();
        return m_state;
    }
}

HttpResponseParser::State HttpResponseParser::parseStatusLine(const QByteArray& line)
{
    if (line.isEmpty() && m_headerBytes <= 2)
        return m_state; // tolerate a stray empty line before the status line
    // HTTP/1.x SP 3DIGIT [SP reason]
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line.at(8) != ' ')
        return fail(State::Malformed);
    const char minor = line.at(7);
    if (minor != '0' && minor != '1')
        return fail(State::Malformed);
    m_minorVersion = minor - '0';
    int status = 0;
    for (int i = 9; i < 12; ++i) {
        const char c = line.at(i);
        if (c < '0' || c > '9')
            return fail(State::Malformed);
        status = status * 10 + (c - '0');
    }
    if (status < 100 || (line.size() > 12 && line.at(12) != ' '))
        return fail(State::Malformed);
    m_status = status;
    m_reason = line.mid(13).trimmed();
    m_state = State::Headers;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::parseHeaderLine(const QByteArray& line)
{
    if (line.isEmpty())
        return headersDone();
    if (line.startsWith(' ') || line.startsWith('\t')) {
        // Obsolete line folding: part of the previous value.
        if (m_headers.isEmpty())
            return fail(State::Malformed);
        m_headers.last().second += ' ' + line.trimmed();
        return m_state;
    }
    if (m_headers.size() >= m_limits.maxHeaderCount)
        return fail(State::HeadersTooLarge);
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(State::Malformed);
    const QByteArray name = line.left(colon).toLower();
    if (!isToken(name))
        return fail(State::Malformed);
    m_headers.append({name, line.mid(colon + 1).trimmed()});
    return m_state;
}

HttpResponseParser::State HttpResponseParser::headersDone()
{
    if (m_status >= 100 && m_status < 200 && m_status != 101) {
        // An interim answer (100 Continue, 103 Early Hints): the real one follows.
        m_headers.clear();
        m_status = 0;
        m_reason.clear();
        m_state = State::StatusLine;
        return m_state;
    }
    QByteArray transferEncoding;
    QList<QByteArray> lengths;
    for (const auto& h : std::as_const(m_headers)) {
        if (h.first == "transfer-encoding")
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + h.second;
        else if (h.first == "content-length")
            lengths << h.second;
    }
    if (m_head || m_status == 204 || m_status == 304 || m_status == 101) {
        m_framing = Framing::None;
    } else if (!transferEncoding.isEmpty()) {
        const QList<QByteArray> codings = transferEncoding.toLower().split(',');
        if (codings.last().trimmed() != "chunked")
            m_framing = Framing::UntilClose;
        else
            m_framing = Framing::Chunked;
    } else if (!lengths.isEmpty()) {
        qint64 length = -1;
        for (const QByteArray& value : std::as_const(lengths)) {
            for (const QByteArray& part : value.split(',')) {
                bool ok = false;
                const QByteArray digits = part.trimmed();
                const qint64 v = digits.toLongLong(&ok);
                if (!ok || v < 0 || digits.isEmpty() || digits.at(0) == '+' || digits.at(0) == '-' ||
                    (length >= 0 && v != length))
                    return fail(State::Malformed);
                length = v;
            }
        }
        m_contentLength = length;
        if (length > m_limits.maxBodyBytes)
            return fail(State::BodyTooLarge);
        m_framing = Framing::Length;
    } else {
        m_framing = Framing::UntilClose;
    }
    m_state = State::Body;
    return m_framing == Framing::None ? (m_state = State::Complete) : m_state;
}

HttpResponseParser::State HttpResponseParser::parseBody()
{
    switch (m_framing) {
    case Framing::None:
        m_state = State::Complete;
        return m_state;
    case Framing::Length: {
        const qint64 want = m_contentLength - m_body.size();
        m_body += m_pending.left(want);
        m_pending.remove(0, qMin<qint64>(want, m_pending.size()));
        if (m_body.size() == m_contentLength)
            m_state = State::Complete;
        return m_state;
    }
    case Framing::UntilClose:
        if (m_body.size() + m_pending.size() > m_limits.maxBodyBytes)
            return fail(State::BodyTooLarge);
        m_body += m_pending;
        m_pending.clear();
        return m_state;
    case Framing::Chunked:
        return parseChunked();
    }
    return m_state;
}

/// A chunked body: size lines, chunk data each followed by a line break, then trailer lines up to an empty one.
HttpResponseParser::State HttpResponseParser::parseChunked()
{
    while (!m_pending.isEmpty()) {
        if (m_chunkTrailers) {
            QByteArray line;
            if (!takeHeaderLine(&line))
                return m_state;
            if (line.isEmpty()) {
                m_state = State::Complete;
                return m_state;
            }
            continue;
        }
        if (m_chunkDataEnd) {
            QByteArray line;
            if (m_pending.size() > 2 && m_pending.indexOf('\n') < 0)
                return fail(State::Malformed);
            if (!takeLine(&line))
                return m_state;
            if (!line.isEmpty())
                return fail(State::Malformed);
            m_chunkDataEnd = false;
            continue;
        }
        if (m_chunkLeft < 0) {
            const qsizetype nl = m_pending.indexOf('\n');
            if ((nl < 0 ? m_pending.size() : nl) > maxChunkLine)
                return fail(State::Malformed);
            QByteArray line;
            if (!takeLine(&line))
                return m_state;
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray hex = (semicolon >= 0 ? line.left(semicolon) : line).trimmed();
            bool ok = false;
            const qint64 size = hex.toLongLong(&ok, 16);
            if (!ok || size < 0 || hex.isEmpty() || hex.size() > 15 || hex.at(0) == '-' || hex.at(0) == '+')
                return fail(State::Malformed);
            if (m_body.size() + size > m_limits.maxBodyBytes)
                return fail(State::BodyTooLarge);
            if (size == 0) {
                m_chunkTrailers = true;
                continue;
            }
            m_chunkLeft = size;
            continue;
        }
        const qint64 take = qMin<qint64>(m_chunkLeft, m_pending.size());
        m_body += m_pending.left(take);
        m_pending.remove(0, take);
        m_chunkLeft -= take;
        if (m_chunkLeft == 0) {
            m_chunkLeft = -1;
            m_chunkDataEnd = true;
        }
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::closed()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose)
        m_state = State::Complete;
    return m_state;
}

bool HttpResponseParser::reusable() const
{
    if (m_state != State::Complete || m_framing == Framing::UntilClose || !m_pending.isEmpty())
        return false;
    QByteArray connection;
    for (const auto& h : m_headers)
        if (h.first == "connection")
            connection += h.second + ',';
    if (hasToken(connection, "close"))
        return false;
    return m_minorVersion == 1 || hasToken(connection, "keep-alive");
}

} // namespace ghcr
