#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on loopback for the test suite and print its URL.
# Installs Debian's postgresql package first when no server binaries are present (CI machines).
# Usage: eval "$(scripts/postgres-for-tests.sh start)"  /  scripts/postgres-for-tests.sh stop
set -euo pipefail
PGPORT="${RECUENTO_TEST_PGPORT:-54329}"
PGDATA="${RECUENTO_TEST_PGDATA:-/tmp/recuento-test-pg}"

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
start)
  BIN="$(find_bin)"
  if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
    if [ "$(id -u)" != "0" ]; then
      echo "echo 'PostgreSQL is not installed and this user cannot install it: PostgreSQL tests will skip' >&2"
      exit 0
    fi
    echo "installing PostgreSQL from Debian packages…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    BIN="$(find_bin)"
  fi
  if [ -f "$PGDATA/postmaster.pid" ]; then
    as_pg "$BIN/pg_ctl" -D "$PGDATA" stop -m fast >&2 || true
  fi
  rm -rf "$PGDATA"
  mkdir -p "$PGDATA"
  [ "$(id -u)" = "0" ] && chown postgres "$PGDATA"
  as_pg "$BIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
    -o "-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off" start >&2
  "$BIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres recuento_test
  echo "export RECUENTO_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$PGPORT/recuento_test"
  ;;
stop)
  BIN="$(find_bin)"
  [ -n "$BIN" ] && [ -f "$PGDATA/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$PGDATA" stop -m fast >&2
  exit 0
  ;;
esac
