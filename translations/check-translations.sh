#!/usr/bin/env bash
# The translation check (ctest: translations_complete): runs lupdate over the application's
# sources into a temporary copy of each .ts file and fails, naming each entry, when a message is
# unfinished (new or changed in the sources, or never translated) or vanished (translated, but
# no longer in the sources). The .ts files themselves are left alone; to bring them up to date:
#   cmake --build BUILD_DIR --target update_translations   (then translate what is unfinished)
#   translations/check-translations.sh LUPDATE SOURCES.lst TS...
# SOURCES.lst: the sources and -I include paths the build uses (made by translations/CMakeLists.txt).
# English plural forms: translations/fill-english-plurals.py fills the new entries of gma-migrator_en.ts.
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 LUPDATE SOURCES.lst TS..." >&2; exit 2; }
lupdate=$1
list=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

status=0
for ts in "$@"; do
  copy="$tmp/$(basename "$ts")"
  cp "$ts" "$copy"
  # The English file holds only the plural forms (as update_translations writes it).
  only=()
  if grep -q '<TS [^>]*language="en' "$ts"; then only=(-pluralonly); fi
  if ! "$lupdate" -locations none "${only[@]}" "@$list" -ts "$copy" >"$tmp/lupdate.log" 2>&1; then
    cat "$tmp/lupdate.log" >&2
    echo "FAIL: lupdate could not read the sources for $ts" >&2
    exit 1
  fi
  # One line per entry that is not done: "unfinished|vanished<TAB>context<TAB>source".
  awk '
    function unescape(s) {
      gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\x27", s)
      gsub(/&amp;/, "\\&", s); return s
    }
    /<name>/ { ctx = $0; sub(/.*<name>/, "", ctx); sub(/<\/name>.*/, "", ctx) }
    /<source>/ { src = $0; sub(/.*<source>/, "", src); insrc = 1 }
    insrc && !/<source>/ { src = src "\\n" $0 }
    insrc && /<\/source>/ { sub(/<\/source>.*/, "", src); sub(/^[ \t]*/, "", src); insrc = 0 }
    /<translation[^>]*type="unfinished"/ { printf "unfinished\t%s\t%s\n", ctx, unescape(src) }
    /<translation[^>]*type="(vanished|obsolete)"/ { printf "vanished\t%s\t%s\n", ctx, unescape(src) }
  ' "$copy" >"$tmp/problems"
  # An English plural form still written as its source ("row(s)", "{was|were}") would show so.
  if [ ${#only[@]} -gt 0 ]; then
    grep -E '<numerusform>.*(\(s\)|\{[^{}|]*\|[^{}|]*\})' "$copy" | sed -E 's/^ *<numerusform>//; s/<\/numerusform>$//' |
      while IFS= read -r form; do printf 'unfinished\tplural form written as its source\t%s\n' "$form"; done >>"$tmp/problems" || true
  fi
  total=$(grep -c '<source>' "$copy" || true)
  if [ -s "$tmp/problems" ]; then
    status=1
    echo "FAIL: $(basename "$ts"): $(grep -c '^unfinished' "$tmp/problems" || true) unfinished and $(grep -c '^vanished' "$tmp/problems" || true) vanished of $total messages:"
    while IFS=$'\t' read -r kind context source; do
      echo "  $kind [$context] \"$source\""
    done <"$tmp/problems"
  else
    echo "OK: $(basename "$ts"): all $total messages translated, none vanished."
  fi
done
if [ "$status" != 0 ]; then
  echo "Update the .ts files with: cmake --build BUILD_DIR --target update_translations, then translate the unfinished entries (Qt Linguist) and drop the vanished ones." >&2
fi
exit "$status"
