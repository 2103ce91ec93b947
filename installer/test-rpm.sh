#!/usr/bin/env bash
# The RPM twin of installer/test-deb.sh. Usage (as root): installer/test-rpm.sh <build-dir>
#
# Builds and proves the .rpm on this Debian machine with Debian's rpm and rpmlint. Steps, each
# printing PASS/FAIL:
#   cpack RPM + DEB; the RPM's header (name, version, License: MIT, changelog, Requires from rpm's
#   dependency generator); its file list (rpm -qpl) compared with the .deb's; signed with a
#   throwaway GnuPG key and checked by rpmlint (0 errors; the only accepted warning is listed and
#   explained below); installed with `rpm --root <tree> --nodeps` (the tree has no Qt: the binary
#   runs with this machine's libraries), its signature and files verified, `--version` and a headless
#   check run from the tree, the desktop entry and metainfo validated; erased, nothing left behind.
# Exits non-zero if any step fails. Always cleans up (servers, gpg-agent, temporary tree).
# shellcheck disable=SC2015,SC2317,SC2012  # pass() always returns 0; cleanup() runs from the trap
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
test_name="test-rpm"
# shellcheck source=installer/package-test-lib.sh
. "$root/installer/package-test-lib.sh"
build_dir_as_root "$@"
for tool in rpm rpmbuild rpmlint rpmsign gpg; do
    command -v "$tool" >/dev/null || { echo "FAIL: '$tool' not found (scripts/debian-packages.txt: rpm, rpmlint, gnupg)" >&2; exit 2; }
done

app_id="io.github.ghcrdoctor.GhcrDoctor"
pkg="ghcr-doctor"
work="$(mktemp -d /tmp/ghcr-test-rpm.XXXXXX)"
export GNUPGHOME="$work/gnupg"

cleanup() {
    local rc=$?
    stop_fake_server
    [ -d "$GNUPGHOME" ] && gpgconf --homedir "$GNUPGHOME" --kill gpg-agent >/dev/null 2>&1
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
[ -n "$version" ] || { fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"; finish; }
echo "== test-rpm: GHCR Doctor $version, build dir $build, $(rpm --version), rpmlint $(rpmlint --version 2>/dev/null | head -1)"

# -------------------------------------------------------------------------------------------------
out="$build/packages-rpm"
build_and_pack "$out" "RPM;DEB"
if grep -q "CMake Warning" "$work/cpack.log"; then
    grep -A4 "CMake Warning" "$work/cpack.log" | sed 's/^/   | /'
    fail "cpack printed warnings"
fi
rpm_file="$out/${pkg}-${version}-1.$(uname -m).rpm"
deb_file="$out/${pkg}_${version}-1_$(dpkg --print-architecture).deb"
[ -f "$rpm_file" ] && pass "package file $(basename "$rpm_file") ($(stat -c %s "$rpm_file") bytes)" \
    || { fail "missing $rpm_file (have: $(ls "$out" | tr '\n' ' '))"; finish; }

# -------------------------------------------------------------------------------------------------
step "RPM header"
q() { rpm -qp --qf "$1" "$rpm_file" 2>/dev/null; }
[ "$(q '%{NAME} %{VERSION} %{RELEASE}')" = "$pkg $version 1" ] && pass "Name $pkg, Version $version, Release 1" \
    || fail "name/version/release: $(q '%{NAME} %{VERSION} %{RELEASE}')"
[ "$(q '%{LICENSE}')" = "MIT" ] && pass "License: MIT" || fail "License: '$(q '%{LICENSE}')'"
[ -n "$(q '%{PACKAGER}')" ] && [ -n "$(q '%{URL}')" ] && [ "$(q '%{SUMMARY}')" != "" ] \
    && pass "Packager, URL and Summary set" || fail "Packager/URL/Summary missing"
q '[%{CHANGELOGTEXT}\n]' | grep -q "Release $version" && pass "%changelog has an entry for $version" \
    || fail "%changelog has no entry for $version"
rpm -qpR "$rpm_file" >"$work/requires" 2>/dev/null
missing=""
for lib in 'libQt6Core.so.6()(64bit)' 'libQt6Gui.so.6()(64bit)' 'libQt6Widgets.so.6()(64bit)' \
    'libQt6Network.so.6()(64bit)' 'libQt6Svg.so.6()(64bit)' 'libqt6keychain.so.1()(64bit)' 'libc.so.6()(64bit)'; do
    grep -qxF "$lib" "$work/requires" || missing+=" $lib"
done
[ -z "$missing" ] && pass "Requires from rpm's dependency generator: $(grep -c '\.so' "$work/requires") soname requirements (Qt 6, QtKeychain, libc, libstdc++)" \
    || fail "Requires lacks$missing"
grep -q "^/" "$work/requires" && fail "Requires a file path: $(grep '^/' "$work/requires" | tr '\n' ' ')" \
    || pass "no file-path requirements"

# -------------------------------------------------------------------------------------------------
step "file list compared with the .deb"
# Regular files and symlinks, without directories, from both packages.
rpm -qp --qf '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm_file" | awk '$1 !~ /^d/ {print $2}' | sort >"$work/rpm.files"
dpkg-deb -c "$deb_file" | awk '$1 !~ /^d/ {print $NF}' | sed 's#^\./#/#' | sort >"$work/deb.files"
if diff -u "$work/deb.files" "$work/rpm.files" >"$work/files.diff"; then
    pass "the .rpm and the .deb install the same $(wc -l <"$work/rpm.files") files"
else
    sed 's/^/   | /' "$work/files.diff"
    fail "the .rpm's and the .deb's file lists differ"
fi
rpm_size="$(q '%{SIZE}')"
deb_size="$(dpkg-deb -f "$deb_file" Installed-Size)"
echo "   sizes: .rpm $(stat -c %s "$rpm_file") bytes (installed $rpm_size bytes), .deb $(stat -c %s "$deb_file") bytes (installed ${deb_size} KiB)"
for f in /usr/bin/ghcr-doctor "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" "/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    "/usr/share/doc/$pkg/LICENSE"; do
    grep -qxF "$f" "$work/rpm.files" || fail "the .rpm lacks $f"
done
q '[%{FILEFLAGS:fflags} %{FILENAMES}\n]' | grep -qE "^d?l /usr/share/doc/$pkg/LICENSE$" \
    && pass "LICENSE is a %license file" || fail "LICENSE is not marked %license"
q '[%{FILENAMES}\n]' | grep -qxE '/usr/share/(icons|applications|metainfo|doc)|/usr/share/icons/hicolor(/[^/]+)?(/apps)?|/usr/lib/\.build-id.*' \
    && fail "the .rpm claims a system directory or build-id links: $(q '[%{FILENAMES}\n]' | grep -xE '/usr/share/(icons|applications|metainfo|doc)|/usr/lib/\.build-id.*' | head -3 | tr '\n' ' ')" \
    || pass "the .rpm owns no system directory and no /usr/lib/.build-id links"

# -------------------------------------------------------------------------------------------------
step "sign (throwaway key) and rpmlint"
mkdir -m 700 "$GNUPGHOME"
key_uid="GHCR Doctor package test <package-test@invalid>"
if gpg --batch --pinentry-mode loopback --passphrase '' --quick-gen-key "$key_uid" rsa2048 sign 1d >"$work/gpg.log" 2>&1 \
    && gpg --batch --armor --export "$key_uid" >"$work/test-key.asc" \
    && rpmsign --addsign --define "_gpg_name $key_uid" --define "_gpg_path $GNUPGHOME" \
        --define "__gpg $(command -v gpg)" "$rpm_file" >"$work/sign.log" 2>&1; then
    pass "signed with a throwaway RSA key (release signing needs the project's key; see .github/workflows/release.yml)"
else
    sed 's/^/   | /' "$work/gpg.log" "$work/sign.log" 2>/dev/null | tail -10
    fail "signing the .rpm"
fi
# Accepted warnings, each with its reason:
#   no-manual-page-for-binary: there is no man page; `ghcr-doctor --help` and the README document the CLI.
accepted='no-manual-page-for-binary'
# rpmlint checks the signature against the rpm database in $HOME (Debian's rpm: %_dbpath ~/.rpmdb):
# give it a private HOME whose database trusts the throwaway key, never the real user's.
mkdir -p "$work/lint-home"
HOME="$work/lint-home" rpm --import "$work/test-key.asc" >"$work/import.log" 2>&1 || fail "rpm --import of the test key"
HOME="$work/lint-home" rpmlint -c "$root/installer/linux/rpmlint.toml" "$rpm_file" >"$work/rpmlint.log" 2>&1
sed 's/^/   | /' "$work/rpmlint.log" | grep -E ': [EW]: |packages and'
summary="$(grep -E 'packages and .* checked' "$work/rpmlint.log")"
errors="$(grep -c ': E: ' "$work/rpmlint.log")"
unexpected="$(grep ': W: ' "$work/rpmlint.log" | grep -vE ": W: ($accepted)( |$)")"
[ "$errors" -eq 0 ] && [ -n "$summary" ] && pass "rpmlint: 0 errors ($summary)" || fail "rpmlint: $errors errors"
[ -z "$unexpected" ] && pass "rpmlint: no warning other than the accepted ($accepted)" \
    || fail "rpmlint: unexplained warnings: $unexpected"

# -------------------------------------------------------------------------------------------------
step "install into a --root tree"
tree="$work/root"
mkdir -p "$tree"
rpm --root "$tree" --initdb >"$work/rpm.log" 2>&1 && rpm --root "$tree" --import "$work/test-key.asc" >>"$work/rpm.log" 2>&1
if rpm --root "$tree" -K "$rpm_file" >"$work/checksig.log" 2>&1 && grep -q "signatures OK" "$work/checksig.log"; then
    pass "rpm -K: $(sed "s#^$rpm_file: ##" "$work/checksig.log")"
else
    sed 's/^/   | /' "$work/checksig.log"
    fail "rpm -K did not find a valid signature"
fi
if rpm --root "$tree" -i --nodeps "$rpm_file" >>"$work/rpm.log" 2>&1; then
    pass "rpm --root <tree> -i --nodeps $(basename "$rpm_file")"
else
    sed 's/^/   | /' "$work/rpm.log" | tail -10
    fail "rpm -i into the tree"
    finish
fi
rpm --root "$tree" -q "$pkg" >/dev/null 2>&1 && pass "rpm -q: $(rpm --root "$tree" -q "$pkg")" || fail "rpm -q $pkg in the tree"
if rpm --root "$tree" -V --nodeps "$pkg" >"$work/verify.log" 2>&1; then
    pass "rpm -V: every installed file matches the package (size, digest, mode)"
else
    sed 's/^/   | /' "$work/verify.log" | head
    fail "rpm -V reports changed files"
fi
bin="$tree/usr/bin/ghcr-doctor"
build_info="$build/generated/app/core/BuildInfo.h"
[ -f "$build_info" ] || fail "no $build_info: cannot tell which commit --version should name"
commit="$(sed -n 's/^#define GHCR_COMMIT "\(.*\)"$/\1/p' "$build_info")"
expected="ghcr-doctor $version${commit:+ ($commit)}"
[ "$commit" = "v$version" ] && expected="ghcr-doctor $version"
if version_out="$("$bin" --version 2>&1)" && [ "$version_out" = "$expected" ]; then
    pass "the tree's 'ghcr-doctor --version' prints '$version_out'"
else
    fail "the tree's 'ghcr-doctor --version' printed '$version_out' (expected '$expected')"
fi
headless_check "$bin"
if desktop-file-validate "$tree/usr/share/applications/$app_id.desktop" >"$work/dfv.log" 2>&1 \
    && ! grep -Eq ': (error|warning):' "$work/dfv.log"; then
    pass "desktop-file-validate on the tree's desktop entry"
else
    sed 's/^/   | /' "$work/dfv.log"
    fail "desktop-file-validate"
fi
appstreamcli validate --no-net "$tree/usr/share/metainfo/$app_id.metainfo.xml" >"$work/as.log" 2>&1 \
    && pass "appstreamcli validate on the tree's metainfo" || { sed 's/^/   | /' "$work/as.log"; fail "appstreamcli validate"; }

# -------------------------------------------------------------------------------------------------
step "erase"
if rpm --root "$tree" -e "$pkg" >"$work/erase.log" 2>&1; then
    pass "rpm --root <tree> -e $pkg"
else
    sed 's/^/   | /' "$work/erase.log"
    fail "rpm -e"
fi
left="$(cd "$tree" && find usr -type f -o -type l 2>/dev/null)"
[ -z "$left" ] && pass "nothing the package installed is left in the tree" || fail "left behind: $(head -5 <<<"$left" | tr '\n' ' ')"

finish
