#!/usr/bin/env bash
# Test set-up for the server half of the suite (called by `make test`): Debian's
# `postgresql` package, installed when missing. The tests then start their own
# throwaway cluster with scripts/postgres-test-cluster.sh. Where installing is
# impossible (not root, no apt-get) it says why and the PostgreSQL tests skip
# with that reason; under CI they fail instead.
set -u
say() { echo "setup-postgres-test: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    say "PostgreSQL is missing and cannot be installed here (needs root and apt-get)"
    exit 0
  fi
  say "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null || {
    say "apt-get install failed"; exit 0; }
fi
say "PostgreSQL $(ls /usr/lib/postgresql | sort -n | tail -1) ready"
exit 0
