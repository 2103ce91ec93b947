#pragma once

#include "app/core/net/HttpMessage.h"

#include <QObject>
#include <QPointer>

namespace ghcr {

class HttpClient;

/// One request in flight, as an object (HttpClient::send() makes it, parented to the caller's object).
/// Connect to finished() with a context object: when the owner is deleted its jobs go with it and their
/// requests are dropped, so an answer can never reach an object that is gone. The job deletes itself
/// (deleteLater) once finished() was emitted.
class HttpJob : public QObject
{
    Q_OBJECT

public:
    /// Drops the request now (its connection is closed, its slot of the origin freed): finished() is not
    /// emitted. The job is deleted later. Nothing happens after finished().
    void abort();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    /// The answer, or why there is none (HttpClient::cancelAll() gives Failure::Cancelled). Emitted once.
    void finished(const ghcr::HttpResponse& response);

private:
    friend class HttpClient;
    HttpJob(HttpClient* client, QObject* owner);
    void complete(const HttpResponse& response);

    QPointer<HttpClient> m_client;
    bool m_finished = false;
};

} // namespace ghcr
