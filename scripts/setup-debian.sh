#!/usr/bin/env bash
# Installs what building, testing and running GMA Migrator needs on Debian 12, when missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libgl1-mesa-dev
  libpq-dev postgresql-15 postgresql-client-15
  xvfb xauth imagemagick poppler-utils fonts-dejavu-core openssl
  locales
  # the package: PNG icons (rsvg-convert), and what scripts/package-check.sh validates and runs with
  desktop-file-utils appstream librsvg2-bin x11-utils qt6-translations-l10n man-db groff-base
)

# The connection tests also run with a German client (libpq's translated messages): generate
# de_DE.UTF-8 when it is missing. Safe to run again.
ensure_german_locale() {
  if locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
    return 0
  fi
  if [ "$(id -u)" != 0 ]; then
    echo "note: the locale de_DE.UTF-8 is missing (the German connection tests will be skipped): run this script as root to generate it." >&2
    return 0
  fi
  if [ -f /etc/locale.gen ] && grep -q '^# *de_DE.UTF-8 UTF-8' /etc/locale.gen; then
    sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
  elif ! grep -q '^de_DE.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
    echo 'de_DE.UTF-8 UTF-8' >> /etc/locale.gen
  fi
  locale-gen
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "All build, test and run dependencies are installed."
  ensure_german_locale
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
ensure_german_locale
