// WWW-Authenticate challenges and registry resource scopes, as a registry (or an attacker) sends them.
#include "app/core/net/WwwAuthenticate.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace ghcr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> f = fuzz::fields(data, size, 2);
    const QList<AuthChallenge> challenges = parseWwwAuthenticate(f.at(0).split('\n'));
    for (const AuthChallenge& c : challenges) {
        (void)c.param(QStringLiteral("realm"));
        const QList<ResourceScope> scopes = parseResourceScopes(c.param(QStringLiteral("scope")));
        for (const ResourceScope& s : scopes)
            (void)formatResourceScope(s.name, s.actions);
    }
    (void)parseResourceScopes(QString::fromUtf8(f.at(1)));
    return 0;
}
