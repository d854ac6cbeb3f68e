// Entry of the upload worker thread (node.ts starts it). A worker thread does not inherit the
// launcher's TypeScript loader (tsx), so it registers it before loading worker.ts.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
