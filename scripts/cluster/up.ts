// `npm run cluster:up`: starts the several-machines topology on this machine (scripts/cluster/
// cluster.ts) and leaves it running; `npm run cluster:down` stops it. Needs `npm run build`,
// nginx, pgbouncer and PostgreSQL's server binaries (Debian packages; docs/deployment.md).
// Ports: CLUSTER_HTTP_PORT (default 3210: nginx; +1, +2 app servers; +3 s3rver) and
// CLUSTER_PG_PORT (default 54510: primary; +1 standby; +2 PgBouncer). --demo seeds the demo data.
import { clusterLayout } from "./config";
import { startCluster } from "./cluster";
import { clusterPorts } from "./ports";

// --demo: the demo accounts and item bank, as `npm start` seeds them on its embedded database.
const cluster = await startCluster(clusterLayout(clusterPorts()), { demo: process.argv.includes("--demo") });
const { layout } = cluster;
console.log(`
  nginx (the platform)   ${cluster.url}
  app servers            ${layout.http.apps.map((p) => `http://localhost:${p}`).join(", ")}
  PgBouncer              postgresql://postgres@127.0.0.1:${layout.pg.pgbouncer}/${layout.database}
  primary / standby      127.0.0.1:${layout.pg.primary} / 127.0.0.1:${layout.pg.standby} (synchronous)
  s3rver                 http://127.0.0.1:${layout.http.s3} (bucket ${layout.bucket})
  files and logs         ${layout.dir}
  stop with              npm run cluster:down
`);
process.exit(0);
