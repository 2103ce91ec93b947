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
    // The helper's stderr is never quoted: only a category and a byte count. Checked against the same answer
    // with other stderr bytes of the same size, so that bytes which merely match the sentence's own words (the
    // helper's name "docker-credential-x") are not taken for a quote.
    const QByteArray needle = f.at(1).left(12);
    if (needle.size() == 12 && h.errorSentence.toUtf8().contains(needle)) {
        const StoredLogin other = DockerCredentialsInspector::fromHelperOutput(
            base, f.at(2), QByteArray(f.at(1).size(), '#'), int(size % 3), QStringLiteral("sha256:0123456789ab"));
        if (!other.errorSentence.toUtf8().contains(needle))
            std::abort();
    }
    return 0;
}
