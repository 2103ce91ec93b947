#!/usr/bin/env bash
# The shell steps of the GHCR Doctor composite action (action.yml), kept in one file so that a test
# can run them under a simulated runner environment (tests: installer/github-action/test-action.sh).
#
#   run.sh install   put ghcr-doctor on PATH: reuse one already there; else the released .deb for
#                    this Ubuntu/Debian runner (apt-get resolves Qt from the distribution); else
#                    build from the action's own source tree (needs Qt >= 6.4: Ubuntu 24.04 or later)
#   run.sh check     ghcr-doctor check --format github with the inputs from the environment; writes
#                    the job summary, annotations and the outputs verdict/pull/push
#
# Runner variables used: GITHUB_ACTION_PATH, GITHUB_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY,
# RUNNER_TEMP, RUNNER_OS. The token arrives in GHCR_DOCTOR_TOKEN and is passed on by variable name only.
set -euo pipefail

action_dir="${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
binary="${GHCR_DOCTOR_BINARY:-ghcr-doctor}"

log() { printf '%s\n' "$*"; }

release_tag() {
    local tag="${GHCR_DOCTOR_VERSION:-}"
    if [ -z "$tag" ] && [[ "${GHCR_DOCTOR_ACTION_REF:-}" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
        tag="$GHCR_DOCTOR_ACTION_REF"
    fi
    printf '%s' "$tag"
}

deb_url() {
    local tag="$1" arch
    arch="$(dpkg --print-architecture)"
    printf '%s' "${GHCR_DOCTOR_DEB_URL:-https://github.com/${GHCR_DOCTOR_ACTION_REPOSITORY}/releases/download/${tag}/ghcr-doctor_${tag#v}-1_${arch}.deb}"
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_deb() {
    local tag url deb
    tag="$(release_tag)"
    if [ -z "${GHCR_DOCTOR_DEB_URL:-}" ] && { [ -z "$tag" ] || [ -z "${GHCR_DOCTOR_ACTION_REPOSITORY:-}" ]; }; then
        log "No release tag to install (use the action at a vX.Y.Z tag or set the version input)."
        return 1
    fi
    if ! command -v dpkg >/dev/null || ! command -v apt-get >/dev/null; then
        log "Not a Debian/Ubuntu runner."
        return 1
    fi
    url="$(deb_url "$tag")"
    deb="${RUNNER_TEMP:-/tmp}/ghcr-doctor.deb"
    log "Downloading $url"
    curl -fsSL --retry 3 -o "$deb" "$url" || { log "No release package at $url."; return 1; }
    as_root apt-get install -y --no-install-recommends "$deb"
}

build_from_source() {
    local src="$action_dir/../.." build="${RUNNER_TEMP:-/tmp}/ghcr-doctor-build"
    [ -f "$src/CMakeLists.txt" ] || { log "::error title=GHCR Doctor::No source tree at $src to build from."; return 1; }
    log "Building GHCR Doctor from source ($src)"
    if command -v apt-get >/dev/null; then
        as_root apt-get update -q
        as_root apt-get install -y --no-install-recommends cmake g++ ninja-build qt6-base-dev qt6-tools-dev \
            qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qtkeychain-qt6-dev libgl-dev
    fi
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DGHCR_BUILD_TESTS=OFF
    cmake --build "$build"
    printf '%s\n' "$build/app" >>"$GITHUB_PATH"
}

cmd_install() {
    if command -v "$binary" >/dev/null; then
        log "Using $(command -v "$binary") ($("$binary" --version))"
        return 0
    fi
    install_deb || build_from_source
}

cmd_check() {
    local -a args=(check --format github --token-env GHCR_DOCTOR_TOKEN --registry "${GHCR_DOCTOR_REGISTRY:-ghcr.io}"
        --ops "${GHCR_DOCTOR_OPS:-pull,push}")
    if [ -n "${GHCR_DOCTOR_IMAGE:-}" ]; then
        args+=(--image "$GHCR_DOCTOR_IMAGE")
    fi
    if [ -n "${GHCR_DOCTOR_ARGS:-}" ]; then
        local -a extra
        read -r -a extra <<<"$GHCR_DOCTOR_ARGS"
        args+=("${extra[@]}")
    fi
    if [ -z "${GHCR_DOCTOR_TOKEN:-}" ]; then
        # A pull request from a fork gets no secrets: the token input is empty.
        log "::error title=GHCR Doctor::The token input is empty. Pull requests from forks get no secrets, and a secret that does not exist in this repository is empty too."
        printf 'verdict=action-needed\npull=unknown\npush=unknown\n' >>"${GITHUB_OUTPUT:-/dev/null}"
        return 1
    fi
    # Windows/macOS runners: the window's libraries are not needed for `check`.
    export QT_QPA_PLATFORM=offscreen
    "$binary" "${args[@]}"
}

case "${1:-}" in
install) cmd_install ;;
check) cmd_check ;;
*)
    echo "usage: run.sh install|check" >&2
    exit 2
    ;;
esac
