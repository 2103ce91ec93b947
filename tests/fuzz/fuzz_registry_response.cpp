// A registry's error bodies, challenges and token realms, as any server may send them.
#include "app/core/probes/RegistryClient.h"
#include "app/core/token/Redactor.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace ghcr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const QString secret = fuzz::canary(data[0]);
    const QList<QByteArray> f = fuzz::fields(data + 2, size - 2, 4);
    const QByteArray unplanted = f.at(0) + f.at(2);
    const QByteArray body = f.at(0) + fuzz::planted(secret, data[1], f.at(1)).toUtf8() + f.at(2);
    RedactionSet set;
    set.add(secret);
    QString code;
    QString message;
    RegistryClient::parseRegistryError(body, &code, &message);
    fuzz::assertNoCanary((code + message).toUtf8(), secret, unplanted, "the registry error");
    const QUrl realm(QString::fromUtf8(f.at(3)));
    const bool allowed = RegistryClient::realmAllowed(realm, QString::fromUtf8(f.at(2)));
    if (allowed && realm.scheme() != QStringLiteral("https") && realm.scheme() != QStringLiteral("http"))
        std::abort();
    return 0;
}
