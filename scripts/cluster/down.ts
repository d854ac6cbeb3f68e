// `npm run cluster:down`: stops the cluster `npm run cluster:up` started (pids from its state.json)
// and removes its folder; `--keep` keeps the folder (logs, data).
import { clusterLayout } from "./config";
import { loadCluster } from "./cluster";
import { clusterPorts } from "./ports";

const cluster = loadCluster(clusterLayout(clusterPorts()).dir);
if (!cluster) {
  console.log("[cluster] no cluster is recorded: nothing to stop");
  process.exit(0);
}
await cluster.stop({ keep: process.argv.includes("--keep") });
process.exit(0);
