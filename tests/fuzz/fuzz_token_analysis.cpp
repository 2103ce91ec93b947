// Token analysis of whatever is pasted: it must never echo the token's secret part in what it shows.
#include "app/core/token/TokenAnalysis.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace ghcr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString raw = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const TokenAnalysis a = analyzeToken(raw);
    (void)normalizeToken(raw);
    (void)canBeSent(a);
    (void)dropOneTrailingNewline(raw);
    (void)tokenKindId(a.kind);
    // The shown forms never carry the token's body (what follows a known prefix).
    const QString clean = normalizeToken(raw);
    if (clean.size() >= 30) {
        const QByteArray body = clean.right(20).toUtf8();
        QByteArray shown = a.redacted.toUtf8() + a.fingerprint.toUtf8();
        for (const TokenIssue& issue : a.issues)
            shown += issue.message.toUtf8();
        if (shown.contains(body) && !QByteArray("…").contains(body)) {
            std::fprintf(stderr, "FINDING: the analysis shows the token's body\n");
            std::abort();
        }
    }
    return 0;
}
