#pragma once

#include "app/core/probes/DockerCredentials.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ghcr {

/// What one store, erase or undo changed: the file or credential helper, the backup that undoes it.
struct LoginChange
{
    bool ok = false;
    QString changed;    ///< the file written (its target, when the config is a symlink) or docker-credential-<name>
    QString backupPath; ///< the file's previous content, for undo(); empty when a helper was changed
    QString warning;    ///< Docker's own warning about unencrypted storage, when the token went into the file
    QString errorSentence;
    bool unchanged = false; ///< ok, and nothing was written: there was no login to remove
};

/// Stores or removes a registry login exactly where the tool itself would (`docker login`, `podman login`,
/// `helm registry login`): Docker's configured credential helper (credHelpers for the registry, else
/// credsStore; the secret on its stdin), else the `auths` entry (base64 of user:token) in the tool's file.
/// Every file write is atomic (QSaveFile), keeps the file's permissions, goes through a symlink to its target,
/// refuses a read-only file, leaves a backup next to the file and never touches another registry's entry.
/// Synchronous: a helper gets at most `timeoutMs`.
class LoginWriter
{
    Q_DECLARE_TR_FUNCTIONS(LoginWriter)

public:
    /// The file a tool writes its logins to: docker → $DOCKER_CONFIG/config.json or ~/.docker/config.json;
    /// podman → $REGISTRY_AUTH_FILE or $XDG_RUNTIME_DIR/containers/auth.json (else
    /// $XDG_CONFIG_HOME/containers/auth.json); helm → $HELM_REGISTRY_CONFIG or
    /// $XDG_CONFIG_HOME/helm/registry/config.json. Empty for an unknown tool.
    static QString configPathFor(const QString& tool);

    /// What store() and erase() would change for the registry: "docker-credential-NAME" when Docker has a
    /// credential helper for it, else the tool's file (its target when it is a symlink). Empty for an unknown tool.
    static QString target(const QString& tool, const QString& registry);

    static LoginChange store(const QString& tool, const QString& registry, const QString& user, const QString& token,
                             int timeoutMs = 10000);
    static LoginChange erase(const QString& tool, const QString& registry, int timeoutMs = 10000);
    /// The user and secret of a stored login the sweep found (its file's `auths` entry, or its credential helper's
    /// `get`), for checking it too; kept in memory only by the caller. Empty with `error` set when unreadable
    /// (a helper's output is never quoted).
    static QString storedSecret(const StoredLogin& login, const QString& registry, QString* user, QString* error,
                                int timeoutMs = 10000);
    /// Puts back the file as it was before the last change (from its backup).
    static LoginChange undo(const QString& configPath);

    /// The backup kept next to `configPath`.
    static QString backupPathFor(const QString& configPath);
    /// A config document with the registry's `auths` entry set to user:token (or removed when `user` and
    /// `token` are empty); every other key and entry kept. Pure: for tests.
    static QByteArray withEntry(const QByteArray& json, const QString& registry, const QString& user,
                                const QString& token);
    /// Writes `content` to `path` atomically (old or new content, nothing else), after copying the old content
    /// to the backup. Follows a symlink; keeps the permissions (0600 for a new file).
    static LoginChange writeFile(const QString& path, const QByteArray& content);
};

} // namespace ghcr
