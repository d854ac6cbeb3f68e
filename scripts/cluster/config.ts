// The local cluster's layout and the configuration files of its parts (docs/deployment.md,
// "Several machines"): ports, folders, postgresql.conf additions, pgbouncer.ini, nginx.conf.
// Pure text generation; scripts/cluster/cluster.ts starts the processes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type ClusterLayout = {
  /** Everything the cluster writes: data folders, configuration, logs, state.json. */
  dir: string;
  /** nginx (the public address), the two app servers, s3rver. */
  http: { nginx: number; apps: [number, number]; s3: number };
  /** PostgreSQL primary, hot standby, PgBouncer. */
  pg: { primary: number; standby: number; pgbouncer: number };
  /** Debian's PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup, postgres). */
  pgBin: string;
  database: string;
  bucket: string;
};

/**
 * The layout from two base ports: HTTP base B → nginx B, app servers B+1 and B+2, s3rver B+3;
 * PostgreSQL base P → primary P, standby P+1, PgBouncer P+2. Folder: /tmp/skills-cluster-B.
 */
export function clusterLayout(options: { httpBase?: number; pgBase?: number; dir?: string; pgBin?: string } = {}): ClusterLayout {
  const b = options.httpBase ?? 3210;
  const p = options.pgBase ?? 54510;
  return {
    dir: options.dir ?? path.join(os.tmpdir(), `skills-cluster-${b}`),
    http: { nginx: b, apps: [b + 1, b + 2], s3: b + 3 },
    pg: { primary: p, standby: p + 1, pgbouncer: p + 2 },
    pgBin: options.pgBin ?? findPgBin(),
    database: "skills",
    bucket: "skills-files",
  };
}

/** The newest /usr/lib/postgresql/<major>/bin that has initdb (Debian's layout). */
export function findPgBin(): string {
  const base = "/usr/lib/postgresql";
  const majors = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb"))) : [];
  majors.sort((a, b) => Number(b) - Number(a));
  if (!majors[0]) throw new Error("no PostgreSQL server binaries under /usr/lib/postgresql: apt-get install postgresql");
  return path.join(base, majors[0], "bin");
}

export const STANDBY_NAME = "standby1";

/** Appended to the primary's postgresql.conf: streaming replication with synchronous commit. */
export function primaryConf(layout: ClusterLayout): string {
  return [
    "# skills cluster: primary",
    "listen_addresses = '127.0.0.1'",
    `port = ${layout.pg.primary}`,
    `unix_socket_directories = '${path.join(layout.dir, "pg")}'`,
    "max_connections = 100",
    "shared_buffers = '64MB'",
    "wal_level = replica",
    "max_wal_senders = 5",
    "wal_keep_size = '256MB'",
    "hot_standby = on",
    // synchronous_standby_names is set (ALTER SYSTEM) once the standby streams: before, every
    // commit (CREATE DATABASE included) would wait for a standby that does not exist yet.
    "synchronous_commit = on",
    "",
  ].join("\n");
}

/**
 * Appended to the standby's postgresql.auto.conf after pg_basebackup -R. Once promoted it has no
 * standby of its own, so it must not wait for one (synchronous_standby_names empty): the
 * cluster runs degraded (one copy) until a new standby is attached.
 */
export function standbyConf(layout: ClusterLayout): string {
  return [
    "# skills cluster: standby",
    `port = ${layout.pg.standby}`,
    `primary_conninfo = 'host=127.0.0.1 port=${layout.pg.primary} user=postgres application_name=${STANDBY_NAME}'`,
    "synchronous_standby_names = ''",
    "hot_standby = on",
    "",
  ].join("\n");
}

/**
 * pgbouncer.ini: transaction pooling; database `skills` → `targetPort` (the primary, or the
 * promoted standby), `skills_read` → `readPort` (the hot standby, for READ_DATABASE_URL).
 */
export function pgbouncerIni(layout: ClusterLayout, targetPort: number, readPort: number): string {
  const dir = path.join(layout.dir, "pgbouncer");
  return [
    "[databases]",
    `${layout.database} = host=127.0.0.1 port=${targetPort} dbname=${layout.database} user=postgres`,
    `${layout.database}_read = host=127.0.0.1 port=${readPort} dbname=${layout.database} user=postgres`,
    "",
    "[pgbouncer]",
    "listen_addr = 127.0.0.1",
    `listen_port = ${layout.pg.pgbouncer}`,
    "unix_socket_dir =",
    "auth_type = trust",
    `auth_file = ${path.join(dir, "userlist.txt")}`,
    "pool_mode = transaction",
    "max_client_conn = 500",
    "default_pool_size = 20",
    // After a failover the old server is gone: give up on it fast and retry soon.
    "server_connect_timeout = 3",
    "server_login_retry = 1",
    "query_wait_timeout = 60",
    `logfile = ${path.join(dir, "pgbouncer.log")}`,
    `pidfile = ${path.join(dir, "pgbouncer.pid")}`,
    "admin_users = postgres",
    "",
  ].join("\n");
}

/** The POST routes that are idempotent by their sequence number: nginx may resend them to the other server. */
export const IDEMPOTENT_POSTS = ["^/api/exam/attempts/[^/]+/answers$", "^/api/practice/drills/[^/]+/answers$"];

/**
 * nginx.conf: round robin over the app servers with passive failover. A refused connection, a
 * timeout or a 502/503/504 sends the request to the other server; for answer saves even after
 * the request was sent (non_idempotent), which is safe because a resent save with the same
 * sequence number changes nothing.
 */
export function nginxConf(layout: ClusterLayout): string {
  const dir = path.join(layout.dir, "nginx");
  const proxy = [
    "      proxy_pass http://skills_app;",
    "      proxy_http_version 1.1;",
    '      proxy_set_header Connection "";',
    "      proxy_set_header Host $http_host;",
    "      proxy_set_header X-Forwarded-For $remote_addr;",
    "      proxy_set_header X-Forwarded-Proto $scheme;",
    "      proxy_connect_timeout 2s;",
    "      proxy_read_timeout 60s;",
    "      proxy_request_buffering off;",
    "      proxy_buffering off;",
    "      proxy_next_upstream_tries 2;",
  ];
  return `pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
worker_processes 1;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${path.join(dir, "tmp", "body")};
  proxy_temp_path ${path.join(dir, "tmp", "proxy")};
  fastcgi_temp_path ${path.join(dir, "tmp", "fastcgi")};
  uwsgi_temp_path ${path.join(dir, "tmp", "uwsgi")};
  scgi_temp_path ${path.join(dir, "tmp", "scgi")};
  client_max_body_size 0;
  upstream skills_app {
${layout.http.apps.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${layout.http.nginx};
${IDEMPOTENT_POSTS.map((re) => `    location ~ ${re} {\n${proxy.join("\n")}\n      proxy_next_upstream error timeout http_502 http_503 http_504 non_idempotent;\n    }`).join("\n")}
    location / {
${proxy.join("\n")}
      proxy_next_upstream error timeout http_502 http_503 http_504;
    }
  }
}
`;
}
