#include "app/core/probes/RegistryState.h"

#include "app/core/net/WwwAuthenticate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

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

/// A 429 that is not retried: a failure that says the registry is busy (not a token problem).
HttpResponse busy(RegistryState* state, const HttpResponse& r, double wait)
{
    HttpResponse out = r;
    out.failure = HttpResponse::Failure::Other;
    RegistryEvidence& e = state->evidence;
    e.rateLimited = true;
    e.retryAfterSeconds = wait < 0 ? -1 : int(wait + 0.999);
    out.errorSentence = wait < 0 ? QCoreApplication::translate("ghcr::RegistryClient",
                                                               "The registry %1 is busy (429 Too Many Requests) — not "
                                                               "a token problem; try again in a minute.")
                                       .arg(e.host)
                                 : QCoreApplication::translate("ghcr::RegistryClient",
                                                               "The registry %1 is busy (429 Too Many Requests) — not "
                                                               "a token problem; try again in %2 s.")
                                       .arg(e.host)
                                       .arg(e.retryAfterSeconds);
    return out;
}

} // namespace

OperationResult* RegistryState::result(Operation op)
{
    for (OperationResult& r : evidence.operations)
        if (r.operation == op)
            return &r;
    return nullptr;
}

QUrl RegistryState::url(const QString& path) const
{
    return QUrl(evidence.baseUrl + path);
}

HttpRequest RegistryState::registryRequest(const QByteArray& method, const QString& pathOrUrl,
                                           const QString& registryToken) const
{
    HttpRequest req;
    req.method = method;
    req.url = pathOrUrl.startsWith(u"http"_s) ? QUrl(pathOrUrl) : url(pathOrUrl);
    if (evidence.challengeScheme == u"Basic"_s) {
        req.basicUser = evidence.user;
        req.basicPassword = token;
    } else {
        req.bearer = registryToken;
    }
    return req;
}

void RegistryState::keepRegistryToken(const QString& registryToken)
{
    if (redactions)
        redactions->addBearer(registryToken);
    registryTokens << registryToken;
}

void sendToRegistry(RegistryState* state, QObject* owner, const HttpRequest& request,
                    const std::function<void(const HttpResponse&)>& onAnswer)
{
    HttpJob* job = state->http->send(request, owner);
    QObject::connect(job, &HttpJob::finished, owner, [state, owner, request, onAnswer](const HttpResponse& r) {
        if (!r.ok() || r.status != 429) {
            onAnswer(r);
            return;
        }
        // ghcr.io's rate limit usually asks for milliseconds: honour a short wait once, never a long one.
        const double wait = retryAfterSeconds(r);
        if (wait >= 0 && wait <= RegistryState::maxRetryAfterSeconds && !state->retried.contains(request.url)) {
            state->retried.insert(request.url);
            QTimer::singleShot(int(wait * 1000) + 1, owner, [state, owner, request, onAnswer] {
                if (!state->over)
                    sendToRegistry(state, owner, request, onAnswer);
            });
            return;
        }
        onAnswer(busy(state, r, wait));
    });
}

bool parseRegistryError(const QByteArray& body, QString* code, QString* message)
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

QString challengeErrorOf(const HttpResponse& r)
{
    for (const AuthChallenge& c : parseWwwAuthenticate(r.headerValues("www-authenticate")))
        if (!c.param(u"error"_s).isEmpty())
            return Redactor::redact(c.param(u"error"_s)).left(100);
    return {};
}

QByteArray manifestAccept()
{
    return QByteArrayLiteral("application/vnd.oci.image.index.v1+json, "
                             "application/vnd.oci.image.manifest.v1+json, "
                             "application/vnd.docker.distribution.manifest.list.v2+json, "
                             "application/vnd.docker.distribution.manifest.v2+json");
}

QString registryHostOnly(const QString& hostPort)
{
    // "ghcr.io", "127.0.0.1:5000", "[::1]:5000"
    if (hostPort.startsWith(u'[')) {
        const qsizetype end = hostPort.indexOf(u']');
        return end > 0 ? hostPort.mid(1, end - 1) : hostPort;
    }
    const qsizetype colon = hostPort.lastIndexOf(u':');
    return (colon > 0 && hostPort.count(u':') == 1) ? hostPort.left(colon) : hostPort;
}

} // namespace ghcr
