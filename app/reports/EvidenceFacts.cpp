// Evidence in words: the facts of each side of a check (GitHub API, registry, operations, stored logins),
// built from that side's evidence alone. The reports and the window both show these sections.
#include "app/reports/EvidenceFacts.h"

#include "app/core/token/Redactor.h"

using namespace Qt::StringLiterals;

namespace ghcr {

namespace words {

QString clean(const QString& text)
{
    return Redactor::redact(text);
}

QString cleanList(const QStringList& items)
{
    return clean(items.join(u", "_s));
}

QString utcText(const QDateTime& when)
{
    if (!when.isValid())
        return {};
    return when.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

QString statusText(int status)
{
    return status > 0 ? QString::number(status) : Report::tr("no HTTP answer");
}

QString yesNo(bool value)
{
    return value ? Report::tr("yes") : Report::tr("no");
}

QString millis(qint64 ms)
{
    return Report::tr("%1 ms").arg(ms);
}

QString duration(qint64 ms)
{
    if (ms < 1000)
        return millis(ms);
    return Report::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString cancelled()
{
    return Report::tr("Cancelled.");
}

QString apiTitle()
{
    return Report::tr("GitHub API");
}

QString registryTitle()
{
    return Report::tr("Container registry");
}

SectionBuilder::SectionBuilder(const QString& id, const QString& title)
{
    m_section.id = id;
    m_section.title = title;
}

SectionBuilder& SectionBuilder::add(const QString& label, const QString& value, ReportFact::Kind kind, bool keepEmpty)
{
    m_added = !value.isEmpty() || keepEmpty;
    if (m_added)
        m_section.facts.append({label, value.isEmpty() ? u"—"_s : clean(value), kind});
    return *this;
}

SectionBuilder& SectionBuilder::status(std::optional<CheckStatus> status)
{
    if (m_added)
        m_section.facts.last().status = status;
    return *this;
}

SectionBuilder& SectionBuilder::note(const QString& note)
{
    if (m_added)
        m_section.facts.last().note = clean(note);
    return *this;
}

SectionBuilder& SectionBuilder::detail(bool detail)
{
    if (m_added && m_section.facts.size() > 1)
        m_section.facts.last().detail = detail;
    return *this;
}

SectionBuilder& SectionBuilder::inSummary()
{
    if (m_added)
        m_section.facts.last().inSummary = true;
    return *this;
}

SectionBuilder& SectionBuilder::summarize(const QString& summary, std::optional<CheckStatus> status)
{
    m_section.summary = clean(summary);
    m_section.status = status;
    return *this;
}

QString operationTitle(Operation op)
{
    switch (op) {
    case Operation::Pull:
        return Report::tr("pull");
    case Operation::Push:
        return Report::tr("push");
    case Operation::Delete:
        return Report::tr("delete");
    }
    return {};
}

} // namespace words

using namespace words;

namespace {

QString allowedText(const std::optional<bool>& allowed)
{
    if (!allowed.has_value())
        return Report::tr("unknown");
    return *allowed ? Report::tr("allowed") : Report::tr("refused");
}

QString basisText(OperationBasis basis)
{
    if (basis == OperationBasis::Probe)
        return Report::tr("a real request to the registry");
    if (basis == OperationBasis::TokenEndpoint)
        return Report::tr("the registry's token endpoint");
    if (basis == OperationBasis::Scopes)
        return Report::tr("the token's scopes only (not probed)");
    if (basis == OperationBasis::NotRun)
        return Report::tr("not run");
    return {};
}

QString checksumText(const TokenAnalysis& token)
{
    if (!token.checksumValid.has_value())
        return Report::tr("not applicable");
    return *token.checksumValid ? Report::tr("valid") : Report::tr("mismatch (probably a copy/paste error)");
}

/// Pass, Fail, or Warn when it is not known.
CheckStatus allowedStatus(const std::optional<bool>& allowed)
{
    if (!allowed.has_value())
        return CheckStatus::Warn;
    return *allowed ? CheckStatus::Pass : CheckStatus::Fail;
}

CheckStatus outcomeStatus(ApiEvidence::Outcome outcome)
{
    if (outcome == ApiEvidence::Outcome::Ok)
        return CheckStatus::Pass;
    if (outcome == ApiEvidence::Outcome::Cancelled || outcome == ApiEvidence::Outcome::NotRun)
        return CheckStatus::Skip;
    return CheckStatus::Fail;
}

QString scopesRawText(const ApiEvidence& a)
{
    if (!a.scopes.has_value())
        return Report::tr("header absent (fine-grained, app or Actions token)");
    if (a.scopes->isEmpty() && a.scopesInferredEmpty)
        return Report::tr("empty (no scopes; inferred, because Qt drops an empty header)");
    if (a.scopes->isEmpty())
        return Report::tr("present but empty (no scopes)");
    return a.scopes->join(u", "_s);
}

QString expiryText(const ApiEvidence& api)
{
    if (api.expiresRaw.isEmpty() && !api.expiresAt.isValid()) {
        if (api.outcome == ApiEvidence::Outcome::Ok)
            return Report::tr("no expiry header (the token does not expire)");
        return {};
    }
    if (!api.expiresAt.isValid())
        return Report::tr("%1 (could not be read)").arg(api.expiresRaw);
    QString text = utcText(api.expiresAt);
    if (const QString days = expiryDaysText(api); !days.isEmpty())
        text += u", "_s + days;
    return text;
}

QString rateLimitText(const RateLimit& rate)
{
    if (rate.limit < 0 && rate.remaining < 0)
        return {};
    QString text = Report::tr("%1 of %2 remaining").arg(rate.remaining).arg(rate.limit);
    if (rate.used >= 0)
        text += u", "_s + Report::tr("%1 used").arg(rate.used);
    if (!rate.resource.isEmpty())
        text += u", "_s + Report::tr("resource %1").arg(rate.resource);
    if (rate.reset.isValid())
        text += u", "_s + Report::tr("resets %1").arg(utcText(rate.reset));
    if (rate.retryAfterSeconds >= 0)
        text += u", "_s + Report::tr("retry after %1 s").arg(rate.retryAfterSeconds);
    return text;
}

} // namespace

ReportSection tokenFacts(const TokenAnalysis& t)
{
    SectionBuilder s(u"token"_s, Report::tr("Token"));
    s.add(Report::tr("Kind"), tokenKindTitle(t.kind)) // the id ("classic") is in the JSON report
        .note(Report::tr("Known from the token's prefix, before any request."));
    s.add(Report::tr("Format"), t.formatValid ? Report::tr("valid") : Report::tr("invalid"));
    s.add(Report::tr("Checksum"), checksumText(t));
    s.add(Report::tr("Length"), Report::tr("%1 characters").arg(t.length));
    if (t.trimmed)
        s.add(Report::tr("Trimmed"), Report::tr("yes: whitespace, a newline or quotes were removed around it"));
    s.add(Report::tr("Shown as"), t.redacted, ReportFact::Kind::Code, true);
    s.add(Report::tr("Fingerprint"), t.fingerprint, ReportFact::Kind::Code, true)
        .note(Report::tr("Identifies the token without revealing it."));
    for (const TokenIssue& issue : t.issues)
        s.add(issue.fatal ? Report::tr("Problem") : Report::tr("Note"), issue.message + u" · "_s + issue.id)
            .status(issue.fatal ? CheckStatus::Fail : CheckStatus::Warn);
    s.summarize(t.fingerprint.isEmpty() ? tokenKindTitle(t.kind) : tokenKindTitle(t.kind) + u" · "_s + t.fingerprint,
                std::nullopt);
    return s.take();
}

namespace {

/// The API side in one sentence (the window's status line for the side).
QString apiSentence(const ApiEvidence& a)
{
    if (a.outcome == ApiEvidence::Outcome::Ok)
        return a.login.isEmpty() ? Report::tr("GitHub accepted the token.")
                                 : Report::tr("GitHub accepted the token of %1.").arg(a.login);
    if (a.outcome == ApiEvidence::Outcome::Cancelled)
        return cancelled();
    if (!a.errorSentence.isEmpty())
        return a.errorSentence;
    if (!a.message.isEmpty())
        return Report::tr("GitHub answered %1: %2").arg(a.httpStatus).arg(a.message);
    return Report::tr("GitHub answered %1.").arg(a.httpStatus);
}

QString tokenHeadersUnknown(ApiEvidence::Outcome outcome)
{
    if (outcome == ApiEvidence::Outcome::BadCredentials)
        return Report::tr("not known: GitHub refused the token");
    if (outcome == ApiEvidence::Outcome::Integration)
        return Report::tr("not known: GitHub does not answer this request for an installation token");
    return Report::tr("not known: the GitHub API check did not complete");
}

/// The token's scopes and expiry as GitHub's answer told them; when the answer did not take the token as its own
/// (401, rate limit, lock-out, a body that cannot be read), one line saying they are not known: the headers of
/// such an answer are not the token's.
void addTokenHeaders(SectionBuilder& s, const ApiEvidence& a)
{
    if (!a.describesToken()) {
        s.add(Report::tr("Scopes and expiry"), tokenHeadersUnknown(a.outcome))
            .note(Report::tr("Only an answer that accepts the token tells its scopes and expiry."));
        return;
    }
    s.add(Report::tr("Scopes (X-OAuth-Scopes, raw)"), scopesRawText(a))
        .note(Report::tr("The X-OAuth-Scopes header, exactly as GitHub sent it."));
    if (a.scopes.has_value())
        s.add(Report::tr("Scopes (with implied scopes)"),
              a.scopesExpanded.isEmpty() ? Report::tr("none") : a.scopesExpanded.join(u", "_s))
            .note(Report::tr("The raw scopes plus the child scopes GitHub documents as implied."));
    s.add(Report::tr("Expires"), expiryText(a))
        .status(a.expiresAt.isValid() && a.expiresAt < a.answeredAt ? std::optional(CheckStatus::Fail) : std::nullopt)
        .note(Report::tr("GitHub-Authentication-Token-Expiration; days counted from when GitHub answered."));
}

} // namespace

ReportSection apiFacts(const ApiEvidence& a)
{
    SectionBuilder s(u"api"_s, apiTitle());
    s.add(Report::tr("Request"), a.url.isEmpty() ? QString() : u"GET "_s + a.url, ReportFact::Kind::Code);
    s.add(Report::tr("Outcome"), apiOutcomeTitle(a.outcome) + u" · "_s + apiOutcomeId(a.outcome))
        .status(outcomeStatus(a.outcome));
    if (a.outcome != ApiEvidence::Outcome::NotRun)
        s.add(Report::tr("HTTP status"), statusText(a.httpStatus));
    s.add(Report::tr("Error"), a.errorSentence);
    s.add(Report::tr("Login"), a.login);
    s.add(Report::tr("Account type"), a.accountType);
    if (a.answered())
        addTokenHeaders(s, a);
    s.add(Report::tr("Accepted scopes (endpoint)"), cleanList(a.acceptedScopes))
        .note(Report::tr("X-Accepted-OAuth-Scopes: the scopes this endpoint accepts."));
    s.add(Report::tr("Accepted permissions (endpoint)"), a.acceptedPermissions);
    if (a.ssoRequired)
        s.add(Report::tr("SAML SSO"), Report::tr("authorization required")).status(CheckStatus::Fail);
    s.add(Report::tr("SSO authorization URL"), a.ssoUrl, ReportFact::Kind::Url).detail(a.ssoRequired);
    s.add(Report::tr("SSO partial results (organization ids)"), a.ssoPartialOrganizations.join(u", "_s))
        .status(CheckStatus::Warn)
        .note(Report::tr("GitHub left out what these organizations hold: the token is not authorized for their SSO."));
    s.add(Report::tr("Rate limit"), rateLimitText(a.rateLimit))
        .status(a.rateLimit.remaining == 0 ? std::optional(CheckStatus::Warn) : std::nullopt);
    s.add(Report::tr("Request id"), a.requestId, ReportFact::Kind::Code)
        .note(Report::tr("X-GitHub-Request-Id: quote it to GitHub support."));
    s.add(Report::tr("Message"), a.message);
    s.add(Report::tr("Documentation"), a.documentationUrl, ReportFact::Kind::Url).detail(!a.message.isEmpty());
    if (a.outcome != ApiEvidence::Outcome::NotRun)
        s.add(Report::tr("Time"), millis(a.elapsedMs));
    const bool partial = a.outcome == ApiEvidence::Outcome::Ok && !a.ssoPartialOrganizations.isEmpty();
    s.summarize(apiSentence(a), partial ? CheckStatus::Warn : outcomeStatus(a.outcome));
    return s.take();
}

namespace {

void addRegistryLogin(SectionBuilder& s, const RegistryEvidence& r)
{
    if (!r.loginAttempted) {
        s.add(Report::tr("Login (token step)"), Report::tr("not attempted"));
        return;
    }
    QString login = Report::tr("unknown");
    if (r.loginOk.has_value())
        login = *r.loginOk ? Report::tr("accepted") : Report::tr("refused");
    login += u", "_s + Report::tr("HTTP %1").arg(statusText(r.loginStatus));
    if (!r.loginCode.isEmpty())
        login += u", "_s + r.loginCode;
    s.add(Report::tr("Login (token step)"), login).status(allowedStatus(r.loginOk));
    s.add(Report::tr("Login message"), r.loginMessage).detail();
}

/// Skip when not contacted; Fail on an error, a refused login or a refused operation; Warn when an operation is
/// not known; Pass otherwise.
CheckStatus registryStatus(const RegistryEvidence& r)
{
    if (!r.attempted)
        return CheckStatus::Skip;
    if (!r.errorSentence.isEmpty() || r.loginOk == false)
        return CheckStatus::Fail;
    CheckStatus status = CheckStatus::Pass;
    for (const OperationResult& o : r.operations) {
        if (o.requested && o.allowed == false)
            return CheckStatus::Fail;
        if (o.requested && !o.allowed.has_value())
            status = CheckStatus::Warn;
    }
    return status;
}

/// The registry side in one sentence (the window's status line for the side).
QString registrySentence(const RegistryEvidence& r, CheckStatus status)
{
    if (status == CheckStatus::Skip)
        return r.errorSentence.isEmpty() ? Report::tr("Not contacted.") : r.errorSentence;
    if (status == CheckStatus::Warn)
        return Report::tr("The registry's answer leaves a question open.");
    if (status == CheckStatus::Pass)
        return r.image.isEmpty() ? Report::tr("The registry accepted the login.")
                                 : Report::tr("The registry allowed every requested operation.");
    if (!r.errorSentence.isEmpty())
        return r.errorSentence;
    if (r.loginOk == false)
        return Report::tr("The registry refused the login.");
    QStringList refused;
    for (const OperationResult& o : r.operations) {
        if (o.requested && o.allowed == false)
            refused << operationId(o.operation);
    }
    return Report::tr("The registry refused: %1.").arg(refused.join(u", "_s));
}

} // namespace

ReportSection registryFacts(const RegistryEvidence& r, const QString& requestedRegistry)
{
    SectionBuilder s(u"registry"_s, registryTitle());
    const CheckStatus status = registryStatus(r);
    s.summarize(registrySentence(r, status), status);
    s.add(Report::tr("Host"), r.host.isEmpty() ? requestedRegistry : r.host, ReportFact::Kind::Text, true);
    if (!r.attempted) {
        s.add(Report::tr("Checked"), Report::tr("no")).status(CheckStatus::Skip);
        s.add(Report::tr("Error"), r.errorSentence);
        return s.take();
    }
    s.add(Report::tr("Base URL"), r.baseUrl, ReportFact::Kind::Url).detail();
    QString challenge = u"GET /v2/ → "_s + statusText(r.challengeStatus);
    if (!r.challengeScheme.isEmpty())
        challenge += u" "_s + r.challengeScheme;
    else if (r.challengeStatus > 0)
        challenge += u" "_s + Report::tr("(no challenge: open registry)");
    s.add(Report::tr("Challenge"), challenge, ReportFact::Kind::Code)
        .note(Report::tr("The registry's answer to a request without a token: where to get one."));
    s.add(Report::tr("Realm"), r.realm, ReportFact::Kind::Url).detail();
    s.add(Report::tr("Service"), r.service).detail();
    s.add(Report::tr("Challenge scope"), r.challengeScope, ReportFact::Kind::Code).detail();
    s.add(Report::tr("User"), registryUserText(r));
    if (!r.image.isEmpty())
        s.add(Report::tr("Image"), r.image + u":"_s + r.reference);
    addRegistryLogin(s, r);
    s.add(Report::tr("Error"), r.errorSentence).status(CheckStatus::Fail);
    s.add(Report::tr("Time"), millis(r.elapsedMs));
    return s.take();
}

ReportSection operationFacts(const OperationResult& o)
{
    SectionBuilder s(u"registry."_s + operationId(o.operation),
                     Report::tr("Registry: %1").arg(operationTitle(o.operation)));
    const CheckStatus status = o.requested ? allowedStatus(o.allowed) : CheckStatus::Skip;
    s.summarize(allowedText(o.allowed), status);
    s.add(Report::tr("Requested"), yesNo(o.requested)).inSummary();
    s.add(Report::tr("Result"), allowedText(o.allowed)).status(status).inSummary();
    s.add(Report::tr("Based on"), basisText(o.basis));
    if (o.tokenStatus > 0)
        s.add(Report::tr("Token step"), Report::tr("HTTP %1").arg(o.tokenStatus));
    QString probe = o.probe;
    if (!probe.isEmpty())
        probe += u" → "_s + statusText(o.httpStatus);
    s.add(Report::tr("Probe"), probe, ReportFact::Kind::Code);
    s.add(Report::tr("Error code"), o.code, ReportFact::Kind::Code);
    s.add(Report::tr("Message"), o.message);
    s.add(Report::tr("Challenge error"), o.challengeError, ReportFact::Kind::Code);
    s.add(Report::tr("Note"), o.note);
    QString cancel = o.cancelProbe;
    if (!cancel.isEmpty())
        cancel += u" → "_s + statusText(o.cancelStatus);
    s.add(Report::tr("Upload cancel"), cancel, ReportFact::Kind::Code);
    s.add(Report::tr("Upload cancel note"), o.cancelNote).detail(!o.cancelProbe.isEmpty());
    s.add(Report::tr("Error"), o.errorSentence).status(CheckStatus::Fail);
    if (o.requested)
        s.add(Report::tr("Time"), millis(o.elapsedMs));
    return s.take();
}

namespace {

/// Pass when the stored token is the checked one, Warn when it is another, none when not compared.
std::optional<CheckStatus> sameTokenStatus(const std::optional<bool>& same, const QString& error)
{
    if (!same.has_value() || !error.isEmpty())
        return std::nullopt;
    return *same ? CheckStatus::Pass : CheckStatus::Warn;
}

QString dockerSummary(const DockerCredentialEvidence& e)
{
    if (!e.errorSentence.isEmpty())
        return Report::tr("could not compare");
    if (!e.entryFound)
        return Report::tr("none for this registry");
    if (e.sameAsChecked.has_value())
        return *e.sameAsChecked ? Report::tr("the checked token") : Report::tr("a different token");
    return Report::tr("cannot be compared");
}

} // namespace

ReportSection dockerFacts(const DockerCredentialEvidence& e)
{
    SectionBuilder s(u"docker"_s, Report::tr("Stored logins for this registry"));
    const std::optional<CheckStatus> same = sameTokenStatus(e.sameAsChecked, e.errorSentence);
    s.summarize(dockerSummary(e), same);
    s.add(Report::tr("Configuration"), e.configPath.isEmpty() ? Report::tr("none found") : e.configPath,
          ReportFact::Kind::Code, true);
    if (!e.store.isEmpty())
        s.add(Report::tr("Stored in"), e.store == u"file"_s ? Report::tr("the configuration file itself")
                                                            : Report::tr("credential helper %1").arg(e.helperProgram));
    s.add(Report::tr("Saved login"), e.entryFound ? Report::tr("yes") : Report::tr("none for this registry"));
    s.add(Report::tr("Saved user"), e.storedUser);
    s.add(Report::tr("Saved token"),
          e.storedFingerprint.isEmpty() ? QString() : e.storedFingerprint + u" · "_s + e.storedKind,
          ReportFact::Kind::Code);
    if (e.sameAsChecked.has_value())
        s.add(Report::tr("Same as the checked token"), *e.sameAsChecked ? Report::tr("yes") : Report::tr("no"))
            .status(same);
    s.add(Report::tr("Error"), e.errorSentence);
    for (const StoredLogin& login : e.entries)
        s.add(Report::tr("Stored login (%1)").arg(storedLoginToolTitle(login.tool)), storedLoginSummary(login),
              ReportFact::Kind::Code)
            .status(sameTokenStatus(login.sameAsChecked, login.errorSentence));
    return s.take();
}

QList<ReportSection> registrySections(const RegistryEvidence& registry, const QString& requestedRegistry,
                                      const DockerCredentialEvidence& docker)
{
    QList<ReportSection> sections{registryFacts(registry, requestedRegistry)};
    if (registry.attempted) {
        for (const OperationResult& o : registry.operations) {
            if (o.requested || o.allowed.has_value())
                sections << operationFacts(o);
        }
    }
    if (docker.inspected)
        sections << dockerFacts(docker);
    return sections;
}

QString expiryDaysText(const ApiEvidence& api)
{
    const std::optional<qint64> left = api.expiresInDays();
    if (!left)
        return {};
    const qint64 days = *left;
    if (api.expiresAt < api.answeredAt)
        return days == -1 ? Report::tr("expired 1 day ago") : Report::tr("expired %1 days ago").arg(-days);
    return days == 1 ? Report::tr("1 day left") : Report::tr("%1 days left").arg(days);
}

QString registryUserText(const RegistryEvidence& registry)
{
    if (registry.user.isEmpty())
        return {};
    QString source;
    if (registry.userSource == UserSource::Given)
        source = Report::tr("as entered");
    else if (registry.userSource == UserSource::Api)
        source = registry.waitedForApi ? Report::tr("the API's login; waited for it") : Report::tr("the API's login");
    else if (registry.userSource == UserSource::Placeholder)
        source = Report::tr("a placeholder: the API did not name the user");
    else if (registry.userSource == UserSource::Neutral)
        source = Report::tr("a neutral name: this registry accepts any user name with a token");
    return source.isEmpty() ? registry.user : registry.user + u" ("_s + source + u')';
}

QString storedLoginSummary(const StoredLogin& login)
{
    QStringList parts{login.configPath};
    if (!login.helperProgram.isEmpty())
        parts << login.helperProgram;
    if (!login.storedUser.isEmpty())
        parts << login.storedUser;
    if (!login.storedFingerprint.isEmpty())
        parts << login.storedFingerprint + u" · "_s + login.storedKind;
    if (!login.errorSentence.isEmpty())
        parts << login.errorSentence;
    else if (!login.entryFound)
        parts << Report::tr("nothing stored");
    else if (login.sameAsChecked.has_value())
        parts << (*login.sameAsChecked ? Report::tr("the checked token") : Report::tr("a different token"));
    else
        parts << Report::tr("cannot be compared");
    return parts.join(u" · "_s);
}

VerdictLine verdictLine(const Diagnosis& d)
{
    if (d.cancelled)
        return {CheckStatus::Skip, Report::tr("Cancelled"),
                Report::tr("Check cancelled. No request is still running; start again when you are ready.")};
    VerdictLine h;
    QString summary = d.summary;
    switch (d.verdict) {
    case Verdict::Ok:
        // Amber, not green, when a row still warns (expiry soon, SSO partly authorized, …).
        h.status = d.hasWarnings() ? CheckStatus::Warn : CheckStatus::Pass;
        if (d.request.loginOnly())
            h.word = d.hasWarnings() ? Report::tr("Login works, with warnings") : Report::tr("Login works");
        else
            h.word = d.hasWarnings() ? Report::tr("Works, with warnings") : Report::tr("Works");
        break;
    case Verdict::ActionNeeded:
        h.status = CheckStatus::Fail;
        h.word = Report::tr("Action needed");
        break;
    case Verdict::Error: {
        h.word = Report::tr("Could not complete");
        // The summary often says so already ("The check could not complete: …"): no stutter.
        const QString prefix = Diagnoser::tr("The check could not complete: %1").section(u"%1"_s, 0, 0);
        if (summary.startsWith(prefix))
            summary = summary.mid(prefix.size());
        break;
    }
    }
    // The image as the user spelled it, tag included.
    QString image;
    if (!d.request.image.isEmpty()) {
        const ImageLint lint = lintImage(d.request.image, d.request.registry);
        image = lint.valid ? lint.named() : d.request.image;
    }
    // "Works for IMAGE, with warnings": the warning after what works. An every-package check works only when it
    // works for every image; otherwise its summary counts them.
    const bool warned = d.verdict == Verdict::Ok && d.hasWarnings();
    const QString word = !warned ? h.word : d.request.loginOnly() ? Report::tr("Login works") : Report::tr("Works");
    QString head = d.matrix && d.verdict == Verdict::Ok ? Report::tr("%1 for every image").arg(word)
                   : image.isEmpty()                    ? word
                                                        : Report::tr("%1 for %2").arg(word, image);
    if (warned)
        head = Report::tr("%1, with warnings").arg(head);
    h.text = head + u": "_s + summary;
    return h;
}

} // namespace ghcr
