// The local cluster's generated configuration (scripts/cluster/config.ts): the rules that make the
// faults survivable, checked on the text the processes are started with.
import { describe, expect, it } from "vitest";
import { clusterLayout, nginxConf, pgbouncerIni, primaryConf, standbyConf } from "../../scripts/cluster/config";
import { clusterPorts } from "../../scripts/cluster/ports";

const layout = clusterLayout({ httpBase: 4100, pgBase: 55100, dir: "/tmp/cluster-unit", pgBin: "/usr/lib/postgresql/15/bin" });

describe("cluster layout", () => {
  it("derives every port from the two bases", () => {
    expect(layout.http).toEqual({ nginx: 4100, apps: [4101, 4102], s3: 4103 });
    expect(layout.pg).toEqual({ primary: 55100, standby: 55101, pgbouncer: 55102 });
  });

  it("reads the bases from the environment and refuses a bad one", () => {
    expect(clusterPorts({ CLUSTER_HTTP_PORT: "3210", CLUSTER_PG_PORT: "54510" })).toEqual({ httpBase: 3210, pgBase: 54510 });
    expect(clusterPorts({})).toEqual({ httpBase: 3210, pgBase: 54510 });
    expect(() => clusterPorts({ CLUSTER_HTTP_PORT: "80" })).toThrow();
    expect(() => clusterPorts({ CLUSTER_PG_PORT: "not-a-port" })).toThrow();
  });
});

describe("nginx", () => {
  const conf = nginxConf(layout);
  const locations = conf.split("location ").slice(1);

  it("balances over both app servers", () => {
    expect(conf).toContain("server 127.0.0.1:4101 max_fails=1");
    expect(conf).toContain("server 127.0.0.1:4102 max_fails=1");
    expect(conf).toContain("listen 127.0.0.1:4100;");
  });

  it("resends sent POSTs only for the answer saves, which are idempotent by sequence number", () => {
    const resending = locations.filter((l) => l.includes("non_idempotent"));
    expect(resending.map((l) => l.split(" {")[0])).toEqual(["~ ^/api/exam/attempts/[^/]+/answers$", "~ ^/api/practice/drills/[^/]+/answers$"]);
    const rest = locations.find((l) => l.startsWith("/ {"))!;
    expect(rest).toContain("proxy_next_upstream error timeout");
    expect(rest).not.toContain("non_idempotent");
  });
});

describe("PostgreSQL and PgBouncer", () => {
  it("the primary does not wait for a standby before one exists (set by ALTER SYSTEM once it streams)", () => {
    expect(primaryConf(layout)).not.toContain("synchronous_standby_names");
    expect(primaryConf(layout)).toContain("synchronous_commit = on");
    expect(primaryConf(layout)).toContain("wal_level = replica");
  });

  it("the standby reports as standby1 and, once promoted, waits for no standby", () => {
    const conf = standbyConf(layout);
    expect(conf).toContain("application_name=standby1");
    expect(conf).toContain("port=55100");
    expect(conf).toContain("synchronous_standby_names = ''");
  });

  it("PgBouncer pools transactions; the app's database goes to the given primary, skills_read to the standby", () => {
    const ini = pgbouncerIni(layout, 55101, 55101);
    expect(ini).toContain("pool_mode = transaction");
    expect(ini).toContain("skills = host=127.0.0.1 port=55101 dbname=skills");
    expect(ini).toContain("skills_read = host=127.0.0.1 port=55101 dbname=skills");
    expect(pgbouncerIni(layout, 55100, 55101)).toContain("skills = host=127.0.0.1 port=55100 ");
  });
});
