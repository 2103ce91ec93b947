#pragma once

// Token shapes the tests share. TEST ONLY: none of these is a real credential.

#include <QByteArray>
#include <QString>

namespace ghcr::test {

/// A 2026-format GitHub Actions / App installation token: ghs_<APPID>_<JWT> (base64url header, payload and
/// signature joined by two dots; '-' and '_' inside), 520-odd characters like the real ones. No checksum.
inline QString statelessActionsToken(char variant = 'a')
{
    const QByteArray header = R"({"alg":"RS256","typ":"JWT","kid":"ghs-2026"})";
    QByteArray payload = R"({"iss":"1234567","iat":1764300000,"exp":1764303600,"installation_id":87654321,)"
                         R"("repository":"octo-org/octo-repo","permissions":{"contents":"read","packages":"write",)"
                         R"("metadata":"read"},"jti":"5f0c7b1e-9a41-4d7e-b3f2-0c8e6a1d2b3c","v":")";
    payload += QByteArray(1, variant) + R"("})";
    QByteArray signature;
    for (int i = 0; i < 100; ++i)
        signature += char((i * 37 + variant) % 251); // binary, so the base64url form has '-' and '_'
    const auto b64 = [](const QByteArray& b) {
        return QString::fromLatin1(b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return QStringLiteral("ghs_1234567_") + b64(header) + QLatin1Char('.') + b64(payload) + QLatin1Char('.') +
           b64(signature);
}

} // namespace ghcr::test
