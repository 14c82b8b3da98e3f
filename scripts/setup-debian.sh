#!/usr/bin/env bash
# Installs what building, testing and running GMA Migrator needs on Debian 12, when missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libgl1-mesa-dev
  libpq-dev postgresql-15 postgresql-client-15
  xvfb xauth imagemagick poppler-utils fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "All build, test and run dependencies are installed."
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "error: missing Debian packages (${missing[*]}): run this script as root, or install them with apt-get." >&2
  exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
