#pragma once

#include "app/core/probes/RegistryAuth.h"
#include "app/core/probes/RegistryState.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace ghcr {

/// What the images of a matrix run learn about upload cancels, shared: the run's first cancel, whose answer the
/// images that reach theirs meanwhile wait for, and a refusal (405: ghcr.io cannot cancel an upload), after which
/// no image sends a cancel the registry cannot honour.
struct CancelLearning
{
    int refusedStatus = 0;      ///< 405 once a cancel was refused
    QPointer<HttpJob> first;    ///< the run's first cancel
    bool firstAnswered = false; ///< ... and it has answered (or failed): the others send theirs unless refused
    bool runOver = false;       ///< the run ended (cancel, deadline): an image still waiting sends nothing
};

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
    /// A cell the images of a matrix run share (see CancelLearning): while the run's first upload cancel is on the
    /// wire the others wait for its answer (a round trip at most), and after a 405 none is sent.
    void setCancelRefusal(std::shared_ptr<CancelLearning> learning) { m_cancelRefusal = std::move(learning); }
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
    /// After the upload started: cancel it, unless the run learnt that the registry cannot (or is learning it).
    void decideCancel(const QUrl& location, const QString& bearer);
    void sendCancel(const QUrl& location, const QString& bearer);
    void cancelAnswered(const HttpResponse& response);
    void probeDone();
    /// Records time and status; on a transport failure notes it, moves on and returns true.
    bool recordProbeAnswer(OperationResult* result, const HttpResponse& response);
    void applyAuthFailure(OperationResult* result, const HttpResponse& response);

    RegistryState* m_state;
    std::shared_ptr<CancelLearning> m_cancelRefusal;
    int m_pendingProbes = 0;
    bool m_cancelOutstanding = false; ///< the upload cancel was sent and has not answered
    QPointer<HttpJob> m_cancelJob;    ///< the upload cancel's job (owned by the HTTP client, see sendCancel())
};

} // namespace ghcr
