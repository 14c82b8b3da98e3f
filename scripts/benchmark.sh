#!/usr/bin/env bash
# Benchmark of the whole strategy (0002 -> 0004 and back) against the same work done by hand in psql,
# on a throwaway PostgreSQL cluster of its own. Not part of the pass/fail suite: its figures are printed.
#
#   scripts/benchmark.sh [--sizes N,N,...] [--large] [--runs N] [--batch-size N] [--json FILE]
#   scripts/benchmark.sh --online-load [--sizes N,N,...] [--clients N] [--stall-budget MS] [--schema-only]
#                        [--sample-waits] [--modes default,online]
#     --sizes       rows per model (characters, items, locations each); default 10000,100000,1000000
#     --large       adds 10000000 to the sizes
#     --runs        runs of every variant per size, the median is shown (default 3)
#     --batch-size  passed to the tool's migrate and rollback (default: the tool's own)
#     --json        where the results go as JSON (default benchmark-results.json in the current folder)
#     --online-load the application's waits instead (item 1 of issue 10): on a copy per mode, gma-appload
#                   (--clients sessions, default 4) plays the application while each step of 0002 -> 0004
#                   and back runs on its own (`migrate APP TARGET`), in the default mode and with --online;
#                   per step it prints the longest application statement (longest_stall_ms, and which),
#                   the p99 latency, and the writes gma-appload had acknowledged (COMMIT returned) that
#                   are not in the database afterwards (lost: inserted rows missing; after a forward
#                   step also audit values the application set and no longer holds), with a total
#                   "writes lost: N" line per mode. Default sizes 100000. --schema-only: only the schema
#                   steps (0002 -> 0003 and back per app, no data step), for large sizes.
#                   --sample-waits: while each step runs, pg_stat_activity is sampled every 50 ms and the
#                   step's line is followed by what the waiting application sessions waited for (the
#                   blocker's application, its state and its own wait event, in samples) and the longest
#                   lock wait seen (how long the statement waiting for a lock had run, at 50 ms
#                   resolution): unlike longest_ms, it leaves out statements slow for want of CPU.
#                   --modes: which modes, in order (default default,online).
#   scripts/benchmark.sh --late-rows [--sizes N,N,...]
#     --late-rows   fill-audit (issue 8): per size (default 100000 rows per model) migrate to 0004, insert
#                   N/10 late rows per model (timestamps set, audit users NULL), time `fill-audit --yes`
#                   (rows filled, rows per second) and then the rollback of the three data steps, which
#                   must leave the late rows NULL again
#   environment: GMA_CLI, the gma-migrator-cli to measure (default build/bin/gma-migrator-cli, built
#   with scripts/build.sh when missing); GMA_APPLOAD, gma-appload (default: found under build/).
#
# For every size it builds one database with `init-demo --rows N` (the schema at 0002) and, for every
# run, identical copies of it (CREATE DATABASE ... TEMPLATE). On its own copy each variant migrates
# from 0002 to 0004 and then rolls back to 0002, the variants alternating in order from run to run:
#   tool         gma-migrator-cli migrate --no-backup (preflight included), then rollback --yes --no-backup
#   hand         psql: Django's 0003 SQL of the three apps, then one set-based UPDATE ... FROM per table,
#                each with its django_migrations row; back: Django's reverse (every audit field to NULL,
#                then the 0003 reverse SQL), each with its django_migrations row
#   row-by-row   the seed's way (10,000 and 100,000 rows only): the same 0003 SQL, then one UPDATE per
#                row, one round trip each, in one transaction per table (Django's atomic RunPython);
#                back: one UPDATE per row setting the audit fields to NULL, then the 0003 reverse SQL
# After each direction the variants must agree (audit values, schema, django_migrations), or the
# script fails. The tool's data-step batches (BEGIN .. COMMIT of each batch, the time a batch holds its
# rows locked) are read from the server log (log_min_duration_statement = 0 on the tool's copies).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
sizes=10000,100000,1000000
runs=3
large=no
json=$PWD/benchmark-results.json
tool_args=()
mode=compare
schema_only=no
sample_waits=no
modes=default,online
clients=4
budget=1000
sizes_given=no
while [ $# -gt 0 ]; do
  case "$1" in
  --online-load) mode=online-load; shift ;;
  --late-rows) mode=late-rows; shift ;;
  --schema-only) schema_only=yes; shift ;;
  --sample-waits) sample_waits=yes; shift ;;
  --modes) modes=${2:?--modes needs a list}; shift 2 ;;
  --clients) clients=${2:?--clients needs a number}; shift 2 ;;
  --stall-budget) budget=${2:?--stall-budget needs a number}; shift 2 ;;
  --sizes) sizes=${2:?--sizes needs a list}; sizes_given=yes; shift 2 ;;
  --large) large=yes; shift ;;
  --runs) runs=${2:?--runs needs a number}; shift 2 ;;
  --batch-size) tool_args+=(--batch-size "${2:?--batch-size needs a number}"); shift 2 ;;
  --json) json=${2:?--json needs a file}; shift 2 ;;
  -h | --help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  *) echo "error: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ "$mode" != compare ] && [ "$sizes_given" = no ] && sizes=100000
[ "$large" = yes ] && sizes=$sizes,10000000
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "error: --runs needs a positive number" >&2; exit 2; }
IFS=, read -r -a size_list <<<"$sizes"
for n in "${size_list[@]}"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "error: --sizes needs numbers, not '$n'" >&2; exit 2; }
done

cli=${GMA_CLI:-$root/build/bin/gma-migrator-cli}
if [ ! -x "$cli" ] && [ -z "${GMA_CLI:-}" ]; then
  echo "Building the project (scripts/build.sh)"
  "$root/scripts/build.sh" >/dev/null
fi
[ -x "$cli" ] || { echo "error: $cli not found" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
fixtures=$root/tests/fixtures/sql
apps=(characters items locations)

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
unset PGPASSWORD PGSERVICE PGSSLMODE PGDATABASE
serverlog=$(dirname "$GMA_PGDATA")/server.log

q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$1" -c "$2"; }
q postgres "ALTER SYSTEM SET log_line_prefix = '%n [%p] %d '" >/dev/null
q postgres "SELECT pg_reload_conf()" >/dev/null

now_ns() { date +%s%N; }
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.2f", a / b }'; }
sec() { awk -v a="$1" 'BEGIN { if (a == "") print "-"; else printf "%.1f", a / 1000 }'; }

# --- --late-rows: fill-audit of rows inserted without audit users after the data step ------------
if [ "$mode" = late-rows ]; then
  echo "Cluster: PostgreSQL $(q postgres 'SHOW server_version'), $(nproc) cores"
  printf '%-9s %-9s %9s %11s %12s %12s\n' rows late_each filled fill_ms rows_per_s rollback_ms
  for n in "${size_list[@]}"; do
    db=gma_late_${n}
    late=$((n / 10))
    createdb "$db"
    export PGDATABASE=$db
    "$cli" init-demo --rows "$n" >"$work/init.log" 2>&1 || { cat "$work/init.log" >&2; exit 1; }
    "$cli" migrate --no-backup >"$work/migrate.log" 2>&1 || { cat "$work/migrate.log" >&2; exit 1; }
    for t in items_item locations_location; do
      q "$db" "INSERT INTO $t (name, description, campaign_id, created_at, updated_at) SELECT 'late ' || g, 'bulk',
               (SELECT min(id) FROM campaigns_campaign), now(), now() FROM generate_series(1, $late) g"
    done
    q "$db" "INSERT INTO characters_character (name, description, game_system, campaign_id, player_owner_id,
             is_deleted, created_at, updated_at) SELECT 'late ' || g, 'bulk', 'x', c.campaign_id, c.player_owner_id,
             false, now(), now() FROM generate_series(1, $late) g,
             (SELECT campaign_id, player_owner_id FROM characters_character ORDER BY id LIMIT 1) c"
    start=$(now_ns)
    "$cli" fill-audit --yes "${tool_args[@]}" >"$work/fill.log" 2>&1 || { cat "$work/fill.log" >&2; exit 1; }
    fill_ms=$((($(now_ns) - start) / 1000000))
    filled=$(grep -o 'Filled [0-9]*' "$work/fill.log" | awk '{ s += $2 } END { print s + 0 }')
    left=$(q "$db" "SELECT (SELECT count(*) FROM characters_character WHERE created_by_id IS NULL)
                     + (SELECT count(*) FROM items_item WHERE created_by_id IS NULL)
                     + (SELECT count(*) FROM locations_location WHERE created_by_id IS NULL)")
    [ "$left" = 0 ] || { echo "error: $left rows still without creator after fill-audit" >&2; exit 1; }
    start=$(now_ns)
    for app in "${apps[@]}"; do
      "$cli" migrate "$app" 0003 --no-backup >"$work/back.log" 2>&1 || { cat "$work/back.log" >&2; exit 1; }
    done
    back_ms=$((($(now_ns) - start) / 1000000))
    set_back=$(q "$db" "SELECT count(*) FROM items_item WHERE name LIKE 'late %' AND created_by_id IS NULL")
    [ "$set_back" = "$late" ] || { echo "error: only $set_back of $late late items are NULL again" >&2; exit 1; }
    printf '%-9s %-9s %9s %11s %12s %12s\n' "$n" "$late" "$filled" "$fill_ms" \
      "$(awk -v r="$filled" -v ms="$fill_ms" 'BEGIN { printf "%d", (ms > 0 ? r * 1000 / ms : 0) }')" "$back_ms"
    unset PGDATABASE
  done
  exit 0
fi

# --- --online-load: the application's waits per step, default mode against --online ---------------
if [ "$mode" = online-load ]; then
  appload=${GMA_APPLOAD:-$(find "$root/build" -name gma-appload -type f -perm -u+x 2>/dev/null | head -n 1)}
  [ -x "$appload" ] || { echo "error: gma-appload not found (build it: ninja -C build gma-appload)" >&2; exit 1; }
  step_name() { basename "$(ls "$root/migrations/$1"/"$2"_*.migration)" .migration; }
  # The writes gma-appload acknowledged (its --writes file $2) that database $1 lacks: inserted rows
  # missing, and with $3 = yes the last audit value the application set on a row that it no longer holds.
  lost_writes() {
    local tables t
    tables=$(awk '$1 == "audit" { print $2 }' "$2" | sort -u)
    {
      echo "CREATE TEMP TABLE ack_insert (tbl text, id bigint); CREATE TEMP TABLE ack_audit (tbl text, id bigint, col text, u bigint);"
      echo "COPY ack_insert FROM STDIN;"
      awk '$1 == "insert" { print $2 "\t" $3 }' "$2"
      echo '\.'
      echo "COPY ack_audit FROM STDIN;"
      awk '$1 == "audit" { last[$2 "\t" $3 "\t" $4] = $5 } END { for (k in last) print k "\t" last[k] }' "$2"
      echo '\.'
      printf 'SELECT (SELECT count(*) FROM ack_insert a WHERE NOT CASE a.tbl'
      for t in items_item characters_character locations_location; do
        printf " WHEN '%s' THEN EXISTS (SELECT 1 FROM %s x WHERE x.id = a.id)" "$t" "$t"
      done
      printf ' END)'
      if [ "$3" = yes ]; then
        for t in $tables; do
          printf " + (SELECT count(*) FROM ack_audit a LEFT JOIN %s x ON x.id = a.id WHERE a.tbl = '%s' AND a.u IS DISTINCT FROM CASE a.col WHEN 'created_by_id' THEN x.created_by_id ELSE x.modified_by_id END)" "$t" "$t"
        done
      fi
      echo ";"
    } | psql -X -q -At -v ON_ERROR_STOP=1 -d "$1"
  }
  # What the application's waiting sessions wait for (--sample-waits): one psql \watch every 50 ms.
  waits_query="SELECT w.application_name, w.wait_event, coalesce(b.application_name, '-'), coalesce(b.state, '-'), coalesce(b.wait_event_type || ':' || b.wait_event, 'running'), (extract(epoch FROM clock_timestamp() - w.query_start) * 1000)::bigint FROM pg_stat_activity w LEFT JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS bp(pid) ON true LEFT JOIN pg_stat_activity b ON b.pid = bp.pid WHERE w.application_name LIKE 'gma-appload%' AND w.wait_event_type = 'Lock' \\watch 0.05"
  echo "Cluster: PostgreSQL $(q postgres 'SHOW server_version'), $(nproc) cores; gma-appload with $clients clients; stall budget $budget ms"
  printf '%-9s %-8s %-9s %-44s %9s %9s %9s %5s  %s\n' rows mode direction step step_ms longest_ms p99_ms lost "longest statement"
  for n in "${size_list[@]}"; do
    base=gma_online_${n}
    createdb "$base"
    PGDATABASE=$base "$cli" init-demo --rows "$n" >"$work/init.log" 2>&1 ||
      { echo "error: init-demo failed:" >&2; cat "$work/init.log" >&2; exit 1; }
    q "$base" "CHECKPOINT" >/dev/null
    IFS=, read -r -a mode_list <<<"$modes"
    for m in "${mode_list[@]}"; do
      [ "$m" = default ] || [ "$m" = online ] || { echo "error: --modes takes default and online, not '$m'" >&2; exit 2; }
      db=${base}_$m
      total_lost=0
      q postgres "CREATE DATABASE $db TEMPLATE $base STRATEGY FILE_COPY" >/dev/null
      extra=(); [ "$m" = online ] && extra=(--online --stall-budget "$budget")
      # Forward one step at a time, then back one step at a time.
      steps=()
      for app in "${apps[@]}"; do
        steps+=("forward $app $(step_name "$app" 0003) $(step_name "$app" 0003)")
        [ "$schema_only" = yes ] || steps+=("forward $app $(step_name "$app" 0004) $(step_name "$app" 0004)")
      done
      for app in locations items characters; do
        [ "$schema_only" = yes ] || steps+=("backward $app $(step_name "$app" 0003) $(step_name "$app" 0004)")
        steps+=("backward $app $(step_name "$app" 0002) $(step_name "$app" 0003)")
      done
      for s in "${steps[@]}"; do
        read -r direction app target label <<<"$s"
        rm -f "$work/stop"
        rm -f "$work/writes"
        "$appload" --conninfo "host=$PGHOST port=$PGPORT user=$PGUSER dbname=$db" --clients "$clients" \
          --seconds 3600 --stop-file "$work/stop" --writes "$work/writes" >"$work/appload.out" 2>&1 &
        apid=$!
        until grep -q "appload: running" "$work/appload.out" 2>/dev/null; do
          kill -0 "$apid" 2>/dev/null || { echo "error: gma-appload stopped:" >&2; cat "$work/appload.out" >&2; exit 1; }
          sleep 0.1
        done
        sleep 1 # a second of load before the step, for the baseline
        spid=
        if [ "$sample_waits" = yes ]; then
          psql -X -q -At -F ' | ' -d "$db" <<<"$waits_query" >"$work/waits" 2>/dev/null &
          spid=$!
        fi
        t0=$(now_ns)
        PGDATABASE=$db "$cli" migrate "$app" "$target" --no-backup --skip-preflight "${extra[@]}" "${tool_args[@]}" \
          >"$work/step.log" 2>&1 || { echo "error: $m $direction $app $target failed:" >&2; cat "$work/step.log" >&2; touch "$work/stop"; wait "$apid"; exit 1; }
        t1=$(now_ns)
        [ -z "$spid" ] || { kill "$spid" 2>/dev/null || true; wait "$spid" 2>/dev/null || true; }
        sleep 1
        touch "$work/stop"
        wait "$apid"
        check_audit=no; [ "$direction" = forward ] && check_audit=yes
        lost=$(lost_writes "$db" "$work/writes" "$check_audit")
        total_lost=$((total_lost + lost))
        longest=$(sed -n 's/^appload: clients=.* longest_stall_ms=\([0-9]*\) .*/\1/p' "$work/appload.out")
        which=$(sed -n 's/^appload: clients=.* longest_stall_ms=[0-9]* (\(.*\))$/\1/p' "$work/appload.out" | cut -c1-60)
        p99=$(sed -n 's/^appload: latency .*p99_ms=\([0-9.]*\).*/\1/p' "$work/appload.out")
        printf '%-9s %-8s %-9s %-44s %9s %9s %9s %5s  %s\n' "$n" "$m" "$direction" "$app.${label:0:4} -> ${target:0:4}" \
          $(((t1 - t0) / 1000000)) "$longest" "$p99" "$lost" "$which"
        if [ -n "$spid" ]; then
          # waiter's wait event | blocker's application | its state | what the blocker itself waits for |
          # how long the waiting statement has run
          awk -F ' [|] ' 'NF == 6 { c[$2 " on " $3 " (" $4 ", " $5 ")"]++ } END { for (k in c) printf "    waits sampled: %5d x %s\n", c[k], k }' \
            "$work/waits" | sort -k3,3nr | head -n 6
          awk -F ' [|] ' 'NF == 6 && $6 + 0 > max { max = $6 + 0; what = $2 " on " $3 " (" $4 ", " $5 ")" }
            END { printf "    longest lock wait sampled: %d ms (%s)\n", max, (what == "" ? "none" : what) }' "$work/waits"
        fi
      done
      echo "writes lost: $total_lost ($n rows, $m mode, after every step so far)"
      state=$(q "$db" "SELECT count(*) FROM django_migrations WHERE name ~ '^000[34]_'")
      [ "$state" = 0 ] || { echo "error: $db did not end at 0002" >&2; exit 1; }
      q postgres "DROP DATABASE $db" >/dev/null
    done
    q postgres "DROP DATABASE $base" >/dev/null
  done
  exit 0
fi

# --- the hand-written SQL -------------------------------------------------------------------------
# Django's SQL of one migration file without its BEGIN/COMMIT (the caller wraps it with the record).
django_sql() { grep -v -e '^BEGIN;$' -e '^COMMIT;$' "$fixtures/$1/$2.$3.sql"; }
schema_name() { basename "$(ls "$fixtures/$1"/0003_*.forward.sql)" .forward.sql; }
record_sql() { # app name forward|backward
  if [ "$3" = forward ]; then echo "INSERT INTO django_migrations (app, name, applied) VALUES ('$1', '$2', now());"
  else echo "DELETE FROM django_migrations WHERE app = '$1' AND name = '$2';"; fi
}
owner_of() { # the owner expression and FROM/WHERE of a table, as the data step reads it
  case "$1" in
  characters) echo "characters_character|t.player_owner_id||" ;;
  items) echo "items_item|c.owner_id|FROM campaigns_campaign AS c|c.id = t.campaign_id AND" ;;
  locations) echo "locations_location|c.owner_id|FROM campaigns_campaign AS c|c.id = t.campaign_id AND" ;;
  esac
}
schema_forward() {
  for app in "${apps[@]}"; do
    echo "BEGIN;"; django_sql "$app" "$(schema_name "$app")" forward; record_sql "$app" "$(schema_name "$app")" forward; echo "COMMIT;"
  done
}
schema_backward() {
  for app in locations items characters; do
    echo "BEGIN;"; django_sql "$app" "$(schema_name "$app")" backward; record_sql "$app" "$(schema_name "$app")" backward; echo "COMMIT;"
  done
}
hand_forward() {
  schema_forward
  for app in "${apps[@]}"; do
    IFS='|' read -r table owner from where <<<"$(owner_of "$app")"
    cat <<SQL
BEGIN;
UPDATE $table AS t
   SET created_by_id = coalesce(t.created_by_id, $owner), modified_by_id = coalesce(t.modified_by_id, $owner)
  $from
 WHERE $where (t.created_by_id IS NULL OR t.modified_by_id IS NULL);
$(record_sql "$app" 0004_populate_audit_fields forward)
COMMIT;
SQL
  done
}
hand_backward() {
  for app in locations items characters; do
    IFS='|' read -r table _ <<<"$(owner_of "$app")"
    echo "BEGIN;"
    echo "UPDATE $table SET created_by_id = NULL, modified_by_id = NULL;"
    record_sql "$app" 0004_populate_audit_fields backward
    echo "COMMIT;"
  done
  schema_backward
}
# psql's \gexec sends every generated statement on its own: one round trip per row.
rowwise_forward() {
  schema_forward
  for app in "${apps[@]}"; do
    IFS='|' read -r table owner from where <<<"$(owner_of "$app")"
    cat <<SQL
BEGIN;
SELECT format('UPDATE $table SET created_by_id = %L, modified_by_id = %L WHERE id = %s',
              coalesce(t.created_by_id, $owner), coalesce(t.modified_by_id, $owner), t.id)
  FROM $table AS t ${from/FROM /, } WHERE ${where%AND} ${where:+AND} true ORDER BY t.id
\\gexec
$(record_sql "$app" 0004_populate_audit_fields forward)
COMMIT;
SQL
  done
}
rowwise_backward() {
  for app in locations items characters; do
    IFS='|' read -r table _ <<<"$(owner_of "$app")"
    cat <<SQL
BEGIN;
SELECT format('UPDATE $table SET created_by_id = NULL, modified_by_id = NULL WHERE id = %s', id) FROM $table ORDER BY id
\\gexec
$(record_sql "$app" 0004_populate_audit_fields backward)
COMMIT;
SQL
  done
  schema_backward
}
hand_forward >"$work/hand-forward.sql"
hand_backward >"$work/hand-backward.sql"
rowwise_forward >"$work/rowwise-forward.sql"
rowwise_backward >"$work/rowwise-backward.sql"

# --- what the variants must agree on --------------------------------------------------------------
values_sql="SELECT md5(string_agg(x, ',')) FROM (
  (SELECT 'c' || id || ':' || coalesce(created_by_id, 0) || ':' || coalesce(modified_by_id, 0) AS x FROM characters_character ORDER BY id)
  UNION ALL (SELECT 'i' || id || ':' || coalesce(created_by_id, 0) || ':' || coalesce(modified_by_id, 0) FROM items_item ORDER BY id)
  UNION ALL (SELECT 'l' || id || ':' || coalesce(created_by_id, 0) || ':' || coalesce(modified_by_id, 0) FROM locations_location ORDER BY id)) AS s"
schema_sql="SELECT md5(coalesce((SELECT string_agg(table_name || '.' || column_name || ' ' || data_type || ' ' ||
      coalesce(character_maximum_length, 0) || ' ' || is_nullable || ' ' || coalesce(column_default, ''), ',' ORDER BY table_name, column_name)
    FROM information_schema.columns WHERE table_schema = 'public'), '')
  || coalesce((SELECT string_agg(indexdef, ',' ORDER BY indexdef) FROM pg_indexes WHERE schemaname = 'public'), '')
  || coalesce((SELECT string_agg(conname || pg_get_constraintdef(oid), ',' ORDER BY conname) FROM pg_constraint
               WHERE connamespace = 'public'::regnamespace), '')
  || coalesce((SELECT string_agg(app || '.' || name, ',' ORDER BY app, name) FROM django_migrations), ''))"
fingerprint() { # database: schema, django_migrations and (when the columns exist) the audit values
  local f
  f=$(q "$1" "$schema_sql")
  if [ "$(q "$1" "SELECT count(*) FROM information_schema.columns WHERE column_name = 'created_by_id' AND table_schema = 'public'")" = 3 ]; then
    f="$f $(q "$1" "$values_sql")"
  fi
  echo "$f"
}

# --- one variant, one direction: prints its wall time in ms ----------------------------------------
run_variant() { # variant direction database
  local t0 t1 logstart
  case "$1" in
  tool)
    logstart=$(stat -c %s "$serverlog")
    t0=$(now_ns)
    if [ "$2" = forward ]; then
      PGDATABASE=$3 /usr/bin/time -f %M -o "$work/rss" "$cli" migrate --no-backup "${tool_args[@]}" >"$work/tool.log" 2>&1
    else
      PGDATABASE=$3 /usr/bin/time -f %M -o "$work/rss" "$cli" rollback --yes --no-backup "${tool_args[@]}" >"$work/tool.log" 2>&1
    fi || { echo "error: the tool failed ($2 on $3):" >&2; cat "$work/tool.log" >&2; exit 1; }
    t1=$(now_ns)
    tail -c +"$((logstart + 1))" "$serverlog" >"$work/slice.log"
    batch_times "$3" "$work/slice.log" >>"$work/batches"
    cat "$work/rss" >>"$work/rss-all"
    ;;
  hand | rowwise)
    local script=$work/hand-$2.sql
    [ "$1" = rowwise ] && script=$work/rowwise-$2.sql
    t0=$(now_ns)
    psql -X -q -v ON_ERROR_STOP=1 -d "$3" -f "$script" >/dev/null
    t1=$(now_ns)
    ;;
  esac
  echo $(((t1 - t0) / 1000000))
}

# The data-step batches of one database in a slice of the server log: for every transaction of the
# tool's session that touches populate_log, the time from BEGIN to the end of COMMIT in ms.
batch_times() {
  awk -v db="$1" '
    /^[0-9]+\.[0-9]+ \[[0-9]+\] / {
      ts = $1 * 1000; pid = $2; cur = ($3 == db) ? pid : ""
      if (cur == "") next
      if (match($0, /duration: [0-9.]+ ms/)) dur = substr($0, RSTART + 10, RLENGTH - 13) + 0; else dur = 0
      if ($0 ~ /statement: BEGIN$/) { start[pid] = ts - dur; batch[pid] = 0 }
      else if ($0 ~ /statement: COMMIT$/ && (pid in start)) {
        if (batch[pid]) printf "%.1f\n", ts - start[pid]
        delete start[pid]
      }
    }
    cur != "" && (cur in start) && /populate_log/ { batch[cur] = 1 }
  ' "$2"
}
percentile() { sort -n "$1" | awk -v p="$2" '{ a[NR] = $1 } END { if (NR == 0) { print "-"; exit } i = int(NR * p / 100 + 0.999999); if (i < 1) i = 1; if (i > NR) i = NR; printf "%.0f", a[i] }'; }

# --- the runs -------------------------------------------------------------------------------------
declare -A res
echo "Cluster: PostgreSQL $(q postgres 'SHOW server_version'), $(nproc) cores; $runs runs per variant; tool: $cli ${tool_args[*]}"
for n in "${size_list[@]}"; do
  base=gma_bench_${n}
  createdb "$base"
  t0=$(now_ns)
  PGDATABASE=$base "$cli" init-demo --rows "$n" >"$work/init.log" 2>&1 ||
    { echo "error: init-demo failed:" >&2; cat "$work/init.log" >&2; exit 1; }
  res[$n.init]=$((($(now_ns) - t0) / 1000000))
  q "$base" "CHECKPOINT" >/dev/null
  base_print=$(fingerprint "$base")
  variants=(tool hand)
  [ "$n" -le 100000 ] && variants+=(rowwise)
  : >"$work/batches-f"; : >"$work/batches-b"; : >"$work/rss-all"
  echo "$n rows per model: init-demo ${res[$n.init]} ms"
  for run in $(seq 1 "$runs"); do
    order=("${variants[@]}")
    if [ $((run % 2)) = 0 ]; then # every other run the other way round
      order=(); for ((i = ${#variants[@]} - 1; i >= 0; i--)); do order+=("${variants[i]}"); done
    fi
    for v in "${order[@]}"; do
      q postgres "CREATE DATABASE ${base}_$v TEMPLATE $base STRATEGY FILE_COPY" >/dev/null
      [ "$v" = tool ] && q postgres "ALTER DATABASE ${base}_$v SET log_min_duration_statement = 0" >/dev/null
    done
    line="  run $run:"
    for dir in forward backward; do
      : >"$work/batches"
      for v in "${order[@]}"; do
        ms=$(run_variant "$v" "$dir" "${base}_$v")
        res[$n.$dir.$v]="${res[$n.$dir.$v]:-} $ms"
        line="$line $v-$dir $ms ms,"
      done
      cat "$work/batches" >>"$work/batches-${dir:0:1}"
      first=$(fingerprint "${base}_${order[0]}")
      for v in "${order[@]}"; do
        if [ "$(fingerprint "${base}_$v")" != "$first" ]; then
          echo "error: after $dir, $v and ${order[0]} differ (audit values, schema or django_migrations)" >&2; exit 1
        fi
      done
      if [ "$dir" = forward ] && [ "$(q "${base}_tool" "SELECT count(*) FROM items_item WHERE created_by_id IS NULL")" != 0 ]; then
        echo "error: the data step left NULL audit values" >&2; exit 1
      fi
      if [ "$dir" = backward ] && [ "$first" != "$base_print" ]; then
        echo "error: after the rollback the schema differs from 0002" >&2; exit 1
      fi
    done
    echo "${line%,}"
    for v in "${order[@]}"; do q postgres "DROP DATABASE ${base}_$v" >/dev/null; done
  done
  q postgres "DROP DATABASE $base" >/dev/null
  for dir in forward backward; do
    for v in tool hand rowwise; do
      # shellcheck disable=SC2086
      [ -n "${res[$n.$dir.$v]:-}" ] && res[$n.$dir.$v.med]=$(median ${res[$n.$dir.$v]})
    done
    f=$work/batches-${dir:0:1}
    res[$n.$dir.batches]=$(wc -l <"$f")
    res[$n.$dir.p50]=$(percentile "$f" 50) res[$n.$dir.p99]=$(percentile "$f" 99) res[$n.$dir.max]=$(percentile "$f" 100)
  done
  res[$n.rss]=$(sort -n "$work/rss-all" | tail -1)
done

# --- the table and the JSON -----------------------------------------------------------------------
echo
echo "Median of $runs runs, seconds (row-by-row at 100,000 rows per model and below only); batch = one"
echo "data-step batch of the tool from BEGIN to the end of COMMIT, ms; RSS = the CLI's peak resident memory."
hdr='%-10s | %-8s | %7s %7s %7s %9s %9s | %6s %6s %6s | %7s\n'
printf "$hdr" rows step tool hand row-by-row tool/hand rbr/tool p50 p99 max "RSS MB"
for n in "${size_list[@]}"; do
  for dir in forward backward; do
    step=migrate; [ "$dir" = backward ] && step=rollback
    t=${res[$n.$dir.tool.med]} h=${res[$n.$dir.hand.med]} r=${res[$n.$dir.rowwise.med]:-}
    printf "$hdr" "$n" "$step" "$(sec "$t")" "$(sec "$h")" "$(sec "$r")" "$(ratio "$t" "$h")" "$(ratio "$r" "$t")" \
      "${res[$n.$dir.p50]}" "${res[$n.$dir.p99]}" "${res[$n.$dir.max]}" "$(awk -v k="${res[$n.rss]}" 'BEGIN { printf "%.0f", k / 1024 }')"
  done
done
prev=""
for n in "${size_list[@]}"; do
  if [ -n "$prev" ]; then
    printf 'growth %s -> %s rows: tool migrate x%s, rollback x%s; hand migrate x%s\n' "$prev" "$n" \
      "$(ratio "${res[$n.forward.tool.med]}" "${res[$prev.forward.tool.med]}")" \
      "$(ratio "${res[$n.backward.tool.med]}" "${res[$prev.backward.tool.med]}")" \
      "$(ratio "${res[$n.forward.hand.med]}" "${res[$prev.forward.hand.med]}")"
  fi
  prev=$n
done
for n in "${size_list[@]}"; do echo "init-demo --rows $n: ${res[$n.init]} ms"; done

list() { local out="" x; for x in $1; do out="$out${out:+, }$x"; done; echo "[$out]"; }
num() { [ -n "$1" ] && [ "$1" != - ] && echo "$1" || echo null; }
{
  echo "{"
  echo "  \"postgresql\": \"$(q postgres 'SHOW server_version')\", \"cores\": $(nproc), \"runs\": $runs,"
  echo "  \"tool_options\": \"${tool_args[*]}\", \"date\": \"$(date -u +%FT%TZ)\", \"sizes\": ["
  sep=""
  for n in "${size_list[@]}"; do
    printf '%s    {"rows": %s, "init_demo_ms": %s, "cli_peak_rss_kb": %s' "$sep" "$n" "${res[$n.init]}" "${res[$n.rss]}"
    for dir in forward backward; do
      step=migrate; [ "$dir" = backward ] && step=rollback
      printf ',\n     "%s": {' "$step"
      for v in tool hand rowwise; do
        printf '"%s_ms": %s, "%s_median_ms": %s, ' "$v" "$(list "${res[$n.$dir.$v]:-}")" "$v" "$(num "${res[$n.$dir.$v.med]:-}")"
      done
      printf '"tool_over_hand": %s, "rowwise_over_tool": %s, "batches": %s, "batch_p50_ms": %s, "batch_p99_ms": %s, "batch_max_ms": %s}' \
        "$(num "$(ratio "${res[$n.$dir.tool.med]}" "${res[$n.$dir.hand.med]}")")" \
        "$(num "$(ratio "${res[$n.$dir.rowwise.med]:-}" "${res[$n.$dir.tool.med]}")")" "${res[$n.$dir.batches]}" \
        "$(num "${res[$n.$dir.p50]}")" "$(num "${res[$n.$dir.p99]}")" "$(num "${res[$n.$dir.max]}")"
    done
    printf '}'
    sep=$',\n'
  done
  printf '\n  ]\n}\n'
} >"$json"
echo "JSON: $json"
