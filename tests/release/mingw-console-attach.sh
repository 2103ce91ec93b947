#!/usr/bin/env bash
# Cross-compiles the Windows console attach code (app/platform/WindowsConsole.cpp) with Debian's
# MinGW-w64 into a GUI-subsystem probe and checks the result: it compiles with the project's warnings
# as errors, the executable is a Windows GUI program (PE subsystem 2, so no console window opens), and
# it imports AttachConsole, GetStdHandle and GetFileType from KERNEL32. Running it needs Windows:
# that is not done here. Exit 77 (skipped) when x86_64-w64-mingw32-g++ is not installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cxx="$(command -v x86_64-w64-mingw32-g++-posix || command -v x86_64-w64-mingw32-g++ || true)"
objdump="$(command -v x86_64-w64-mingw32-objdump || true)"
if [ -z "$cxx" ] || [ -z "$objdump" ]; then
    echo "SKIP: x86_64-w64-mingw32-g++ / -objdump not installed (scripts/debian-packages.txt: g++-mingw-w64-x86-64-posix)"
    exit 77
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$cxx" -std=c++17 -O2 -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Werror -mwindows \
    -I"$root" -o "$work/probe.exe" \
    "$root/app/platform/WindowsConsole.cpp" "$root/tests/release/console_attach_probe.cpp" -static 2>"$work/cc.log" \
    || { cat "$work/cc.log"; echo "FAIL: MinGW cross-compile of app/platform/WindowsConsole.cpp"; exit 1; }
echo "PASS: $(basename "$cxx") $("$cxx" -dumpversion) compiled WindowsConsole.cpp + probe ($(stat -c %s "$work/probe.exe") bytes)"

"$objdump" -p "$work/probe.exe" >"$work/pe.txt"
subsystem="$(sed -n 's/^Subsystem[[:space:]]*\([0-9a-f]*\).*/\1/p' "$work/pe.txt")"
if [ "$((16#${subsystem:-0}))" -eq 2 ]; then
    echo "PASS: PE subsystem 2 (Windows GUI): no console window of its own"
else
    echo "FAIL: PE subsystem '$subsystem' (expected 2, Windows GUI)"
    exit 1
fi
for fn in AttachConsole GetStdHandle GetFileType; do
    if ! awk '/DLL Name: KERNEL32.dll/{k=1;next} /DLL Name:/{k=0} k' "$work/pe.txt" | grep -qw "$fn"; then
        echo "FAIL: the probe does not import $fn from KERNEL32.dll"
        exit 1
    fi
done
echo "PASS: imports AttachConsole, GetStdHandle, GetFileType from KERNEL32.dll"
echo "NOT RUN: attaching to a real cmd/PowerShell console and the exit code need Windows (CI's windows job)"
