// Differential: a canary planted in any encoding, anywhere in any text, never survives the redactor.
#include "app/core/token/Redactor.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace ghcr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const QString secret = fuzz::canary(data[0]);
    const QList<QByteArray> f = fuzz::fields(data + 2, size - 2, 3);
    const QByteArray unplanted = f.at(0) + f.at(2);
    const QString text =
        QString::fromUtf8(f.at(0)) + fuzz::planted(secret, data[1], f.at(1)) + QString::fromUtf8(f.at(2));
    {
        RedactionSet set;
        set.add(secret);
        fuzz::assertNoCanary(Redactor::redact(text).toUtf8(), secret, unplanted, "Redactor::redact");
    }
    fuzz::assertNoCanary(Redactor::redactSecrets(text, {secret}).toUtf8(), secret, unplanted,
                         "Redactor::redactSecrets");
    return 0;
}
