#!/bin/sh
# Writes pgbouncer.ini from the environment, then runs PgBouncer in the foreground.
#   PRIMARY_HOST  the server that takes writes (postgres-primary; after a failover, postgres-standby)
#   READ_HOST     the hot standby for lagging reads (database skills_read)
#   DB_USER / DB_PASSWORD / DB_NAME
set -eu
conf=/tmp/pgbouncer
mkdir -p "$conf"
printf '"%s" "%s"\n' "$DB_USER" "$DB_PASSWORD" > "$conf/userlist.txt"
cat > "$conf/pgbouncer.ini" <<INI
[databases]
${DB_NAME} = host=${PRIMARY_HOST} port=5432 dbname=${DB_NAME}
${DB_NAME}_read = host=${READ_HOST} port=5432 dbname=${DB_NAME}

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
unix_socket_dir =
auth_type = scram-sha-256
auth_file = ${conf}/userlist.txt
pool_mode = transaction
max_client_conn = 1000
default_pool_size = 40
server_connect_timeout = 3
server_login_retry = 1
query_wait_timeout = 60
INI
exec pgbouncer "$conf/pgbouncer.ini"
