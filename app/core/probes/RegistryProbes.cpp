#include "app/core/probes/RegistryProbes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ghcr {

namespace {

/// "@" before a digest, ":" before a tag.
QString referenceSeparator(const QString& reference)
{
    return reference.startsWith(u"sha256:"_s) ? u"@"_s : u":"_s;
}

} // namespace

RegistryProbes::RegistryProbes(RegistryState* state, QObject* parent)
    : QObject(parent)
    , m_state(state)
{
}

void RegistryProbes::start(const Bearers& bearers)
{
    if (OperationResult* del = m_state->result(Operation::Delete); del && del->requested) {
        del->basis = OperationBasis::Scopes;
        del->note = tr("Not probed: the only real test of delete is deleting something. Judged from the "
                       "token's scopes instead.");
    }
    QList<Operation> toProbe;
    if (!m_state->repository.isEmpty() && m_state->evidence.errorSentence.isEmpty()) {
        for (Operation op : {Operation::Pull, Operation::Push}) {
            OperationResult* res = m_state->result(op);
            if (!m_state->request.wants(op) || res->allowed.has_value() || !res->errorSentence.isEmpty())
                continue;
            if (m_state->evidence.loginOk == false) {
                // The registry rejected these credentials outright. Sending them again per operation
                // proves nothing more and counts towards GitHub's lock-out after repeated failures.
                res->allowed = false;
                res->basis = OperationBasis::TokenEndpoint;
                res->tokenStatus = m_state->evidence.loginStatus;
                res->httpStatus = m_state->evidence.loginStatus;
                res->code = m_state->evidence.loginCode;
                res->message = m_state->evidence.loginMessage;
                res->note = tr("Not probed: the registry refused the login (%1), so %2 is refused too. The rejected "
                               "credentials were not sent again: repeated failures can lock an account out for a "
                               "while.")
                                .arg(m_state->evidence.loginStatus)
                                .arg(operationId(op));
                continue;
            }
            if (m_state->evidence.loginOk != true)
                continue;
            if (m_state->evidence.challengeScheme == u"Bearer"_s && bearers.value(op).isEmpty())
                continue;
            toProbe << op;
        }
    }
    if (toProbe.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    // Pull and push are independent questions: ask them at the same time.
    m_pendingProbes = int(toProbe.size());
    for (Operation op : std::as_const(toProbe)) {
        if (op == Operation::Pull)
            probePull(bearers.value(op));
        else
            probePush(bearers.value(op));
    }
}

bool RegistryProbes::recordProbeAnswer(OperationResult* res, const HttpResponse& r)
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

void RegistryProbes::applyAuthFailure(OperationResult* res, const HttpResponse& r)
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

void RegistryProbes::probePull(const QString& bearer)
{
    OperationResult* asked = m_state->result(Operation::Pull);
    Q_EMIT progress(tr("Probing pull: HEAD manifest %1…").arg(m_state->evidence.reference));
    HttpRequest req = m_state->registryRequest(
        "HEAD", u"/v2/"_s + m_state->repository + u"/manifests/"_s + m_state->evidence.reference, bearer);
    req.headers = {{"Accept", manifestAccept()}};
    asked->probe = u"HEAD /v2/"_s + m_state->repository + u"/manifests/"_s + m_state->evidence.reference;
    asked->basis = OperationBasis::Probe;
    sendToRegistry(m_state, this, req, [this, bearer](const HttpResponse& r) {
        OperationResult* res = m_state->result(Operation::Pull);
        if (recordProbeAnswer(res, r))
            return;
        if (r.status == 200) {
            res->allowed = true;
            m_state->evidence.referenceExists = true;
            res->note =
                tr("The registry served the manifest of %1%2%3.")
                    .arg(m_state->named, referenceSeparator(m_state->evidence.reference), m_state->evidence.reference);
            probeDone();
            return;
        }
        if (r.status == 401 || r.status == 403) {
            applyAuthFailure(res, r);
            probeDone();
            return;
        }
        // 404 (a HEAD has no body to tell MANIFEST_UNKNOWN from NAME_UNKNOWN), 405, …: ask tags/list.
        probePullTags(bearer);
    });
}

void RegistryProbes::probePullTags(const QString& bearer)
{
    OperationResult* asked = m_state->result(Operation::Pull);
    const HttpRequest req = m_state->registryRequest("GET", u"/v2/"_s + m_state->repository + u"/tags/list"_s, bearer);
    const int headStatus = asked->httpStatus;
    asked->probe += u" → "_s + QString::number(headStatus) + u"; GET /v2/"_s + m_state->repository + u"/tags/list"_s;
    sendToRegistry(m_state, this, req, [this, headStatus](const HttpResponse& r) {
        OperationResult* res = m_state->result(Operation::Pull);
        if (recordProbeAnswer(res, r))
            return;
        if (r.status == 200) {
            res->allowed = true;
            if (headStatus == 404) {
                res->code = u"MANIFEST_UNKNOWN"_s;
                m_state->evidence.referenceExists = false;
                const QJsonArray tags = QJsonDocument::fromJson(r.body).object().value(u"tags"_s).toArray();
                for (const QJsonValue& t : tags) {
                    if (m_state->evidence.existingTags.size() >= 20)
                        break;
                    const QString tag = t.toString();
                    static const QRegularExpression tagRe(u"^[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,127}$"_s);
                    if (tagRe.match(tag).hasMatch())
                        m_state->evidence.existingTags << tag;
                }
                res->note = tr("Pull is authorized: the repository's tag list was readable, but the tag “%1” does "
                               "not exist (404 on the manifest). Check the tag name.")
                                .arg(m_state->evidence.reference);
            } else {
                res->note = tr("The registry listed the repository's tags.");
            }
        } else if (r.status == 401 || r.status == 403) {
            applyAuthFailure(res, r);
        } else if (r.status == 404) {
            parseRegistryError(r.body, &res->code, &res->message);
            if (res->code.isEmpty())
                res->code = u"NAME_UNKNOWN"_s;
            m_state->evidence.referenceExists = false;
            if (res->code == u"MANIFEST_UNKNOWN"_s) {
                res->allowed = true;
                res->note = tr("Pull is authorized; the tag “%1” does not exist.").arg(m_state->evidence.reference);
            } else {
                res->note = tr("The registry does not know the repository %1 (404 %2). It may not exist yet, or "
                               "it may be hidden from this account; pull cannot be judged. Check the owner and "
                               "name.")
                                .arg(m_state->named, res->code);
            }
        } else {
            parseRegistryError(r.body, &res->code, &res->message);
            res->errorSentence = r.errorSentence;
            res->note = r.errorSentence;
        }
        probeDone();
    });
}

void RegistryProbes::probePush(const QString& bearer)
{
    OperationResult* asked = m_state->result(Operation::Push);
    Q_EMIT progress(tr("Probing push: starting an empty upload and cancelling it…"));
    HttpRequest req = m_state->registryRequest("POST", u"/v2/"_s + m_state->repository + u"/blobs/uploads/"_s, bearer);
    req.headers = {{"Content-Type", "application/octet-stream"}};
    asked->probe = u"POST /v2/"_s + m_state->repository + u"/blobs/uploads/"_s;
    asked->basis = OperationBasis::Probe;
    sendToRegistry(m_state, this, req, [this, bearer](const HttpResponse& r) {
        OperationResult* res = m_state->result(Operation::Push);
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
        const QUrl location = m_state->url(u"/"_s).resolved(QUrl(QString::fromUtf8(r.header("location"))));
        const QUrl base = m_state->url(u"/"_s);
        if (location.isEmpty() || location.host() != base.host() || location.port() != base.port() ||
            r.header("location").isEmpty()) {
            res->cancelNote = tr("The registry gave no upload location on its own host to cancel; the empty "
                                 "upload expires by itself.");
            probeDone();
            return;
        }
        decideCancel(location, bearer);
    });
}

void RegistryProbes::decideCancel(const QUrl& location, const QString& bearer)
{
    if (m_cancelRefusal && m_cancelRefusal->refusedStatus != 0) {
        m_state->result(Operation::Push)->cancelNote =
            tr("No cancel sent: the registry answered %1 to this run's first one (ghcr.io cannot "
               "cancel an upload). The empty upload expires by itself.")
                .arg(m_cancelRefusal->refusedStatus);
        probeDone();
        return;
    }
    if (m_cancelRefusal && m_cancelRefusal->first && !m_cancelRefusal->firstAnswered) {
        // Whether this registry can cancel at all is known in a round trip: a cancel sent now would take a
        // request slot from the other images for nothing on ghcr.io.
        connect(m_cancelRefusal->first, &HttpJob::finished, this, [this, location, bearer](const HttpResponse& r) {
            if (r.failure == HttpResponse::Failure::Cancelled || m_cancelRefusal->runOver)
                probeDone(); // the run was cancelled (maybe by an image this answer finished): nothing more is sent
            else
                decideCancel(location, bearer);
        });
        return;
    }
    sendCancel(location, bearer);
    probeDone();
}

void RegistryProbes::sendCancel(const QUrl& location, const QString& bearer)
{
    // The cancel is housekeeping, not evidence: send it, and let the verdict wait for its answer only a short
    // grace (see waitForCancel()).
    OperationResult* res = m_state->result(Operation::Push);
    const HttpRequest cancel = m_state->registryRequest("DELETE", location.toString(), bearer);
    res->cancelProbe = u"DELETE "_s + location.path();
    res->cancelNote = tr("The cancel of the empty upload was sent; its answer was not awaited (the empty upload "
                         "expires by itself).");
    m_cancelOutstanding = true;
    Q_EMIT cancelSent();
    // The run learns a 405 even after this image's verdict is in and its probes are gone: the job belongs to the
    // HTTP client, and only the learning outlives the probes (forgetCancel() disconnects the rest).
    HttpClient* http = m_state->http;
    m_cancelJob = http->send(cancel, http);
    if (m_cancelRefusal && !m_cancelRefusal->first)
        m_cancelRefusal->first = m_cancelJob; // connected before any image waits for it: it learns first
    if (m_cancelRefusal)
        connect(m_cancelJob, &HttpJob::finished, http,
                [learn = m_cancelRefusal, job = m_cancelJob](const HttpResponse& c) {
                    learn->firstAnswered = learn->firstAnswered || learn->first == job;
                    if (c.ok() && c.status == 405)
                        learn->refusedStatus = c.status;
                });
    connect(m_cancelJob, &HttpJob::finished, this, &RegistryProbes::cancelAnswered);
}

void RegistryProbes::cancelAnswered(const HttpResponse& c)
{
    if (!m_cancelOutstanding)
        return; // the grace is over: the verdict did not wait
    m_cancelOutstanding = false;
    OperationResult* res = m_state->result(Operation::Push);
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
        res->cancelNote = tr("Cancelling the empty upload failed (%1); it expires by itself.").arg(c.errorSentence);
    Q_EMIT cancelSettled();
}

void RegistryProbes::waitForCancel()
{
    if (!m_cancelOutstanding)
        return;
    QTimer::singleShot(cancelGraceMs, this, [this] {
        if (m_cancelOutstanding) {
            m_cancelOutstanding = false;
            Q_EMIT cancelSettled();
        }
    });
}

void RegistryProbes::forgetCancel()
{
    if (m_cancelJob)
        m_cancelJob->disconnect(this);
    m_cancelOutstanding = false;
}

void RegistryProbes::probeDone()
{
    if (--m_pendingProbes <= 0)
        Q_EMIT finished();
}

} // namespace ghcr
