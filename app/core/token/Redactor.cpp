#include "app/core/token/Redactor.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

QMutex& secretsMutex()
{
    static QMutex m;
    return m;
}

QStringList& secrets()
{
    static QStringList s;
    return s;
}

/// formsOf() for the live secrets, computed once (under secretsMutex()); dropped when a secret is forgotten.
QHash<QString, QStringList>& formsCache()
{
    static QHash<QString, QStringList> cache;
    return cache;
}

QList<RedactionSet*>& liveSets()
{
    static QList<RedactionSet*> s;
    return s;
}

/// The base64 characters that depend only on `secret` when it starts `offset` bytes into the encoded text.
QByteArray alignedFragment(const QByteArray& secret, int offset, QByteArray::Base64Options options)
{
    const QByteArray padded = QByteArray(offset, '\0') + secret;
    const QByteArray encoded = padded.toBase64(options);
    const qsizetype first = (8 * offset + 5) / 6;
    const qsizetype end = (8 * (offset + secret.size())) / 6;
    return end > first ? encoded.mid(first, end - first) : QByteArray();
}

const QList<QRegularExpression>& patterns()
{
    static const QList<QRegularExpression> list{
        // GitHub tokens of any prefix, fine-grained PATs, and legacy 40-hex after "token".
        QRegularExpression(uR"(\b(?:gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{20,}))"_s),
        // Authorization header values and bearer/basic credentials anywhere.
        QRegularExpression(uR"((?i)(authorization\s*[:=]\s*)(?:"[^"]*"|[^\r\n,;]+))"_s),
        // A credential-looking word after the scheme: has a digit, or is long. Prose such as
        // "token provided" or "Basic credentials" is left alone.
        QRegularExpression(
            uR"((?i)\b(bearer|basic|token)(\s+)(?:(?=[A-Za-z0-9_\-.~+/]*\d)[A-Za-z0-9_\-.~+/]{8,}|[A-Za-z0-9_\-.~+/]{24,})=*)"_s),
        // "token": "..." / "access_token": "..." in JSON bodies quoted back to us.
        QRegularExpression(uR"((?i)("(?:access_)?token"\s*:\s*")[^"]*("))"_s),
    };
    return list;
}

QString applyPatterns(QString text)
{
    const auto& p = patterns();
    text.replace(p.at(0), QString::fromLatin1(Redactor::mask));
    text.replace(p.at(1), u"\\1"_s + QString::fromLatin1(Redactor::mask));
    text.replace(p.at(2), u"\\1\\2"_s + QString::fromLatin1(Redactor::mask));
    text.replace(p.at(3), u"\\1"_s + QString::fromLatin1(Redactor::mask) + u"\\2"_s);
    return text;
}

} // namespace

QStringList Redactor::formsOf(const QString& secret)
{
    QStringList forms{secret};
    const QByteArray utf8 = secret.toUtf8();
    forms << QString::fromLatin1(utf8.toBase64());
    for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        for (int offset = 0; offset < 3; ++offset) {
            const QByteArray fragment = alignedFragment(utf8, offset, options);
            // A short fragment would match ordinary words; secrets are long, their fragments too.
            if (fragment.size() < 8)
                continue;
            forms << QString::fromLatin1(fragment);
            if (options == QByteArray::Base64Encoding && (fragment.contains('+') || fragment.contains('/')))
                forms << QString::fromLatin1(QByteArray(fragment).replace("+", "%2B").replace("/", "%2F"));
        }
    }
    forms.removeDuplicates();
    // Longest first, so a whole encoding is replaced before one of its fragments.
    std::sort(forms.begin(), forms.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return forms;
}

namespace {
QString replaceForms(const QString& text, const QStringList& forms)
{
    QString out = text;
    const QString maskText = QString::fromLatin1(Redactor::mask);
    for (const QString& form : forms)
        if (!form.isEmpty())
            out.replace(form, maskText, Qt::CaseSensitive);
    return out;
}
} // namespace

QString Redactor::redactSecrets(const QString& text, const QStringList& secrets)
{
    QStringList forms;
    for (const QString& secret : secrets)
        if (secret.size() >= 4)
            forms += formsOf(secret);
    std::sort(forms.begin(), forms.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return replaceForms(text, forms);
}

RedactionSet::RedactionSet()
{
    QMutexLocker lock(&secretsMutex());
    liveSets().append(this);
}

RedactionSet::~RedactionSet()
{
    QMutexLocker lock(&secretsMutex());
    liveSets().removeAll(this);
    for (QString& s : m_secrets) {
        formsCache().remove(s);
        s.fill(u'\0');
    }
    m_secrets.clear();
    for (QString& s : m_bearerForms)
        s.fill(u'\0');
    m_bearerForms.clear();
}

void RedactionSet::addBearer(const QString& token)
{
    if (token.size() < 4)
        return;
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(token));
    QMutexLocker lock(&secretsMutex());
    if (m_bearerForms.contains(token))
        return;
    m_bearerForms.append(token);
    if (encoded != token)
        m_bearerForms.append(encoded);
}

void RedactionSet::add(const QString& secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&secretsMutex());
    if (!m_secrets.contains(secret))
        m_secrets.append(secret);
}

QStringList RedactionSet::secrets() const
{
    QMutexLocker lock(&secretsMutex());
    return m_secrets + m_bearerForms;
}

void Redactor::registerSecret(const QString& secret)
{
    if (secret.size() < 4)
        return; // too short to redact meaningfully without mangling text
    QMutexLocker lock(&secretsMutex());
    if (!secrets().contains(secret))
        secrets().append(secret);
}

void Redactor::forgetSecret(const QString& secret)
{
    QMutexLocker lock(&secretsMutex());
    secrets().removeAll(secret);
    formsCache().remove(secret);
}

void Redactor::forgetAllSecrets()
{
    QMutexLocker lock(&secretsMutex());
    secrets().clear();
    formsCache().clear();
}

QString Redactor::redact(const QString& text)
{
    return redact(text, {});
}

QString Redactor::redact(const QString& text, const QStringList& extraSecrets)
{
    if (text.isEmpty())
        return text;
    QStringList forms;
    {
        QMutexLocker lock(&secretsMutex());
        QStringList live = secrets();
        for (const RedactionSet* set : std::as_const(liveSets())) {
            live += set->m_secrets;
            forms += set->m_bearerForms;
        }
        for (const QString& secret : std::as_const(live)) {
            auto cached = formsCache().constFind(secret);
            if (cached == formsCache().cend())
                cached = formsCache().insert(secret, formsOf(secret));
            forms += *cached;
        }
    }
    for (const QString& secret : extraSecrets)
        if (secret.size() >= 4)
            forms += formsOf(secret);
    std::sort(forms.begin(), forms.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return applyPatterns(replaceForms(text, forms));
}

bool Redactor::containsSecret(const QString& text)
{
    return redact(text) != text;
}

} // namespace ghcr
