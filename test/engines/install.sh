#!/usr/bin/env bash
# Installs the Debian engines the real-engine tests start (PostgreSQL 15, MariaDB 10.11,
# ClickHouse 18.16), without starting
# their services. A no-op when they are present. Runs before `npm test` and from .ci/run.
set -euo pipefail
packages=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || packages+=(postgresql-15)
command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || packages+=(mariadb-server)
[ -x /usr/bin/clickhouse ] || [ -x /usr/sbin/clickhouse-server ] || packages+=(clickhouse-server)
[ ${#packages[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "test/engines/install.sh: need root to install ${packages[*]} (or install them yourself)" >&2
    exit 1
  fi
else
  SUDO=""
fi
echo "Installing ${packages[*]} (services are not started)…"
created_policy=""
if [ ! -e /usr/sbin/policy-rc.d ]; then
  # dpkg asks policy-rc.d before starting a service: exit 101 means "don't".
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  created_policy=1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
[ -n "$created_policy" ] && $SUDO rm -f /usr/sbin/policy-rc.d
echo "Installed ${packages[*]}."
