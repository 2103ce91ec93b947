#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace ghcr {

/// Parses X-OAuth-Scopes ("repo, read:packages"). Empty header → empty list.
QStringList parseScopesHeader(const QString& header);
/// Adds the child scopes GitHub documents as implied by each parent (repo → public_repo, …).
/// Sorted, unique. Does NOT add read:packages for write:packages: that is exactly what the
/// registry may or may not honour, so the diagnosis treats it separately.
QStringList expandScopes(const QStringList& scopes);
/// The scopes a set of operations needs: pull → read:packages; push → write:packages (+read);
/// delete → delete:packages (+read). Never "repo".
QStringList requiredScopes(bool pull, bool push, bool del);
/// GitHub-Authentication-Token-Expiration: "2026-12-01 10:00:00 UTC" or "… +0900". Invalid when unparsable.
QDateTime parseGitHubExpiry(const QString& value);
/// The least-privilege token creation link for a host.
QString newTokenUrl(const QString& host, const QStringList& scopes, const QString& description);

} // namespace ghcr
