// Next.js calls register() once when a server instance starts. The NEXT_RUNTIME test is written
// out (not through src/server/env) so that the bundler can drop the Node-only sweep — with its
// storage, image and video probes — from the edge instrumentation bundle.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startSweep } = await import("./src/server/exam/sweep");
  startSweep();
}
