// Next.js calls register() once when a server instance starts.
export async function register() {
  const { runtimeIsNode } = await import("./src/server/env");
  if (!runtimeIsNode()) return;
  const { startSweep } = await import("./src/server/exam/sweep");
  startSweep();
}
