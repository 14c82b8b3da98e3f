#!/usr/bin/env bash
# How far a fleet goes on one machine: N GMA databases (default 50) on a throwaway cluster of its
# own, each with `init-demo --rows R` (default 1000), then `fleet migrate` and `fleet rollback` over
# all of them at --parallel P (default 8). Not part of the pass/fail suite: it prints figures.
#
#   scripts/fleet-scale.sh [--targets N] [--rows R] [--parallel P]
#
# Printed per command: wall time, the tool's peak resident memory (/usr/bin/time), that memory per
# target, the most server sessions open at once (sampled from pg_stat_activity every 100 ms), and
# the summary line. Environment: GMA_CLI, the gma-migrator-cli to measure (default
# build/bin/gma-migrator-cli).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
targets=50
rows=1000
parallel=8
while [ $# -gt 0 ]; do
  case "$1" in
  --targets) targets=${2:?--targets needs a number}; shift 2 ;;
  --rows) rows=${2:?--rows needs a number}; shift 2 ;;
  --parallel) parallel=${2:?--parallel needs a number}; shift 2 ;;
  -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  *) echo "error: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
cli=${GMA_CLI:-$root/build/bin/gma-migrator-cli}
[ -x "$cli" ] || { echo "error: $cli is missing: build first (scripts/build.sh)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

work=$(mktemp -d /tmp/gma-fleet-scale.XXXXXX)
chmod 755 "$work"
env_file=$work/cluster.env
cleanup() {
  bash "$root/scripts/pg-test-cluster.sh" stop "$env_file" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
bash "$root/scripts/pg-test-cluster.sh" start "$env_file" >/dev/null
set -a
# shellcheck disable=SC1090
. "$env_file"
set +a
unset PGDATABASE

echo "building $targets databases of $rows rows per model..."
list=$work/targets.txt
: >"$list"
for i in $(seq 1 "$targets"); do
  db=gma_scale_$i
  psql -q -d postgres -c "CREATE DATABASE $db" >/dev/null
  PGDATABASE=$db "$cli" init-demo --rows "$rows" >/dev/null 2>&1
  echo "t$i: dbname=$db" >>"$list"
done

# The most sessions open at once while `$@` runs.
measure() {
  local name=$1
  shift
  local peak=$work/peak
  echo 0 >"$peak"
  (
    while :; do
      n=$(psql -Atq -d postgres -c "SELECT count(*) FROM pg_stat_activity WHERE datname LIKE 'gma_scale_%'" 2>/dev/null || echo 0)
      [ "$n" -gt "$(cat "$peak")" ] && echo "$n" >"$peak"
      sleep 0.1
    done
  ) &
  local sampler=$!
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$work/rss" "$cli" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; kill "$sampler"; exit 1; }
  end=$(date +%s.%N)
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  local rss
  rss=$(tail -1 "$work/rss")
  awk -v n="$name" -v s="$start" -v e="$end" -v r="$rss" -v t="$targets" -v p="$(cat "$peak")" \
    'BEGIN { printf "%-16s wall %6.1f s   peak RSS %4.0f MiB (%.2f MiB per target)   sessions at once %d\n", n, e - s, r / 1024, r / 1024 / t, p }'
  grep -E '^[0-9]+ targets:' "$work/out" | sed 's/^/                 /'
}

echo "fleet of $targets targets, --parallel $parallel, $rows rows per model each:"
measure "fleet migrate" fleet migrate --targets "$list" --parallel "$parallel" --no-backup
measure "fleet validate" fleet validate --targets "$list" --parallel "$parallel"
measure "fleet rollback" fleet rollback --targets "$list" --parallel "$parallel" --yes --no-backup
