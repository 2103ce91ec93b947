#pragma once

#include "app/core/model/Evidence.h"
#include "app/core/probes/ActionsEvidence.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace ghcr {

/// What the user asked to check. Holds no secret: the token travels separately.
struct CheckRequest
{
    QString host = QStringLiteral("github.com"); ///< github.com, SUB.ghe.com or a GHES host
    QUrl apiUrl;      ///< empty: derived from host (https://api.github.com or https://HOST/api/v3)
    QString registry; ///< HOST[:PORT]; empty: ghcr.io, or containers.HOST for GHES
    QString user;     ///< empty: take the API's login
    QString image;    ///< OWNER/NAME[:TAG|@DIGEST]; empty: login only
    /// Operations to prove besides login (always checked). Empty: a login-only check.
    QList<Operation> operations{Operation::Pull};
    int timeoutSeconds = 20;
    bool allowHttpLoopback = false; ///< plain HTTP, loopback only, only when asked (tests, local registries)
    QList<QSslCertificate> extraCaCertificates;
    QString
        caFile; ///< the file extraCaCertificates were read from (--ca-file, the window's CA file); named in sentences
    /// Compare with the logins Docker, Podman and Helm saved for the registry (reads their config files, may run
    /// docker-credential-<helper> get). Only fingerprints are kept.
    bool inspectDockerCredentials = true;
    /// The GitHub Actions run around the check (read by the CLI from the runner's environment).
    ActionsContext actions;

    /// Fills apiUrl and registry from host when empty.
    CheckRequest resolved() const;
    bool isGitHubDotCom() const;
    /// Where GitHub's web pages (package settings, token settings) live: github.com, or the server's host.
    QString webHost() const;
    /// SUB.ghe.com: GitHub Enterprise Cloud with data residency (api.SUB.ghe.com, containers.SUB.ghe.com).
    bool isGheDotCom() const;
    /// Returns an empty string when valid, else a translated sentence naming the bad field.
    QString validate() const;
    bool wants(Operation op) const { return operations.contains(op); }
    bool loginOnly() const { return operations.isEmpty(); }
};

/// One finding of lintImage(): `problem` findings make the image.reference row fail.
struct ImageNote
{
    QString id; ///< "host-stripped", "uppercase", "ghrc-typo", "retired-host", "other-host", "invalid"
    bool problem = false;
    QString message; ///< translated
};

/// What an image reference as typed means for the registry checked, before any request.
struct ImageLint
{
    QString given;      ///< as typed (trimmed)
    QString repository; ///< OWNER/NAME to probe: host removed, lower-cased
    QString reference;  ///< tag or sha256:… digest ("latest" by default)
    bool probe = false; ///< the registry checked can be asked about it
    bool valid = false; ///< false: not an image reference at all (a usage error)
    QList<ImageNote> notes;
    /// The checked registry's host as typed in front of OWNER/NAME ("ghcr.io", "127.0.0.1:5000"): removed for the
    /// requests, kept in every sentence that names the image. Empty when none was typed.
    QString typedHost;

    bool hasProblem() const;
    QString corrected() const; ///< repository + ":tag" / "@digest"
    /// The image as the user spelled it (typedHost/ in front when they typed it): corrected(), or the repository
    /// alone without `withReference`. What every sentence naming the image says.
    QString named(bool withReference = true) const;
};

/// Lints an image as a user types it (OWNER/NAME[:TAG][@sha256:…], maybe with a host in front) against the
/// registry checked: a host equal to the registry is removed; ghrc.io, docker.pkg.github.com and other hosts,
/// and upper-case names, are findings that say what Docker would do with them.
ImageLint lintImage(const QString& image, const QString& registry);

/// HOST[:PORT] as the requests will parse it (https://HOST[:PORT]/): DNS labels of 1–63 characters, an IPv4
/// address, or an IPv6 address in brackets; a port of 1–65535.
bool isValidHostPort(const QString& hostPort);

/// Splits OWNER/NAME[:TAG][@DIGEST] into repository and reference (the digest, else the tag, else "latest").
/// Returns false on an invalid reference, with a sentence naming the part that is wrong (an empty tag after ":",
/// an empty or malformed digest after "@", an empty part between slashes, ...) and what a right one looks like.
bool parseImageReference(const QString& image, QString* repository, QString* reference, QString* error = nullptr);

} // namespace ghcr
