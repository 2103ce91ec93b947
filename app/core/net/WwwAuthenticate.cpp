#include "app/core/net/WwwAuthenticate.h"

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

// RFC 7230 tchar
bool isTChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-.^_`|~").contains(c);
}

class Lexer
{
public:
    explicit Lexer(const QString& s)
        : m_s(s)
    {
    }
    bool atEnd() const { return m_pos >= m_s.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_s.at(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && (peek() == u' ' || peek() == u'\t' || peek() == u'\n' || peek() == u'\r'))
            ++m_pos;
    }
    void skipSpaceAndCommas()
    {
        while (!atEnd() && (peek().isSpace() || peek() == u','))
            ++m_pos;
    }
    QString token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTChar(peek()))
            ++m_pos;
        return m_s.mid(start, m_pos - start);
    }
    // token68 may end with '='
    QString token68Tail()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() == u'=')
            ++m_pos;
        return m_s.mid(start, m_pos - start);
    }
    QString quoted()
    {
        // assumes peek() == '"'
        ++m_pos;
        QString out;
        while (!atEnd()) {
            const QChar c = m_s.at(m_pos++);
            if (c == u'\\' && !atEnd()) {
                out += m_s.at(m_pos++);
            } else if (c == u'"') {
                return out;
            } else {
                out += c;
            }
        }
        return out; // unterminated: keep what we read
    }
    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype p) { m_pos = p; }
    void skipGarbage()
    {
        // skip to the next comma outside quotes
        while (!atEnd() && peek() != u',') {
            if (peek() == u'"')
                quoted();
            else
                ++m_pos;
        }
    }

private:
    const QString& m_s;
    qsizetype m_pos = 0;
};

} // namespace

QList<AuthChallenge> parseWwwAuthenticate(const QString& headerValue)
{
    // challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ], challenges comma-separated.
    // A bare token directly after a scheme (no comma between) is that scheme's token68;
    // a bare token after a comma starts a new challenge.
    QList<AuthChallenge> out;
    Lexer lx(headerValue);
    bool justReadScheme = false; // the last thing read was a scheme name, with no comma since
    while (!lx.atEnd()) {
        lx.skipSpace();
        if (lx.peek() == u',') {
            justReadScheme = false;
            lx.skipSpaceAndCommas();
            continue;
        }
        if (lx.atEnd())
            break;
        const qsizetype start = lx.pos();
        const QString word = lx.token();
        if (word.isEmpty()) {
            lx.skipGarbage(); // junk: skip to the next comma outside quotes
            if (lx.pos() == start)
                lx.setPos(start + 1);
            justReadScheme = false;
            continue;
        }
        lx.skipSpace();
        if (lx.peek() == u'=') {
            const qsizetype eqPos = lx.pos();
            lx.setPos(eqPos + 1);
            lx.skipSpace();
            const QChar next = lx.peek();
            if (!out.isEmpty() && next != u'=' && (next == u'"' || isTChar(next))) {
                const QString value = (next == u'"') ? lx.quoted() : lx.token();
                out.last().params.insert(word.toLower(), value);
                justReadScheme = false;
                continue;
            }
            lx.setPos(eqPos);
            const QString tail = lx.token68Tail();
            if (!out.isEmpty() && justReadScheme)
                out.last().token68 = word + tail;
            else if (!out.isEmpty())
                out.last().params.insert(word.toLower(), QString());
            justReadScheme = false;
            continue;
        }
        if (justReadScheme && !out.isEmpty()) {
            out.last().token68 = word;
            justReadScheme = false;
            continue;
        }
        out.append(AuthChallenge{word, {}, {}});
        justReadScheme = true;
    }
    return out;
}

QList<AuthChallenge> parseWwwAuthenticate(const QList<QByteArray>& headerValues)
{
    QList<AuthChallenge> out;
    for (const QByteArray& v : headerValues)
        out += parseWwwAuthenticate(QString::fromUtf8(v));
    return out;
}

QList<ResourceScope> parseResourceScopes(const QString& scopeParam)
{
    QList<ResourceScope> out;
    const QStringList parts = scopeParam.split(u' ', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const qsizetype first = part.indexOf(u':');
        const qsizetype last = part.lastIndexOf(u':');
        if (first < 0 || last == first) {
            if (first > 0)
                out.append(ResourceScope{part.left(first), part.mid(first + 1), {}});
            continue;
        }
        ResourceScope s;
        s.type = part.left(first);
        s.name = part.mid(first + 1, last - first - 1);
        s.actions = part.mid(last + 1).split(u',', Qt::SkipEmptyParts);
        out.append(s);
    }
    return out;
}

QString formatResourceScope(const QString& repository, const QStringList& actions)
{
    return u"repository:"_s + repository + u':' + actions.join(u',');
}

} // namespace ghcr
