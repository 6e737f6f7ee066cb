#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and benchmarks, on 127.0.0.1 with a free port.
#
#   eval "$(scripts/postgres.sh start)"   # starts it and exports SUPERVISION_TEST_POSTGRES
#   scripts/postgres.sh status            # prints the connection string when it runs
#   scripts/postgres.sh stop              # stops it and deletes its data
#
# start prints one line, `export SUPERVISION_TEST_POSTGRES='...'`, on stdout (everything else goes
# to stderr), so it can be eval'd. The cluster lives in a temporary folder owned by the postgres
# user (initdb refuses root); its location is kept in .pgdata/ (ignored by git) under the repository.
# PG_BIN overrides the binaries' folder (default: the newest /usr/lib/postgresql/*/bin).
set -euo pipefail
cd "$(dirname "$0")/.."
STATE_DIR="$(pwd)/.pgdata"
STATE_FILE="$STATE_DIR/cluster"

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
if { [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; } && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  # A fresh machine may have only the client: install the server from Debian's packages.
  echo "postgres.sh: installing PostgreSQL" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
fi
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
  echo "postgres.sh: PostgreSQL binaries not found (install postgresql, or set PG_BIN)" >&2
  exit 1
fi

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"; return 0
    fi
  done
  echo "postgres.sh: no free port in 55432-55532" >&2
  return 1
}

connection_string() {
  echo "Host=127.0.0.1;Port=$1;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
}

start() {
  if [ -f "$STATE_FILE" ]; then
    # shellcheck disable=SC1090
    . "$STATE_FILE"
    if as_postgres "$PG_BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
      echo "export SUPERVISION_TEST_POSTGRES='$(connection_string "$PORT")'"
      return 0
    fi
    rm -rf "$DATA"
  fi
  mkdir -p "$STATE_DIR"
  DATA=$(mktemp -d /tmp/supervision-pg.XXXXXX)
  chmod 700 "$DATA"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$DATA"; fi
  PORT=$(free_port)
  as_postgres "$PG_BIN/initdb" -D "$DATA/db" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
  # Local only: no socket directory outside the cluster, no address but loopback.
  as_postgres "$PG_BIN/pg_ctl" -D "$DATA/db" -l "$DATA/server.log" -w -t 60 \
    -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c max_connections=200" start >&2
  printf 'DATA=%q\nPORT=%q\n' "$DATA/db" "$PORT" > "$STATE_FILE"
  echo "export SUPERVISION_TEST_POSTGRES='$(connection_string "$PORT")'"
}

stop() {
  [ -f "$STATE_FILE" ] || { echo "postgres.sh: no cluster running" >&2; return 0; }
  # shellcheck disable=SC1090
  . "$STATE_FILE"
  as_postgres "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2 || true
  rm -rf "$(dirname "$DATA")"
  rm -f "$STATE_FILE"
}

status() {
  [ -f "$STATE_FILE" ] || { echo "postgres.sh: no cluster" >&2; return 1; }
  # shellcheck disable=SC1090
  . "$STATE_FILE"
  as_postgres "$PG_BIN/pg_ctl" -D "$DATA" status >&2
  connection_string "$PORT"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
