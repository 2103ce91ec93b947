#!/usr/bin/env bash
# Quick start 2: set everything up, build with warnings as errors, and run every test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/scripts/setup.sh"
echo "== format check"
"$root/scripts/check-format.sh"
echo "== build (ci preset: -Werror)"
"$root/scripts/build.sh" ci
if [ -x "$root/installer/test-deb.sh" ] && [ "$(id -u)" -eq 0 ]; then
    echo "== package: build, install, run and remove the .deb"
    "$root/installer/test-deb.sh" "$root/build/ci"
fi
if [ -x "$root/installer/test-rpm.sh" ] && [ "$(id -u)" -eq 0 ]; then
    echo "== package: build, lint, install into a --root tree, run and erase the .rpm"
    "$root/installer/test-rpm.sh" "$root/build/ci"
fi
echo "== tests"
ctest --preset ci -j2
echo "== fuzz smoke: every libFuzzer target for 15 s (clang, ASan + UBSan); fails on any finding"
"$root/scripts/fuzz.sh" --seconds 15
