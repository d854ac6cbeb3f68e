// A front server for the upload benchmark, in its own process like the launcher's: the same
// startFrontServer (answer saves served in its main thread, uploads in its upload worker thread,
// the rest proxied to the app) with the app's secret and database, plus a benchmark upload
// policy (upload-policy.ts, loaded into the worker), since the product's policies need product
// data this benchmark does not create. Prints "ready <port>" when listening.
//
// Run by bench/uploads.ts: node --import tsx bench/lib/upload-front.ts --port P --upstream-port U
// [--in-thread] with DATABASE_URL, AUTH_SECRET and DATA_DIR in its environment. --in-thread
// serves uploads in the main thread instead (for comparison).
import { startFrontServer } from "../../scripts/lib/front-server";
import { authSecret } from "../../src/server/env";
import { getUploadHandler } from "../../src/server/uploads";
import { setUploadWorkerPreload } from "../../src/server/uploads/node";
import { intFlag, readFlags, rejectUnknown } from "./args";

const flags = readFlags();
rejectUnknown(flags, ["port", "upstream-port", "in-thread"]);
const port = intFlag(flags, "port", 0, { min: 1, max: 65535 });
const upstreamPort = intFlag(flags, "upstream-port", 0, { min: 1, max: 65535 });

if (flags.has("in-thread")) {
  await import("./upload-policy");
  await startFrontServer({ port, upstreamPort, authSecret: authSecret(), uploads: getUploadHandler() });
} else {
  setUploadWorkerPreload([new URL("./upload-policy.ts", import.meta.url).href]);
  await startFrontServer({ port, upstreamPort, authSecret: authSecret() });
}
console.log(`ready ${port}`);
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => process.exit(0));
