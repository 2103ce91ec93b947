// X-OAuth-Scopes, the expiry header GitHub sends, and the new-token link built from scopes.
#include "app/core/token/Scopes.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace ghcr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> f = fuzz::fields(data, size, 3);
    const QStringList scopes = parseScopesHeader(QString::fromUtf8(f.at(0)));
    const QStringList expanded = expandScopes(scopes);
    if (expanded.size() < scopes.size())
        std::abort(); // expansion only adds
    (void)parseGitHubExpiry(QString::fromUtf8(f.at(1)));
    (void)newTokenUrl(QString::fromUtf8(f.at(2)), scopes, QString::fromUtf8(f.at(2)));
    (void)requiredScopes(size & 1, size & 2, size & 4);
    return 0;
}
