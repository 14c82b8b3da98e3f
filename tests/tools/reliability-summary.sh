#!/usr/bin/env bash
# Joins the figures the reliability tests recorded in DIR into one line:
#   faults survived: N/N, bad inputs handled: N/N, writes lost: 0
# Exit 1 when a figure is missing (its test did not finish), a fault or input was not survived,
# or a write was lost.
set -euo pipefail
dir=${1:?folder of the figures}
# The figure files of each kind; faults come from several tests and are added up.
fault_files=(faults backup-faults contention-faults)
# The desktop app's faults, when the GUI is built (the summary's caller says so).
[ "${2:-}" = with-gui ] && fault_files+=(gui-faults)
figure() { # FILE: its first line; missing means its test did not finish
  [ -s "$dir/$1.txt" ] || { echo "error: $dir/$1.txt is missing: run the reliability tests (ctest -L reliability)." >&2; exit 1; }
  head -n1 "$dir/$1.txt"
}
survived=0 tried=0
for f in "${fault_files[@]}"; do
  n=$(figure "$f") || exit 1
  n=${n##*: }
  survived=$((survived + ${n%/*})) tried=$((tried + ${n#*/}))
done
line=("faults survived: $survived/$tried" "$(figure bad-inputs)" "$(figure writes)")
summary="${line[0]}, ${line[1]}, ${line[2]}"
echo "$summary"
ok=1
for part in "${line[0]}" "${line[1]}"; do
  n=${part##*: }
  [ "${n%/*}" = "${n#*/}" ] || ok=0
done
[ "${line[2]}" = "writes lost: 0" ] || ok=0
[ "$ok" = 1 ] || { echo "error: not everything was survived: $summary" >&2; exit 1; }
