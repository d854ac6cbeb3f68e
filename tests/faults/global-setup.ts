// The fault suite runs the real launcher on the production build: build it when it is missing
// or out of date (as `npm start` would), once, before the tests.
import path from "node:path";
import { buildIsCurrent } from "../../scripts/lib/build-hash";
import { run } from "../../scripts/lib/run";

export default function setup() {
  const root = path.resolve(import.meta.dirname, "../..");
  if (buildIsCurrent(root)) return;
  console.log("[faults] the production build is missing or out of date: npm run build…");
  const code = run("npm", ["run", "build"], { cwd: root });
  if (code !== 0) throw new Error(`npm run build failed (exit ${code})`);
}
