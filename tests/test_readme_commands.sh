#!/usr/bin/env bash
# Every command README.md shows is run here, or by the script this file names for it, so that none
# can go stale.
#   test_readme_commands.sh README ENVFILE CLI [GUI]
# (ENVFILE: the pg_cluster fixture's environment; CLI, GUI: gma-migrator-cli, gma-migrator.)
#
# What counts as a command, in the README's fenced code blocks:
#   - every line of a ```sh block (a trailing \ joins the next line, a # starts a comment);
#   - every line starting with "$ " in any other fenced block. The lines after it, up to the next
#     "$ " line, are its quoted output: each must appear in the command's output (stdout and stderr
#     together); a line "..." stands for lines left out, "…" inside a line for any text, and
#     "(exit code N)" gives the expected exit code (default 0). Both sides are compared after
#     normalize(): durations, sizes and digits made alike, runs of blanks made one.
# A line "<!-- readme-test: fixture NAME -->" runs the fixture NAME (below) at that point. A "$ "
# line outside a fenced block fails the test (it would escape it).
#
# The commands are run in README order, in one shell (an `export` holds for the commands after
# it), in a work folder that is HOME too, against the database gma_scratch of the test cluster.
# A command is either run, or matched by an entry of NOT_RUN (a command prefix, the file that runs
# it, the text that file must hold); any other command fails the test.
set -uo pipefail

readme=${1:?README.md}
envfile=${2:?the test cluster environment file}
cli=${3:?gma-migrator-cli}
gui=${4:-}
src=$(cd "$(dirname "$readme")" && pwd)

# shellcheck disable=SC1090
set -a; . "$envfile"; set +a
test_host=$PGHOST
test_port=$PGPORT
work=$(mktemp -d /tmp/gma-readme.XXXXXX)
lockfifo="$work/lock.fifo"
lockpid=""
cleanup() {
  [ -n "$lockpid" ] && kill "$lockpid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# The placeholders of the README's commands, and the test's values for them (the only rewriting).
substitute_command() {
  local c=$1
  c=${c//PGHOST=db.example/PGHOST=$test_host}
  c=${c//PGPORT=5432/PGPORT=$test_port}
  c=${c//PGUSER=dba/PGUSER=postgres}
  printf '%s' "$c"
}
# And back, in what the commands print: the server as the README names it, the home folder as ~.
substitute_output() {
  sed -e "s#postgres@$test_host:$test_port/#dba@db.example:5432/#g" -e "s#$work#~#g"
}

# Commands that cannot run inside CTest: prefix | file (relative to the checkout) | text it holds.
NOT_RUN=(
  "bash scripts/test.sh|.ci/run|bash scripts/test.sh"
  "bash scripts/setup-debian.sh && bash scripts/build.sh|scripts/test.sh|bash scripts/setup-debian.sh"
  "bash scripts/setup-debian.sh && bash scripts/build.sh|scripts/test.sh|bash scripts/build.sh"
  "cd build && cpack -G DEB|scripts/package-check.sh|cpack -G DEB"
  "apt-get install -y ./gma-migrator_*.deb|scripts/package-check.sh|apt-get install -y ./gma-migrator_*.deb"
  "apt-get remove -y gma-migrator|scripts/package-check.sh|apt-get remove -y gma-migrator"
  "gma-migrator --demo|scripts/demo.sh|build/bin/gma-migrator --demo"
  "gma-migrator --demo|scripts/package-check.sh|--demo --demo-rows"
)
# Commands run here in another form: prefix | what runs instead. The demo's setup and build are
# those of scripts/test.sh, its desktop half is package-check.sh's; its headless half runs here.
INSTEAD=(
  "bash scripts/demo.sh|GMA_CLI=\"$cli\" bash \"$src/scripts/cli-demo.sh\" 200"
)
# The benchmarks are scripts of their own: each option the README passes must be one they handle.
BENCHMARKS=(scripts/benchmark.sh scripts/benchmark-gui.sh)
[ -n "$gui" ] || NOT_RUN+=("gma-migrator --version|scripts/package-check.sh|/usr/bin/gma-migrator --version")

failures=0
fail() {
  echo "FAIL: README.md:$*" >&2
  failures=$((failures + 1))
}

# normalize: what may differ from one run to the next is made alike on both sides.
normalize() {
  sed -E -e 's/[0-9]+([.,][0-9]+)? ?(ms|s|min)\b/<time>/g' \
    -e 's/[0-9]+([.,][0-9]+)? ?(bytes|B|KiB|MiB|GiB|kB|MB|GB)\b/<size>/g' \
    -e 's/[0-9]+/#/g' -e 's/[[:space:]]+/ /g' -e 's/^ //; s/ $//'
}

# expect_lines QUOTED ACTUAL LINE: every quoted line (normalized, "…" as a wildcard) in ACTUAL.
expect_lines() {
  local quoted=$1 actual=$2 line=$3 missing
  missing=$(awk -v actual_file=<(normalize <"$actual") '
    BEGIN { while ((getline l < actual_file) > 0) lines[++n] = l }
    { want = $0
      if (want == "" || want == "...") next
      k = split(want, piece, "…")
      found = 0
      for (i = 1; i <= n && !found; i++) {
        pos = 1; ok = 1
        for (j = 1; j <= k; j++) {
          if (piece[j] == "") continue
          at = index(substr(lines[i], pos), piece[j])
          if (at == 0) { ok = 0; break }
          pos += at - 1 + length(piece[j])
        }
        found = ok
      }
      if (!found) print want
    }' < <(normalize <"$quoted"))
  if [ -n "$missing" ]; then
    fail "$line: quoted output not in the command's output: $(head -3 <<<"$missing")"
    echo "---- its output:" >&2
    head -40 "$actual" >&2
  fi
}

# The fixtures the README names.
psql_q() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }
fixture() {
  case "$1" in
  fresh-database)
    dropdb --if-exists gma_scratch && createdb gma_scratch &&
      gma-migrator-cli --db gma_scratch init-demo --rows 1000 >/dev/null 2>&1 ;;
  orphan-owner) # an owner deleted with the foreign keys bypassed
    psql_q -d gma_scratch -c "SET session_replication_role = replica;
      DELETE FROM users_user WHERE id = (SELECT owner_id FROM campaigns_campaign ORDER BY id LIMIT 1);" ;;
  duplicate-migration) # a reviewed copy of the definitions with a second leaf in characters
    rm -rf "$work/migrations-review" && cp -rL "$src/migrations" "$work/migrations-review" &&
      sed 's/^name: 0004_populate_audit_fields$/name: 0004_populate_audit_fields_again/' \
        "$src/migrations/characters/0004_populate_audit_fields.migration" \
        >"$work/migrations-review/characters/0004_populate_audit_fields_again.migration" ;;
  hold-lock) # an application session holding ACCESS SHARE on items_item until release-lock
    mkfifo "$lockfifo"
    PGAPPNAME=readme-lock-holder psql -X -q -d gma_scratch <"$lockfifo" >"$work/lock.log" 2>&1 &
    lockpid=$!
    exec 7>"$lockfifo"
    echo "BEGIN; LOCK TABLE items_item IN ACCESS SHARE MODE;" >&7
    local held=0
    for _ in $(seq 1 100); do
      held=$(psql_q -d gma_scratch -c "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid)
        WHERE a.application_name = 'readme-lock-holder' AND l.relation = 'items_item'::regclass AND l.granted")
      [ "$held" = 1 ] && break
      sleep 0.1
    done
    [ "$held" = 1 ] ;;
  release-lock)
    echo "COMMIT;" >&7 && exec 7>&- && wait "$lockpid"
    local rc=$?
    lockpid=""
    return $rc ;;
  *) echo "unknown fixture $1" >&2; return 1 ;;
  esac
}

# The records of the README: CMD LINE TEXT, OUT LINE TEXT, EXIT LINE N, FIX LINE NAME, STRAY LINE.
records="$work/records"
awk '
  function flush() { if (cmd != "") { print "CMD\t" cmdline "\t" cmd; cmd = "" } }
  /^```/ {
    if (!fence) { fence = 1; sh = ($0 ~ /^```(sh|bash)$/); quoting = 0 }
    else { flush(); fence = 0 }
    next
  }
  !fence {
    if ($0 ~ /^<!-- readme-test: fixture [a-z-]+ -->$/) { split($0, f, " "); print "FIX\t" NR "\t" f[4] }
    else if ($0 ~ /^[ \t]*\$ /) print "STRAY\t" NR "\t" $0
    next
  }
  sh {
    line = $0
    if (cmd == "") { if (line ~ /^[ \t]*(#.*)?$/) next; cmdline = NR }
    sub(/[ \t]+#[^"'\'']*$/, "", line)
    if (line ~ /\\$/) { cmd = cmd substr(line, 1, length(line) - 1); next }
    cmd = cmd line; flush(); next
  }
  /^\$ / { print "CMD\t" NR "\t" substr($0, 3); quoting = 1; next }
  quoting && /^\(exit code [0-9]+\)$/ { gsub(/[^0-9]/, ""); print "EXIT\t" NR "\t" $0; next }
  quoting { print "OUT\t" NR "\t" $0 }
' "$readme" >"$records"

# The Django project's manage.py, for the deployment profile's commands: prints what it was asked.
mkdir -p "$work/bin"
printf '#!/bin/sh\nshift\necho "manage.py $*: OK"\n' >"$work/bin/python"
chmod +x "$work/bin/python"
PATH="$(dirname "$cli"):${gui:+$(dirname "$gui"):}$work/bin:$GMA_PGBIN:$PATH"
export PATH HOME="$work" QT_QPA_PLATFORM=offscreen
unset XDG_CONFIG_HOME XDG_DATA_HOME PGDATABASE
cd "$work" || exit 1

# The fleet's targets file, two databases of the test cluster at 0002.
for db in gma_readme_eu1 gma_readme_eu2; do
  dropdb --if-exists "$db" && createdb "$db" && "$cli" --db "$db" init-demo --rows 100 >/dev/null 2>&1 ||
    { echo "cannot build the fleet database $db" >&2; exit 1; }
done
printf 'eu1: dbname=gma_readme_eu1\neu2: dbname=gma_readme_eu2\n' >targets.txt
dropdb --if-exists gma_scratch
dropdb --if-exists gma_scratch_restored

ran=0
mapped=0
# run_pending: run the command read last and check its exit code and quoted output.
pending_cmd=""
pending_line=""
pending_exit=0
: >"$work/quoted"
run_pending() {
  [ -n "$pending_cmd" ] || return 0
  local cmd=$pending_cmd line=$pending_line out="$work/out" rc entry prefix file needle opt matched=0
  pending_cmd=""
  for entry in "${NOT_RUN[@]}"; do
    IFS='|' read -r prefix file needle <<<"$entry"
    if [ "${cmd#"$prefix"}" != "$cmd" ]; then
      matched=1
      grep -qF -- "$needle" "$src/$file" || fail "$line: '$cmd' is said to be run by $file, which lacks '$needle'"
    fi
  done
  for benchmark in "${BENCHMARKS[@]}"; do
    if [ "${cmd%% *}" = "$benchmark" ]; then
      matched=1
      for opt in $(grep -oE -- '--[a-z][a-z-]*' <<<"$cmd"); do
        grep -qF -- "$opt)" "$src/$benchmark" || fail "$line: $benchmark does not handle $opt"
      done
    fi
  done
  for entry in "${INSTEAD[@]}"; do
    IFS='|' read -r prefix needle <<<"$entry"
    if [ "$cmd" = "$prefix" ]; then
      matched=1
      (eval "$needle") </dev/null >"$out" 2>&1 || { fail "$line: '$needle' (for '$cmd') failed"; tail -20 "$out" >&2; }
      grep -qF "Schema equals the contract's schema-at-0002.sql." "$out" || fail "$line: '$needle' did not end at 0002"
    fi
  done
  if [ "$matched" = 1 ]; then
    mapped=$((mapped + 1))
    echo "mapped $line: $cmd"
    : >"$work/quoted"
    return 0
  fi
  case "$cmd" in
  gma-migrator-cli* | gma-migrator\ * | export\ * | createdb\ * | psql\ *) ;;
  *)
    fail "$line: '$cmd' is neither run by this test nor mapped to a script that runs it (NOT_RUN)"
    return 0 ;;
  esac
  ran=$((ran + 1))
  eval "$(substitute_command "$cmd")" </dev/null >"$out.raw" 2>&1
  rc=$?
  substitute_output <"$out.raw" >"$out"
  if [ "$rc" != "$pending_exit" ]; then
    fail "$line: '$cmd' exited $rc, the README says $pending_exit"
    head -20 "$out" >&2
  fi
  [ -s "$work/quoted" ] && expect_lines "$work/quoted" "$out" "$line"
  : >"$work/quoted"
  echo "ok $line: $cmd (exit $rc)"
}

while IFS=$'\t' read -r kind line text; do
  case "$kind" in
  CMD) run_pending; pending_cmd=$text; pending_line=$line; pending_exit=0 ;;
  OUT) printf '%s\n' "$text" >>"$work/quoted" ;;
  EXIT) pending_exit=$text ;;
  FIX) run_pending; fixture "$text" || fail "$line: the fixture $text failed" ;;
  STRAY) fail "$line: a command outside a fenced code block: $text" ;;
  esac
done <"$records"
run_pending

# The command-line reference against the tool's own help: a row for every command `--help` lists,
# and every option a row names (and, for a row with "+ run options", every run option) listed by
# that command's `--help`.
reference="$work/reference"
awk '/^## Command-line reference/ { on = 1; next } on && /^## / { on = 0 } on' "$readme" >"$reference"
run_options=$(sed -n '/^\*\*Run options\*\*/,/^$/p' "$reference" | grep -oE -- '--[a-z][a-z-]*' | sort -u)
[ -n "$run_options" ] || fail "0: the command-line reference has no **Run options** paragraph"
for c in $("$cli" --help | sed -n 's/^  \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p'); do
  grep -qE "^\| \`$c( |\`)" "$reference" || fail "0: the command-line reference has no row for '$c' (gma-migrator-cli --help lists it)"
done
while IFS= read -r row; do
  first=$(cut -d'|' -f2 <<<"${row//\\|/}")
  for span in $(grep -oE '`[a-z][a-z-]*' <<<"$first" | tr -d '`' | sort -u); do
    help=$("$cli" "$span" --help 2>&1) || { fail "0: '$span --help' of the command-line reference failed"; continue; }
    opts=$(grep -oE -- '--[a-z][a-z-]*' <<<"$first")
    [[ "$first" == *"+ run options"* ]] && opts+=$'\n'"$run_options"
    for o in $opts; do
      grep -qE -- "(^|[ ,\[])$o([ =<,]|\$)" <<<"$help" ||
        fail "0: the command-line reference gives $span the option $o, which '$span --help' does not list"
    done
  done
done < <(grep -E '^\| `[a-z]' "$reference")

# What the README's commands left behind is what they said.
[ -f report.pdf ] && [ -f report.json ] && [ -f deploy.html ] && [ -f fleet.pdf ] ||
  fail "0: the reports of validate, deploy and fleet validate were not all written"
echo "README commands: $ran run, $mapped run by the scripts named for them, $failures failure(s)."
[ "$failures" = 0 ]
