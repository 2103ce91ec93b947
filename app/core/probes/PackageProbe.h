#pragma once

#include "app/core/net/HttpClient.h"
#include "app/core/probes/ActionsEvidence.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QTimer;

namespace ghcr {

/// Asks the GitHub REST API about a container package: GET {api}/orgs/OWNER/packages/container/NAME,
/// then /users/OWNER/… when the organization endpoint answers 404. The answer tells whether the
/// package exists and which repository it is linked to (no "repository" key: not linked). It waits at most half of
/// what is left of the check's budget when it starts: a hanging API does not hold the images' results back.
class PackageProbe : public QObject
{
    Q_OBJECT

public:
    explicit PackageProbe(HttpClient* http, QObject* parent = nullptr);

    void start(const QUrl& apiUrl, const QString& token, const QString& owner, const QString& name);
    /// Before start(): the token's user. Its own packages are asked at /user/packages/container/NAME, which
    /// answers for private ones too (/users/OWNER/… shows only public packages).
    void setLogin(const QString& login) { m_login = login; }

    /// Reads one answer into the evidence. Public for tests.
    static void interpret(const HttpResponse& response, PackageEvidence* evidence);
    /// Whether a JSON object is a package as GitHub gives one: a name, a visibility, and no "repository" or one
    /// with a full_name (anything else says nothing about the package's link, least of all "not linked").
    static bool isPackage(const QJsonObject& package);

Q_SIGNALS:
    void finished(const ghcr::PackageEvidence& evidence);

private:
    void ask(const QString& ownerKind);
    void giveUp(); ///< half of the budget spent without an answer
    void done();

    HttpClient* m_http;
    QUrl m_apiUrl;
    QString m_token;
    QString m_owner;
    QString m_name;
    QString m_login;
    PackageEvidence m_evidence;
    QPointer<HttpJob> m_job;
    QTimer* m_deadline = nullptr;
};

} // namespace ghcr
