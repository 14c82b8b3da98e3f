#!/usr/bin/env bash
# Sets everything up and runs every test: installs missing Debian packages, configures, builds,
# then ctest, whose pg_cluster fixture starts a throwaway PostgreSQL 15 cluster (as the postgres
# user when run as root) before the first test and stops it after the last; then, as root on
# Debian, the package check (scripts/package-check.sh: build, install, start, remove the .deb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
cd build
ctest --output-on-failure --timeout 900 "$@"
bash ../scripts/package-check.sh .
