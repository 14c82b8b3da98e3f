#!/usr/bin/env bash
# The headless end-to-end demo: a throwaway cluster, demo data, then the whole strategy with the
# command-line tool (dry run, migrate, audit, showmigrations, rollback), checking the schema
# against the contract at 0004 and at 0002. GMA_CLI names the gma-migrator-cli to use (default:
# build/bin/gma-migrator-cli).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
envfile=$(mktemp -u /tmp/gma-demo-env.XXXXXX)
# The demo's automatic backups and reports go to a folder of their own, removed at the end.
work=$(mktemp -d /tmp/gma-demo-work.XXXXXX)
export XDG_DATA_HOME="$work"
bash scripts/pg-test-cluster.sh start "$envfile" >/dev/null
trap 'bash scripts/pg-test-cluster.sh stop "$envfile" >/dev/null; rm -rf "$work"' EXIT
set -a; . "$envfile"; set +a
export PGDATABASE=gma_demo
cli=${GMA_CLI:-build/bin/gma-migrator-cli}
run() { echo; echo "\$ gma-migrator-cli $*"; "$cli" "$@"; }
psql -q -c 'CREATE DATABASE gma_demo' postgres
run init-demo --rows "$rows"
run showmigrations characters items locations
run preview
run migrate --dry-run
run migrate
run audit
run showmigrations characters items locations
tmp=$(mktemp)
pg_dump --schema-only --no-owner --no-privileges -t characters_character -t items_item -t locations_location \
  -t campaigns_campaign -t users_user -t django_migrations gma_demo |
  grep -v '^--' | grep -v '^SET ' | grep -v '^SELECT pg_catalog' | sed '/^\\restrict/d;/^\\unrestrict/d' | cat -s > "$tmp"
diff -q "$tmp" resources/contract/schema-at-0004.sql >/dev/null && echo "Schema equals the contract's schema-at-0004.sql."
run validate --report "$work/report.html"
run rollback --yes
pg_dump --schema-only --no-owner --no-privileges -t characters_character -t items_item -t locations_location \
  -t campaigns_campaign -t users_user -t django_migrations gma_demo |
  grep -v '^--' | grep -v '^SET ' | grep -v '^SELECT pg_catalog' | sed '/^\\restrict/d;/^\\unrestrict/d' | cat -s > "$tmp"
diff -q "$tmp" resources/contract/schema-at-0002.sql >/dev/null && echo "Schema equals the contract's schema-at-0002.sql."
run backups
run history
rm -f "$tmp"
