// `npm run build`: next build, then record what was built so `npm start` knows it is current.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { recordBuild } from "./lib/build-hash";
import { run } from "./lib/run";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const code = run(path.join(root, "node_modules", ".bin", "next"), ["build"], {
  cwd: root,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (code === 0) recordBuild(root);
process.exit(code);
