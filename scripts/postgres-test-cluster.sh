#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, in a folder of its own.
#   postgres-test-cluster.sh start FOLDER   prints the server's URL on stdout
#   postgres-test-cluster.sh stop FOLDER
# The cluster belongs to an unprivileged user (PostgreSQL refuses to run as
# root: when root, the `postgres` user that Debian's package creates), listens
# on 127.0.0.1 only, on a free port, and holds one role `guichet` (with a
# password, allowed to create databases) that the tests connect as over TCP.
set -euo pipefail
action=${1:?start or stop}
folder=${2:?folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "postgres-test-cluster: PostgreSQL is not installed" >&2; exit 3; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
  mkdir -p "$folder"
  [ "$(id -u)" = 0 ] && chown postgres: "$folder"
  chmod 700 "$folder"
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" > "$folder/.pw" && chmod 600 "$folder/.pw"
  [ "$(id -u)" = 0 ] && chown postgres: "$folder/.pw"
  as_owner "$bin/initdb" -D "$folder/data" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$folder/initdb.log" 2>&1
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 start \
      -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off \
          -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 \
          -c autovacuum=off" >/dev/null
  as_owner "$bin/psql" -h "$folder" -p "$port" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE guichet LOGIN CREATEDB PASSWORD '$password'" >/dev/null
  echo "$port" > "$folder/port"
  echo "postgresql://guichet:$password@127.0.0.1:$port/postgres"
  ;;
stop)
  [ -d "$folder/data" ] && as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$folder"
  ;;
*) echo "start or stop" >&2; exit 2 ;;
esac
