// The bounded HTTP/1.1 response parser: any bytes, in any chunking; the caps must hold at every step.
#include "app/core/net/HttpResponseParser.h"

#include <cstdint>
#include <cstdlib>

using namespace ghcr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    HttpResponseParser::Limits limits;
    limits.maxHeaderBytes = 512 + data[0] * 16;
    limits.maxHeaderCount = 1 + data[1] % 40;
    limits.maxBodyBytes = 256 + data[0] * 8;
    HttpResponseParser parser(limits, (data[1] & 0x80) != 0);
    const QByteArray all(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    qsizetype at = 0;
    size_t step = 1;
    while (at < all.size()) {
        const qsizetype n = qMin<qsizetype>(all.size() - at, qsizetype(step));
        parser.feed(all.mid(at, n));
        at += n;
        step = step * 3 % 97 + 1;
        if (parser.body().size() > limits.maxBodyBytes || parser.headers().size() > limits.maxHeaderCount)
            std::abort();
    }
    if (data[1] & 0x40)
        parser.closed();
    if (parser.complete() && parser.status() < 100)
        std::abort();
    (void)parser.reusable();
    return 0;
}
