// The cluster's base ports from CLUSTER_HTTP_PORT and CLUSTER_PG_PORT (scripts/cluster/up.ts).
import { z } from "zod";

const Port = z.coerce.number().int().min(1024).max(65000);

/** `{ httpBase, pgBase }` from the environment (defaults 3210, 54510); throws on a bad value. */
export function clusterPorts(source: Record<string, string | undefined> = process.env): { httpBase: number; pgBase: number } {
  return {
    httpBase: Port.parse(source.CLUSTER_HTTP_PORT || 3210),
    pgBase: Port.parse(source.CLUSTER_PG_PORT || 54510),
  };
}
