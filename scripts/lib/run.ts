import { spawn, spawnSync } from "node:child_process";

/** Runs a command with inherited output; returns its exit code. */
export function run(cmd: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): number {
  const result = spawnSync(cmd, args, { cwd: options.cwd, stdio: "inherit", env: options.env ?? process.env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/**
 * Runs a command without blocking this process's event loop (the launcher's front server keeps
 * serving meanwhile). Output is inherited, or captured and returned with `capture`.
 * Resolves with the exit code (1 when it ended by a signal); rejects when it cannot start.
 */
export function runAsync(cmd: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; capture?: boolean }): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: options.capture ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.setEncoding("utf8").on("data", (d: string) => (output += d));
    child.stderr?.setEncoding("utf8").on("data", (d: string) => (output += d));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code: code ?? 1, output }));
  });
}
