#include "Redactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

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

// Every shape a secret can take on the wire or in a message.
QStringList formsOf(const QString& secret)
{
    QStringList forms{secret};
    const QByteArray utf8 = secret.toUtf8();
    forms << QString::fromLatin1(utf8.toBase64());
    forms << QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    forms << QString::fromLatin1(QByteArray(utf8.toBase64()).replace('=', QByteArray()));
    return forms;
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
}

void Redactor::forgetAllSecrets()
{
    QMutexLocker lock(&secretsMutex());
    secrets().clear();
}

QString Redactor::redact(const QString& text)
{
    return redact(text, {});
}

QString Redactor::redact(const QString& text, const QStringList& extraSecrets)
{
    if (text.isEmpty())
        return text;
    QStringList all;
    {
        QMutexLocker lock(&secretsMutex());
        all = secrets();
    }
    all += extraSecrets;
    QString out = text;
    const QString maskText = QString::fromLatin1(mask);
    for (const QString& secret : std::as_const(all)) {
        if (secret.size() < 4)
            continue;
        for (const QString& form : formsOf(secret))
            if (!form.isEmpty())
                out.replace(form, maskText);
    }
    // base64("user:secret") for any user: decode base64-looking runs and check them.
    static const QRegularExpression b64(uR"([A-Za-z0-9+/_\-]{16,}={0,2})"_s);
    if (!all.isEmpty()) {
        QString rebuilt;
        qsizetype last = 0;
        auto it = b64.globalMatch(out);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QByteArray decoded = QByteArray::fromBase64(m.captured(0).toLatin1(), QByteArray::Base64UrlEncoding);
            const QByteArray decodedStd = QByteArray::fromBase64(m.captured(0).toLatin1());
            bool hit = false;
            for (const QString& secret : std::as_const(all)) {
                const QByteArray s = secret.toUtf8();
                if ((!decoded.isEmpty() && decoded.contains(s)) || (!decodedStd.isEmpty() && decodedStd.contains(s))) {
                    hit = true;
                    break;
                }
            }
            if (hit) {
                rebuilt += QStringView(out).mid(last, m.capturedStart(0) - last);
                rebuilt += maskText;
                last = m.capturedEnd(0);
            }
        }
        if (last > 0) {
            rebuilt += QStringView(out).mid(last);
            out = rebuilt;
        }
    }
    return applyPatterns(out);
}

bool Redactor::containsSecret(const QString& text)
{
    return redact(text) != text;
}

} // namespace ghcr
