// Any bytes as GitHub's answer to GET /user (through the bounded parser), interpreted into evidence.
// A canary secret planted anywhere in the answer must not survive into the evidence.
#include "app/core/net/HttpResponseParser.h"
#include "app/core/probes/GitHubApiClient.h"
#include "app/core/token/Redactor.h"
#include "tests/fuzz/FuzzSupport.h"

using namespace ghcr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 3)
        return 0;
    const QString secret = fuzz::canary(data[0]);
    const QList<QByteArray> f = fuzz::fields(data + 3, size - 3, 3);
    const QByteArray unplanted = f.at(0) + f.at(2);
    const QByteArray raw = f.at(0) + fuzz::planted(secret, data[1], f.at(1)).toUtf8() + f.at(2);
    HttpResponseParser parser(HttpResponseParser::Limits{}, false);
    parser.feed(raw);
    parser.closed();
    HttpResponse r;
    if (parser.complete()) {
        r.status = parser.status();
        r.headers = parser.headers();
        r.body = parser.body();
    } else {
        r.failure = HttpResponse::Failure::Malformed;
    }
    RedactionSet set;
    set.add(secret);
    const ApiEvidence e =
        GitHubApiClient::interpret(QUrl(QStringLiteral("https://api.github.com/user")), r, TokenKind(data[2] % 8));
    QByteArray all =
        (e.errorSentence + e.login + e.accountType + e.acceptedPermissions + e.expiresRaw + e.ssoUrl + e.requestId +
         e.message + e.documentationUrl + e.rateLimit.resource + e.ssoPartialOrganizations.join(u',') +
         e.acceptedScopes.join(u',') + e.scopes.value_or(QStringList()).join(u','))
            .toUtf8();
    fuzz::assertNoCanary(all, secret, unplanted, "the API evidence");
    return 0;
}
