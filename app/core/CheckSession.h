#pragma once

#include "app/core/model/CheckRequest.h"
#include "app/core/net/HttpClient.h"

#include <QObject>

#include <type_traits>

class QNetworkAccessManager;

namespace ghcr {

/// One check (or one matrix run) as one object: the HTTP client with the check's budget and every part that asks
/// something — GitHubApiClient, RegistryClient, PackageLister, PackageProbe, the Docker inspection — as its
/// children, each part's requests (HttpJob) as the part's children. abort() cancels the check; deleteLater()
/// releases everything it holds, whatever is still in flight.
class CheckSession : public QObject
{
    Q_OBJECT

public:
    /// The budget, plain-HTTP-on-loopback permission and extra CAs come from `request`; `maxPerOrigin` bounds the
    /// requests on the wire per origin (0: no bound).
    CheckSession(QNetworkAccessManager* network, const CheckRequest& request, int maxPerOrigin = 0,
                 QObject* parent = nullptr);

    HttpClient* http() const { return m_http; }
    /// A new part of this session, on its HTTP client (or, for a part without requests, just its child).
    template <typename Part> Part* add()
    {
        if constexpr (std::is_constructible_v<Part, HttpClient*, QObject*>)
            return new Part(m_http, this);
        else
            return new Part(this);
    }
    /// Cancels everything at once: every request in flight answers Cancelled (each part reports it), a registry
    /// side waiting for the API's user name stops waiting, a Docker credential helper is stopped.
    void abort();

private:
    HttpClient* m_http;
};

} // namespace ghcr
