// Cleanups that run once, in reverse order, at the end, on an error, or on Ctrl+C/SIGTERM, so a
// benchmark never leaves an app, a launcher or a throwaway database behind.
const cleanups: Array<{ name: string; fn: () => Promise<void> | void }> = [];
let running: Promise<void> | undefined;

export function onCleanup(name: string, fn: () => Promise<void> | void): void {
  cleanups.push({ name, fn });
}

export function runCleanups(): Promise<void> {
  running ??= (async () => {
    for (const c of cleanups.reverse()) {
      try {
        await c.fn();
      } catch (error) {
        console.error(`[bench] cleanup "${c.name}" failed:`, error);
      }
    }
  })();
  return running;
}

let installed = false;
/** Runs `main`, then the cleanups; exits 0 on success, 1 on error, 130 on a signal. */
export function runMain(main: () => Promise<void>): void {
  if (!installed) {
    installed = true;
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
      process.on(signal, () => {
        console.error(`\n[bench] ${signal}: cleaning up…`);
        void runCleanups().then(() => process.exit(130));
      });
    }
  }
  main().then(
    async () => {
      await runCleanups();
      process.exit(0);
    },
    async (error: unknown) => {
      console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      await runCleanups();
      process.exit(1);
    },
  );
}
