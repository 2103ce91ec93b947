#!/usr/bin/env bash
# Takes the README's screenshot: starts the test suite's fake GitHub API + registry with a
# scenario, opens the real window under Xvfb pointed at it, runs a check and saves the window's
# own picture (QWidget::grab). Nothing touches the network beyond 127.0.0.1, and a throwaway
# HOME keeps the user's settings and keychain out of it.
#
#   scripts/screenshot.sh [OUTPUT.png] [--scenario NAME] [--lang ru] [--scale 2] [--size WxH] [--build DIR]
#                         [--all-packages]   (the All packages window; use with --scenario packages)
#                         [--stale-logins]   (stale Docker, Podman and Helm logins for the registry in the throwaway
#                                             HOME: the Stored logins panel; use with --scenario ok-read-write)
#
# Defaults: docs/screenshot.png, scenario write-only-needs-read, system language, scale 1, a
# 1280x800 screen (--size 1024x640: a small laptop), build directory build/dev (configured and
# built with the dev preset if missing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/docs/screenshot.png"
scenario="write-only-needs-read"
lang=""
scale=""
size="1280x800"
build="$root/build/dev"
extra=()
stale_logins=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --scenario) scenario="$2"; shift 2 ;;
        --lang) lang="$2"; shift 2 ;;
        --scale) scale="$2"; shift 2 ;;
        --size) size="$2"; shift 2 ;;
        --build) build="$2"; shift 2 ;;
        --all-packages) extra+=(--all-packages); shift ;;
        --stale-logins) stale_logins=1; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) out="$1"; shift ;;
    esac
done
[[ "$out" = /* ]] || out="$PWD/$out"

app="$build/app/ghcr-doctor"
fake="$build/tests/support/ghcr-fake-server"
if [[ ! -x "$app" || ! -x "$fake" ]]; then
    if [[ "$build" == "$root/build/dev" ]]; then
        (cd "$root" && cmake --preset dev >/dev/null && cmake --build --preset dev --target ghcr-doctor ghcr-fake-server)
    else
        cmake --build "$build" --target ghcr-doctor ghcr-fake-server
    fi
fi
for tool in xvfb-run; do
    command -v "$tool" >/dev/null || { echo "screenshot.sh: $tool is missing (apt install xvfb xauth)" >&2; exit 1; }
done

work="$(mktemp -d)"
fake_pid=""
cleanup() {
    if [[ -n "$fake_pid" ]]; then kill "$fake_pid" 2>/dev/null || true; wait "$fake_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# The reference's verified classic token vector (valid checksum); the fake accepts it.
token="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"
mkfifo "$work/ready"
"$fake" --scenario "$scenario" --token "$token" >"$work/ready" 2>"$work/fake.log" &
fake_pid=$!
read -r -t 20 status base <"$work/ready" || { echo "screenshot.sh: the fake server did not start" >&2; cat "$work/fake.log" >&2; exit 1; }
[[ "$status" == "READY" ]] || { echo "screenshot.sh: unexpected fake server output: $status" >&2; exit 1; }
registry="${base#https://}"

mkdir -p "$work/home" "$(dirname "$out")"
if [[ -n "$stale_logins" ]]; then
    # An older token, saved by `docker login`, `podman login` and `helm registry login` (only its fingerprint is
    # shown).
    stale_auth="$(printf '%s' "octocat:ghp_ZYXWVUTSRQPONMLKJIHGFEDCBA98760vOkw5" | base64 -w0)"
    for f in "$work/home/.docker/config.json" "$work/home/.config/containers/auth.json" \
             "$work/home/.config/helm/registry/config.json"; do
        mkdir -p "$(dirname "$f")"
        printf '{"auths":{"%s":{"auth":"%s"}}}\n' "$registry" "$stale_auth" >"$f"
    done
fi
env_args=(HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
          GHCR_SCREENSHOT_TOKEN="$token" QT_QPA_PLATFORM=xcb)
[[ -n "$scale" ]] && env_args+=(QT_SCALE_FACTOR="$scale")
lang_args=()
[[ -n "$lang" ]] && lang_args=(--lang "$lang")
width="${size%x*}"; height="${size#*x}"
if [[ -n "$scale" ]]; then
    width=$(awk "BEGIN{print int($width*$scale)}"); height=$(awk "BEGIN{print int($height*$scale)}")
fi

# No D-Bus session: the window runs without a keychain here (and says so).
env -u DBUS_SESSION_BUS_ADDRESS -u DOCKER_CONFIG -u REGISTRY_AUTH_FILE -u HELM_REGISTRY_CONFIG -u XDG_RUNTIME_DIR \
    "${env_args[@]}" xvfb-run -a -s "-screen 0 ${width}x${height}x24" \
    "$app" --api-url "$base/api/v3" --registry "$registry" --ca-file "$root/tests/data/test-ca.pem" \
    --user octocat --image octocat/app:latest --ops pull,push --token-env GHCR_SCREENSHOT_TOKEN \
    --autorun --screenshot "$out" "${lang_args[@]}" "${extra[@]}"
echo "screenshot.sh: wrote $out (scenario $scenario)"
