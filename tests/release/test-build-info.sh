#!/usr/bin/env bash
# The commit in --version, the About box and the reports comes from cmake/GhcrBuildInfo.cmake. This
# proves its three cases and that a source tree without .git (a release tarball) configures and builds
# the version code:
#   1. the project's checkout: `git describe --tags --always --dirty`;
#   2. a copy of the sources without .git inside another git checkout (as in a distribution's packaging
#      repository): no commit, never the other repository's;
#   3. the same copy outside any repository, configured with CMake and AppVersion.cpp compiled: no
#      commit, version only; GHCR_COMMIT passed by a packager is used as given.
# Usage: test-build-info.sh <build dir of the project>
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$(cd "${1:?usage: $0 <build dir>}" && pwd)"
script="$root/cmake/GhcrBuildInfo.cmake"
template="$root/app/core/BuildInfo.h.in"
work="$(mktemp -d)"
inside=""
trap 'rm -rf "$work" "$inside"' EXIT
failed=0
result() { if [ "$1" -eq 0 ]; then echo "PASS: $2"; else echo "FAIL: $2"; failed=1; fi; }
commit_of() { sed -n 's/^#define GHCR_COMMIT "\(.*\)"$/\1/p' "$1"; }

# A copy of the sources as a tarball has them: no .git, no build trees.
tar -C "$root" --exclude=./.git --exclude='./build*' -cf - . | tar -C "$work" --one-top-level=src -xf -

# 1. The checkout itself.
if command -v git >/dev/null && git -C "$root" rev-parse --show-toplevel >/dev/null 2>&1; then
    cmake -DSOURCE_DIR="$root" -DTEMPLATE="$template" -DOUTPUT="$work/1.h" -P "$script"
    expected="$(git -C "$root" describe --tags --always --dirty)"
    [ "$(commit_of "$work/1.h")" = "$expected" ]
    result $? "checkout: GHCR_COMMIT \"$(commit_of "$work/1.h")\" = git describe \"$expected\""

    # 2. The copy inside the project's own checkout (build dir): another repository's commit must not leak in.
    inside="$build/build-info-test-src"
    rm -rf "$inside"
    cp -r "$work/src" "$inside"
    cmake -DSOURCE_DIR="$inside" -DTEMPLATE="$template" -DOUTPUT="$work/2.h" -P "$script"
    [ -z "$(commit_of "$work/2.h")" ] && grep -q '^#define GHCR_COMMIT ""$' "$work/2.h"
    result $? "sources without .git inside another checkout: no commit (got \"$(commit_of "$work/2.h")\")"
else
    inside=""
    echo "note: $root is not a git checkout; cases 1 and 2 need one"
fi

# 3. The copy outside any repository: configure (tests off) and compile the version code.
if (cd "$work" && git rev-parse --show-toplevel >/dev/null 2>&1); then
    echo "FAIL: $work is inside a git repository; cannot test the tarball case there"
    exit 1
fi
if cmake -S "$work/src" -B "$work/b" -G Ninja -DGHCR_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=Release >"$work/cfg.log" 2>&1 \
    && cmake --build "$work/b" --target app/core/CMakeFiles/ghcrdoctor_core.dir/AppVersion.cpp.o >"$work/bld.log" 2>&1; then
    [ -z "$(commit_of "$work/b/generated/app/core/BuildInfo.h")" ]
    result $? "tarball (no .git): configures, AppVersion.cpp compiles, no commit"
else
    tail -20 "$work/cfg.log" "$work/bld.log"
    result 1 "tarball (no .git): configure and compile AppVersion.cpp"
fi
cmake -DSOURCE_DIR="$work/src" -DTEMPLATE="$template" -DOUTPUT="$work/3.h" -DGHCR_COMMIT=v9.9.9-dist -P "$script"
[ "$(commit_of "$work/3.h")" = "v9.9.9-dist" ]
result $? "GHCR_COMMIT given by a packager is used as given"
exit "$failed"
