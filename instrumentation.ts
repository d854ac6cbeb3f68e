// Next.js calls register() once when a server instance starts.
export async function register() {
  // NEXT_RUNTIME is replaced at build time, so the Edge bundle of this file does not include the
  // Node-only sweep (it reaches storage and the file probes, e.g. a WebAssembly module).
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { runtimeIsNode } = await import("./src/server/env");
    if (!runtimeIsNode()) return;
    const { startSweep } = await import("./src/server/exam/sweep");
    startSweep();
  }
}
