#!/bin/bash
# The hot standby: on first start, a base backup of the primary (pg_basebackup -R writes the
# standby.signal and primary_conninfo); then the server itself. It reports as standby1, which the
# primary waits for on every commit. Once promoted it waits for no standby of its own.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h postgres-primary -p 5432 -q; do sleep 1; done
  export PGPASSWORD="$REPLICATION_PASSWORD"
  pg_basebackup -h postgres-primary -p 5432 -U replicator -D "$PGDATA" -R -X stream -c fast
  cat >> "$PGDATA/postgresql.auto.conf" <<CONF
primary_conninfo = 'host=postgres-primary port=5432 user=replicator password=${REPLICATION_PASSWORD} application_name=standby1'
synchronous_standby_names = ''
hot_standby = on
CONF
  chmod 700 "$PGDATA"
fi
exec postgres
