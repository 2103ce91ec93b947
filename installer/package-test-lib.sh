#!/usr/bin/env bash
# Shared by installer/test-deb.sh and installer/test-rpm.sh (sourced, not run): PASS/FAIL counting,
# a well-formed test token, and the headless `ghcr-doctor check` of an installed binary against the
# project's HTTPS fake server. The sourcing script sets root and test_name before sourcing, and
# work (and build, through build_dir_as_root) before calling the functions.
# shellcheck disable=SC2154  # root, build, work and test_name come from the sourcing script
# shellcheck disable=SC2015  # pass() always returns 0

# build_dir_as_root <args>: the one argument must be a configured build dir (sets build), and the
# test must run as root (it installs packages). Exits 2 otherwise.
build_dir_as_root() {
    if [ $# -ne 1 ] || [ ! -f "$1/CMakeCache.txt" ]; then
        echo "usage: $test_name.sh <configured build dir>" >&2
        exit 2
    fi
    build="$(cd "$1" && pwd)"
    if [ "$(id -u)" -ne 0 ]; then
        echo "FAIL: $test_name.sh installs a package and must run as root" >&2
        exit 2
    fi
}

passed=0
failed=0
server_pid=""
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
step() { echo "== $test_name: $*"; }
finish() {
    echo "$test_name: $passed passed, $failed failed"
    [ "$failed" -eq 0 ] && exit 0
    exit 1
}

stop_fake_server() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null
        wait "$server_pid" 2>/dev/null
    fi
    server_pid=""
}

# build_and_pack <out dir> <generators>: builds the app and the fake server (a no-op when up to date),
# then runs cpack for the generators ("DEB;TGZ", "RPM;DEB") into <out dir>. Stops the test on failure.
build_and_pack() {
    local out="$1" generators="$2"
    step "build (no-op when up to date)"
    if cmake --build "$build" --target ghcr-doctor ghcr-fake-server >"$work/build.log" 2>&1; then
        pass "ghcr-doctor and ghcr-fake-server are built"
    else
        tail -30 "$work/build.log"
        fail "build of ghcr-doctor / ghcr-fake-server"
        finish
    fi
    step "cpack ${generators//;/ + }"
    rm -rf "$out"
    if (cd "$build" && cpack -G "$generators" -B "$out") >"$work/cpack.log" 2>&1; then
        pass "cpack -G '$generators'"
    else
        tail -40 "$work/cpack.log"
        fail "cpack"
        finish
    fi
}

# A fresh, well-formed classic token: "ghp_" + 30 random base62 characters + the 6-character
# base62 CRC32 of those 30 (the checksum GitHub builds in, which the app verifies offline).
make_classic_token() {
    local alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    local random="" i b crc=$((0xFFFFFFFF)) check=""
    while [ ${#random} -lt 30 ]; do
        random+="$(head -c 256 /dev/urandom | LC_ALL=C tr -dc 'A-Za-z0-9' | head -c $((30 - ${#random})))"
    done
    for ((i = 0; i < 30; i++)); do
        printf -v b '%d' "'${random:i:1}"
        crc=$((crc ^ b))
        for _ in 1 2 3 4 5 6 7 8; do
            if ((crc & 1)); then crc=$(((crc >> 1) ^ 0xEDB88320)); else crc=$((crc >> 1)); fi
        done
    done
    crc=$((crc ^ 0xFFFFFFFF))
    while ((crc > 0)); do
        check="${alphabet:crc % 62:1}$check"
        crc=$((crc / 62))
    done
    while [ ${#check} -lt 6 ]; do check="0$check"; done
    echo "ghp_$random$check"
}

# headless_check <binary>: `<binary> check` against the fake server (scenario ok-read-write) must
# exit 0 and never print the token.
headless_check() {
    local bin="$1" fake ca token url="" port check_rc
    fake="$build/tests/support/ghcr-fake-server"
    [ -x "$fake" ] || fake="$(find "$build" -type f -name ghcr-fake-server -perm -u+x 2>/dev/null | head -1)"
    ca="$root/tests/data/test-ca.pem"
    if [ -z "$fake" ] || [ ! -x "$fake" ]; then
        fail "ghcr-fake-server not found under $build (it is required)"
        return
    elif [ ! -f "$ca" ]; then
        fail "test CA $ca not found"
        return
    fi
    token="$(make_classic_token)"
    mkdir -p "$work/home"
    "$fake" --scenario ok-read-write --token "$token" >"$work/server.out" 2>"$work/server.err" &
    server_pid=$!
    for _ in $(seq 1 100); do
        url="$(sed -n 's/^READY \(https:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$work/server.out")"
        [ -n "$url" ] && break
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$url" ]; then
        fail "fake server did not print READY: $(cat "$work/server.err")"
        stop_fake_server
        return
    fi
    port="${url##*:}"
    echo "   fake server at $url"
    HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" GHCR_TEST_TOKEN="$token" \
        "$bin" check --api-url "$url/api/v3" --registry "127.0.0.1:$port" --image owner/app:latest \
        --ca-file "$ca" --token-env GHCR_TEST_TOKEN >"$work/check.out" 2>"$work/check.err" </dev/null
    check_rc=$?
    if [ "$check_rc" -eq 0 ]; then
        pass "installed 'ghcr-doctor check' against the fake server exits 0"
    else
        sed 's/^/   | /' "$work/check.out" "$work/check.err" | head -40
        fail "installed 'ghcr-doctor check' exited $check_rc (expected 0)"
    fi
    if grep -qF "$token" "$work/check.out" "$work/check.err"; then
        fail "the token appears in the check output"
    else
        pass "the token does not appear in the check output"
    fi
    stop_fake_server
}
