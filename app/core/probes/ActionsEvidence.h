#pragma once

// What the GitHub Actions run around a check tells about the token (ActionsContext, read from the
// runner's environment and event payload), and what the REST API says about the package
// (PackageEvidence: does it exist, which repository is it linked to). Neither holds a secret.

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace ghcr {

/// The GitHub Actions run the check is part of (empty when not in Actions).
struct ActionsContext
{
    bool inActions = false;       ///< GITHUB_ACTIONS=true
    QString repository;           ///< GITHUB_REPOSITORY (OWNER/REPO): the repository whose workflow runs
    QString eventName;            ///< GITHUB_EVENT_NAME: push, pull_request, pull_request_target, ...
    QString actor;                ///< GITHUB_ACTOR
    QString headRepository;       ///< pull requests: the head repository (payload pull_request.head.repo.full_name)
    bool forkPullRequest = false; ///< payload pull_request.head.repo.fork, or head ≠ base repository
    QString eventPathProblem;     ///< why $GITHUB_EVENT_PATH could not be read (empty when fine or unset)

    bool isPullRequest() const;
    /// Reads GITHUB_ACTIONS, GITHUB_REPOSITORY, GITHUB_EVENT_NAME, GITHUB_ACTOR, GITHUB_HEAD_REPOSITORY
    /// and the event payload at GITHUB_EVENT_PATH (at most 4 MiB of JSON).
    static ActionsContext fromEnvironment(const QProcessEnvironment& environment);
};

/// GET {api}/orgs|users/OWNER/packages/container/NAME: only asked in Actions with an image.
struct PackageEvidence
{
    bool attempted = false;
    QString url;                ///< the last URL asked
    QString ownerKind;          ///< "orgs" or "users": the endpoint that answered 200
    int httpStatus = 0;         ///< 0 when no answer
    bool found = false;         ///< 200
    bool hasRepository = false; ///< the answer has a "repository" object: the package is linked
    QString linkedRepository;   ///< its full_name
    QString visibility;         ///< "public", "private", "internal"
    QString message;            ///< GitHub's JSON "message" on errors (redacted)
    QString errorSentence;      ///< transport failure

    /// https://HOST/users|orgs/OWNER/packages/container/NAME/settings ("Manage Actions access").
    static QString settingsUrl(const QString& host, const QString& ownerKind, const QString& owner,
                               const QString& name);
};

} // namespace ghcr
