#pragma once

#include "app/core/model/CheckRequest.h"
#include "app/core/model/Evidence.h"
#include "app/core/net/HttpClient.h"
#include "app/core/token/Redactor.h"

#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

namespace ghcr {

/// One check's registry side as its parts share it (RegistryClient runs it, RegistryAuth authenticates,
/// RegistryProbes probes): what was asked, the credentials, and the evidence being built.
struct RegistryState
{
    HttpClient* http = nullptr;
    CheckRequest request;
    QString token;      ///< the user's token (secret)
    QString repository; ///< what is probed (the image's lint applied); empty: nothing to probe
    QString named;      ///< the repository as the user spelled it (ImageLint::named): what the notes say
    RegistryEvidence evidence;
    QStringList registryTokens; ///< secrets received, wiped when done (the redaction set keeps them)
    std::shared_ptr<RedactionSet> redactions;
    QSet<QUrl> retried; ///< requests already retried once after a 429
    bool over = false;  ///< the evidence is out: nothing more is sent

    OperationResult* result(Operation op);
    QUrl url(const QString& path) const;
    /// A request to the registry with the check's credentials: Basic (user + token) under a Basic challenge,
    /// else the registry token as bearer. `pathOrUrl` is a path under the registry or a whole URL.
    HttpRequest registryRequest(const QByteArray& method, const QString& pathOrUrl, const QString& registryToken) const;
    /// A registry token received: a secret of the check from now on.
    void keepRegistryToken(const QString& registryToken);

    /// Seconds a 429 may ask to wait and still be retried (once).
    static constexpr double maxRetryAfterSeconds = 2.0;
};

/// Every registry request goes through here: a 429 with a short Retry-After (≤ 2 s) is retried once; any other
/// 429 comes back as a failure that says the registry is busy. The job is `owner`'s child and `onAnswer` runs in
/// its context, so an owner that is gone is never called back.
void sendToRegistry(RegistryState* state, QObject* owner, const HttpRequest& request,
                    const std::function<void(const HttpResponse&)>& onAnswer);

/// Parses a registry error body {"errors":[{code,message,detail}]} (first error).
bool parseRegistryError(const QByteArray& body, QString* code, QString* message);
/// The `error` parameter of the answer's Bearer challenge ("insufficient_scope"), cleaned; empty if none.
QString challengeErrorOf(const HttpResponse& response);
/// The Accept header of a manifest request: every index and manifest type a registry may hold.
QByteArray manifestAccept();
/// "ghcr.io", "127.0.0.1:5000" → the host without the port.
QString registryHostOnly(const QString& hostPort);

} // namespace ghcr
