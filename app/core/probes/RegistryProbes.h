#pragma once

#include "app/core/probes/RegistryAuth.h"
#include "app/core/probes/RegistryState.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ghcr {

/// The probes half of a check's registry side, once RegistryAuth has the tokens: pull (HEAD the manifest, else
/// the tag list) and push (start an empty upload, then cancel it) at the same time; delete is never probed. The
/// upload's cancel is housekeeping: finished() does not wait for it, the check waits only a short grace.
class RegistryProbes : public QObject
{
    Q_OBJECT

public:
    using Bearers = RegistryAuth::Bearers;
    RegistryProbes(RegistryState* state, QObject* parent = nullptr);

    /// Probes every requested operation the login and its token allow; finished() once they answered.
    void start(const Bearers& bearers);
    /// A cell the images of a matrix run share. An upload cancel answered 405 (ghcr.io cannot cancel uploads) is
    /// written into it, and later images do not send a cancel the registry cannot honour.
    void setCancelRefusal(std::shared_ptr<int> refusedStatus) { m_cancelRefusal = std::move(refusedStatus); }
    /// After finished(): cancelSettled() when the cancel answers, or after the grace at the latest.
    void waitForCancel();
    /// The evidence is out: an answer to the cancel is no longer recorded (a matrix run still learns its 405).
    void forgetCancel();

    /// How long the verdict waits for the answer to the upload cancel, which is not evidence.
    static constexpr int cancelGraceMs = 25;

Q_SIGNALS:
    void progress(const QString& message);
    void finished();
    void cancelSent();
    void cancelSettled();

private:
    void probePull(const QString& bearer);
    void probePullTags(const QString& bearer);
    void probePush(const QString& bearer);
    void sendCancel(const QUrl& location, const QString& bearer);
    void cancelAnswered(const HttpResponse& response);
    void probeDone();
    /// Records time and status; on a transport failure notes it, moves on and returns true.
    bool recordProbeAnswer(OperationResult* result, const HttpResponse& response);
    void applyAuthFailure(OperationResult* result, const HttpResponse& response);

    RegistryState* m_state;
    std::shared_ptr<int> m_cancelRefusal;
    int m_pendingProbes = 0;
    bool m_cancelOutstanding = false; ///< the upload cancel was sent and has not answered
    QPointer<HttpJob> m_cancelJob;    ///< the upload cancel's job (owned by the HTTP client, see sendCancel())
};

} // namespace ghcr
