#pragma once

// Shared pieces of the libFuzzer targets (TEST ONLY): splitting the input into fields, canary secrets and
// the strings that betray them — computed here, independently of the app's redactor.

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace ghcr::fuzz {

/// The input as `count` fields separated by a 0 byte (missing fields are empty).
inline QList<QByteArray> fields(const uint8_t* data, size_t size, int count)
{
    QList<QByteArray> out = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)).split('\0');
    while (out.size() < count)
        out << QByteArray();
    return out;
}

/// Secrets of the three kinds the app must hide: token-shaped, legacy hex, and opaque (found only because
/// it is registered). None is a real credential.
inline QString canary(uint8_t selector)
{
    switch (selector % 3) {
    case 0:
        return QStringLiteral("ghp_Fz9kQ2mW7xR4tY8uI1oP3aS6dF0gH5jK2lZ7");
    case 1:
        return QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b");
    default:
        return QStringLiteral("S3cr3t-0paque_Value.Not+Token/Shaped~42");
    }
}

/// A planted form of `secret`: raw, base64 / base64url of the secret or of user:secret.
inline QString planted(const QString& secret, uint8_t how, const QByteArray& user)
{
    const QByteArray s = secret.toUtf8();
    const QByteArray pair = user + ':' + s;
    switch (how % 6) {
    case 0:
        return secret;
    case 1:
        return QString::fromLatin1(s.toBase64());
    case 2:
        return QString::fromLatin1(pair.toBase64());
    case 3:
        return QString::fromLatin1(pair.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    case 4:
        return QString::fromLatin1(s.toBase64(QByteArray::Base64UrlEncoding));
    default:
        return QStringLiteral("Basic ") + QString::fromLatin1(pair.toBase64());
    }
}

/// Strings that betray `secret`: a raw piece, and pieces of its base64/base64url encodings at each alignment.
inline QList<QByteArray> tellTales(const QString& secret)
{
    const QByteArray s = secret.toUtf8();
    QList<QByteArray> out{s.mid(4, 24)};
    for (int k = 0; k < 3; ++k) {
        const QByteArray padded = QByteArray(k, 'A') + s;
        for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding})
            out << padded.toBase64(options).mid(12, 24);
    }
    return out;
}

/// Aborts (a finding) when `output` holds a tell-tale of `secret` that the unplanted input did not hold.
inline void assertNoCanary(const QByteArray& output, const QString& secret, const QByteArray& unplantedInput,
                           const char* where)
{
    for (const QByteArray& t : tellTales(secret)) {
        if (output.contains(t) && !unplantedInput.contains(t)) {
            std::fprintf(stderr, "FINDING: a form of the canary survived in %s: %s\n", where, t.constData());
            std::abort();
        }
    }
}

} // namespace ghcr::fuzz
