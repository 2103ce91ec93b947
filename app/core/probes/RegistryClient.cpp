#include "app/core/probes/RegistryClient.h"

#include "app/core/token/Redactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

const QByteArray manifestAccept = "application/vnd.oci.image.index.v1+json, "
                                  "application/vnd.oci.image.manifest.v1+json, "
                                  "application/vnd.docker.distribution.manifest.list.v2+json, "
                                  "application/vnd.docker.distribution.manifest.v2+json";

QString hostOnly(const QString& hostPort)
{
    // "ghcr.io", "127.0.0.1:5000", "[::1]:5000"
    if (hostPort.startsWith(u'[')) {
        const qsizetype end = hostPort.indexOf(u']');
        return end > 0 ? hostPort.mid(1, end - 1) : hostPort;
    }
    const qsizetype colon = hostPort.lastIndexOf(u':');
    return (colon > 0 && hostPort.count(u':') == 1) ? hostPort.left(colon) : hostPort;
}

/// Seconds the registry asks us to wait on a 429: Retry-After (seconds), else ghcr.io's
/// "retry-after: 1.16ms" in the error message; -1 when it says nothing.
double retryAfterSeconds(const HttpResponse& r)
{
    bool ok = false;
    const double header = QString::fromLatin1(r.header("retry-after")).trimmed().toDouble(&ok);
    if (ok && header >= 0)
        return header;
    static const QRegularExpression inMessage(uR"((?i)retry-after:\s*([0-9.]+)\s*(ms|s)\b)"_s);
    const QRegularExpressionMatch m = inMessage.match(QString::fromUtf8(r.body.left(4096)));
    if (m.hasMatch()) {
        const double value = m.captured(1).toDouble(&ok);
        if (ok)
            return m.captured(2).toLower() == u"ms"_s ? value / 1000.0 : value;
    }
    return -1;
}

/// "@" before a digest, ":" before a tag.
QString referenceSeparator(const QString& reference)
{
    return reference.startsWith(u"sha256:"_s) ? u"@"_s : u":"_s;
}

QString challengeErrorOf(const HttpResponse& r)
{
    for (const AuthChallenge& c : parseWwwAuthenticate(r.headerValues("www-authenticate")))
        if (!c.param(u"error"_s).isEmpty())
            return Redactor::redact(c.param(u"error"_s)).left(100);
    return {};
}

} // namespace

RegistryClient::RegistryClient(HttpClient* http, QObject* parent)
    : QObject(parent)
    , m_http(http)
{
}

bool RegistryClient::parseRegistryError(const QByteArray& body, QString* code, QString* message)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return false;
    const QJsonArray errors = doc.object().value(u"errors"_s).toArray();
    if (errors.isEmpty())
        return false;
    const QJsonObject first = errors.first().toObject();
    if (code)
        *code = Redactor::redact(first.value(u"code"_s).toString()).left(100);
    if (message)
        *message = Redactor::redact(first.value(u"message"_s).toString()).left(500);
    return true;
}

bool RegistryClient::realmAllowed(const QUrl& realm, const QString& registryHost)
{
    if (!realm.isValid() || realm.host().isEmpty())
        return false;
    // Defence in depth: HttpClient refuses plain HTTP too, but a realm must never be considered at all
    // unless it is https (or http on loopback, which HttpClient allows only when asked).
    if (realm.scheme() != u"https"_s && !(realm.scheme() == u"http"_s && HttpClient::isLoopbackHost(realm.host())))
        return false;
    const QString realmHost = realm.host().toLower();
    const QString regHost = hostOnly(registryHost).toLower();
    if (realmHost == regHost)
        return true;
    // Known pairs: GHES containers.HOST → HOST; GHE.com containers.SUB.ghe.com → SUB.ghe.com / api.SUB.ghe.com;
    // Docker Hub.
    if (regHost.startsWith(u"containers."_s) && realmHost == regHost.mid(11))
        return true;
    if (regHost.startsWith(u"containers."_s) && regHost.endsWith(u".ghe.com"_s) &&
        realmHost == u"api."_s + regHost.mid(11))
        return true;
    if ((regHost == u"docker.io"_s || regHost == u"registry-1.docker.io"_s) && realmHost == u"auth.docker.io"_s)
        return true;
    return false;
}

void RegistryClient::send(const HttpRequest& request, const std::function<void(const HttpResponse&)>& callback)
{
    // The job is this client's child: a client deleted (a matrix run deletes an image's once its verdict is in)
    // takes its requests with it, and finish() aborts any left, so no answer arrives after the evidence.
    connect(m_http->send(request, this), &HttpJob::finished, this, [this, request, callback](const HttpResponse& r) {
        if (r.ok() && r.status == 429) {
            // ghcr.io's rate limit usually asks for milliseconds: honour a short wait once, never a long one.
            const double wait = retryAfterSeconds(r);
            if (wait >= 0 && wait <= maxRetryAfterSeconds && !m_retried.contains(request.url)) {
                m_retried.insert(request.url);
                QTimer::singleShot(int(wait * 1000) + 1, this, [this, request, callback] {
                    if (m_running)
                        send(request, callback);
                });
                return;
            }
            HttpResponse busy = r;
            busy.failure = HttpResponse::Failure::Other;
            m_evidence.rateLimited = true;
            m_evidence.retryAfterSeconds = wait < 0 ? -1 : int(wait + 0.999);
            busy.errorSentence =
                wait < 0 ? tr("The registry %1 is busy (429 Too Many Requests) — not a token problem; try again in a "
                              "minute.")
                               .arg(m_evidence.host)
                         : tr("The registry %1 is busy (429 Too Many Requests) — not a token problem; try again in "
                              "%2 s.")
                               .arg(m_evidence.host)
                               .arg(m_evidence.retryAfterSeconds);
            callback(busy);
            return;
        }
        callback(r);
    });
}

QUrl RegistryClient::registryUrl(const QString& path) const
{
    return QUrl(m_evidence.baseUrl + path);
}

OperationResult* RegistryClient::result(Operation op)
{
    for (OperationResult& r : m_evidence.operations)
        if (r.operation == op)
            return &r;
    return nullptr;
}

void RegistryClient::start(const CheckRequest& resolvedRequest, const QString& token, const QString& user)
{
    m_request = resolvedRequest;
    m_token = token;
    m_running = true;
    m_discovered = false;
    m_mainDone = false;
    m_pendingSideChecks = 0;
    m_retried.clear();
    m_clock.start();
    m_evidence = RegistryEvidence{};
    m_evidence.attempted = true;
    m_evidence.host = resolvedRequest.registry;
    // HTTPS always first: --allow-http-loopback only allows plain HTTP (see discover()), it never forces it.
    m_evidence.baseUrl = u"https://"_s + m_evidence.host;
    for (Operation op : {Operation::Pull, Operation::Push, Operation::Delete}) {
        OperationResult r;
        r.operation = op;
        r.requested = resolvedRequest.wants(op);
        r.basis = OperationBasis::NotRun;
        m_evidence.operations.append(r);
    }
    m_repository.clear();
    if (!resolvedRequest.image.isEmpty()) {
        // Probe what the reference means once its lint is applied (host stripped, lower-cased); a reference
        // to another registry is not probed at all.
        const ImageLint lint = lintImage(resolvedRequest.image, resolvedRequest.registry);
        if (lint.probe) {
            m_repository = lint.repository;
            m_evidence.image = lint.repository;
            m_evidence.reference = lint.reference;
        }
    }
    if (!user.isEmpty()) {
        m_evidence.user = user;
        m_evidence.userSource = UserSource::Given;
        m_waitingForUser = false;
    } else if (acceptsAnyUser(m_evidence.host)) {
        // ghcr.io (and GHE.com's containers host) accept any user name with a token: no need to wait for
        // the API's login, which would idle the registry side for the API's round trip.
        m_evidence.user = neutralUser();
        m_evidence.userSource = UserSource::Neutral;
        m_waitingForUser = false;
    } else {
        m_waitingForUser = true;
    }
    m_pendingProbes = 0;
    if (m_knownChallenge) {
        // A matrix run's shared challenge: its outcome, as if this client had asked /v2/ itself.
        const RegistryEvidence& known = *m_knownChallenge;
        m_evidence.baseUrl = known.baseUrl;
        m_evidence.challengeStatus = known.challengeStatus;
        m_evidence.challengeScheme = known.challengeScheme;
        m_evidence.realm = known.realm;
        m_evidence.service = known.service;
        m_evidence.challengeScope = known.challengeScope;
        m_evidence.errorSentence = known.errorSentence;
        if (known.errorSentence.isEmpty())
            QMetaObject::invokeMethod(this, &RegistryClient::challengeKnown, Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(this, &RegistryClient::done, Qt::QueuedConnection);
        return;
    }
    discover();
    // The token request and the public-package check, then the pull and push probes, run side by side: open
    // the connections they need now, beside the challenge's, so they are warm when needed (after discover(),
    // so the challenge does not take one). The anonymous check's connection is still busy when the token's
    // answer starts the probes, hence one more for pull + push.
    if (!m_repository.isEmpty()) {
        m_http->preconnect(registryUrl(u"/v2/"_s));
        if (resolvedRequest.wants(Operation::Pull) && resolvedRequest.wants(Operation::Push))
            m_http->preconnect(registryUrl(u"/v2/"_s));
    }
}

bool RegistryClient::acceptsAnyUser(const QString& registryHost)
{
    const QString host = hostOnly(registryHost).toLower();
    return host == u"ghcr.io"_s || (host.startsWith(u"containers."_s) && host.endsWith(u".ghe.com"_s));
}

void RegistryClient::provideUser(const QString& user, UserSource source)
{
    if (!m_running || !m_waitingForUser)
        return;
    m_waitingForUser = false;
    m_evidence.user = user;
    m_evidence.userSource = source;
    m_evidence.waitedForApi = true;
    if (m_discovered)
        authorize();
}

void RegistryClient::cancel()
{
    // The runner's HttpClient::cancelAll() aborts what is in flight; stop waiting for a user too.
    if (m_running && m_waitingForUser) {
        m_waitingForUser = false;
        m_evidence.errorSentence = tr("Cancelled.");
        done();
    }
}

void RegistryClient::discover()
{
    Q_EMIT progress(tr("Asking %1 how to authenticate (GET /v2/)…").arg(m_evidence.host));
    HttpRequest req;
    req.url = registryUrl(u"/v2/"_s);
    send(req, [this](const HttpResponse& r) {
        m_evidence.challengeStatus = r.status;
        const bool plainAllowed = m_request.allowHttpLoopback && HttpClient::isLoopbackHost(hostOnly(m_evidence.host));
        if ((r.failure == HttpResponse::Failure::Tls || r.failure == HttpResponse::Failure::Malformed) &&
            plainAllowed && m_evidence.baseUrl.startsWith(u"https://"_s)) {
            // No TLS on this port of this computer, and plain HTTP was allowed: ask again without TLS.
            m_evidence.baseUrl = u"http://"_s + m_evidence.host;
            discover();
            return;
        }
        if (r.failure != HttpResponse::Failure::None) {
            m_evidence.errorSentence = r.errorSentence;
            done();
            return;
        }
        if (r.status == 200) {
            m_evidence.challengeScheme.clear(); // open registry: no authentication at all
        } else if (r.status == 401) {
            const QList<AuthChallenge> challenges = parseWwwAuthenticate(r.headerValues("www-authenticate"));
            const AuthChallenge* bearer = nullptr;
            const AuthChallenge* basic = nullptr;
            for (const AuthChallenge& c : challenges) {
                if (c.isScheme(u"Bearer"_s) && !bearer)
                    bearer = &c;
                else if (c.isScheme(u"Basic"_s) && !basic)
                    basic = &c;
            }
            if (bearer) {
                m_evidence.challengeScheme = u"Bearer"_s;
                m_evidence.realm = bearer->param(u"realm"_s);
                m_evidence.service = bearer->param(u"service"_s);
                m_evidence.challengeScope = bearer->param(u"scope"_s);
                if (m_evidence.realm.isEmpty()) {
                    m_evidence.errorSentence = tr("%1 asked for a Bearer token but named no realm (token "
                                                  "endpoint) in its WWW-Authenticate header.")
                                                   .arg(m_evidence.host);
                    done();
                    return;
                }
            } else if (basic) {
                m_evidence.challengeScheme = u"Basic"_s;
                m_evidence.realm = basic->param(u"realm"_s);
            } else {
                m_evidence.errorSentence = tr("%1 answered 401 to GET /v2/ without a usable WWW-Authenticate "
                                              "challenge; it does not look like a container registry.")
                                               .arg(m_evidence.host);
                done();
                return;
            }
        } else {
            m_evidence.errorSentence =
                tr("%1 answered %2 to GET /v2/; a Docker Registry v2 answers 200 or 401 there. Is this the right "
                   "registry host?")
                    .arg(m_evidence.host)
                    .arg(r.status);
            done();
            return;
        }
        challengeKnown();
    });
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
    if (m_waitingForUser)
        Q_EMIT progress(tr("Waiting for the GitHub API to tell the user name…"));
    else
        authorize();
    checkPublic();
}

void RegistryClient::startDiscovery(const CheckRequest& resolvedRequest)
{
    CheckRequest request = resolvedRequest;
    request.image.clear();
    m_discoveryOnly = true;
    m_knownChallenge.reset();
    start(request, {}, neutralUser());
}

void RegistryClient::setKnownChallenge(const RegistryEvidence& discovered)
{
    m_knownChallenge = discovered;
}

void RegistryClient::requestToken(const QStringList& actions, TokenCallback callback)
{
    const QUrl realm(m_evidence.realm);
    if (!realmAllowed(realm, m_evidence.host)) {
        HttpResponse refused;
        refused.failure = HttpResponse::Failure::InsecureUrl;
        refused.errorSentence = tr("The registry %1 sent its token endpoint to another host (%2); GHCR Doctor does "
                                   "not send your credentials there.")
                                    .arg(m_evidence.host, realm.host());
        callback(refused, QString());
        return;
    }
    HttpRequest req;
    QUrl url = realm;
    QUrlQuery q(url);
    if (!m_evidence.service.isEmpty())
        q.addQueryItem(u"service"_s, m_evidence.service);
    if (actions.isEmpty()) {
        // A login, as `docker login` does it: no repository scope.
        q.addQueryItem(u"account"_s, m_evidence.user);
        q.addQueryItem(u"client_id"_s, u"ghcr-doctor"_s);
    } else {
        q.addQueryItem(u"scope"_s, formatResourceScope(m_repository, actions));
    }
    url.setQuery(q);
    req.url = url;
    req.basicUser = m_evidence.user;
    req.basicPassword = m_token;
    send(req, [this, callback](const HttpResponse& r) {
        QString registryToken;
        if (r.ok() && r.status == 200) {
            registryToken = tokenFromBody(r.body);
            if (!registryToken.isEmpty()) {
                if (m_redactions)
                    m_redactions->addBearer(registryToken);
                m_registryTokens << registryToken;
            }
        }
        callback(r, registryToken);
    });
}

QString RegistryClient::tokenFromBody(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString token = o.value(u"token"_s).toString();
    return token.isEmpty() ? o.value(u"access_token"_s).toString() : token;
}

HttpRequest RegistryClient::batchTokenRequest(const RegistryEvidence& challenge, const QStringList& repositories,
                                              const QStringList& actions, const QString& user, const QString& token)
{
    HttpRequest req;
    const QUrl realm(challenge.realm);
    if (challenge.challengeScheme != u"Bearer"_s || !realmAllowed(realm, challenge.host))
        return req;
    QUrl url = realm;
    QUrlQuery q(url);
    if (!challenge.service.isEmpty())
        q.addQueryItem(u"service"_s, challenge.service);
    for (const QString& repository : repositories)
        q.addQueryItem(u"scope"_s, formatResourceScope(repository, actions));
    url.setQuery(q);
    req.url = url;
    req.basicUser = user;
    req.basicPassword = token;
    return req;
}

void RegistryClient::authorizeShared()
{
    HttpResponse granted; // what the batch's token request answered, for this image too
    granted.status = 200;
    recordLogin(granted, m_sharedToken);
    m_registryTokens << m_sharedToken;
    QHash<Operation, QString> bearers;
    for (OperationResult& op : m_evidence.operations) {
        if (op.requested && op.operation != Operation::Delete) {
            op.tokenStatus = 200;
            bearers.insert(op.operation, m_sharedToken);
        }
    }
    startProbes(bearers);
}

bool RegistryClient::retryWithOwnToken()
{
    const bool shared = !m_sharedToken.isEmpty();
    m_sharedToken.clear();
    bool unproved = false;
    for (const OperationResult& op : std::as_const(m_evidence.operations)) {
        if (!op.requested || op.operation == Operation::Delete || op.allowed == true)
            continue;
        if (!op.errorSentence.isEmpty())
            return false; // the network failed, not the token: asking again proves nothing more
        unproved = true;
    }
    if (!shared || !unproved || !m_evidence.errorSentence.isEmpty())
        return false;
    for (OperationResult& op : m_evidence.operations) {
        if (op.requested && op.operation != Operation::Delete && op.allowed != true) {
            OperationResult fresh;
            fresh.operation = op.operation;
            fresh.requested = true;
            fresh.basis = OperationBasis::NotRun;
            op = fresh;
        }
    }
    m_evidence.loginOk.reset();
    m_evidence.loginStatus = 0;
    m_evidence.loginCode.clear();
    m_evidence.loginMessage.clear();
    authorize();
    return true;
}

void RegistryClient::authorize()
{
    m_evidence.loginAttempted = true;
    if (m_evidence.challengeScheme.isEmpty()) {
        m_evidence.loginOk = true;
        m_evidence.loginMessage = tr("The registry requires no authentication at all.");
        startProbes({});
        return;
    }
    Q_EMIT progress(tr("Logging in to %1 as %2…").arg(m_evidence.host, m_evidence.user));
    if (m_evidence.challengeScheme == u"Basic"_s) {
        send(probeRequest("GET", u"/v2/"_s, {}), [this](const HttpResponse& r) {
            m_evidence.loginStatus = r.status;
            if (r.failure != HttpResponse::Failure::None) {
                m_evidence.errorSentence = r.errorSentence;
                done();
                return;
            }
            m_evidence.loginOk = (r.status == 200);
            parseRegistryError(r.body, &m_evidence.loginCode, &m_evidence.loginMessage);
            startProbes({});
        });
        return;
    }
    if (!m_sharedToken.isEmpty() && !m_repository.isEmpty()) {
        authorizeShared();
        return;
    }
    QStringList actions;
    if (!m_repository.isEmpty() && m_request.wants(Operation::Pull))
        actions << u"pull"_s;
    if (!m_repository.isEmpty() && m_request.wants(Operation::Push))
        actions = QStringList{u"pull"_s, u"push"_s}; // a registry starts an upload only with both
    if (actions.isEmpty()) {
        login({}); // login only: a token request without a repository scope, as `docker login` does
        return;
    }
    // One token request for every operation, and it is the login too (as `docker pull`/`push` do it).
    requestToken(actions, [this, actions](const HttpResponse& r, const QString& registryToken) {
        recordLogin(r, registryToken);
        for (OperationResult& op : m_evidence.operations)
            if (op.requested && op.operation != Operation::Delete)
                op.tokenStatus = r.status;
        if (r.ok() && r.status == 403) {
            // Refused outright: a registry that does not grant the operations together. Ask for a plain
            // login, then one token per operation.
            m_evidence.loginOk.reset();
            m_evidence.loginCode.clear();
            m_evidence.loginMessage.clear();
            login(tr("The token endpoint refused %1 together (%2); asked for a login and one token per operation.")
                      .arg(actions.join(u','))
                      .arg(r.status));
            return;
        }
        if (m_evidence.loginOk == true) {
            QHash<Operation, QString> bearers;
            for (Operation op : {Operation::Pull, Operation::Push})
                bearers.insert(op, registryToken);
            startProbes(bearers);
            return;
        }
        startProbes({});
    });
}

void RegistryClient::recordLogin(const HttpResponse& r, const QString& registryToken)
{
    m_evidence.loginStatus = r.status;
    if (r.failure != HttpResponse::Failure::None) {
        m_evidence.errorSentence = r.errorSentence;
    } else if (r.status == 200 && !registryToken.isEmpty()) {
        m_evidence.loginOk = true;
    } else if (r.status == 200) {
        m_evidence.loginOk = std::nullopt;
        m_evidence.loginMessage = tr("The token endpoint answered 200 without a token.");
    } else if (r.status == 401 || r.status == 403) {
        m_evidence.loginOk = false;
        parseRegistryError(r.body, &m_evidence.loginCode, &m_evidence.loginMessage);
        if (m_evidence.loginMessage.isEmpty())
            m_evidence.loginMessage = r.errorSentence;
    } else {
        m_evidence.loginOk = std::nullopt;
        parseRegistryError(r.body, &m_evidence.loginCode, &m_evidence.loginMessage);
        m_evidence.errorSentence = r.errorSentence;
    }
}

void RegistryClient::login(const QString& fallbackNote)
{
    requestToken({}, [this, fallbackNote](const HttpResponse& r, const QString& registryToken) {
        recordLogin(r, registryToken);
        if (r.failure == HttpResponse::Failure::Cancelled || m_evidence.loginOk != true || m_repository.isEmpty() ||
            fallbackNote.isEmpty()) {
            startProbes({});
            return;
        }
        // The fallback: one token per operation, concurrently (pull alone, push alone).
        auto bearers = std::make_shared<QHash<Operation, QString>>();
        auto pending = std::make_shared<int>(0);
        QList<Operation> ops;
        for (Operation op : {Operation::Pull, Operation::Push})
            if (m_request.wants(op))
                ops << op;
        *pending = int(ops.size());
        for (Operation op : std::as_const(ops)) {
            result(op)->note = fallbackNote;
            requestToken({operationId(op)}, [this, op, bearers, pending](const HttpResponse& t, const QString& bearer) {
                OperationResult* out = result(op);
                out->tokenStatus = t.status;
                if (t.failure != HttpResponse::Failure::None) {
                    out->basis = OperationBasis::TokenEndpoint;
                    out->errorSentence = t.errorSentence;
                    out->note = t.errorSentence;
                } else if (t.status == 200 && !bearer.isEmpty()) {
                    bearers->insert(op, bearer);
                } else {
                    refusedAtTokenEndpoint(out, t);
                }
                if (--*pending == 0)
                    startProbes(*bearers);
            });
        }
    });
}

void RegistryClient::refusedAtTokenEndpoint(OperationResult* out, const HttpResponse& r)
{
    out->basis = OperationBasis::TokenEndpoint;
    parseRegistryError(r.body, &out->code, &out->message);
    if (r.status == 401 || r.status == 403) {
        out->allowed = false;
        out->httpStatus = r.status;
        out->note = tr("The registry's token endpoint refused a token for %1 (%2): the registry itself "
                       "refused before any probe was possible.")
                        .arg(operationId(out->operation))
                        .arg(r.status);
    } else {
        out->errorSentence = r.status == 200 ? tr("The token endpoint answered 200 without a token.") : r.errorSentence;
        out->note = out->errorSentence;
    }
}

void RegistryClient::startProbes(const QHash<Operation, QString>& bearers)
{
    if (OperationResult* del = result(Operation::Delete); del && del->requested) {
        del->basis = OperationBasis::Scopes;
        del->note = tr("Not probed: the only real test of delete is deleting something. Judged from the "
                       "token's scopes instead.");
    }
    QList<Operation> toProbe;
    if (!m_repository.isEmpty() && m_evidence.errorSentence.isEmpty()) {
        for (Operation op : {Operation::Pull, Operation::Push}) {
            OperationResult* res = result(op);
            if (!m_request.wants(op) || res->allowed.has_value() || !res->errorSentence.isEmpty())
                continue;
            if (m_evidence.loginOk == false) {
                // The registry rejected these credentials outright. Sending them again per operation
                // proves nothing more and counts towards GitHub's lock-out after repeated failures.
                res->allowed = false;
                res->basis = OperationBasis::TokenEndpoint;
                res->tokenStatus = m_evidence.loginStatus;
                res->httpStatus = m_evidence.loginStatus;
                res->code = m_evidence.loginCode;
                res->message = m_evidence.loginMessage;
                res->note = tr("Not probed: the registry refused the login (%1), so %2 is refused too. The rejected "
                               "credentials were not sent again: repeated failures can lock an account out for a "
                               "while.")
                                .arg(m_evidence.loginStatus)
                                .arg(operationId(op));
                continue;
            }
            if (m_evidence.loginOk != true)
                continue;
            if (m_evidence.challengeScheme == u"Bearer"_s && bearers.value(op).isEmpty())
                continue;
            toProbe << op;
        }
    }
    if (toProbe.isEmpty()) {
        done();
        return;
    }
    // Pull and push are independent questions: ask them at the same time.
    m_pendingProbes = int(toProbe.size());
    for (Operation op : std::as_const(toProbe)) {
        if (op == Operation::Pull)
            probePull(result(op), bearers.value(op));
        else
            probePush(result(op), bearers.value(op));
    }
}

void RegistryClient::probeDone()
{
    if (--m_pendingProbes <= 0)
        done();
}

HttpRequest RegistryClient::probeRequest(const QByteArray& method, const QString& path,
                                         const QString& registryToken) const
{
    HttpRequest req;
    req.method = method;
    req.url = path.startsWith(u"http"_s) ? QUrl(path) : registryUrl(path);
    if (m_evidence.challengeScheme == u"Basic"_s) {
        req.basicUser = m_evidence.user;
        req.basicPassword = m_token;
    } else {
        req.bearer = registryToken;
    }
    return req;
}

bool RegistryClient::recordProbeAnswer(OperationResult* res, const HttpResponse& r)
{
    res->elapsedMs += r.elapsedMs;
    res->httpStatus = r.status;
    if (r.failure == HttpResponse::Failure::None)
        return false;
    res->errorSentence = r.errorSentence;
    res->note = r.errorSentence;
    probeDone();
    return true;
}

void RegistryClient::applyAuthFailure(OperationResult* res, const HttpResponse& r)
{
    res->allowed = false;
    res->httpStatus = r.status;
    res->challengeError = challengeErrorOf(r);
    parseRegistryError(r.body, &res->code, &res->message);
    if (res->code.isEmpty() && r.status == 403)
        res->code = u"DENIED"_s;
    res->note = tr("The registry refused %1 with %2%3%4.")
                    .arg(res->probe)
                    .arg(r.status)
                    .arg(res->code.isEmpty() ? QString() : u" "_s + res->code,
                         res->challengeError.isEmpty() ? QString() : u" ("_s + res->challengeError + u')');
}

void RegistryClient::probePull(OperationResult* res, const QString& bearer)
{
    Q_EMIT progress(tr("Probing pull: HEAD manifest %1…").arg(m_evidence.reference));
    HttpRequest req = probeRequest("HEAD", u"/v2/"_s + m_repository + u"/manifests/"_s + m_evidence.reference, bearer);
    req.headers = {{"Accept", manifestAccept}};
    res->probe = u"HEAD /v2/"_s + m_repository + u"/manifests/"_s + m_evidence.reference;
    res->basis = OperationBasis::Probe;
    send(req, [this, res, bearer](const HttpResponse& r) {
        if (recordProbeAnswer(res, r))
            return;
        if (r.status == 200) {
            res->allowed = true;
            m_evidence.referenceExists = true;
            res->note = tr("The registry served the manifest of %1%2%3.")
                            .arg(m_repository, referenceSeparator(m_evidence.reference), m_evidence.reference);
            probeDone();
            return;
        }
        if (r.status == 401 || r.status == 403) {
            applyAuthFailure(res, r);
            probeDone();
            return;
        }
        // 404 (a HEAD has no body to tell MANIFEST_UNKNOWN from NAME_UNKNOWN), 405, …: ask tags/list.
        probePullTags(res, bearer);
    });
}

void RegistryClient::probePullTags(OperationResult* res, const QString& bearer)
{
    const HttpRequest req = probeRequest("GET", u"/v2/"_s + m_repository + u"/tags/list"_s, bearer);
    const int headStatus = res->httpStatus;
    res->probe += u" → "_s + QString::number(headStatus) + u"; GET /v2/"_s + m_repository + u"/tags/list"_s;
    send(req, [this, res, headStatus](const HttpResponse& r) {
        if (recordProbeAnswer(res, r))
            return;
        if (r.status == 200) {
            res->allowed = true;
            if (headStatus == 404) {
                res->code = u"MANIFEST_UNKNOWN"_s;
                m_evidence.referenceExists = false;
                const QJsonArray tags = QJsonDocument::fromJson(r.body).object().value(u"tags"_s).toArray();
                for (const QJsonValue& t : tags) {
                    if (m_evidence.existingTags.size() >= 20)
                        break;
                    const QString tag = t.toString();
                    static const QRegularExpression tagRe(u"^[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,127}$"_s);
                    if (tagRe.match(tag).hasMatch())
                        m_evidence.existingTags << tag;
                }
                res->note = tr("Pull is authorized: the repository's tag list was readable, but the tag “%1” does "
                               "not exist (404 on the manifest). Check the tag name.")
                                .arg(m_evidence.reference);
            } else {
                res->note = tr("The registry listed the repository's tags.");
            }
        } else if (r.status == 401 || r.status == 403) {
            applyAuthFailure(res, r);
        } else if (r.status == 404) {
            parseRegistryError(r.body, &res->code, &res->message);
            if (res->code.isEmpty())
                res->code = u"NAME_UNKNOWN"_s;
            m_evidence.referenceExists = false;
            if (res->code == u"MANIFEST_UNKNOWN"_s) {
                res->allowed = true;
                res->note = tr("Pull is authorized; the tag “%1” does not exist.").arg(m_evidence.reference);
            } else {
                res->note = tr("The registry does not know the repository %1 (404 %2). It may not exist yet, or "
                               "it may be hidden from this account; pull cannot be judged. Check the owner and "
                               "name.")
                                .arg(m_repository, res->code);
            }
        } else {
            parseRegistryError(r.body, &res->code, &res->message);
            res->errorSentence = r.errorSentence;
            res->note = r.errorSentence;
        }
        probeDone();
    });
}

void RegistryClient::probePush(OperationResult* res, const QString& bearer)
{
    Q_EMIT progress(tr("Probing push: starting an empty upload and cancelling it…"));
    HttpRequest req = probeRequest("POST", u"/v2/"_s + m_repository + u"/blobs/uploads/"_s, bearer);
    req.headers = {{"Content-Type", "application/octet-stream"}};
    res->probe = u"POST /v2/"_s + m_repository + u"/blobs/uploads/"_s;
    res->basis = OperationBasis::Probe;
    send(req, [this, res, bearer](const HttpResponse& r) {
        if (recordProbeAnswer(res, r))
            return;
        if (r.status == 401 || r.status == 403) {
            applyAuthFailure(res, r);
            probeDone();
            return;
        }
        if (r.status != 202) {
            parseRegistryError(r.body, &res->code, &res->message);
            res->errorSentence =
                r.errorSentence.isEmpty()
                    ? tr("The registry answered %1 to %2 instead of 202 Accepted.").arg(r.status).arg(res->probe)
                    : r.errorSentence;
            res->note = res->errorSentence;
            probeDone();
            return;
        }
        res->allowed = true;
        res->note = tr("The registry accepted the start of an upload (202): push is allowed. Nothing was uploaded.");
        const QUrl location = registryUrl(u"/"_s).resolved(QUrl(QString::fromUtf8(r.header("location"))));
        const QUrl base = registryUrl(u"/"_s);
        if (location.isEmpty() || location.host() != base.host() || location.port() != base.port() ||
            r.header("location").isEmpty()) {
            res->cancelNote = tr("The registry gave no upload location on its own host to cancel; the empty "
                                 "upload expires by itself.");
            probeDone();
            return;
        }
        if (m_cancelRefusal && *m_cancelRefusal != 0) {
            res->cancelNote = tr("No cancel sent: the registry answered %1 to this run's first one (ghcr.io cannot "
                                 "cancel an upload). The empty upload expires by itself.")
                                  .arg(*m_cancelRefusal);
            probeDone();
            return;
        }
        // The cancel is housekeeping, not evidence: send it, and let the verdict wait for its answer only a
        // short grace (see done()).
        const HttpRequest cancel = probeRequest("DELETE", location.toString(), bearer);
        res->cancelProbe = u"DELETE "_s + location.path();
        res->cancelNote = tr("The cancel of the empty upload was sent; its answer was not awaited (the empty upload "
                             "expires by itself).");
        m_cancelOutstanding = true;
        ++m_pendingSideChecks;
        // The run learns a 405 even after this image's verdict is in and its client is gone: the job belongs to
        // the HTTP client, and only the learning outlives this client (finish() disconnects the rest).
        m_cancelJob = m_http->send(cancel, m_http);
        if (m_cancelRefusal)
            connect(m_cancelJob, &HttpJob::finished, m_http, [learn = m_cancelRefusal](const HttpResponse& c) {
                if (c.ok() && c.status == 405)
                    *learn = c.status;
            });
        connect(m_cancelJob, &HttpJob::finished, this, [this, res](const HttpResponse& c) {
            if (!m_cancelOutstanding)
                return; // the grace is over: the verdict did not wait
            m_cancelOutstanding = false;
            res->cancelStatus = c.status;
            if (c.status >= 200 && c.status < 300)
                res->cancelNote = tr("The empty upload was cancelled (%1).").arg(c.status);
            else if (c.status != 0)
                res->cancelNote = tr("The registry did not let us cancel the empty upload (%1%2); that is not a "
                                     "push failure — some registries need the delete right to cancel, ghcr.io "
                                     "answers 405. The empty upload expires by itself.")
                                      .arg(c.status)
                                      .arg(challengeErrorOf(c).isEmpty() ? QString() : u" "_s + challengeErrorOf(c));
            else if (c.failure != HttpResponse::Failure::Cancelled)
                res->cancelNote =
                    tr("Cancelling the empty upload failed (%1); it expires by itself.").arg(c.errorSentence);
            sideCheckDone();
        });
        probeDone();
    });
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
    if (m_visibilityPending && !m_repository.isEmpty()) {
        m_waitingVisibility = true;
        ++m_pendingSideChecks;
        return;
    }
    if (!m_knownVisibility.isEmpty() && !m_repository.isEmpty()) {
        // GitHub's packages API listed it: no need to ask the registry anonymously.
        m_evidence.publicImage = m_knownVisibility == u"public"_s;
        m_evidence.publicEvidence = tr("GitHub's packages API lists it as %1").arg(m_knownVisibility);
        return;
    }
    if (m_repository.isEmpty() || m_evidence.challengeScheme != u"Bearer"_s ||
        !realmAllowed(QUrl(m_evidence.realm), m_evidence.host))
        return;
    // No credentials at all: what `docker pull` does after `docker logout`.
    ++m_pendingSideChecks;
    QUrl url(m_evidence.realm);
    QUrlQuery q(url);
    if (!m_evidence.service.isEmpty())
        q.addQueryItem(u"service"_s, m_evidence.service);
    q.addQueryItem(u"scope"_s, formatResourceScope(m_repository, {u"pull"_s}));
    url.setQuery(q);
    HttpRequest tokenRequest;
    tokenRequest.url = url;
    send(tokenRequest, [this](const HttpResponse& r) {
        if (!r.ok()) {
            sideCheckDone();
            return;
        }
        const QString anonymous = QString::number(r.status);
        if (r.status == 401 || r.status == 403) {
            m_evidence.publicImage = false;
            m_evidence.publicEvidence = tr("anonymous token request → %1").arg(anonymous);
            sideCheckDone();
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QString bearer = o.value(u"token"_s).toString();
        if (bearer.isEmpty())
            bearer = o.value(u"access_token"_s).toString();
        if (r.status != 200 || bearer.isEmpty() || bearer.size() > 16 * 1024) {
            sideCheckDone();
            return;
        }
        if (m_redactions)
            m_redactions->addBearer(bearer);
        else
            Redactor::registerSecret(bearer);
        m_registryTokens << bearer;
        HttpRequest head;
        head.method = "HEAD";
        head.url = registryUrl(u"/v2/"_s + m_repository + u"/manifests/"_s + m_evidence.reference);
        head.headers = {{"Accept", manifestAccept}};
        head.bearer = bearer;
        send(head, [this, anonymous](const HttpResponse& h) {
            if (h.ok() && (h.status == 200 || h.status == 401 || h.status == 403)) {
                m_evidence.publicImage = h.status == 200;
                m_evidence.publicEvidence =
                    tr("anonymous token request → %1; anonymous HEAD manifest → %2").arg(anonymous).arg(h.status);
            }
            sideCheckDone();
        });
    });
}

void RegistryClient::done()
{
    if (!m_running || m_mainDone)
        return;
    if (!m_sharedToken.isEmpty() && retryWithOwnToken())
        return;
    m_mainDone = true;
    if (m_pendingSideChecks == 0) {
        finish();
        return;
    }
    if (m_cancelOutstanding) {
        QTimer::singleShot(cancelGraceMs, this, [this] {
            if (m_running && m_cancelOutstanding) {
                m_cancelOutstanding = false;
                sideCheckDone();
            }
        });
    }
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
    // Nothing may answer into the evidence once it is out: the requests still in flight (a cancel past its grace,
    // a check cancelled while waiting for the user) are dropped.
    if (m_cancelJob)
        m_cancelJob->disconnect(this);
    for (HttpJob* job : findChildren<HttpJob*>(Qt::FindDirectChildrenOnly))
        job->abort();
    m_evidence.elapsedMs = m_clock.elapsed();
    // Every server-controlled string in the evidence, cleaned of the registry tokens received.
    m_evidence.realm = Redactor::redact(m_evidence.realm, m_registryTokens);
    m_evidence.service = Redactor::redact(m_evidence.service, m_registryTokens);
    m_evidence.challengeScope = Redactor::redact(m_evidence.challengeScope, m_registryTokens);
    m_evidence.loginCode = Redactor::redact(m_evidence.loginCode, m_registryTokens);
    m_evidence.errorSentence = Redactor::redact(m_evidence.errorSentence, m_registryTokens);
    m_evidence.loginMessage = Redactor::redact(m_evidence.loginMessage, m_registryTokens);
    for (OperationResult& op : m_evidence.operations) {
        op.code = Redactor::redact(op.code, m_registryTokens);
        op.message = Redactor::redact(op.message, m_registryTokens);
        op.challengeError = Redactor::redact(op.challengeError, m_registryTokens);
        op.note = Redactor::redact(op.note, m_registryTokens);
        op.cancelNote = Redactor::redact(op.cancelNote, m_registryTokens);
        op.errorSentence = Redactor::redact(op.errorSentence, m_registryTokens);
    }
    for (QString& t : m_registryTokens)
        t.fill(u'\0');
    m_registryTokens.clear();
    m_token.clear();
    const RegistryEvidence evidence = m_evidence;
    Q_EMIT finished(evidence);
}

} // namespace ghcr
