#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: Debian's postgresql package, initdb into a
# temporary folder, a free port on 127.0.0.1, DATABASE_URL exported for the command, and the
# server stopped and removed at the end. Usage: .ci/with-postgres.sh <command> [args…]
# Exits with the command's status. Without postgres it says so and runs the command without it.
set -uo pipefail

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "Let op: geen PostgreSQL gevonden (apt-get install postgresql); de PostgreSQL-tests worden overgeslagen." >&2
  exec "$@"
fi

work="$(mktemp -d -t kantel-pg-XXXXXX)"
port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
# initdb refuses to run as root: then the server runs as the postgres user.
as=()
if [ "$(id -u)" = 0 ]; then
  chown postgres "$work"
  as=(runuser -u postgres --)
fi

stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT

if ! "${as[@]}" "$bin/initdb" -D "$work/data" -U kantel --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1; then
  echo "PostgreSQL kon niet worden aangemaakt:" >&2
  cat "$work/initdb.log" >&2
  exit 1
fi
if ! "${as[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 30 \
  -o "-p $port -c listen_addresses=127.0.0.1 -k $work -c max_connections=300 -c fsync=off" start >/dev/null 2>&1; then
  echo "PostgreSQL start niet:" >&2
  cat "$work/server.log" >&2
  exit 1
fi

export DATABASE_URL="postgres://kantel@127.0.0.1:$port/postgres"
"$@"
