#include "tests/reports/ReportTestData.h"

#include "app/reports/ReportFacts.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ghcr::testdata {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 24), QTime(10, 15, 30), Qt::UTC);
}

void useFixedEnvironment()
{
    ReportEnvironment::setOverride(ReportEnvironment{u"6.4.2"_s, u"Test OS 1.0"_s, QTimeZone(3600)});
}

namespace {

CheckRequest githubRequest(const QString& image, QList<Operation> ops)
{
    CheckRequest r;
    r.host = u"github.com"_s;
    r.apiUrl = QUrl(u"https://api.github.com"_s);
    r.registry = u"ghcr.io"_s;
    r.image = image;
    r.operations = ops;
    return r;
}

TokenAnalysis classicToken()
{
    TokenAnalysis t;
    t.kind = TokenKind::Classic;
    t.formatValid = true;
    t.checksumValid = true;
    t.length = 40;
    t.redacted = u"ghp_… (40 characters)"_s;
    t.fingerprint = u"sha256:3f2a9c1d0b7e"_s;
    return t;
}

ApiEvidence okApi(const QStringList& scopes, const QStringList& expanded)
{
    ApiEvidence a;
    a.outcome = ApiEvidence::Outcome::Ok;
    a.url = u"https://api.github.com/user"_s;
    a.httpStatus = 200;
    a.login = u"octocat"_s;
    a.accountType = u"User"_s;
    a.scopes = scopes;
    a.scopesExpanded = expanded;
    a.expiresRaw = u"2026-12-24 10:00:00 UTC"_s;
    a.expiresAt = QDateTime(QDate(2026, 12, 24), QTime(10, 0), Qt::UTC);
    a.answeredAt = fixedNow();
    a.rateLimit.limit = 5000;
    a.rateLimit.remaining = 4987;
    a.rateLimit.used = 13;
    a.rateLimit.resource = u"core"_s;
    a.rateLimit.reset = QDateTime(QDate(2026, 11, 24), QTime(11, 0), Qt::UTC);
    a.requestId = u"C0DE:1A2B:3C4D5E:6F7A8B:67430A1B"_s;
    a.elapsedMs = 212;
    return a;
}

RegistryEvidence ghcrEvidence(const QString& image)
{
    RegistryEvidence r;
    r.attempted = true;
    r.host = u"ghcr.io"_s;
    r.baseUrl = u"https://ghcr.io"_s;
    r.challengeStatus = 401;
    r.challengeScheme = u"Bearer"_s;
    r.realm = u"https://ghcr.io/token"_s;
    r.service = u"ghcr.io"_s;
    r.challengeScope = u"repository:user/image:pull"_s;
    r.user = u"octocat"_s;
    r.userSource = UserSource::Api;
    r.waitedForApi = true;
    r.image = image;
    r.reference = u"latest"_s;
    r.loginAttempted = true;
    r.loginOk = true;
    r.loginStatus = 200;
    r.elapsedMs = 640;
    return r;
}

OperationResult op(Operation o, bool requested)
{
    OperationResult r;
    r.operation = o;
    r.requested = requested;
    r.basis = requested ? OperationBasis::Probe : OperationBasis::NotRun;
    return r;
}

ChecklistItem item(const QString& id, CheckStatus status, const QString& title, const QString& detail,
                   const QString& evidence, const QString& fix = {})
{
    return ChecklistItem{id, status, title, detail, evidence, fix};
}

} // namespace

Diagnosis writeOnlyToken()
{
    Diagnosis d;
    d.appVersion = u"0.1.0"_s;
    d.appCommit = u"v0.1.0-2-g1a2b3c4"_s;
    d.startedAt = fixedNow();
    d.finishedAt = fixedNow().addMSecs(905);
    d.request = githubRequest(u"octo-org/web:latest"_s, {Operation::Pull, Operation::Push});
    d.token = classicToken();
    d.api = okApi({u"write:packages"_s}, {u"write:packages"_s});
    d.registry = ghcrEvidence(u"octo-org/web"_s);

    OperationResult pull = op(Operation::Pull, true);
    pull.allowed = false;
    pull.tokenStatus = 200;
    pull.probe = u"HEAD /v2/octo-org/web/manifests/latest"_s;
    pull.httpStatus = 403;
    pull.code = u"DENIED"_s;
    pull.message = u"denied | requested access to the resource is denied"_s;
    pull.note = u"The registry refused the download: the token has no read:packages."_s;
    pull.elapsedMs = 180;
    OperationResult push = op(Operation::Push, true);
    push.allowed = false;
    push.tokenStatus = 200;
    push.probe = u"POST /v2/octo-org/web/blobs/uploads/"_s;
    push.httpStatus = 403;
    push.code = u"DENIED"_s;
    push.message = u"permission_denied: The token provided does not match expected scopes."_s;
    push.note = u"No upload was started, so there was nothing to cancel."_s;
    push.elapsedMs = 190;
    OperationResult del = op(Operation::Delete, false);
    d.registry.operations = {pull, push, del};

    d.checklist = {
        item(u"token.format"_s, CheckStatus::Pass, u"Token format"_s,
             u"A personal access token (classic) with a valid checksum."_s, u"ghp_ prefix, 40 characters"_s),
        item(u"token.accepted"_s, CheckStatus::Pass, u"GitHub accepts the token"_s, u"Signed in as octocat."_s,
             u"GET https://api.github.com/user → 200"_s),
        item(u"token.kind"_s, CheckStatus::Pass, u"Token kind"_s,
             u"Classic tokens are the only personal access tokens GitHub Packages accepts."_s, u"ghp_"_s),
        item(u"token.expiry"_s, CheckStatus::Pass, u"Expiry"_s, u"Expires on 2026-12-24 (29 days left)."_s,
             u"GitHub-Authentication-Token-Expiration: 2026-12-24 10:00:00 UTC"_s),
        item(u"scope.read:packages"_s, CheckStatus::Fail, u"Scope read:packages"_s,
             u"The token does not list read:packages; ghcr.io wants it to download."_s,
             u"X-OAuth-Scopes: \"write:packages\""_s, u"Create a token with read:packages and write:packages."_s),
        item(u"scope.write:packages"_s, CheckStatus::Pass, u"Scope write:packages"_s, u"Listed."_s,
             u"X-OAuth-Scopes: \"write:packages\""_s),
        item(u"sso.authorized"_s, CheckStatus::Skip, u"SAML SSO"_s, u"No organization asked for SSO."_s, {}),
        item(u"registry.login"_s, CheckStatus::Pass, u"Registry: login"_s, u"ghcr.io issued a token."_s,
             u"GET https://ghcr.io/token → 200"_s),
        item(u"registry.pull"_s, CheckStatus::Fail, u"Registry: pull"_s,
             u"Pull will fail: ghcr.io refused the manifest request with DENIED."_s,
             u"HEAD /v2/octo-org/web/manifests/latest → 403 DENIED"_s,
             u"Add read:packages (write:packages alone is not enough here)."_s),
        item(u"registry.push"_s, CheckStatus::Fail, u"Registry: push"_s,
             u"Push will fail: the registry refused with permission_denied."_s,
             u"POST /v2/octo-org/web/blobs/uploads/ → 403 DENIED: permission_denied: The token provided does "
             "not match expected scopes."_s,
             u"Create a token with read:packages and write:packages."_s),
    };
    d.fixSteps = {
        FixStep{
            u"new-token"_s,
            u"Create a token with exactly the scopes you need"_s,
            u"Scopes: read:packages, write:packages. Do not tick repo."_s,
            u"https://github.com/settings/tokens/new?scopes=read:packages,write:packages&description=GHCR%20Doctor"_s,
            {},
            {},
            {},
            {}},
        FixStep{u"docker-relogin"_s,
                u"Log Docker in again with the new token"_s,
                u"Replace the credentials Docker stored for ghcr.io."_s,
                {},
                u"docker logout ghcr.io\n$env:CR_PAT | docker login ghcr.io -u octocat --password-stdin"_s,
                u"docker logout ghcr.io\nprintf '%s' \"$CR_PAT\" | docker login ghcr.io -u octocat --password-stdin"_s,
                {},
                {}},
    };
    d.verdict = Verdict::ActionNeeded;
    d.summary = u"Push will fail: the registry refused with permission_denied; create a token with read:packages "
                "and write:packages"_s;
    d.timings = Timings{212, 640, 905};
    return d;
}

Diagnosis allGood()
{
    Diagnosis d = writeOnlyToken();
    d.api = okApi({u"read:packages"_s, u"write:packages"_s}, {u"read:packages"_s, u"write:packages"_s});
    d.api.expiresRaw.clear();
    d.api.expiresAt = {};
    for (OperationResult& r : d.registry.operations) {
        if (!r.requested)
            continue;
        r.allowed = true;
        r.code.clear();
        r.message.clear();
        if (r.operation == Operation::Pull) {
            r.httpStatus = 200;
            r.note = u"The manifest exists and may be downloaded."_s;
        } else {
            r.httpStatus = 202;
            r.note = u"The registry accepted an upload; no content was sent."_s;
            r.cancelProbe = u"DELETE /v2/octo-org/web/blobs/uploads/5b6c…"_s;
            r.cancelStatus = 405;
            r.cancelNote = u"ghcr.io does not cancel uploads (405); the empty upload expires by itself."_s;
        }
    }
    d.checklist = {
        item(u"token.format"_s, CheckStatus::Pass, u"Token format"_s, u"Valid."_s, u"ghp_"_s),
        item(u"token.accepted"_s, CheckStatus::Pass, u"GitHub accepts the token"_s, u"Signed in as octocat."_s,
             u"GET https://api.github.com/user → 200"_s),
        item(u"token.expiry"_s, CheckStatus::Warn, u"Expiry"_s, u"The token never expires."_s,
             u"no GitHub-Authentication-Token-Expiration header"_s,
             u"Consider a token that expires; GitHub recommends it."_s),
        item(u"registry.pull"_s, CheckStatus::Pass, u"Registry: pull"_s, u"Pull works."_s,
             u"HEAD /v2/octo-org/web/manifests/latest → 200"_s),
        item(u"registry.push"_s, CheckStatus::Pass, u"Registry: push"_s, u"Push works."_s,
             u"POST /v2/octo-org/web/blobs/uploads/ → 202"_s),
    };
    d.fixSteps.clear();
    d.verdict = Verdict::Ok;
    d.summary = u"The token works for pull and push on ghcr.io/octo-org/web"_s;
    return d;
}

Diagnosis fineGrainedNetworkError()
{
    Diagnosis d;
    d.appVersion = u"0.1.0"_s;
    d.appCommit = u"v0.1.0-2-g1a2b3c4"_s;
    d.startedAt = fixedNow();
    d.finishedAt = fixedNow().addSecs(20);
    d.request = githubRequest(u"octo-org/web"_s, {Operation::Pull});
    d.request.user = u"octocat"_s;
    d.token.kind = TokenKind::FineGrained;
    d.token.formatValid = true;
    d.token.length = 93;
    d.token.trimmed = true;
    d.token.redacted = u"github_pat_… (93 characters)"_s;
    d.token.fingerprint = u"sha256:9be1c04d77aa"_s;
    d.token.issues = {TokenIssue{u"newline"_s, u"A trailing newline was removed."_s, false}};
    d.api.outcome = ApiEvidence::Outcome::Ok;
    d.api.url = u"https://api.github.com/user"_s;
    d.api.httpStatus = 200;
    d.api.login = u"octocat"_s;
    d.api.scopes = std::nullopt; // header absent: fine-grained
    d.api.elapsedMs = 150;
    d.registry.attempted = true;
    d.registry.host = u"ghcr.io"_s;
    d.registry.baseUrl = u"https://ghcr.io"_s;
    d.registry.errorSentence = u"Could not connect to ghcr.io: the connection timed out after 20 seconds (GET "
                               "https://ghcr.io/v2/)."_s;
    d.registry.elapsedMs = 20000;
    OperationResult pull = op(Operation::Pull, true);
    pull.basis = OperationBasis::NotRun;
    d.registry.operations = {pull};
    d.checklist = {
        item(u"token.kind"_s, CheckStatus::Fail, u"Token kind"_s,
             u"Fine-grained tokens are not supported by GitHub Packages."_s, u"github_pat_ prefix"_s,
             u"Create a classic token."_s),
        item(u"registry.login"_s, CheckStatus::Skip, u"Registry: login"_s, u"The registry could not be reached."_s,
             u"GET https://ghcr.io/v2/ → timeout"_s),
    };
    d.fixSteps = {FixStep{u"new-token"_s,
                          u"Create a classic token"_s,
                          {},
                          u"https://github.com/settings/tokens/new?scopes=read:packages"_s,
                          {},
                          {},
                          {},
                          {}}};
    d.verdict = Verdict::Error;
    d.summary = u"The check could not complete: ghcr.io did not answer"_s;
    d.timings = Timings{150, 20000, 20010};
    return d;
}

Diagnosis engineWriteOnly()
{
    Diagnosis d = writeOnlyToken();
    // ghcr.io as users meet it: pull refused with DENIED, push allowed (the upload is started and
    // cancelled; ghcr.io answers the cancel with 405).
    OperationResult& pull = d.registry.operations[0];
    // Notes worded as RegistryClient words them.
    pull.note = u"The registry refused HEAD /v2/octo-org/web/manifests/latest with 403 DENIED."_s;
    OperationResult& push = d.registry.operations[1];
    push.allowed = true;
    push.httpStatus = 202;
    push.code.clear();
    push.message.clear();
    push.note = u"The registry accepted the start of an upload (202): push is allowed. Nothing was uploaded."_s;
    push.cancelProbe = u"DELETE /v2/octo-org/web/blobs/uploads/5b6c0d1e"_s;
    push.cancelStatus = 405;
    push.cancelNote = u"The registry did not let us cancel the empty upload (405); that is not a push failure — some "
                      "registries need the delete right to cancel, ghcr.io answers 405. The empty upload expires by "
                      "itself."_s;
    Diagnosis out = Diagnoser::diagnose(d.request, d.token, d.api, d.registry, fixedNow());
    out.appVersion = d.appVersion;
    out.appCommit = d.appCommit;
    out.startedAt = d.startedAt;
    out.finishedAt = d.finishedAt;
    out.timings = d.timings;
    return out;
}

QList<QPair<QString, Diagnosis>> allFixtures()
{
    return {{u"write-only"_s, writeOnlyToken()},
            {u"all-good"_s, allGood()},
            {u"fine-grained-network-error"_s, fineGrainedNetworkError()}};
}

Diagnosis fixture(const QString& name)
{
    for (const auto& f : allFixtures()) {
        if (f.first == name)
            return f.second;
    }
    qFatal("unknown fixture %s", qPrintable(name));
}

QString testSourceDir()
{
    return QStringLiteral(GHCR_REPORTS_TEST_DIR);
}

QString schemaPath()
{
    return QStringLiteral(GHCR_REPORT_SCHEMA);
}

QByteArray runProgram(const QString& program, const QStringList& arguments, QString* error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        *error = program + u": "_s + process.errorString();
        return {};
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = program + u" failed: "_s + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    QByteArray out = process.readAllStandardOutput();
    if (out.isNull())
        out = QByteArray("");
    return out;
}

} // namespace ghcr::testdata
