#!/bin/bash
# The compose topology's PostgreSQL (deploy/compose.yaml, docs/deployment.md). On the first start,
# with an empty PGDATA:
#   POSTGRES_ROLE=primary (default): initdb with the superuser POSTGRES_USER / POSTGRES_PASSWORD,
#     the database POSTGRES_DB, the role replicator (REPLICATION_PASSWORD) for the standby, and
#     synchronous commit to the standby named standby1 (ALTER SYSTEM: it takes effect on the real
#     start, so the initialisation does not wait for a standby that does not exist yet).
#   POSTGRES_ROLE=standby: a base backup of PRIMARY_HOST (pg_basebackup -R writes standby.signal
#     and primary_conninfo), reporting as standby1, which the primary waits for on every commit.
#     Once promoted it waits for no standby of its own (synchronous_standby_names = '').
# Then, every start: `postgres` with the arguments given (compose's command: -c settings).
set -euo pipefail
: "${PGDATA:=/var/lib/postgresql/data}"
role="${POSTGRES_ROLE:-primary}"

init_primary() {
  : "${POSTGRES_USER:?set POSTGRES_USER}" "${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}"
  : "${POSTGRES_DB:?set POSTGRES_DB}" "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}"
  local pwfile
  pwfile="$(mktemp)"
  printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
  initdb -D "$PGDATA" --username="$POSTGRES_USER" --pwfile="$pwfile" --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256
  rm -f "$pwfile"
  cat >>"$PGDATA/pg_hba.conf" <<HBA
# compose: the app (through PgBouncer) and the standby reach the server over the network.
host all all all scram-sha-256
host replication replicator all scram-sha-256
HBA
  echo "listen_addresses = '*'" >>"$PGDATA/postgresql.conf"
  # A server on the socket only while setting up: the standby and the app wait for port 5432.
  pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start
  psql -v ON_ERROR_STOP=1 --username="$POSTGRES_USER" --dbname=postgres \
    -v db="$POSTGRES_DB" -v pw="$REPLICATION_PASSWORD" <<'SQL'
SELECT format('CREATE DATABASE %I', :'db') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db')\gexec
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'pw';
ALTER SYSTEM SET synchronous_standby_names = 'standby1';
SQL
  pg_ctl -D "$PGDATA" -m fast -w stop
}

init_standby() {
  : "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}"
  local primary="${PRIMARY_HOST:-postgres-primary}"
  until pg_isready -h "$primary" -p 5432 -q; do sleep 1; done
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h "$primary" -p 5432 -U replicator -D "$PGDATA" -R -X stream -c fast
  cat >>"$PGDATA/postgresql.auto.conf" <<CONF
primary_conninfo = 'host=${primary} port=5432 user=replicator password=${REPLICATION_PASSWORD} application_name=standby1'
synchronous_standby_names = ''
CONF
  chmod 700 "$PGDATA"
}

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  case "$role" in
    primary) init_primary ;;
    standby) init_standby ;;
    *) echo "POSTGRES_ROLE must be primary or standby, not '$role'" >&2; exit 2 ;;
  esac
fi
if [ "${1:-}" = "postgres" ]; then shift; fi
exec postgres -D "$PGDATA" "$@"
