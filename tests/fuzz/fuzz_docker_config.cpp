// Docker/Podman config documents (auths, credHelpers, credsStore) and what a credential helper prints.
#include "app/core/probes/DockerCredentials.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace ghcr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> f = fuzz::fields(data, size, 3);
    QString helper;
    const DockerCredentialEvidence e = DockerCredentialsInspector::fromConfig(
        f.at(0), QString::fromUtf8(f.at(1)), QStringLiteral("sha256:0123456789ab"), &helper);
    (void)e;
    StoredLogin base;
    base.helperProgram = QStringLiteral("docker-credential-x");
    const StoredLogin h = DockerCredentialsInspector::fromHelperOutput(base, f.at(2), f.at(1), int(size % 3),
                                                                       QStringLiteral("sha256:0123456789ab"));
    // The helper's stderr is never quoted: only a category and a byte count.
    if (f.at(1).size() >= 12 && h.errorSentence.toUtf8().contains(f.at(1).left(12)))
        std::abort();
    return 0;
}
