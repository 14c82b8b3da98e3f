#!/usr/bin/env bash
# Benchmark of the strategy's data step (the three 0004 migrations) on a throwaway cluster.
#   scripts/benchmark.sh [ROWS] [REPETITIONS]
#     ROWS         characters, items and locations each (default 200000)
#     REPETITIONS  runs of each variant (default 5)
#   environment: GMA_CLI (default build/bin/gma-migrator-cli), GMA_BENCH_BATCH (passes --batch-size).
# Builds demo data once (init-demo), migrates it to 0003 and copies it (CREATE DATABASE ... TEMPLATE)
# for every run, so that each variant starts from an identical database. Measures, as wall time:
#   tool      gma-migrator-cli migrate                (the three 0004 steps, batched, logged)
#   hand      the best hand-written SQL for the same end state, one UPDATE per table, in psql
#   tool-back gma-migrator-cli migrate APP 0003 x3  (sets back exactly what the data step filled)
#   hand-back Django's reverse of 0004 (every audit field to NULL), in psql
# and prints the median of each and the ratio tool/hand. No figure here is a pass/fail criterion.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
rows=${1:-200000}
reps=${2:-5}
cli=${GMA_CLI:-$root/build/bin/gma-migrator-cli}
[ -x "$cli" ] || { echo "error: $cli not found: build the project first (scripts/build.sh)." >&2; exit 1; }
batch_args=()
[ -n "${GMA_BENCH_BATCH:-}" ] && batch_args=(--batch-size "$GMA_BENCH_BATCH")
# The data step alone is measured: the automatic backup and the preflight checks that migrate
# runs first (when the build has them) are switched off, as the hand-written SQL has neither.
migrate_help=$("$cli" migrate --help 2>&1 || true)
for option in --no-backup --skip-preflight; do
  if grep -q -- "$option" <<<"$migrate_help"; then batch_args+=("$option"); fi
done

work=$(mktemp -d /tmp/gma-bench.XXXXXX)
envfile=$work/cluster.env
cleanup() {
  "$root/scripts/pg-test-cluster.sh" stop "$envfile" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM
"$root/scripts/pg-test-cluster.sh" start "$envfile" >/dev/null
# shellcheck disable=SC1090
. "$envfile"
export PGHOST PGPORT PGUSER
export PATH=$GMA_PGBIN:$PATH
unset PGPASSWORD PGSERVICE PGSSLMODE

now_ns() { date +%s%N; }
ms_since() { echo $(( ($(now_ns) - $1) / 1000000 )); }
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$1" -c "$2"; }
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

echo "Building the base database: init-demo --rows $rows, then the schema steps (0003)"
createdb gma_bench_base
t0=$(now_ns)
PGDATABASE=gma_bench_base "$cli" init-demo --rows "$rows" >"$work/init.log" 2>&1
for app in characters items locations; do
  PGDATABASE=gma_bench_base "$cli" migrate "${batch_args[@]}" "$app" 0003 >>"$work/init.log" 2>&1
done
q gma_bench_base "VACUUM ANALYZE"
echo "  built in $(ms_since "$t0") ms"

hand_forward="
UPDATE characters_character
   SET created_by_id = coalesce(created_by_id, player_owner_id),
       modified_by_id = coalesce(modified_by_id, player_owner_id)
 WHERE created_by_id IS NULL OR modified_by_id IS NULL;
UPDATE items_item AS t
   SET created_by_id = coalesce(t.created_by_id, c.owner_id),
       modified_by_id = coalesce(t.modified_by_id, c.owner_id)
  FROM campaigns_campaign AS c
 WHERE c.id = t.campaign_id AND (t.created_by_id IS NULL OR t.modified_by_id IS NULL);
UPDATE locations_location AS t
   SET created_by_id = coalesce(t.created_by_id, c.owner_id),
       modified_by_id = coalesce(t.modified_by_id, c.owner_id)
  FROM campaigns_campaign AS c
 WHERE c.id = t.campaign_id AND (t.created_by_id IS NULL OR t.modified_by_id IS NULL);"
hand_backward="
UPDATE characters_character SET created_by_id = NULL, modified_by_id = NULL;
UPDATE items_item SET created_by_id = NULL, modified_by_id = NULL;
UPDATE locations_location SET created_by_id = NULL, modified_by_id = NULL;"
end_state="SELECT md5(string_agg(x, ',')) FROM (
  (SELECT 'c' || id || ':' || created_by_id || ':' || modified_by_id AS x FROM characters_character ORDER BY id)
  UNION ALL (SELECT 'i' || id || ':' || created_by_id || ':' || modified_by_id FROM items_item ORDER BY id)
  UNION ALL (SELECT 'l' || id || ':' || created_by_id || ':' || modified_by_id FROM locations_location ORDER BY id)) AS s"
nulls="SELECT (SELECT count(*) FROM characters_character WHERE created_by_id IS NULL OR modified_by_id IS NULL)
  + (SELECT count(*) FROM items_item WHERE created_by_id IS NULL OR modified_by_id IS NULL)
  + (SELECT count(*) FROM locations_location WHERE created_by_id IS NULL OR modified_by_id IS NULL)"

tool=() hand=() toolback=() handback=()
same=yes
for rep in $(seq 1 "$reps"); do
  createdb -T gma_bench_base "gma_bench_tool_$rep"
  createdb -T gma_bench_base "gma_bench_hand_$rep"

  t0=$(now_ns)
  PGDATABASE=gma_bench_tool_$rep "$cli" migrate "${batch_args[@]}" >"$work/tool-$rep.log" 2>&1
  tool+=("$(ms_since "$t0")")
  t0=$(now_ns)
  psql -X -q -v ON_ERROR_STOP=1 -d "gma_bench_hand_$rep" -c "$hand_forward" >/dev/null
  hand+=("$(ms_since "$t0")")

  if [ "$(q "gma_bench_tool_$rep" "$nulls")" != 0 ] || [ "$(q "gma_bench_hand_$rep" "$nulls")" != 0 ] ||
     [ "$(q "gma_bench_tool_$rep" "$end_state")" != "$(q "gma_bench_hand_$rep" "$end_state")" ]; then
    same=NO
  fi

  t0=$(now_ns)
  for app in characters items locations; do
    PGDATABASE=gma_bench_tool_$rep "$cli" migrate "${batch_args[@]}" "$app" 0003 >>"$work/tool-$rep.log" 2>&1
  done
  toolback+=("$(ms_since "$t0")")
  t0=$(now_ns)
  psql -X -q -v ON_ERROR_STOP=1 -d "gma_bench_hand_$rep" -c "$hand_backward" >/dev/null
  handback+=("$(ms_since "$t0")")
  if [ "$(q "gma_bench_tool_$rep" "$end_state")" != "$(q "gma_bench_hand_$rep" "$end_state")" ]; then
    same=NO
  fi
  echo "  run $rep: tool ${tool[-1]} ms, hand ${hand[-1]} ms, tool-back ${toolback[-1]} ms, hand-back ${handback[-1]} ms"
  dropdb "gma_bench_tool_$rep"
  dropdb "gma_bench_hand_$rep"
done

mt=$(median "${tool[@]}") mh=$(median "${hand[@]}")
mtb=$(median "${toolback[@]}") mhb=$(median "${handback[@]}")
echo
echo "Data step (0004) on $rows rows per model, $reps runs${GMA_BENCH_BATCH:+, batch size $GMA_BENCH_BATCH} (tool options: ${batch_args[*]:-none}):"
printf '  %-44s median %7d ms\n' "tool  (gma-migrator-cli migrate)" "$mt"
printf '  %-44s median %7d ms\n' "hand  (3 UPDATEs in psql)" "$mh"
printf '  %-44s %s\n' "ratio tool/hand" "$(awk -v a="$mt" -v b="$mh" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
printf '  %-44s median %7d ms\n' "tool rollback (migrate APP 0003 x3)" "$mtb"
printf '  %-44s median %7d ms\n' "hand rollback (Django's reverse, psql)" "$mhb"
printf '  %-44s %s\n' "ratio tool/hand (rollback)" "$(awk -v a="$mtb" -v b="$mhb" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
printf '  %-44s %s\n' "same end state as the hand-written SQL" "$same"
[ "$same" = yes ]
