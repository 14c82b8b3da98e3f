#!/usr/bin/env bash
# The Debian package, end to end: builds it with `cpack -G DEB` in the build directory, checks its
# dependencies and contents, validates the desktop entry, the AppStream metainfo and the man
# pages, installs it with apt-get, runs the installed binaries from /usr/bin (and the bash
# completion), starts the desktop entry's command with --demo under xvfb-run in English and in
# German and takes a screenshot of each, then removes the package.
#   scripts/package-check.sh [BUILD_DIR]     (default: build; scripts/test.sh runs it after the tests)
# Screenshots go to $GMA_PACKAGE_SHOTS (default: BUILD_DIR/package-check).
# It installs into the system, so it runs only as root on Debian; elsewhere it says so and skips.
set -euo pipefail
# BUILD_DIR relative to where the script is called from; the default relative to the checkout.
build=""
[ -n "${1:-}" ] && build=$(cd "$1" && pwd)
cd "$(dirname "$0")/.."
[ -n "$build" ] || build=$(cd build && pwd)

if [ "$(id -u)" != 0 ] || [ ! -f /etc/debian_version ]; then
  echo "package-check: skipped: installing the package needs root on Debian (run as root: scripts/package-check.sh ${1:-build})."
  exit 0
fi

fail() {
  echo "package-check: FAILED: $*" >&2
  exit 1
}
step() { echo "package-check: $*"; }

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"
deb="gma-migrator_${version}_amd64.deb"
shots=${GMA_PACKAGE_SHOTS:-$build/package-check}
work=$(mktemp -d /tmp/gma-package-check.XXXXXX)
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then
    apt-get remove -y gma-migrator >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# 1. Build the package.
step "building $deb with cpack"
(cd "$build" && rm -f gma-migrator_*.deb && cpack -G DEB >"$work/cpack.log" 2>&1) || {
  cat "$work/cpack.log" >&2
  fail "cpack -G DEB"
}
[ -f "$build/$deb" ] || fail "cpack made no $deb"

# 2. Dependencies: shlibdeps found the libraries, plus the QPSQL plugin and the PostgreSQL client.
depends=$(dpkg-deb -f "$build/$deb" Depends)
step "Depends: $depends"
for want in libqt6core6 libqt6widgets6 libqt6sql6 libpq5 libqt6sql6-psql postgresql-client libc6; do
  grep -q "$want" <<<"$depends" || fail "Depends lacks $want"
done

# 3. Contents.
dpkg-deb -c "$build/$deb" | awk '{print $6}' | sed 's#^\./#/#' >"$work/files"
for f in /usr/bin/gma-migrator /usr/bin/gma-migrator-cli \
  /usr/share/applications/gma-migrator.desktop \
  /usr/share/metainfo/io.github.gma_migrator.GmaMigrator.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/gma-migrator.svg \
  /usr/share/gma-migrator/translations/gma-migrator_de.qm \
  /usr/share/bash-completion/completions/gma-migrator-cli \
  /usr/share/man/man1/gma-migrator.1 /usr/share/man/man1/gma-migrator-cli.1; do
  grep -qx "$f" "$work/files" || fail "the package lacks $f"
done
for size in 16 22 24 32 48 64 128 256; do
  grep -qx "/usr/share/icons/hicolor/${size}x${size}/apps/gma-migrator.png" "$work/files" ||
    fail "the package lacks the ${size}x${size} icon"
done
mkdir "$work/root"
dpkg-deb -x "$build/$deb" "$work/root"
for size in 16 48 256; do
  got=$(identify -format '%wx%h' "$work/root/usr/share/icons/hicolor/${size}x${size}/apps/gma-migrator.png")
  [ "$got" = "${size}x${size}" ] || fail "the ${size}x${size} icon is $got"
done

# 4. Desktop entry, metainfo, man pages.
desktop-file-validate "$work/root/usr/share/applications/gma-migrator.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.gma_migrator.GmaMigrator.metainfo.xml" ||
  fail "appstreamcli validate"
for page in gma-migrator gma-migrator-cli; do
  warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$work/root/usr/share/man/man1/$page.1" 2>&1)
  [ -z "$warnings" ] || fail "groff warns about $page.1: $warnings"
done

# 5. Install, and run what it installed.
step "apt-get install -y ./gma-migrator_*.deb"
(cd "$build" && DEBIAN_FRONTEND=noninteractive apt-get install -y ./gma-migrator_*.deb >"$work/apt.log" 2>&1) || {
  cat "$work/apt.log" >&2
  fail "apt-get install ./$deb"
}
installed=1
[ "$(command -v gma-migrator-cli)" = /usr/bin/gma-migrator-cli ] || fail "gma-migrator-cli is not /usr/bin's"
/usr/bin/gma-migrator-cli --version | tee "$work/cli-version"
grep -qx "gma-migrator-cli $version" "$work/cli-version" || fail "gma-migrator-cli --version"
/usr/bin/gma-migrator-cli --help >"$work/cli-help"
grep -q '^Commands:' "$work/cli-help" && grep -q 'showmigrations' "$work/cli-help" || fail "gma-migrator-cli --help"
env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/gma-migrator --version | tee "$work/gui-version" # no display needed
grep -q "$version" "$work/gui-version" || fail "gma-migrator --version"
# The language: the system's (LANG) for the application's and Qt's own messages, --lang over it.
if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
  LANG=de_DE.UTF-8 LANGUAGE='' /usr/bin/gma-migrator --help >"$work/help-de"
  grep -q '^Aufruf:' "$work/help-de" || fail "gma-migrator --help under LANG=de_DE.UTF-8 lacks Qt's German"
  grep -q 'Demodaten' "$work/help-de" || fail "gma-migrator --help under LANG=de_DE.UTF-8 is not in German"
  LANG=de_DE.UTF-8 LANGUAGE='' /usr/bin/gma-migrator --lang en --help | grep -q '^Usage:' || fail "--lang en"
fi
LANG=C.UTF-8 LANGUAGE='' /usr/bin/gma-migrator --lang de --help | grep -q 'Demodaten' || fail "--lang de"
# The man pages are the --help text: every command's synopsis is in gma-migrator-cli(1).
man1="$work/root/usr/share/man/man1"
MANWIDTH=200 man -l "$man1/gma-migrator-cli.1" >"$work/man-cli" 2>/dev/null || fail "man gma-migrator-cli"
sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p; s/^  \([a-z][a-z-]*\)$/\1/p' "$work/cli-help" >"$work/commands"
[ -s "$work/commands" ] || fail "no commands in --help"
while read -r c; do
  grep -q -- "$c" "$work/man-cli" || fail "gma-migrator-cli(1) lacks the command $c"
done <"$work/commands"
grep -q -- '--dry-run' "$work/man-cli" || fail "gma-migrator-cli(1) lacks migrate's options"
MANWIDTH=200 man -l "$man1/gma-migrator.1" 2>/dev/null | grep -q -- '--demo' || fail "gma-migrator(1) lacks --demo"
# The bash completion: commands, and a command's options, from the installed binary.
completion=$(bash -c '
  _init_completion() { words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}; }
  _filedir() { :; }
  source /usr/share/bash-completion/completions/gma-migrator-cli
  COMP_WORDS=(gma-migrator-cli showm); COMP_CWORD=1; _gma_migrator_cli; echo "${COMPREPLY[*]}"
  COMP_WORDS=(gma-migrator-cli migrate --dry); COMP_CWORD=2; _gma_migrator_cli; echo "${COMPREPLY[*]}"')
step "completion: $(tr '\n' ' ' <<<"$completion")"
grep -qx showmigrations <<<"$(sed -n 1p <<<"$completion")" || fail "completion of a command"
grep -qx -- --dry-run <<<"$(sed -n 2p <<<"$completion")" || fail "completion of migrate's options"

# 6. The desktop entry's command, with --demo, under xvfb-run: one screenshot in English, one in German.
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/gma-migrator.desktop | sed 's/ %[fFuUdDnNickvm]//g')
[ "${exec_line%% *}" = gma-migrator ] || fail "the desktop entry runs '$exec_line'"
mkdir -p "$shots"
ls -d /tmp/gma-demo.* 2>/dev/null >"$work/demo-dirs-before" || true
shoot() { # LANG NAME
  local lang=$1 name=$2
  step "starting '$exec_line --demo' (LANG=$lang) under xvfb-run"
  LANG=$lang LC_ALL=$lang LANGUAGE='' timeout 240 xvfb-run -a -s '-screen 0 1440x900x24' bash -c '
    '"$exec_line"' --demo --demo-rows 2000 >"$1/app.log" 2>&1 &
    app=$!
    # Connected to the demo database: the title names it ("DB — GMA Migrator (demo)").
    for _ in $(seq 1 180); do
      xwininfo -root -tree 2>/dev/null | grep -q " — GMA Migrator" && break
      kill -0 $app 2>/dev/null || exit 3
      sleep 0.5
    done
    xwininfo -root -tree | grep -q " — GMA Migrator" || exit 4
    # Then until the window stops changing (the tree and the tabs have loaded).
    import -window root "$1/prev.png"
    for _ in $(seq 1 40); do
      sleep 0.5
      import -window root "$1/shot.png"
      [ "$(compare -metric AE "$1/prev.png" "$1/shot.png" null: 2>&1 || true)" = 0 ] && break
      mv "$1/shot.png" "$1/prev.png"
    done
    [ -f "$1/shot.png" ] || mv "$1/prev.png" "$1/shot.png"
    kill -TERM $app
    wait $app' _ "$work" || { cat "$work/app.log" >&2 || true; fail "the desktop application under xvfb-run (LANG=$lang)"; }
  cp "$work/shot.png" "$shots/$name"
  step "screenshot: $shots/$name ($(identify -format '%wx%h' "$shots/$name"))"
}
shoot C.UTF-8 installed-en.png
if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
  shoot de_DE.UTF-8 installed-de.png
else
  step "no de_DE.UTF-8 locale: the German screenshot is skipped (scripts/setup-debian.sh generates it)"
fi
# The demo clusters the runs started are gone once their window closed.
for dir in /tmp/gma-demo.*; do
  [ -e "$dir" ] || continue
  grep -qxF "$dir" "$work/demo-dirs-before" || fail "the demo cluster $dir is still there after the window closed"
done

# 7. Remove it again.
step "apt-get remove -y gma-migrator"
DEBIAN_FRONTEND=noninteractive apt-get remove -y gma-migrator >"$work/apt.log" 2>&1 || fail "apt-get remove"
installed=0
[ ! -e /usr/bin/gma-migrator ] && [ ! -e /usr/bin/gma-migrator-cli ] || fail "the binaries are still there"
step "OK: $deb built, validated, installed, started and removed"
