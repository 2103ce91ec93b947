#!/usr/bin/env bash
# Runs the composite action's shell steps (run.sh install / run.sh check) under a simulated GitHub
# Actions runner: GITHUB_* and RUNNER_* variables, temp files for GITHUB_OUTPUT, GITHUB_STEP_SUMMARY
# and GITHUB_PATH, an event payload, and the test suite's HTTPS fake GitHub API + registry.
#   test-action.sh GHCR_DOCTOR_BINARY GHCR_FAKE_SERVER_BINARY TEST_CA_PEM
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
doctor="$(realpath "$1")" fake="$(realpath "$2")" ca="$(realpath "$3")"
failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

token="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" # the fake server's ok-read-write token (a test value)
"$fake" --scenario ok-read-write >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 1 100); do
    grep -q '^READY ' "$work/server.out" 2>/dev/null && break
    sleep 0.1
done
base="$(sed -n 's/^READY //p' "$work/server.out")"
[ -n "$base" ] || { echo "FAIL: the fake server did not start: $(cat "$work/server.err")"; exit 1; }
host="${base#https://}"

mkdir -p "$work/bin"
ln -s "$doctor" "$work/bin/ghcr-doctor"
printf '{"repository":{"full_name":"octocat/app"}}\n' >"$work/event.json"

# A fresh simulated runner for one step: $1 = name; the rest of the environment comes from the caller.
step() {
    local name="$1"
    shift
    : >"$work/output" && : >"$work/summary" && : >"$work/path"
    set +e
    env -i HOME="$work" PATH="$work/bin:/usr/bin:/bin" LANG=C.UTF-8 \
        GITHUB_ACTIONS=true GITHUB_ACTION_PATH="$here" GITHUB_OUTPUT="$work/output" \
        GITHUB_STEP_SUMMARY="$work/summary" GITHUB_PATH="$work/path" GITHUB_REPOSITORY=octocat/app \
        GITHUB_EVENT_NAME=push GITHUB_EVENT_PATH="$work/event.json" GITHUB_ACTOR=octocat \
        RUNNER_TEMP="$work" RUNNER_OS=Linux DOCKER_CONFIG="$work/no-docker" "$@" >"$work/$name.log" 2>&1
    echo $? >"$work/$name.rc"
    set -e
}
rc() { cat "$work/$1.rc"; }
no_token() {
    if grep -rqF "$token" "$work/output" "$work/summary" "$work/$1.log"; then fail "$1: the token appears in the output"; else pass "$1: no token in the log, summary or outputs"; fi
}

# install: a ghcr-doctor already on PATH is used as it is.
step install-reuse bash "$here/run.sh" install
if [ "$(rc install-reuse)" = 0 ] && grep -q "^Using .*ghcr-doctor" "$work/install-reuse.log" && [ ! -s "$work/path" ]; then
    pass "install: reuses the ghcr-doctor on PATH"
else
    fail "install: reuse ($(cat "$work/install-reuse.log"))"
fi

# install: no binary, no release package, no source tree → an error annotation, exit 1.
mkdir -p "$work/copy/installer/github-action" "$work/empty-bin"
cp "$here/run.sh" "$work/copy/installer/github-action/"
step install-fallback env PATH="$work/empty-bin:/usr/bin:/bin" GITHUB_ACTION_PATH="$work/copy/installer/github-action" \
    GHCR_DOCTOR_DEB_URL="file://$work/missing.deb" bash "$work/copy/installer/github-action/run.sh" install
if [ "$(rc install-fallback)" != 0 ] && grep -q "No release package at file://$work/missing.deb" "$work/install-fallback.log" &&
    grep -q "^::error title=GHCR Doctor::No source tree" "$work/install-fallback.log"; then
    pass "install: release package missing → source build → no source tree: an error annotation"
else
    fail "install: fallback ($(cat "$work/install-fallback.log"))"
fi

common=(GHCR_DOCTOR_IMAGE=octocat/app:latest "GHCR_DOCTOR_OPS=pull,push" GHCR_DOCTOR_REGISTRY="$host"
    GHCR_DOCTOR_ARGS="--api-url $base/api/v3 --ca-file $ca --timeout 5 --no-docker-credentials")

# check: a good token → exit 0, outputs, a summary, a notice.
step check-ok env "${common[@]}" GHCR_DOCTOR_TOKEN="$token" bash "$here/run.sh" check
if [ "$(rc check-ok)" = 0 ] && [ "$(cat "$work/output")" = $'verdict=ok\npull=allowed\npush=allowed' ] &&
    grep -q "^### ✅ GHCR Doctor" "$work/summary" && grep -q "^::notice title=GHCR Doctor::" "$work/check-ok.log"; then
    pass "check: a working token (exit 0, outputs verdict/pull/push, summary, notice)"
else
    fail "check: working token (rc $(rc check-ok); outputs: $(cat "$work/output"); log: $(head -c 2000 "$work/check-ok.log"))"
fi
no_token check-ok

# check: a token the server does not know → exit 1, action-needed, error annotations.
step check-bad env "${common[@]}" GHCR_DOCTOR_TOKEN="ghp_${token:4:30}000000" bash "$here/run.sh" check
if [ "$(rc check-bad)" = 1 ] && grep -q "^verdict=action-needed$" "$work/output" &&
    grep -q "^::error title=GHCR Doctor%3A " "$work/check-bad.log" && grep -q "^#### Fix steps" "$work/summary"; then
    pass "check: a refused token (exit 1, action-needed, error annotations, fix steps)"
else
    fail "check: refused token (rc $(rc check-bad); outputs: $(cat "$work/output"); log: $(head -c 2000 "$work/check-bad.log"))"
fi

# check: an empty token input (a pull request from a fork gets no secrets).
step check-empty env "${common[@]}" GHCR_DOCTOR_TOKEN= bash "$here/run.sh" check
if [ "$(rc check-empty)" = 1 ] && grep -q "^::error title=GHCR Doctor::The token input is empty" "$work/check-empty.log" &&
    grep -q "^verdict=action-needed$" "$work/output"; then
    pass "check: an empty token input"
else
    fail "check: empty token ($(cat "$work/check-empty.log"))"
fi

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "all passed"
