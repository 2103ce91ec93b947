#!/usr/bin/env bash
# Compiles the Windows installer script CPack generates (NSIS) with Debian's makensis, so that a broken
# installer configuration fails here and not first on the Windows CI runner. Usage:
#   installer/test-nsis-script.sh <configured build dir>
# The payload is this Linux build (the Windows binary and Qt DLLs exist only on Windows), so the result
# is not a usable installer: what is checked is that makensis accepts the script and that the script
# has the MIT licence page, the optional "add to PATH" page and the Start-menu shortcut to
# bin\ghcr-doctor.exe. Not checked here: installing, the PATH change and the shortcut on Windows.
# Exit 77 (skipped) without makensis.
# shellcheck disable=SC2016  # the $INSTDIR in the patterns is NSIS syntax, not a shell variable
set -uo pipefail
if [ $# -ne 1 ] || [ ! -f "$1/CPackConfig.cmake" ]; then
    echo "usage: $0 <configured build dir>" >&2
    exit 2
fi
build="$(cd "$1" && pwd)"
command -v makensis >/dev/null || { echo "SKIP: makensis not installed (Debian package nsis)"; exit 77; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
result() { if [ "$1" -eq 0 ]; then echo "PASS: $2"; else echo "FAIL: $2"; failed=1; fi; }

if ! (cd "$build" && cpack -G NSIS -B "$work") >"$work/cpack.log" 2>&1; then
    tail -30 "$work/cpack.log"
    echo "FAIL: makensis rejected the CPack-generated installer script"
    exit 1
fi
nsi="$(find "$work/_CPack_Packages" -name project.nsi | head -1)"
exe="$(find "$work" -maxdepth 1 -name '*.exe' | head -1)"
[ -n "$exe" ]
result $? "makensis $(makensis -VERSION) compiled $(basename "${exe:-none}")"
grep -q 'MUI_PAGE_LICENSE .*LICENSE.txt' "$nsi" && grep -q '^MIT License' "$build/installer/LICENSE.txt"
result $? "licence page shows the MIT LICENSE"
grep -q 'StrCmp "ON" "ON" 0 doNotAddToPath' "$nsi" && grep -qF 'Push $INSTDIR\bin' "$nsi"
result $? "optional 'add to PATH' page, adding \$INSTDIR\\bin"
grep -qF 'GHCR Doctor.lnk" "$INSTDIR\bin\ghcr-doctor.exe"' "$nsi"
result $? "Start-menu shortcut to bin\\ghcr-doctor.exe"
exit "$failed"
