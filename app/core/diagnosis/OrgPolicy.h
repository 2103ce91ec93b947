#pragma once

#include <QString>

namespace ghcr {

/// An organization policy that refuses a token whatever its scopes: recognised in what GitHub's API or
/// the registry answered (see the reference, §7). Holds no secret.
struct OrgPolicy
{
    enum class Kind {
        None,
        ClassicPatForbidden, ///< "`ORG` forbids access via a personal access token (classic)."
        LifetimeTooLong,     ///< "… forbids access via … if the token's lifetime is greater than N days."
    };
    Kind kind = Kind::None;
    QString organization; ///< empty when the message did not name it
    int maxLifetimeDays = -1;
    QString adjustUrl; ///< where GitHub says the lifetime can be adjusted (https, on a GitHub host), else empty
    QString quote;     ///< the sentence as the server sent it (already redacted by the caller)

    bool found() const { return kind != Kind::None; }
};

/// Recognises an organization policy in a server message; Kind::None when there is none.
/// `githubHost` is the host checked: the adjust URL is kept only on it (or github.com).
OrgPolicy orgPolicyFrom(const QString& message, const QString& githubHost);

} // namespace ghcr
