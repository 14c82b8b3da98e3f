#!/usr/bin/env bash
# Benchmark of the desktop application at scale (not part of the pass/fail suite): the real window
# on a throwaway demo cluster with N rows per model, measured by gma-gui-benchmark: the run view
# during Migrate All, then the Audit Fields view (first rows of each model, scrolling to the end
# and back, sorting by each column). It prints each phase's time, its longest GUI-thread stall and
# the resident memory, against the targets (first rows <= 200 ms, no stall over 100 ms, < 250 MB).
#
#   scripts/benchmark-gui.sh [--rows N] [--json FILE]
#     --rows   rows per model (default 1000000)
#     --json   where the figures go as JSON (default benchmark-gui.json in the current folder)
#   environment: GMA_GUI_BENCHMARK, the binary (default build/bin/gma-gui-benchmark, built with
#   scripts/build.sh when missing); QT_QPA_PLATFORM (default offscreen).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rows=1000000
json=$PWD/benchmark-gui.json
while [ $# -gt 0 ]; do
  case $1 in
    --rows) rows=${2:?--rows needs a number}; shift 2 ;;
    --json) json=${2:?--json needs a file}; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "error: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$rows" =~ ^[1-9][0-9]*$ ]] || { echo "error: --rows needs a number, not '$rows'" >&2; exit 2; }
bin=${GMA_GUI_BENCHMARK:-$root/build/bin/gma-gui-benchmark}
if [ ! -x "$bin" ] && [ -z "${GMA_GUI_BENCHMARK:-}" ]; then
  echo "Building the project (scripts/build.sh)"
  "$root/scripts/build.sh" >/dev/null
fi
[ -x "$bin" ] || { echo "error: $bin not found" >&2; exit 1; }
# The demo cluster runs as the postgres user when this runs as root (as the tests do).
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec "$bin" --rows "$rows" --json "$json"
