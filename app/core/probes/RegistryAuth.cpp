#include "app/core/probes/RegistryAuth.h"

#include "app/core/net/WwwAuthenticate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ghcr {

RegistryAuth::RegistryAuth(RegistryState* state, QObject* parent)
    : QObject(parent)
    , m_state(state)
{
}

bool RegistryAuth::dropSharedToken()
{
    const bool had = !m_sharedToken.isEmpty();
    m_sharedToken.clear();
    return had;
}

bool RegistryAuth::realmAllowed(const QUrl& realm, const QString& registryHost)
{
    if (!realm.isValid() || realm.host().isEmpty())
        return false;
    // Defence in depth: HttpClient refuses plain HTTP too, but a realm must never be considered at all
    // unless it is https (or http on loopback, which HttpClient allows only when asked).
    if (realm.scheme() != u"https"_s && !(realm.scheme() == u"http"_s && HttpClient::isLoopbackHost(realm.host())))
        return false;
    const QString realmHost = realm.host().toLower();
    const QString regHost = registryHostOnly(registryHost).toLower();
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

bool RegistryAuth::acceptsAnyUser(const QString& registryHost)
{
    const QString host = registryHostOnly(registryHost).toLower();
    return host == u"ghcr.io"_s || (host.startsWith(u"containers."_s) && host.endsWith(u".ghe.com"_s));
}

QString RegistryAuth::tokenFromBody(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString token = o.value(u"token"_s).toString();
    return token.isEmpty() ? o.value(u"access_token"_s).toString() : token;
}

HttpRequest RegistryAuth::batchTokenRequest(const RegistryEvidence& challenge, const QStringList& repositories,
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

void RegistryAuth::discover()
{
    Q_EMIT progress(tr("Asking %1 how to authenticate (GET /v2/)…").arg(m_state->evidence.host));
    HttpRequest req;
    req.url = m_state->url(u"/v2/"_s);
    sendToRegistry(m_state, this, req, [this](const HttpResponse& r) {
        m_state->evidence.challengeStatus = r.status;
        const bool plainAllowed =
            m_state->request.allowHttpLoopback && HttpClient::isLoopbackHost(registryHostOnly(m_state->evidence.host));
        if ((r.failure == HttpResponse::Failure::Tls || r.failure == HttpResponse::Failure::Malformed) &&
            plainAllowed && m_state->evidence.baseUrl.startsWith(u"https://"_s)) {
            // No TLS on this port of this computer, and plain HTTP was allowed: ask again without TLS.
            m_state->evidence.baseUrl = u"http://"_s + m_state->evidence.host;
            discover();
            return;
        }
        if (r.failure != HttpResponse::Failure::None) {
            m_state->evidence.errorSentence = r.errorSentence;
            Q_EMIT failed();
            return;
        }
        if (r.status == 200) {
            m_state->evidence.challengeScheme.clear(); // open registry: no authentication at all
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
                m_state->evidence.challengeScheme = u"Bearer"_s;
                m_state->evidence.realm = bearer->param(u"realm"_s);
                m_state->evidence.service = bearer->param(u"service"_s);
                m_state->evidence.challengeScope = bearer->param(u"scope"_s);
                if (m_state->evidence.realm.isEmpty()) {
                    m_state->evidence.errorSentence = tr("%1 asked for a Bearer token but named no realm (token "
                                                         "endpoint) in its WWW-Authenticate header.")
                                                          .arg(m_state->evidence.host);
                    Q_EMIT failed();
                    return;
                }
            } else if (basic) {
                m_state->evidence.challengeScheme = u"Basic"_s;
                m_state->evidence.realm = basic->param(u"realm"_s);
            } else {
                m_state->evidence.errorSentence = tr("%1 answered 401 to GET /v2/ without a usable WWW-Authenticate "
                                                     "challenge; it does not look like a container registry.")
                                                      .arg(m_state->evidence.host);
                Q_EMIT failed();
                return;
            }
        } else {
            m_state->evidence.errorSentence =
                tr("%1 answered %2 to GET /v2/; a Docker Registry v2 answers 200 or 401 there. Is this the right "
                   "registry host?")
                    .arg(m_state->evidence.host)
                    .arg(r.status);
            Q_EMIT failed();
            return;
        }
        Q_EMIT discovered();
    });
}

void RegistryAuth::requestToken(const QStringList& actions, TokenCallback callback)
{
    const QUrl realm(m_state->evidence.realm);
    if (!realmAllowed(realm, m_state->evidence.host)) {
        HttpResponse refused;
        refused.failure = HttpResponse::Failure::InsecureUrl;
        refused.errorSentence = tr("The registry %1 sent its token endpoint to another host (%2); GHCR Doctor does "
                                   "not send your credentials there.")
                                    .arg(m_state->evidence.host, realm.host());
        callback(refused, QString());
        return;
    }
    HttpRequest req;
    QUrl url = realm;
    QUrlQuery q(url);
    if (!m_state->evidence.service.isEmpty())
        q.addQueryItem(u"service"_s, m_state->evidence.service);
    if (actions.isEmpty()) {
        // A login, as `docker login` does it: no repository scope.
        q.addQueryItem(u"account"_s, m_state->evidence.user);
        q.addQueryItem(u"client_id"_s, u"ghcr-doctor"_s);
    } else {
        q.addQueryItem(u"scope"_s, formatResourceScope(m_state->repository, actions));
    }
    url.setQuery(q);
    req.url = url;
    req.basicUser = m_state->evidence.user;
    req.basicPassword = m_state->token;
    sendToRegistry(m_state, this, req, [this, callback](const HttpResponse& r) {
        QString registryToken;
        if (r.ok() && r.status == 200) {
            registryToken = tokenFromBody(r.body);
            if (!registryToken.isEmpty()) {
                m_state->keepRegistryToken(registryToken);
            }
        }
        callback(r, registryToken);
    });
}

void RegistryAuth::authorizeShared()
{
    HttpResponse granted; // what the batch's token request answered, for this image too
    granted.status = 200;
    recordLogin(granted, m_sharedToken);
    m_state->registryTokens << m_sharedToken;
    QHash<Operation, QString> bearers;
    for (OperationResult& op : m_state->evidence.operations) {
        if (op.requested && op.operation != Operation::Delete) {
            op.tokenStatus = 200;
            bearers.insert(op.operation, m_sharedToken);
        }
    }
    Q_EMIT authorized(bearers);
}

void RegistryAuth::authorize()
{
    m_state->evidence.loginAttempted = true;
    if (m_state->evidence.challengeScheme.isEmpty()) {
        m_state->evidence.loginOk = true;
        m_state->evidence.loginMessage = tr("The registry requires no authentication at all.");
        Q_EMIT authorized({});
        return;
    }
    Q_EMIT progress(tr("Logging in to %1 as %2…").arg(m_state->evidence.host, m_state->evidence.user));
    if (m_state->evidence.challengeScheme == u"Basic"_s) {
        sendToRegistry(m_state, this, m_state->registryRequest("GET", u"/v2/"_s, {}), [this](const HttpResponse& r) {
            m_state->evidence.loginStatus = r.status;
            if (r.failure != HttpResponse::Failure::None) {
                m_state->evidence.errorSentence = r.errorSentence;
                Q_EMIT failed();
                return;
            }
            m_state->evidence.loginOk = (r.status == 200);
            parseRegistryError(r.body, &m_state->evidence.loginCode, &m_state->evidence.loginMessage);
            Q_EMIT authorized({});
        });
        return;
    }
    if (!m_sharedToken.isEmpty() && !m_state->repository.isEmpty()) {
        authorizeShared();
        return;
    }
    QStringList actions;
    if (!m_state->repository.isEmpty() && m_state->request.wants(Operation::Pull))
        actions << u"pull"_s;
    if (!m_state->repository.isEmpty() && m_state->request.wants(Operation::Push))
        actions = QStringList{u"pull"_s, u"push"_s}; // a registry starts an upload only with both
    if (actions.isEmpty()) {
        login({}); // login only: a token request without a repository scope, as `docker login` does
        return;
    }
    // One token request for every operation, and it is the login too (as `docker pull`/`push` do it).
    requestToken(actions, [this, actions](const HttpResponse& r, const QString& registryToken) {
        recordLogin(r, registryToken);
        for (OperationResult& op : m_state->evidence.operations)
            if (op.requested && op.operation != Operation::Delete)
                op.tokenStatus = r.status;
        if (r.ok() && r.status == 403) {
            // Refused outright: a registry that does not grant the operations together. Ask for a plain
            // login, then one token per operation.
            m_state->evidence.loginOk.reset();
            m_state->evidence.loginCode.clear();
            m_state->evidence.loginMessage.clear();
            login(tr("The token endpoint refused %1 together (%2); asked for a login and one token per operation.")
                      .arg(actions.join(u','))
                      .arg(r.status));
            return;
        }
        if (m_state->evidence.loginOk == true) {
            QHash<Operation, QString> bearers;
            for (Operation op : {Operation::Pull, Operation::Push})
                bearers.insert(op, registryToken);
            Q_EMIT authorized(bearers);
            return;
        }
        Q_EMIT authorized({});
    });
}

void RegistryAuth::recordLogin(const HttpResponse& r, const QString& registryToken)
{
    m_state->evidence.loginStatus = r.status;
    if (r.failure != HttpResponse::Failure::None) {
        m_state->evidence.errorSentence = r.errorSentence;
    } else if (r.status == 200 && !registryToken.isEmpty()) {
        m_state->evidence.loginOk = true;
    } else if (r.status == 200) {
        m_state->evidence.loginOk = std::nullopt;
        m_state->evidence.loginMessage = tr("The token endpoint answered 200 without a token.");
    } else if (r.status == 401 || r.status == 403) {
        m_state->evidence.loginOk = false;
        parseRegistryError(r.body, &m_state->evidence.loginCode, &m_state->evidence.loginMessage);
        if (m_state->evidence.loginMessage.isEmpty())
            m_state->evidence.loginMessage = r.errorSentence;
    } else {
        m_state->evidence.loginOk = std::nullopt;
        parseRegistryError(r.body, &m_state->evidence.loginCode, &m_state->evidence.loginMessage);
        m_state->evidence.errorSentence = r.errorSentence;
    }
}

void RegistryAuth::login(const QString& fallbackNote)
{
    requestToken({}, [this, fallbackNote](const HttpResponse& r, const QString& registryToken) {
        recordLogin(r, registryToken);
        if (r.failure == HttpResponse::Failure::Cancelled || m_state->evidence.loginOk != true ||
            m_state->repository.isEmpty() || fallbackNote.isEmpty()) {
            Q_EMIT authorized({});
            return;
        }
        // The fallback: one token per operation, concurrently (pull alone, push alone).
        auto bearers = std::make_shared<QHash<Operation, QString>>();
        auto pending = std::make_shared<int>(0);
        QList<Operation> ops;
        for (Operation op : {Operation::Pull, Operation::Push})
            if (m_state->request.wants(op))
                ops << op;
        *pending = int(ops.size());
        for (Operation op : std::as_const(ops)) {
            m_state->result(op)->note = fallbackNote;
            requestToken({operationId(op)}, [this, op, bearers, pending](const HttpResponse& t, const QString& bearer) {
                OperationResult* out = m_state->result(op);
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
                    Q_EMIT authorized(*bearers);
            });
        }
    });
}

void RegistryAuth::refusedAtTokenEndpoint(OperationResult* out, const HttpResponse& r)
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

} // namespace ghcr
