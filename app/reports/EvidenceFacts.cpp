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

SectionBuilder::SectionBuilder(const QString& id, const QString& title)
{
    m_section.id = id;
    m_section.title = title;
}

SectionBuilder& SectionBuilder::add(const QString& label, const QString& value, ReportFact::Kind kind, bool keepEmpty)
{
    if (value.isEmpty() && !keepEmpty)
        return *this;
    m_section.facts.append({label, value.isEmpty() ? u"—"_s : clean(value), kind});
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

ReportSection apiFacts(const ApiEvidence& a)
{
    SectionBuilder s(u"api"_s, Report::tr("GitHub API"));
    s.add(Report::tr("Request"), a.url.isEmpty() ? QString() : u"GET "_s + a.url, ReportFact::Kind::Code);
    s.add(Report::tr("Outcome"), apiOutcomeTitle(a.outcome) + u" · "_s + apiOutcomeId(a.outcome));
    if (a.outcome != ApiEvidence::Outcome::NotRun)
        s.add(Report::tr("HTTP status"), statusText(a.httpStatus));
    s.add(Report::tr("Error"), a.errorSentence);
    s.add(Report::tr("Login"), a.login);
    s.add(Report::tr("Account type"), a.accountType);
    if (a.answered()) {
        QString raw;
        if (!a.scopes.has_value())
            raw = Report::tr("header absent (fine-grained, app or Actions token)");
        else if (a.scopes->isEmpty() && a.scopesInferredEmpty)
            raw = Report::tr("empty (no scopes; inferred, because Qt drops an empty header)");
        else if (a.scopes->isEmpty())
            raw = Report::tr("present but empty (no scopes)");
        else
            raw = a.scopes->join(u", "_s);
        s.add(Report::tr("Scopes (X-OAuth-Scopes, raw)"), raw);
        if (a.scopes.has_value())
            s.add(Report::tr("Scopes (with implied scopes)"),
                  a.scopesExpanded.isEmpty() ? Report::tr("none") : a.scopesExpanded.join(u", "_s));
    }
    s.add(Report::tr("Accepted scopes (endpoint)"), cleanList(a.acceptedScopes));
    s.add(Report::tr("Accepted permissions (endpoint)"), a.acceptedPermissions);
    s.add(Report::tr("Expires"), expiryText(a));
    if (a.ssoRequired)
        s.add(Report::tr("SAML SSO"), Report::tr("authorization required"));
    s.add(Report::tr("SSO authorization URL"), a.ssoUrl, ReportFact::Kind::Url);
    s.add(Report::tr("SSO partial results (organization ids)"), a.ssoPartialOrganizations.join(u", "_s));
    s.add(Report::tr("Rate limit"), rateLimitText(a.rateLimit));
    s.add(Report::tr("Request id"), a.requestId, ReportFact::Kind::Code);
    s.add(Report::tr("Message"), a.message);
    s.add(Report::tr("Documentation"), a.documentationUrl, ReportFact::Kind::Url);
    if (a.outcome != ApiEvidence::Outcome::NotRun)
        s.add(Report::tr("Time"), millis(a.elapsedMs));
    return s.take();
}

ReportSection registryFacts(const RegistryEvidence& r, const QString& requestedRegistry)
{
    SectionBuilder s(u"registry"_s, Report::tr("Container registry"));
    s.add(Report::tr("Host"), r.host.isEmpty() ? requestedRegistry : r.host, ReportFact::Kind::Text, true);
    if (!r.attempted) {
        s.add(Report::tr("Checked"), Report::tr("no"));
        s.add(Report::tr("Error"), r.errorSentence);
        return s.take();
    }
    s.add(Report::tr("Base URL"), r.baseUrl, ReportFact::Kind::Url);
    QString challenge = u"GET /v2/ → "_s + statusText(r.challengeStatus);
    if (!r.challengeScheme.isEmpty())
        challenge += u" "_s + r.challengeScheme;
    else if (r.challengeStatus > 0)
        challenge += u" "_s + Report::tr("(no challenge: open registry)");
    s.add(Report::tr("Challenge"), challenge, ReportFact::Kind::Code);
    s.add(Report::tr("Realm"), r.realm, ReportFact::Kind::Url);
    s.add(Report::tr("Service"), r.service);
    s.add(Report::tr("Challenge scope"), r.challengeScope, ReportFact::Kind::Code);
    s.add(Report::tr("User"), registryUserText(r));
    if (!r.image.isEmpty())
        s.add(Report::tr("Image"), r.image + u":"_s + r.reference);
    if (r.loginAttempted) {
        QString login = Report::tr("unknown");
        if (r.loginOk.has_value())
            login = *r.loginOk ? Report::tr("accepted") : Report::tr("refused");
        login += u", "_s + Report::tr("HTTP %1").arg(statusText(r.loginStatus));
        if (!r.loginCode.isEmpty())
            login += u", "_s + r.loginCode;
        s.add(Report::tr("Login (token step)"), login);
        s.add(Report::tr("Login message"), r.loginMessage);
    } else {
        s.add(Report::tr("Login (token step)"), Report::tr("not attempted"));
    }
    s.add(Report::tr("Error"), r.errorSentence);
    s.add(Report::tr("Time"), millis(r.elapsedMs));
    return s.take();
}

ReportSection operationFacts(const OperationResult& o)
{
    SectionBuilder s(u"registry."_s + operationId(o.operation),
                     Report::tr("Registry: %1").arg(operationTitle(o.operation)));
    s.add(Report::tr("Requested"), yesNo(o.requested));
    s.add(Report::tr("Result"), allowedText(o.allowed));
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
    s.add(Report::tr("Upload cancel note"), o.cancelNote);
    s.add(Report::tr("Error"), o.errorSentence);
    if (o.requested)
        s.add(Report::tr("Time"), millis(o.elapsedMs));
    return s.take();
}

ReportSection dockerFacts(const DockerCredentialEvidence& e)
{
    SectionBuilder s(u"docker"_s, Report::tr("Docker's saved login"));
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
        s.add(Report::tr("Same as the checked token"), *e.sameAsChecked ? Report::tr("yes") : Report::tr("no"));
    s.add(Report::tr("Error"), e.errorSentence);
    for (const StoredLogin& login : e.entries)
        s.add(Report::tr("Stored login (%1)").arg(storedLoginToolName(login.tool)), storedLoginSummary(login),
              ReportFact::Kind::Code);
    return s.take();
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

QString storedLoginToolName(const QString& tool)
{
    if (tool == u"docker-desktop"_s)
        return Report::tr("Docker Desktop");
    if (tool == u"podman"_s)
        return Report::tr("Podman, Buildah, skopeo");
    if (tool == u"helm"_s)
        return Report::tr("Helm");
    return Report::tr("Docker");
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

} // namespace ghcr
