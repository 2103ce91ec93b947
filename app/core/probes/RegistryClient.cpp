#include "app/core/probes/RegistryClient.h"

#include "app/core/net/WwwAuthenticate.h"
#include "app/core/token/Redactor.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ghcr {

RegistryClient::RegistryClient(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_auth(new RegistryAuth(&m_state, this))
    , m_probes(new RegistryProbes(&m_state, this))
    , m_userWait(new QTimer(this))
{
    m_state.http = http;
    m_userWait->setSingleShot(true);
    m_userWait->setTimerType(Qt::PreciseTimer); // the limit the sentence names, not 5 % less
    connect(m_userWait, &QTimer::timeout, this, [this] {
        stopWaitingForUser(tr("Not asked: the GitHub API had not told the token's login %n second(s) after the "
                              "registry was ready, and %1 may check the user name, so none was guessed. Give the "
                              "user name (--user NAME, or the window's User field) to check the registry without "
                              "the API.",
                              nullptr, (m_userWaitLimitMs + 999) / 1000)
                               .arg(m_state.evidence.host));
    });
    connect(m_auth, &RegistryAuth::progress, this, &RegistryClient::progress);
    connect(m_probes, &RegistryProbes::progress, this, &RegistryClient::progress);
    connect(m_auth, &RegistryAuth::discovered, this, &RegistryClient::challengeKnown);
    connect(m_auth, &RegistryAuth::failed, this, &RegistryClient::done);
    connect(m_auth, &RegistryAuth::authorized, m_probes, &RegistryProbes::start);
    connect(m_probes, &RegistryProbes::finished, this, &RegistryClient::done);
    connect(m_probes, &RegistryProbes::cancelSent, this, [this] { ++m_pendingSideChecks; });
    connect(m_probes, &RegistryProbes::cancelSettled, this, &RegistryClient::sideCheckDone);
}

void RegistryClient::start(const CheckRequest& resolvedRequest, const QString& token, const QString& user)
{
    m_state.request = resolvedRequest;
    m_state.token = token;
    m_state.retried.clear();
    m_state.over = false;
    m_running = true;
    m_discovered = false;
    m_mainDone = false;
    m_pendingSideChecks = 0;
    m_clock.start();
    initEvidence(resolvedRequest, user);
    if (m_knownChallenge) {
        takeKnownChallenge();
        return;
    }
    m_auth->discover();
    // The token request and the public-package check, then the pull and push probes, run side by side: open
    // the connections they need now, beside the challenge's, so they are warm when needed (after discover(),
    // so the challenge does not take one). The anonymous check's connection is still busy when the token's
    // answer starts the probes, hence one more for pull + push.
    if (!m_state.repository.isEmpty()) {
        m_state.http->preconnect(m_state.url(u"/v2/"_s));
        if (resolvedRequest.wants(Operation::Pull) && resolvedRequest.wants(Operation::Push))
            m_state.http->preconnect(m_state.url(u"/v2/"_s));
    }
}

void RegistryClient::initEvidence(const CheckRequest& resolvedRequest, const QString& user)
{
    m_state.evidence = RegistryEvidence{};
    m_state.evidence.attempted = true;
    m_state.evidence.host = resolvedRequest.registry;
    // HTTPS always first: --allow-http-loopback only allows plain HTTP (see RegistryAuth::discover()), it never
    // forces it.
    m_state.evidence.baseUrl = u"https://"_s + m_state.evidence.host;
    for (Operation op : {Operation::Pull, Operation::Push, Operation::Delete}) {
        OperationResult r;
        r.operation = op;
        r.requested = resolvedRequest.wants(op);
        r.basis = OperationBasis::NotRun;
        m_state.evidence.operations.append(r);
    }
    m_state.repository.clear();
    m_state.named.clear();
    if (!resolvedRequest.image.isEmpty()) {
        // Probe what the reference means once its lint is applied (host stripped, lower-cased); a reference
        // to another registry is not probed at all.
        const ImageLint lint = lintImage(resolvedRequest.image, resolvedRequest.registry);
        if (lint.probe) {
            m_state.repository = lint.repository;
            m_state.named = lint.named(false);
            m_state.evidence.image = lint.repository;
            m_state.evidence.reference = lint.reference;
        }
    }
    if (!user.isEmpty()) {
        m_state.evidence.user = user;
        m_state.evidence.userSource = UserSource::Given;
        m_waitingForUser = false;
    } else if (RegistryAuth::acceptsAnyUser(m_state.evidence.host)) {
        // ghcr.io (and GHE.com's containers host) accept any user name with a token: no need to wait for
        // the API's login, which would idle the registry side for the API's round trip.
        m_state.evidence.user = RegistryAuth::neutralUser();
        m_state.evidence.userSource = UserSource::Neutral;
        m_waitingForUser = false;
    } else {
        m_waitingForUser = true;
    }
}

void RegistryClient::takeKnownChallenge()
{
    // A matrix run's shared challenge: its outcome, as if this client had asked /v2/ itself.
    const RegistryEvidence& known = *m_knownChallenge;
    m_state.evidence.baseUrl = known.baseUrl;
    m_state.evidence.challengeStatus = known.challengeStatus;
    m_state.evidence.challengeScheme = known.challengeScheme;
    m_state.evidence.realm = known.realm;
    m_state.evidence.service = known.service;
    m_state.evidence.challengeScope = known.challengeScope;
    m_state.evidence.errorSentence = known.errorSentence;
    // A /v2/ that answered 429: each image says to wait as long as the registry asked, as a single check does.
    m_state.evidence.rateLimited = known.rateLimited;
    m_state.evidence.retryAfterSeconds = known.retryAfterSeconds;
    if (known.errorSentence.isEmpty())
        QMetaObject::invokeMethod(this, &RegistryClient::challengeKnown, Qt::QueuedConnection);
    else
        QMetaObject::invokeMethod(this, &RegistryClient::done, Qt::QueuedConnection);
}

bool RegistryClient::endUserWait()
{
    if (!m_running || !m_waitingForUser)
        return false;
    m_waitingForUser = false;
    m_userWait->stop();
    m_state.evidence.waitedForApi = true;
    return true;
}

void RegistryClient::provideUser(const QString& user, UserSource source)
{
    if (!endUserWait())
        return;
    m_state.evidence.user = user;
    m_state.evidence.userSource = source;
    if (m_discovered)
        m_auth->authorize();
}

void RegistryClient::cancel()
{
    // The runner's HttpClient::cancelAll() aborts what is in flight; stop waiting for a user too.
    stopWaitingForUser(tr("Cancelled."));
}

void RegistryClient::stopWaitingForUser(const QString& sentence)
{
    if (!endUserWait())
        return;
    m_state.evidence.errorSentence = sentence;
    done();
}

void RegistryClient::challengeKnown()
{
    if (!m_running)
        return;
    m_discovered = true;
    if (m_discoveryOnly) {
        done();
        return;
    }
    if (m_waitingForUser) {
        Q_EMIT progress(tr("Waiting for the GitHub API to tell the user name…"));
        if (m_userWaitLimitMs > 0)
            m_userWait->start(m_userWaitLimitMs);
    } else
        m_auth->authorize();
    checkPublic();
}

void RegistryClient::startDiscovery(const CheckRequest& resolvedRequest)
{
    CheckRequest request = resolvedRequest;
    request.image.clear();
    m_discoveryOnly = true;
    m_knownChallenge.reset();
    start(request, {}, RegistryAuth::neutralUser());
}

bool RegistryClient::retryWithOwnToken()
{
    if (!m_auth->dropSharedToken())
        return false;
    bool unproved = false;
    for (const OperationResult& op : std::as_const(m_state.evidence.operations)) {
        if (!op.requested || op.operation == Operation::Delete || op.allowed == true)
            continue;
        if (!op.errorSentence.isEmpty())
            return false; // the network failed, not the token: asking again proves nothing more
        unproved = true;
    }
    if (!unproved || !m_state.evidence.errorSentence.isEmpty())
        return false;
    for (OperationResult& op : m_state.evidence.operations) {
        if (op.requested && op.operation != Operation::Delete && op.allowed != true) {
            OperationResult fresh;
            fresh.operation = op.operation;
            fresh.requested = true;
            fresh.basis = OperationBasis::NotRun;
            op = fresh;
        }
    }
    m_state.evidence.loginOk.reset();
    m_state.evidence.loginStatus = 0;
    m_state.evidence.loginCode.clear();
    m_state.evidence.loginMessage.clear();
    m_auth->authorize();
    return true;
}

void RegistryClient::provideVisibility(const QString& visibility)
{
    m_knownVisibility = visibility;
    m_visibilityPending = false;
    if (!m_running || !m_waitingVisibility)
        return; // checkPublic() has not run yet: it takes the answer as it is
    m_waitingVisibility = false;
    checkPublic();
    sideCheckDone(); // the wait counted as a side check
}

void RegistryClient::checkPublic()
{
    if (m_visibilityPending && !m_state.repository.isEmpty()) {
        m_waitingVisibility = true;
        ++m_pendingSideChecks;
        return;
    }
    if (!m_knownVisibility.isEmpty() && !m_state.repository.isEmpty()) {
        // GitHub's packages API listed it: no need to ask the registry anonymously.
        m_state.evidence.publicImage = m_knownVisibility == u"public"_s;
        m_state.evidence.publicEvidence = tr("GitHub's packages API lists it as %1").arg(m_knownVisibility);
        return;
    }
    if (m_state.repository.isEmpty() || m_state.evidence.challengeScheme != u"Bearer"_s ||
        !RegistryAuth::realmAllowed(QUrl(m_state.evidence.realm), m_state.evidence.host))
        return;
    // No credentials at all: what `docker pull` does after `docker logout`.
    ++m_pendingSideChecks;
    QUrl url(m_state.evidence.realm);
    QUrlQuery q(url);
    if (!m_state.evidence.service.isEmpty())
        q.addQueryItem(u"service"_s, m_state.evidence.service);
    q.addQueryItem(u"scope"_s, formatResourceScope(m_state.repository, {u"pull"_s}));
    url.setQuery(q);
    HttpRequest tokenRequest;
    tokenRequest.url = url;
    sendToRegistry(&m_state, this, tokenRequest, [this](const HttpResponse& r) {
        if (!r.ok()) {
            sideCheckDone();
            return;
        }
        const QString anonymous = QString::number(r.status);
        if (r.status == 401 || r.status == 403) {
            m_state.evidence.publicImage = false;
            m_state.evidence.publicEvidence = tr("anonymous token request → %1").arg(anonymous);
            sideCheckDone();
            return;
        }
        anonymousPull(r);
    });
}

void RegistryClient::anonymousPull(const HttpResponse& r)
{
    const QString anonymous = QString::number(r.status);
    const QString bearer = RegistryAuth::tokenFromBody(r.body);
    if (r.status != 200 || bearer.isEmpty() || bearer.size() > 16 * 1024) {
        sideCheckDone();
        return;
    }
    if (m_state.redactions)
        m_state.redactions->addBearer(bearer);
    else
        Redactor::registerSecret(bearer);
    m_state.registryTokens << bearer;
    HttpRequest head;
    head.method = "HEAD";
    head.url = m_state.url(u"/v2/"_s + m_state.repository + u"/manifests/"_s + m_state.evidence.reference);
    head.headers = {{"Accept", manifestAccept()}};
    head.bearer = bearer;
    sendToRegistry(&m_state, this, head, [this, anonymous](const HttpResponse& h) {
        if (h.ok() && (h.status == 200 || h.status == 401 || h.status == 403)) {
            m_state.evidence.publicImage = h.status == 200;
            m_state.evidence.publicEvidence =
                tr("anonymous token request → %1; anonymous HEAD manifest → %2").arg(anonymous).arg(h.status);
        }
        sideCheckDone();
    });
}

void RegistryClient::done()
{
    if (!m_running || m_mainDone)
        return;
    if (retryWithOwnToken())
        return;
    m_mainDone = true;
    if (m_pendingSideChecks == 0) {
        finish();
        return;
    }
    m_probes->waitForCancel(); // the upload cancel's answer, a short grace at most
}

void RegistryClient::sideCheckDone()
{
    if (--m_pendingSideChecks == 0 && m_mainDone)
        finish();
}

void RegistryClient::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_waitingForUser = false;
    m_userWait->stop();
    // Nothing may answer into the evidence once it is out: the requests still in flight (a cancel past its grace,
    // a check cancelled while waiting for the user) are dropped.
    m_state.over = true;
    m_probes->forgetCancel();
    for (HttpJob* job : findChildren<HttpJob*>()) // this client's, its authentication's and its probes'
        job->abort();
    m_state.evidence.elapsedMs = m_clock.elapsed();
    // Every server-controlled string in the evidence, cleaned of the registry tokens received.
    m_state.evidence.realm = Redactor::redact(m_state.evidence.realm, m_state.registryTokens);
    m_state.evidence.service = Redactor::redact(m_state.evidence.service, m_state.registryTokens);
    m_state.evidence.challengeScope = Redactor::redact(m_state.evidence.challengeScope, m_state.registryTokens);
    m_state.evidence.loginCode = Redactor::redact(m_state.evidence.loginCode, m_state.registryTokens);
    m_state.evidence.errorSentence = Redactor::redact(m_state.evidence.errorSentence, m_state.registryTokens);
    m_state.evidence.loginMessage = Redactor::redact(m_state.evidence.loginMessage, m_state.registryTokens);
    for (OperationResult& op : m_state.evidence.operations) {
        op.code = Redactor::redact(op.code, m_state.registryTokens);
        op.message = Redactor::redact(op.message, m_state.registryTokens);
        op.challengeError = Redactor::redact(op.challengeError, m_state.registryTokens);
        op.note = Redactor::redact(op.note, m_state.registryTokens);
        op.cancelNote = Redactor::redact(op.cancelNote, m_state.registryTokens);
        op.errorSentence = Redactor::redact(op.errorSentence, m_state.registryTokens);
    }
    for (QString& t : m_state.registryTokens)
        t.fill(u'\0');
    m_state.registryTokens.clear();
    m_state.token.clear();
    const RegistryEvidence evidence = m_state.evidence;
    Q_EMIT finished(evidence);
}

} // namespace ghcr
