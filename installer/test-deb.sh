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
test_name="test-deb"
# shellcheck source=installer/package-test-lib.sh
. "$root/installer/package-test-lib.sh"
build_dir_as_root "$@"

app_id="io.github.ghcrdoctor.GhcrDoctor"
app_name="GHCR Doctor"
pkg="ghcr-doctor"
bin="/usr/bin/ghcr-doctor"
work="$(mktemp -d /tmp/ghcr-test-deb.XXXXXX)"
chmod 755 "$work" # apt's _apt user reads the .deb from here
window_pid=""
we_installed=0

cleanup() {
    local rc=$?
    stop_fake_server
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
out="$build/packages"
build_and_pack "$out" "DEB;TGZ"
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
    "share/doc/$pkg/copyright"
    "share/doc/$pkg/LICENSE"
    "share/doc/$pkg/CHANGELOG.md"
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
[ -z "$missing_deb" ] && pass "deb content: binary, desktop entry, metainfo, SVG + 9 PNG icons, copyright, LICENSE, CHANGELOG" || fail "deb content lacks:$missing_deb"
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
headless_check "$bin"

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
grep -q "<project_license>MIT</project_license>" "$metainfo" && pass "metainfo: project_license MIT" \
    || fail "metainfo has no <project_license>MIT</project_license>"
copyright="/usr/share/doc/$pkg/copyright"
if head -1 "$copyright" 2>/dev/null | grep -q "^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" \
    && grep -q "^License: Expat$" "$copyright" && grep -q "LGPL-3" "$copyright" && grep -q "BSD-2-Clause" "$copyright"; then
    pass "$copyright: machine-readable, Expat (MIT), names Qt's LGPL-3 and QtKeychain's BSD-2-Clause"
else
    fail "$copyright is missing or not the machine-readable MIT copyright file"
fi
grep -q "^MIT License" "/usr/share/doc/$pkg/LICENSE" 2>/dev/null && pass "/usr/share/doc/$pkg/LICENSE is the MIT licence" \
    || fail "/usr/share/doc/$pkg/LICENSE missing"
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
