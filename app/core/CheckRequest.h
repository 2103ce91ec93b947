#pragma once

#include "Evidence.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace ghcr {

/// What the user asked to check. Holds no secret: the token travels separately.
struct CheckRequest
{
    QString host = QStringLiteral("github.com"); ///< github.com or a GHES host
    QUrl apiUrl;      ///< empty: derived from host (https://api.github.com or https://HOST/api/v3)
    QString registry; ///< HOST[:PORT]; empty: ghcr.io, or containers.HOST for GHES
    QString user;     ///< empty: take the API's login
    QString image;    ///< OWNER/NAME[:TAG|@DIGEST]; empty: login only
    QList<Operation> operations{Operation::Pull};
    int timeoutSeconds = 20;
    bool allowHttpLoopback = false; ///< plain HTTP, loopback only, only when asked (tests, local registries)
    QList<QSslCertificate> extraCaCertificates;
    /// Compare with the login Docker/Podman saved for the registry (reads their config, may run
    /// docker-credential-<helper> get). Only fingerprints are kept.
    bool inspectDockerCredentials = true;

    /// Fills apiUrl and registry from host when empty.
    CheckRequest resolved() const;
    bool isGitHubDotCom() const;
    /// Returns an empty string when valid, else a translated sentence naming the bad field.
    QString validate() const;
    bool wants(Operation op) const { return operations.contains(op); }
};

/// Splits OWNER/NAME[:TAG|@DIGEST] into repository and reference ("latest" by default).
/// Returns false (and an error sentence) on an invalid reference.
bool parseImageReference(const QString& image, QString* repository, QString* reference, QString* error = nullptr);

} // namespace ghcr
