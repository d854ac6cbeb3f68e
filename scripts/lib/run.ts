import { spawnSync } from "node:child_process";

/** Runs a command with inherited output; returns its exit code. */
export function run(cmd: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): number {
  const result = spawnSync(cmd, args, { cwd: options.cwd, stdio: "inherit", env: options.env ?? process.env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}
