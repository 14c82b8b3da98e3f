#!/usr/bin/env bash
# Sets everything up and shows the product: with a display, the desktop application on its own
# throwaway PostgreSQL with demo data (gma-migrator --demo); without one, the headless
# end-to-end demo of the command-line tool on such a cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x build/bin/gma-migrator ]; then
  exec build/bin/gma-migrator --demo
fi
exec bash scripts/cli-demo.sh "${GMA_DEMO_ROWS:-100000}"
