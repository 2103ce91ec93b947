#!/usr/bin/env bash
# Fails when a C++ file is not formatted with the tree's .clang-format. --fix rewrites them.
# The build's `format` / `format_check` targets run this script (CLANG_FORMAT = the clang-format CMake found).
set -euo pipefail
clang_format="${CLANG_FORMAT:-clang-format}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
[ ${#files[@]} -gt 0 ] || exit 0
if [ "${1:-}" = "--fix" ]; then
    "$clang_format" -i "${files[@]}"
    exit 0
fi
"$clang_format" --dry-run --Werror "${files[@]}"
echo "format: ${#files[@]} files clean"
