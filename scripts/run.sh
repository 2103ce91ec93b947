#!/usr/bin/env bash
# Quick start 1: set everything up and launch the window.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
"$root/scripts/build.sh" dev
exec "$root/build/dev/app/ghcr-doctor" "$@"
