#!/usr/bin/env bash
# A throwaway Debian ClickHouse server (18.16) for tests, on 127.0.0.1 with its data under /tmp.
#
#   clickhouse.sh start        write a config, start the server, wait for /ping; prints
#                              CLICKHOUSE_PORT=... (HTTP) and CLICKHOUSE_ROOT=...
#   clickhouse.sh stop [PORT]  stop the server on PORT (default $CLICKHOUSE_PORT, else the
#                              default port) and remove its data
#
# The first free HTTP port from $REVMETA_CLICKHOUSE_PORT (default 18123) upward is used (the
# native protocol listens 1000 higher), so several test files can each run their own server.
# Users: `default` without a password, and `revmeta_login` with the password `the-right-one`
# (for the wrong-password test). As root the server runs as the `clickhouse` user, which
# Debian's package creates, and which must own the folder.
set -euo pipefail

SERVER=${REVMETA_CLICKHOUSE_SERVER:-/usr/sbin/clickhouse-server}
BASE_PORT=${REVMETA_CLICKHOUSE_PORT:-18123}
TCP_OFFSET=1000
PORT_TRIES=50
START_SECONDS=30
LOCK=/tmp/revmeta-clickhouse.lock

root_of() { echo "/tmp/revmeta-clickhouse-$1"; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u clickhouse -- "$@"; else "$@"; fi
}

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# ClickHouse listens on the HTTP port and on the native port beside it.
port_free() {
  ! port_in_use "$1" && ! port_in_use $(($1 + TCP_OFFSET))
}

pid_of() {
  local file="$1/server.pid"
  [ -s "$file" ] && cat "$file"
}

server_running() {
  local pid
  pid=$(pid_of "$1" 2>/dev/null) || return 1
  kill -0 "$pid" 2>/dev/null
}

# The smallest config 18.16 starts with; newer servers read the same <yandex> root.
write_config() {
  local root=$1 port=$2
  mkdir -p "$root/data" "$root/tmp" "$root/user_files" "$root/format_schemas"
  cat >"$root/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>$root/server.log</log><errorlog>$root/server.err.log</errorlog></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>$port</http_port>
  <tcp_port>$((port + TCP_OFFSET))</tcp_port>
  <path>$root/data/</path>
  <tmp_path>$root/tmp/</tmp_path>
  <user_files_path>$root/user_files/</user_files_path>
  <format_schema_path>$root/format_schemas/</format_schema_path>
  <users_config>$root/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
</yandex>
XML
  cat >"$root/users.xml" <<'XML'
<?xml version="1.0"?>
<yandex>
  <profiles><default/></profiles>
  <quotas><default/></quotas>
  <users>
    <default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default>
    <revmeta_login><password>the-right-one</password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></revmeta_login>
  </users>
</yandex>
XML
  if [ "$(id -u)" = 0 ]; then chown -R clickhouse:clickhouse "$root"; fi
}

# GET /ping over bash's /dev/tcp, so the script needs no HTTP client; the server answers "Ok.".
pings() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET /ping HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
    timeout 2 cat <&3
  ) 2>/dev/null | grep -q '^Ok\.'
}

wait_for_ping() {
  local root=$1 port=$2 tries=$((START_SECONDS * 20))
  for ((i = 0; i < tries; i++)); do
    if pings "$port"; then return 0; fi
    # A server that died (bad config, port taken meanwhile) will never answer.
    if [ -s "$root/server.pid" ] && ! server_running "$root"; then return 1; fi
    sleep 0.05
  done
  return 1
}

start_on() {
  local port=$1 root
  root=$(root_of "$port")
  rm -rf "$root"
  write_config "$root" "$port"
  # 18.16 writes a pid file only as a daemon, so the shell records its own pid and then
  # becomes the server (exec): runuser stays a parent, and its pid would stop nothing.
  # The background job must not inherit the lock descriptor nor the caller's stdout, or it
  # would hold the lock, and keep a caller reading our output waiting, for its lifetime.
  as_owner sh -c 'cd "$1" && echo $$ >"$1/server.pid" && exec "$2" --config-file="$1/config.xml"' \
    sh "$root" "$SERVER" </dev/null >"$root/stdout.log" 2>&1 9>&- &
  wait_for_ping "$root" "$port"
}

start() {
  [ -x "$SERVER" ] || { echo "ClickHouse server not found at $SERVER" >&2; exit 127; }
  start_on_free_port ClickHouse
}

announce() {
  echo "CLICKHOUSE_PORT=$1"
  echo "CLICKHOUSE_ROOT=$2"
}

after_failed_start() {
  tail -n 20 "$2/server.err.log" "$2/stdout.log" >&2 2>/dev/null || true
  stop "$1"
}

stop() {
  local port=${1:-${CLICKHOUSE_PORT:-$BASE_PORT}} root pid
  root=$(root_of "$port")
  if pid=$(pid_of "$root" 2>/dev/null); then
    kill "$pid" 2>/dev/null || true
    # Data goes away with the folder, so waiting for a clean shutdown buys nothing after 5 s.
    for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$root"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [PORT]" >&2; exit 2 ;;
esac
