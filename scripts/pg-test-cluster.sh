#!/usr/bin/env bash
# Starts or stops a throwaway PostgreSQL cluster for the tests and the demo.
#   pg-test-cluster.sh start ENVFILE   initdb in a new temporary folder, start it on a Unix socket
#                                      there and on a free loopback port; write PGHOST/PGPORT/PGUSER
#                                      (and the loopback password for TCP tests) to ENVFILE.
#   pg-test-cluster.sh replica ENVFILE PRIMARY_ENVFILE
#                                      a streaming hot standby of the cluster PRIMARY_ENVFILE describes
#                                      (pg_basebackup -R over its socket; initdb's pg_hba already lets
#                                      the local postgres role replicate), application_name
#                                      gma_replica, reporting its replay position every second; its
#                                      ENVFILE as for start.
#   pg-test-cluster.sh stop ENVFILE    stop that cluster (or replica) and remove its folder.
# PostgreSQL refuses to run as root, so as root the server runs as the postgres user.
set -euo pipefail

action=${1:?start|stop}
envfile=${2:?path of the environment file}

pgbin=${GMA_PG_BIN:-}
if [ -z "$pgbin" ]; then
  for v in 17 16 15; do
    if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then pgbin=/usr/lib/postgresql/$v/bin; break; fi
  done
fi
[ -n "$pgbin" ] || { echo "error: PostgreSQL server binaries not found: install postgresql-15." >&2; exit 1; }

as_server() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "error: no free loopback port found" >&2; exit 1
}

# The environment file of a server in $1 (socket folder) on port $2, TCP password $3.
write_env() {
  mkdir -p "$(dirname "$envfile")"
  cat > "$envfile" <<ENV
GMA_PGDATA=$1/data
GMA_PGBIN=$pgbin
PGHOST=$1
PGPORT=$2
PGUSER=postgres
GMA_TEST_TCP_PASSWORD=$3
ENV
  chmod 600 "$envfile"
}

case "$action" in
start)
  if [ -f "$envfile" ]; then
    # shellcheck disable=SC1090
    . "$envfile"
    if [ -n "${GMA_PGDATA:-}" ] && as_server "$pgbin/pg_ctl" -D "$GMA_PGDATA" status >/dev/null 2>&1; then
      echo "test cluster already running ($envfile)"; exit 0
    fi
  fi
  dir=$(mktemp -d /tmp/gma-pgtest.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  password=gma-test-$RANDOM$RANDOM
  pwfile="$dir/pw"
  printf '%s\n' "$password" > "$pwfile"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$pwfile"
  as_server "$pgbin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$pwfile"
  port=$(free_port)
  as_server "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB -c max_wal_size=4GB" >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  write_env "$dir" "$port" "$password"
  echo "test cluster running: socket $dir, port $port"
  ;;
replica)
  primary=${3:?the environment file of the primary}
  # shellcheck disable=SC1090
  . "$primary"
  primary_host=$PGHOST primary_port=$PGPORT password=${GMA_TEST_TCP_PASSWORD:-}
  dir=$(mktemp -d /tmp/gma-pgreplica.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  as_server "$pgbin/pg_basebackup" -D "$dir/data" -R -X stream -c fast -h "$primary_host" -p "$primary_port" \
    -U postgres >"$dir/basebackup.log" 2>&1 || { cat "$dir/basebackup.log" >&2; rm -rf "$dir"; exit 1; }
  port=$(free_port)
  as_server "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c hot_standby=on -c cluster_name=gma_replica -c wal_receiver_status_interval=1s -c fsync=off -c max_connections=200" >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  write_env "$dir" "$port" "$password"
  echo "test replica running: socket $dir, port $port"
  ;;
stop)
  [ -f "$envfile" ] || { echo "no test cluster ($envfile missing)"; exit 0; }
  # shellcheck disable=SC1090
  . "$envfile"
  if [ -n "${GMA_PGDATA:-}" ] && [ -d "$GMA_PGDATA" ]; then
    as_server "${GMA_PGBIN:-$pgbin}/pg_ctl" -D "$GMA_PGDATA" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$(dirname "$GMA_PGDATA")"
  fi
  rm -f "$envfile"
  echo "test cluster stopped"
  ;;
*)
  echo "usage: $0 start|stop ENVFILE | replica ENVFILE PRIMARY_ENVFILE" >&2; exit 2 ;;
esac
