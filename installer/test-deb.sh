#!/usr/bin/env bash
# Proves the Linux packages on this machine. Usage (as root): installer/test-deb.sh <build-dir>
#
# The build dir must be configured with CMAKE_INSTALL_PREFIX=/usr and built (scripts/test.sh does both
# with the ci preset). Steps, each printing PASS/FAIL:
#   lint the GitHub workflows; cpack DEB + TGZ; inspect both; apt-get install ./…deb; the installed
#   `ghcr-doctor --version`; a headless `ghcr-doctor check` against the fake server; the installed
#   window under Xvfb; desktop-file-validate + appstreamcli on the installed files; purge, and no file
#   the package listed is left behind.
# Exits non-zero if any step fails. Always cleans up: stops the servers and windows it started and
# purges the package it installed.
# shellcheck disable=SC2015,SC2317,SC2012  # pass() always returns 0; cleanup() runs from the trap
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -ne 1 ] || [ ! -f "$1/CMakeCache.txt" ]; then
    echo "usage: $0 <configured build dir>" >&2
    exit 2
fi
build="$(cd "$1" && pwd)"
if [ "$(id -u)" -ne 0 ]; then
    echo "FAIL: test-deb.sh installs a package and must run as root" >&2
    exit 2
fi

app_id="io.github.ghcrdoctor.GhcrDoctor"
app_name="GHCR Doctor"
pkg="ghcr-doctor"
bin="/usr/bin/ghcr-doctor"
passed=0
failed=0
pass() { echo "PASS: $*"; passed=$((passed + 1)); }
fail() { echo "FAIL: $*"; failed=$((failed + 1)); }
step() { echo "== test-deb: $*"; }

work="$(mktemp -d /tmp/ghcr-test-deb.XXXXXX)"
chmod 755 "$work" # apt's _apt user reads the .deb from here
server_pid=""
window_pid=""
we_installed=0

cleanup() {
    local rc=$?
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null
        wait "$server_pid" 2>/dev/null
    fi
    if [ -n "$window_pid" ] && kill -0 "$window_pid" 2>/dev/null; then
        # xvfb-run was started in its own process group: end the group (Xvfb, the app, helpers).
        kill -- "-$window_pid" 2>/dev/null
        wait "$window_pid" 2>/dev/null
    fi
    if [ "$we_installed" -eq 1 ] && dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
        echo "== test-deb: cleanup: purging $pkg"
        DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq "$pkg" >/dev/null 2>&1
    fi
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

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

finish() {
    echo "test-deb: $passed passed, $failed failed"
    [ "$failed" -eq 0 ] && exit 0
    exit 1
}

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
prefix="$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")"
if [ -z "$version" ]; then
    fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"
    finish
fi
[ "$prefix" = "/usr" ] || echo "note: the build dir's CMAKE_INSTALL_PREFIX is '$prefix'; the .deb installs under /usr regardless"
echo "== test-deb: GHCR Doctor $version, build dir $build"

# -------------------------------------------------------------------------------------------------
step "workflow lint"
if "$root/installer/lint-workflows.sh"; then pass "workflow lint (yamllint + actionlint)"; else fail "workflow lint"; fi

# -------------------------------------------------------------------------------------------------
step "build (no-op when up to date)"
if cmake --build "$build" --target ghcr-doctor ghcr-fake-server >"$work/build.log" 2>&1; then
    pass "ghcr-doctor and ghcr-fake-server are built"
else
    tail -30 "$work/build.log"
    fail "build of ghcr-doctor / ghcr-fake-server"
    finish
fi

# -------------------------------------------------------------------------------------------------
step "cpack DEB + TGZ"
out="$build/packages"
rm -rf "$out"
if (cd "$build" && cpack -G "DEB;TGZ" -B "$out") >"$work/cpack.log" 2>&1; then
    pass "cpack -G 'DEB;TGZ'"
else
    tail -40 "$work/cpack.log"
    fail "cpack"
    finish
fi
arch="$(dpkg --print-architecture)"
deb="$out/${pkg}_${version}-1_${arch}.deb"
tgz="$out/${pkg}-${version}-Linux.tar.gz"
[ -f "$deb" ] && pass "package file $(basename "$deb")" || fail "missing $deb (have: $(ls "$out" | tr '\n' ' '))"
[ -f "$tgz" ] && pass "package file $(basename "$tgz")" || fail "missing $tgz"
[ -f "$deb" ] || finish

# The .deb's control data.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "$pkg" ] && [ "$(field Version)" = "${version}-1" ] \
    && pass "control: Package $pkg, Version ${version}-1" \
    || fail "control: Package '$(field Package)' Version '$(field Version)'"
depends="$(field Depends)"
missing=""
for d in libqt6core6 libqt6widgets6 libqt6network6 libqt6keychain1 libc6 qt6-qpa-plugins libqt6svg6 qt6-translations-l10n; do
    grep -Eq "(^|, )$d( |,|$)" <<<"$depends" || missing+=" $d"
done
[ -z "$missing" ] && pass "control: Depends (shlibdeps + runtime): $depends" || fail "control: Depends lacks$missing: $depends"
grep -q "gnome-keyring" <<<"$(field Recommends)" && pass "control: Recommends $(field Recommends)" \
    || fail "control: Recommends '$(field Recommends)' names no Secret Service provider"
for f in Maintainer Section Homepage Description; do
    [ -n "$(field "$f")" ] || fail "control: empty $f"
done

# The files both packages carry (relative to the prefix).
expected=(
    "bin/ghcr-doctor"
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
)
for s in 16 22 24 32 48 64 128 256 512; do expected+=("share/icons/hicolor/${s}x${s}/apps/$app_id.png"); done
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's#^\./##' >"$work/deb.list"
tar tzf "$tgz" >"$work/tgz.list" 2>/dev/null
missing_deb=""
missing_tgz=""
for e in "${expected[@]}"; do
    grep -qx "usr/$e" "$work/deb.list" || missing_deb+=" usr/$e"
    grep -qx "${pkg}-${version}-Linux/$e" "$work/tgz.list" || missing_tgz+=" $e"
done
[ -z "$missing_deb" ] && pass "deb content: binary, desktop entry, metainfo, SVG + 9 PNG icons" || fail "deb content lacks:$missing_deb"
[ -z "$missing_tgz" ] && pass "tgz content: ${pkg}-${version}-Linux/{bin,share/...} ($(grep -vc '/$' "$work/tgz.list") files)" \
    || fail "tgz content lacks:$missing_tgz"
if grep -Eq '(tests/|fake-server|\.cpp$|\.h$|CMakeFiles)' "$work/tgz.list" "$work/deb.list"; then
    fail "packages contain test or build files: $(grep -Eh '(tests/|fake-server|\.cpp$|\.h$|CMakeFiles)' "$work/tgz.list" "$work/deb.list" | head -5 | tr '\n' ' ')"
else
    pass "packages contain no test or build-tree files"
fi

# -------------------------------------------------------------------------------------------------
step "apt-get install ./$(basename "$deb")"
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
    echo "note: $pkg was already installed (an earlier run?): purging it first"
    DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq "$pkg" >/dev/null 2>&1
fi
cp "$deb" "$work/"
chmod 644 "$work/$(basename "$deb")"
we_installed=1
if (cd "$work" && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$(basename "$deb")") >"$work/apt.log" 2>&1; then
    pass "apt-get install ./$(basename "$deb")"
else
    tail -30 "$work/apt.log"
    fail "apt-get install"
    finish
fi
dpkg -L "$pkg" | sed '/^\/\.$/d' >"$work/installed.list"
# Remember what each listed path was, to check the removal against it.
while IFS= read -r p; do
    if [ -d "$p" ] && [ ! -L "$p" ]; then echo "d $p"; else echo "f $p"; fi
done <"$work/installed.list" >"$work/installed.types"
echo "   the package installed $(grep -c '^f ' "$work/installed.types") files"

# -------------------------------------------------------------------------------------------------
step "installed binary"
[ -x "$bin" ] && pass "$bin exists" || fail "$bin missing"
if version_out="$("$bin" --version 2>&1)" && grep -qF "$version" <<<"$version_out"; then
    pass "'ghcr-doctor --version' prints '$version_out'"
else
    fail "'ghcr-doctor --version' printed '$version_out' (expected $version)"
fi
rpath="$(readelf -d "$bin" 2>/dev/null | grep -E 'RPATH|RUNPATH' || true)"
[ -z "$rpath" ] && pass "installed binary has no RPATH/RUNPATH" || fail "installed binary has an RPATH: $rpath"
if ldd "$bin" | grep -q "not found"; then
    fail "unresolved libraries: $(ldd "$bin" | grep 'not found' | tr '\n' ' ')"
else
    pass "ldd resolves every library of the installed binary"
fi

# -------------------------------------------------------------------------------------------------
step "headless check against the fake server"
fake="$build/tests/support/ghcr-fake-server"
[ -x "$fake" ] || fake="$(find "$build" -type f -name ghcr-fake-server -perm -u+x 2>/dev/null | head -1)"
ca="$root/tests/data/test-ca.pem"
if [ -z "$fake" ] || [ ! -x "$fake" ]; then
    fail "ghcr-fake-server not found under $build (it is required)"
elif [ ! -f "$ca" ]; then
    fail "test CA $ca not found"
else
    token="$(make_classic_token)"
    mkdir -p "$work/home"
    "$fake" --scenario ok-read-write --token "$token" >"$work/server.out" 2>"$work/server.err" &
    server_pid=$!
    url=""
    for _ in $(seq 1 100); do
        url="$(sed -n 's/^READY \(https:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$work/server.out")"
        [ -n "$url" ] && break
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$url" ]; then
        fail "fake server did not print READY: $(cat "$work/server.err")"
    else
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
    fi
    kill "$server_pid" 2>/dev/null
    wait "$server_pid" 2>/dev/null
    server_pid=""
fi

# -------------------------------------------------------------------------------------------------
step "installed window under Xvfb"
cat >"$work/window.sh" <<EOF
#!/usr/bin/env bash
# Runs inside xvfb-run: start the installed app, wait for its window, record it, close it.
unset QT_QPA_PLATFORM
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config"
"$bin" >"$work/window-app.log" 2>&1 &
app=\$!
wid=""
for _ in \$(seq 1 120); do
    # Find the top-level window by its WM_CLASS instance (the binary name), then read its title.
    for w in \$(xdotool search --onlyvisible --classname "ghcr-doctor" 2>/dev/null); do
        case "\$(xdotool getwindowname "\$w" 2>/dev/null)" in
            *"$app_name"*) wid="\$w"; break ;;
        esac
    done
    [ -n "\$wid" ] && break
    kill -0 "\$app" 2>/dev/null || break
    sleep 0.25
done
if [ -n "\$wid" ]; then
    sleep 1 # let it paint
    xdotool getwindowname "\$wid" >"$work/window.title"
    xwininfo -id "\$wid" >"$work/window.info"
    xprop -id "\$wid" WM_CLASS >"$work/window.wmclass" 2>/dev/null
    import -window root "$work/window.png" 2>/dev/null
fi
if kill -0 "\$app" 2>/dev/null; then echo alive >"$work/window.alive"; fi
kill "\$app" 2>/dev/null
wait "\$app" 2>/dev/null
exit 0
EOF
chmod +x "$work/window.sh"
setsid timeout 90 xvfb-run -a -s "-screen 0 1280x800x24" "$work/window.sh" >"$work/xvfb.log" 2>&1 &
window_pid=$!
wait "$window_pid"
window_pid=""
if [ -s "$work/window.title" ]; then
    pass "a window titled '$(cat "$work/window.title")' appeared ($(tr -d '\n' <"$work/window.wmclass" 2>/dev/null))"
    wm_class="$(sed -n 's/.*= "[^"]*", "\([^"]*\)".*/\1/p' "$work/window.wmclass")"
    startup_class="$(sed -n 's/^StartupWMClass=//p' "/usr/share/applications/$app_id.desktop")"
    [ -n "$wm_class" ] && [ "$wm_class" = "$startup_class" ] \
        && pass "WM_CLASS class '$wm_class' matches the desktop entry's StartupWMClass" \
        || fail "WM_CLASS class '$wm_class' differs from the desktop entry's StartupWMClass '$startup_class'"
    w="$(sed -n 's/^ *Width: //p' "$work/window.info")"
    h="$(sed -n 's/^ *Height: //p' "$work/window.info")"
    if [ "${w:-0}" -ge 300 ] && [ "${h:-0}" -ge 200 ]; then pass "window size ${w}x${h}"; else fail "window size ${w}x${h}"; fi
    [ -f "$work/window.alive" ] && pass "the window was still running when closed" || fail "the app exited on its own"
    if [ -f "$work/window.png" ]; then
        colors="$(convert "$work/window.png" -format '%k' info: 2>/dev/null || echo 0)"
        [ "${colors:-0}" -gt 16 ] && pass "screenshot is not blank ($colors colours)" || fail "screenshot looks blank ($colors colours)"
    else
        fail "no screenshot"
    fi
else
    sed 's/^/   | /' "$work/xvfb.log" "$work/window-app.log" 2>/dev/null | head -30
    fail "no window titled '$app_name' appeared within 30 s"
fi

# -------------------------------------------------------------------------------------------------
step "installed desktop integration files"
desktop="/usr/share/applications/$app_id.desktop"
metainfo="/usr/share/metainfo/$app_id.metainfo.xml"
if desktop-file-validate "$desktop" >"$work/dfv.log" 2>&1 && ! grep -Eq ': (error|warning):' "$work/dfv.log"; then
    pass "desktop-file-validate $desktop$(grep -q hint "$work/dfv.log" && echo " (hints: $(grep -c hint "$work/dfv.log"))")"
    sed 's/^/   | /' "$work/dfv.log"
else
    sed 's/^/   | /' "$work/dfv.log"
    fail "desktop-file-validate $desktop"
fi
if appstreamcli validate --no-net "$metainfo" >"$work/as.log" 2>&1; then
    pass "appstreamcli validate --no-net $metainfo: $(grep -E 'Validation' "$work/as.log" | sed 's/^[^A-Za-z]*//')"
else
    sed 's/^/   | /' "$work/as.log"
    fail "appstreamcli validate --no-net $metainfo"
fi
grep -q "<release version=\"$version\" date=\"[0-9-]*\"" "$metainfo" \
    && pass "metainfo <release> is $version" || fail "metainfo has no <release version=\"$version\" date=…>"
grep -q "^Exec=ghcr-doctor$" "$desktop" && grep -q "^Icon=$app_id$" "$desktop" \
    && pass "desktop entry: Exec=ghcr-doctor, Icon=$app_id" || fail "desktop entry Exec/Icon"

# -------------------------------------------------------------------------------------------------
step "apt-get remove --purge $pkg"
if DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q "$pkg" >"$work/remove.log" 2>&1; then
    we_installed=0
    pass "apt-get remove --purge -y $pkg"
else
    tail -20 "$work/remove.log"
    fail "apt-get remove --purge"
fi
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
    fail "dpkg still lists $pkg as installed"
fi
left=""
while read -r type p; do
    if [ "$type" = f ]; then
        { [ -e "$p" ] || [ -L "$p" ]; } && left+=" $p"
    elif [ -d "$p" ] && [ -z "$(ls -A "$p")" ] && ! dpkg -S "$p" >/dev/null 2>&1; then
        left+=" $p/" # an empty directory no other package owns
    fi
done <"$work/installed.types"
[ -z "$left" ] && pass "nothing the package listed is left ($(wc -l <"$work/installed.types") paths checked)" \
    || fail "left behind after purge:$left"

finish
