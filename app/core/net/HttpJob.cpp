#include "app/core/net/HttpJob.h"

#include "app/core/net/HttpClient.h"

namespace ghcr {

HttpJob::HttpJob(HttpClient* client, QObject* owner)
    : QObject(owner ? owner : client)
    , m_client(client)
{
}

void HttpJob::abort()
{
    if (!m_finished && m_client)
        m_client->drop(this);
    m_finished = true;
    deleteLater();
}

void HttpJob::complete(const HttpResponse& response)
{
    if (m_finished)
        return;
    m_finished = true;
    QPointer<HttpJob> self(this);
    Q_EMIT finished(response);
    if (self) // a receiver may have deleted the job's owner, and the job with it
        deleteLater();
}

} // namespace ghcr
