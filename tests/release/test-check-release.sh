#!/usr/bin/env bash
# Proves that scripts/check-release.sh can fail: it must reject copies of CHANGELOG.md and the
# metainfo template with the current version's entry removed, renamed or re-dated, and accept the
# project's own files.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
check="$root/scripts/check-release.sh"
changelog="$root/CHANGELOG.md"
metainfo="$root/installer/linux/io.github.ghcrdoctor.GhcrDoctor.metainfo.xml.in"
version="$(sed -n 's/^project(GhcrDoctor VERSION \([0-9][0-9.]*\).*/\1/p' "$root/CMakeLists.txt")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
v_re="${version//./\\.}"

expect() { # expect <pass|fail> <what> <expected message or ""> -- check-release arguments...
    local want="$1" what="$2" message="$3"
    shift 4
    local out rc
    out="$("$check" "$@" 2>&1)"
    rc=$?
    if { [ "$want" = pass ] && [ "$rc" -eq 0 ]; } || { [ "$want" = fail ] && [ "$rc" -eq 1 ] && grep -qF -- "$message" <<<"$out"; }; then
        echo "PASS: $what"
    else
        echo "FAIL: $what (exit $rc, expected $want${message:+ with \"$message\"}):"
        printf '   | %s\n' "${out//$'\n'/$'\n'   | }"
        failed=1
    fi
}

expect pass "the project's own CHANGELOG.md and metainfo for $version" "" --

sed "/^## \[$v_re\]/d" "$changelog" >"$work/no-heading.md"
expect fail "a changelog without the $version heading" "has no '## [$version] - YYYY-MM-DD' section" -- \
    --changelog "$work/no-heading.md"

sed "s/^## \[$v_re\] - .*/## [$version]/" "$changelog" >"$work/no-date.md"
expect fail "a changelog heading without a date" "has no '## [$version] - YYYY-MM-DD' section" -- \
    --changelog "$work/no-date.md"

sed "s/^## \[$v_re\] - .*/## [$version] - 1999-01-01/" "$changelog" >"$work/other-date.md"
expect fail "a changelog date that differs from the metainfo's" "release dates differ" -- \
    --changelog "$work/other-date.md"

sed "/^\[$v_re\]: /d" "$changelog" >"$work/no-link.md"
expect fail "a changelog without the [$version] link" "no link reference" -- --changelog "$work/no-link.md"

sed "s/<release version=\"$v_re\"/<release version=\"0.0.1\"/" "$metainfo" >"$work/no-release.xml"
expect fail "a metainfo without <release version=\"$version\">" "has no <release version=\"$version\"" -- \
    --metainfo "$work/no-release.xml"

expect fail "a version bump without notes (99.0.0)" "has no '## [99.0.0] - YYYY-MM-DD' section" -- --version 99.0.0

[ "$failed" -eq 0 ] && echo "test-check-release: all cases behave" && exit 0
exit 1
