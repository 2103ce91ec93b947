#pragma once

#include "app/core/model/CheckRequest.h"
#include "app/core/model/Evidence.h"
#include "app/core/net/HttpClient.h"
#include "app/core/token/TokenAnalysis.h"

#include <QObject>

namespace ghcr {

/// Asks the GitHub REST API about a token: GET {apiUrl}/user, read headers and body.
class GitHubApiClient : public QObject
{
    Q_OBJECT

public:
    GitHubApiClient(HttpClient* http, QObject* parent = nullptr);

    /// GET /user; finished() follows once (with Outcome::Cancelled when the HTTP client cancels its requests).
    void start(const QUrl& apiUrl, const QString& token, TokenKind kind);

    /// Turns one response into evidence. Public for unit tests. `kind` lets a missing X-OAuth-Scopes on a
    /// classic/OAuth token be read as the empty header GitHub sends (Qt drops empty header values).
    static ApiEvidence interpret(const QUrl& userUrl, const HttpResponse& response,
                                 TokenKind kind = TokenKind::Unknown);

Q_SIGNALS:
    void finished(const ghcr::ApiEvidence& evidence);

private:
    HttpClient* m_http;
};

} // namespace ghcr
