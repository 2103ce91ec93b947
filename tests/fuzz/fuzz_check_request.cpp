// What a user types: host, API URL, registry, image, user. Validation must never crash, and what it
// accepts must be a URL the requests can be built from.
#include "app/core/model/CheckRequest.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace ghcr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> f = fuzz::fields(data, size, 5);
    CheckRequest request;
    request.host = QString::fromUtf8(f.at(0));
    request.apiUrl = QUrl(QString::fromUtf8(f.at(1)));
    request.registry = QString::fromUtf8(f.at(2));
    request.image = QString::fromUtf8(f.at(3));
    request.user = QString::fromUtf8(f.at(4));
    request.timeoutSeconds = int(size % 700);
    const CheckRequest resolved = request.resolved();
    const QString problem = resolved.validate();
    if (problem.isEmpty()) {
        const QUrl registryUrl(QStringLiteral("https://") + resolved.registry + QStringLiteral("/v2/"));
        if (!registryUrl.isValid() || registryUrl.host().isEmpty()) {
            std::fprintf(stderr, "FINDING: accepted registry that is no URL\n");
            std::abort();
        }
    }
    QString repository;
    QString reference;
    (void)parseImageReference(request.image, &repository, &reference);
    return 0;
}
