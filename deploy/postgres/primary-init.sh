#!/bin/bash
# Runs once, when the primary's data folder is created (docker-entrypoint-initdb.d): a replication
# role for the standby, the app's role, and synchronous commit to the standby named standby1.
# synchronous_standby_names goes to postgresql.auto.conf and takes effect on the real start, so
# this initialisation does not wait for a standby that does not exist yet.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '${REPLICATION_PASSWORD}';
ALTER SYSTEM SET synchronous_standby_names = 'standby1';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
