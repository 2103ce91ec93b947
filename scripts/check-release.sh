#!/usr/bin/env bash
# Fails when the version in project(VERSION …) has no release notes (as KeePassXC's release tool does):
#   - CHANGELOG.md has no "## [X.Y.Z] - YYYY-MM-DD" heading (Keep a Changelog) for it;
#   - the AppStream metainfo template has no <release version="X.Y.Z" date="YYYY-MM-DD">;
#   - the two dates differ, or the metainfo's newest <release> is not this version.
# Usage: scripts/check-release.sh [--version X.Y.Z] [--changelog FILE] [--metainfo FILE]
# (defaults: the version in CMakeLists.txt and the project's own files). Prints one line per finding.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version=""
changelog="$root/CHANGELOG.md"
metainfo="$root/installer/linux/io.github.ghcrdoctor.GhcrDoctor.metainfo.xml.in"
while [ $# -gt 0 ]; do
    case "$1" in
        --version) version="$2"; shift 2 ;;
        --changelog) changelog="$2"; shift 2 ;;
        --metainfo) metainfo="$2"; shift 2 ;;
        *) echo "usage: $0 [--version X.Y.Z] [--changelog FILE] [--metainfo FILE]" >&2; exit 2 ;;
    esac
done
if [ -z "$version" ]; then
    version="$(sed -n 's/^project(GhcrDoctor VERSION \([0-9][0-9.]*\).*/\1/p' "$root/CMakeLists.txt")"
    [ -n "$version" ] || { echo "FAIL: no 'project(GhcrDoctor VERSION …)' in CMakeLists.txt"; exit 1; }
fi
status=0
v_re="${version//./\\.}"

cl_date=""
if [ ! -f "$changelog" ]; then
    echo "FAIL: $changelog does not exist"
    status=1
else
    cl_date="$(sed -n "s/^## \[$v_re\] - \([0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}\)[[:space:]]*$/\1/p" "$changelog" | head -1)"
    if [ -z "$cl_date" ]; then
        echo "FAIL: ${changelog#"$root"/} has no '## [$version] - YYYY-MM-DD' section"
        status=1
    elif ! grep -q "^\[$v_re\]: " "$changelog"; then
        echo "FAIL: ${changelog#"$root"/} has no link reference '[$version]: …' at the end"
        status=1
    else
        echo "PASS: ${changelog#"$root"/} has '## [$version] - $cl_date'"
    fi
fi

mi_date=""
if [ ! -f "$metainfo" ]; then
    echo "FAIL: $metainfo does not exist"
    status=1
else
    mi_date="$(sed -n "s/.*<release version=\"$v_re\" date=\"\([0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}\)\".*/\1/p" "$metainfo" | head -1)"
    newest="$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -1)"
    if [ -z "$mi_date" ]; then
        echo "FAIL: ${metainfo#"$root"/} has no <release version=\"$version\" date=\"YYYY-MM-DD\">"
        status=1
    elif [ "$newest" != "$version" ]; then
        echo "FAIL: ${metainfo#"$root"/}: the first (newest) <release> is $newest, not $version"
        status=1
    else
        echo "PASS: ${metainfo#"$root"/} has <release version=\"$version\" date=\"$mi_date\">"
    fi
fi

if [ -n "$cl_date" ] && [ -n "$mi_date" ] && [ "$cl_date" != "$mi_date" ]; then
    echo "FAIL: release dates differ for $version: CHANGELOG.md $cl_date, metainfo $mi_date"
    status=1
fi
[ "$status" -eq 0 ] && echo "PASS: release notes for $version are complete"
exit "$status"
