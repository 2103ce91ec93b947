#include "app/core/CheckSession.h"

#include "app/core/probes/DockerCredentials.h"
#include "app/core/probes/RegistryClient.h"

namespace ghcr {

namespace {

HttpClient::Settings settingsFor(const CheckRequest& request, int maxPerOrigin)
{
    HttpClient::Settings settings;
    settings.timeoutMs = request.timeoutSeconds * 1000;
    settings.allowHttpLoopback = request.allowHttpLoopback;
    settings.extraCaCertificates = request.extraCaCertificates;
    settings.caFile = request.caFile;
    settings.maxPerOrigin = maxPerOrigin;
    return settings;
}

} // namespace

CheckSession::CheckSession(QNetworkAccessManager* network, const CheckRequest& request, int maxPerOrigin,
                           QObject* parent)
    : QObject(parent)
    , m_http(new HttpClient(network, settingsFor(request, maxPerOrigin), this))
{
}

void CheckSession::abort()
{
    m_http->cancelAll();
    for (RegistryClient* registry : findChildren<RegistryClient*>(Qt::FindDirectChildrenOnly))
        registry->cancel();
    for (DockerCredentialsInspector* docker : findChildren<DockerCredentialsInspector*>(Qt::FindDirectChildrenOnly))
        docker->cancel();
}

} // namespace ghcr
