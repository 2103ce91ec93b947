#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so QtKeychain
# talks to a real Secret Service. Used by CTest for the keychain tests.
# The throwaway password must not be empty: with an empty one gnome-keyring does not create the
# "login" collection, and every write fails with "Object does not exist at path …/collection/login".
set -euo pipefail
export GHCR_KEYRING_HOME="$(mktemp -d)"
trap 'rm -rf "$GHCR_KEYRING_HOME"' EXIT
export HOME="$GHCR_KEYRING_HOME" XDG_DATA_HOME="$GHCR_KEYRING_HOME/data" XDG_CONFIG_HOME="$GHCR_KEYRING_HOME/config"
export XDG_RUNTIME_DIR="$GHCR_KEYRING_HOME/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# No exec: the EXIT trap must run to remove the temporary HOME.
dbus-run-session -- sh -c 'printf "ghcr-doctor-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
