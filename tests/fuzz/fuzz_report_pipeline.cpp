// The whole evidence → diagnosis → report pipeline with server-controlled strings everywhere and a canary
// planted in one of them: no form of the canary in any report (text, JSON, Markdown, HTML), and the HTML
// gains no active content (script, event handlers, javascript: links, frames).
#include "app/core/diagnosis/Diagnosis.h"
#include "app/core/token/Redactor.h"
#include "app/reports/Report.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QRegularExpression>

using namespace ghcr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 6)
        return 0;
    const QString secret = fuzz::canary(data[0]);
    const int target = data[2] % 16;
    const QList<QByteArray> f = fuzz::fields(data + 6, size - 6, 17);
    QByteArray unplanted;
    QStringList text;
    for (int i = 0; i < 16; ++i) {
        unplanted += f.at(i) + '\n';
        text << QString::fromUtf8(f.at(i));
    }
    text[target] += fuzz::planted(secret, data[1], f.at(16));

    CheckRequest request;
    request.host = QStringLiteral("github.com");
    request.image = QStringLiteral("octocat/app:latest");
    request.operations = {Operation::Pull, Operation::Push};
    request = request.resolved();
    const TokenAnalysis token = analyzeToken(fuzz::canary(data[3]));

    ApiEvidence api;
    api.outcome = ApiEvidence::Outcome(data[3] % 14);
    api.httpStatus = data[4] % 2 ? 200 : 403;
    api.url = QStringLiteral("https://api.github.com/user");
    api.errorSentence = text[0];
    api.login = text[1];
    api.message = text[2];
    api.documentationUrl = text[3];
    api.requestId = text[4];
    api.ssoUrl = text[5];
    api.acceptedPermissions = text[6];
    api.expiresRaw = text[7];
    api.ssoRequired = data[4] & 4;
    if (data[4] & 8)
        api.scopes = text[8].split(u',');
    api.ssoPartialOrganizations = text[8].split(u' ');

    RegistryEvidence reg;
    reg.attempted = true;
    reg.host = QStringLiteral("ghcr.io");
    reg.baseUrl = QStringLiteral("https://ghcr.io");
    reg.challengeStatus = 401;
    reg.challengeScheme = QStringLiteral("Bearer");
    reg.realm = text[9];
    reg.service = text[10];
    reg.user = text[1];
    reg.image = QStringLiteral("octocat/app");
    reg.reference = QStringLiteral("latest");
    reg.loginAttempted = true;
    reg.loginOk = data[5] % 3 == 0 ? std::optional<bool>() : std::optional<bool>(data[5] % 3 == 1);
    reg.loginMessage = text[11];
    reg.errorSentence = data[5] & 8 ? text[12] : QString();
    for (Operation op : {Operation::Pull, Operation::Push, Operation::Delete}) {
        OperationResult r;
        r.operation = op;
        r.requested = op != Operation::Delete;
        r.allowed = data[5] & 16 ? std::optional<bool>() : std::optional<bool>(data[5] & 32);
        r.basis = OperationBasis::Probe;
        r.httpStatus = data[5] & 64 ? 403 : 401;
        r.code = text[13];
        r.message = text[14];
        r.note = text[15];
        r.challengeError = text[13];
        reg.operations << r;
    }
    DockerCredentialEvidence docker;

    auto set = std::make_shared<RedactionSet>();
    set->add(secret);
    Diagnosis d =
        Diagnoser::diagnose(request, token, api, reg, QDateTime::fromSecsSinceEpoch(1764300000, Qt::UTC), docker);
    d.redactions = set;
    set.reset();
    // One format per input (the fuzzer picks it): every format is reached, at four times the speed.
    const int format = data[4] >> 6;
    const QByteArray out = format == 0   ? renderTextReport(d)
                           : format == 1 ? renderJsonReport(d)
                           : format == 2 ? renderMarkdownReport(d)
                                         : renderHtmlReport(d);
    fuzz::assertNoCanary(out, secret, unplanted, "a report");
    if (format != 3)
        return 0;
    const QByteArray& html = out;

    static const QRegularExpression active(
        QStringLiteral(R"((?i)<\s*(script|iframe|object|embed|form|base)\b|<meta[^>]*refresh|<[^>]*\son[a-z]+\s*=|)"
                       R"((href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|vbscript|data):)"));
    const QRegularExpressionMatch m = active.match(QString::fromUtf8(html));
    if (m.hasMatch()) {
        std::fprintf(stderr, "FINDING: active content in the HTML report: %s\n", qPrintable(m.captured(0)));
        std::abort();
    }
    return 0;
}
