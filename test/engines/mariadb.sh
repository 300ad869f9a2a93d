#!/usr/bin/env bash
# A throwaway Debian MariaDB 10.11 for tests, on 127.0.0.1 with its data under /tmp.
#
#   mariadb.sh start        initialise and start; prints MARIADB_PORT=... and MARIADB_DATA=...
#   mariadb.sh stop [PORT]  stop the server on PORT (default $MARIADB_PORT, else the default
#                           port) and remove its data
#
# The first free port from $REVMETA_MARIADB_PORT (default 33069) upward is used, so several
# test files (or engineers) can each run their own server at once.
# Authentication: `root` has no password and may log in over TCP from 127.0.0.1
# (--auth-root-authentication-method=normal); other users are created by the tests.
# As root the server runs as the `mysql` user, which must own the data folder.
set -euo pipefail

SBIN=${REVMETA_MARIADB_SBIN:-/usr/sbin}
BIN=${REVMETA_MARIADB_BIN:-/usr/bin}
BASE_PORT=${REVMETA_MARIADB_PORT:-33069}
PORT_TRIES=50
START_SECONDS=30
LOCK=/tmp/revmeta-mariadb.lock

root_of() { echo "/tmp/revmeta-mariadb-$1"; }

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

pid_of() {
  local file="$1/mariadbd.pid"
  [ -s "$file" ] && cat "$file"
}

# A failed start leaves the socket file behind, so only a live pid counts as running.
server_running() {
  local pid
  pid=$(pid_of "$1" 2>/dev/null) || return 1
  kill -0 "$pid" 2>/dev/null
}

# mariadbd refuses --user as a non-root user; as root it drops to `mysql`.
user_args() {
  if [ "$(id -u)" = 0 ]; then echo "--user=mysql"; fi
}

initialise() {
  local root=$1
  rm -rf "$root"
  # Its own temp folder: on the shared /tmp, another process's cleanup can delete a
  # server's on-disk temp tables mid-query ("Error on delete of '/tmp/#sql-temptable-...'").
  mkdir -p "$root/data" "$root/tmp"
  if [ "$(id -u)" = 0 ]; then chown -R mysql:mysql "$root"; fi
  # shellcheck disable=SC2046
  "$BIN/mariadb-install-db" --no-defaults --datadir="$root/data" $(user_args) \
    --auth-root-authentication-method=normal --skip-test-db >"$root/install.log" 2>&1
}

# Waits until the server answers over TCP, or its process has died.
wait_ready() {
  local root=$1 port=$2 pid=$3 tries=$((START_SECONDS * 20))
  for ((i = 0; i < tries; i++)); do
    kill -0 "$pid" 2>/dev/null || return 1
    if "$BIN/mariadb-admin" --no-defaults --protocol=tcp -h 127.0.0.1 -P "$port" -u root \
      --connect-timeout=1 ping >/dev/null 2>&1; then
      return 0
    fi
    sleep 0.05
  done
  return 1
}

start_on() {
  local port=$1 root
  root=$(root_of "$port")
  initialise "$root" || { cat "$root/install.log" >&2; return 1; }
  # The server must not inherit the lock descriptor (it would hold the lock for its
  # lifetime) nor our stdout (the caller waits for it to close).
  # shellcheck disable=SC2046
  setsid "$SBIN/mariadbd" --no-defaults --datadir="$root/data" $(user_args) --port="$port" \
    --bind-address=127.0.0.1 --socket="$root/mariadbd.sock" --pid-file="$root/mariadbd.pid" --tmpdir="$root/tmp" \
    --skip-name-resolve --innodb-flush-log-at-trx-commit=0 \
    --innodb-buffer-pool-size=32M --skip-log-bin \
    </dev/null >>"$root/server.log" 2>&1 9>&- &
  local pid=$!
  if wait_ready "$root" "$port" "$pid"; then return 0; fi
  kill -KILL "$pid" 2>/dev/null || true
  return 1
}

start() {
  [ -x "$SBIN/mariadbd" ] || { echo "MariaDB binaries not found in $SBIN" >&2; exit 127; }
  start_on_free_port MariaDB
}

announce() {
  echo "MARIADB_PORT=$1"
  echo "MARIADB_DATA=$2/data"
}

after_failed_start() {
  tail -n 20 "$2/server.log" >&2 || true
  rm -rf "$2"
}

# The data is thrown away, so there is nothing to flush: a kill is as good as a shutdown.
stop() {
  local port=${1:-${MARIADB_PORT:-$BASE_PORT}} root pid
  root=$(root_of "$port")
  if server_running "$root"; then
    pid=$(pid_of "$root")
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.05
    done
  fi
  rm -rf "$root"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [PORT]" >&2; exit 2 ;;
esac
