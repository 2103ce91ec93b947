#pragma once

#include <QString>

namespace ghcr {

/// The version from project(VERSION …) in CMakeLists.txt: "0.1.0".
QString appVersion();
/// `git describe --tags --always --dirty` of the checkout this binary was built from
/// ("v0.1.0", "v0.1.0-3-gabc1234", "abc1234-dirty"); empty for a build from a source tarball.
QString appCommit();
/// "0.1.0 (v0.1.0-3-gabc1234)", or "0.1.0" without a commit: what `--version`, the About box and
/// every report show.
QString appVersionText(const QString& version, const QString& commit);
QString appVersionText();

} // namespace ghcr
