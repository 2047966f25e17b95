#!/usr/bin/env bash
# Install (if needed) and start a local PostgreSQL server with a test database, then
# print the URL for WBA_TEST_POSTGRES_URL. Used by .ci/run; works on Debian as root
# or with sudo. Listens on 127.0.0.1 only.
set -euo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    as_root apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi
if ! pg_lsclusters -h 2>/dev/null | grep -q .; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    as_root pg_createcluster "$version" main >&2
fi
read -r version cluster port status _ < <(pg_lsclusters -h | head -1)
if [ "$status" != "online" ]; then
    as_root pg_ctlcluster "$version" "$cluster" start >&2
fi
as_root su postgres -c "psql -q -p $port -c \"DO \\\$\\\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wba') THEN
    CREATE ROLE wba LOGIN PASSWORD 'wba';
  END IF; END \\\$\\\$;\"" >&2
# CREATEDB: the tests migrate a template database once and copy it per test
# (CREATE DATABASE ... TEMPLATE), instead of running every migration for every test;
# CREATEROLE: the team-setup tests create the two team roles and logins for them
as_root su postgres -c "psql -q -p $port -c 'ALTER ROLE wba CREATEDB CREATEROLE'" >&2
if ! as_root su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname='wba_test'\"" | grep -q 1; then
    as_root su postgres -c "createdb -p $port -O wba wba_test" >&2
fi
echo "postgresql+psycopg://wba:wba@127.0.0.1:$port/wba_test"
