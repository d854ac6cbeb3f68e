// The launcher's supervisor: it owns the lifecycles of the processes `npm start` runs (the
// embedded PostgreSQL, the Next.js server). Each child is started, watched, and restarted with
// backoff when it dies unexpectedly; stopAll() stops them in reverse order of registration and
// no restart happens after that. What a child is (a spawned program, a server adopted from a
// pid file) is up to its start function. See docs/architecture.md ("Process model") and
// docs/operations.md ("What heals by itself").
import type { Running } from "../../src/server/process/tied-child";

export type { Running };

export type Backoff = {
  /** First delay before a restart (ms). */
  initialMs: number;
  /** Ceiling of the delay, which doubles on each failed or short-lived run (ms). */
  maxMs: number;
  /** A run that lasted at least this long (ms) counts as healthy: the delay starts over. */
  resetAfterMs: number;
};

export type ChildSpec = {
  /** For log lines, e.g. "PostgreSQL", "Next.js". */
  name: string;
  /** Starts the child and resolves once it serves (rejects when it cannot start). */
  start(): Promise<Running>;
  backoff?: Partial<Backoff>;
  /** Called each time the child is up (after the first start and after every restart). */
  onUp?(running: Running): void;
  /** Called each time the child went down unexpectedly, before its restart is scheduled. */
  onDown?(reason: string): void;
};

export type Supervised = {
  readonly name: string;
  /** "starting" until the first start resolves, then "up" / "restarting"; "stopped" at the end. */
  readonly state: "starting" | "up" | "restarting" | "stopped";
  /** Number of restarts after unexpected exits. */
  readonly restarts: number;
  readonly current: Running | undefined;
  /** Stops this child for good (no restart); resolves once it is gone. */
  stop(): Promise<void>;
};

const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 10_000, resetAfterMs: 30_000 };

/** The next restart delay: doubled after a short run, back to the first after a healthy one. */
export function nextDelay(previousMs: number | undefined, ranMs: number, backoff: Backoff): number {
  if (previousMs === undefined || ranMs >= backoff.resetAfterMs) return backoff.initialMs;
  return Math.min(backoff.maxMs, previousMs * 2);
}

type Entry = {
  spec: ChildSpec;
  backoff: Backoff;
  state: Supervised["state"];
  stopped: boolean;
  restarts: number;
  current?: Running;
  /** A restart in progress (stop() waits for it and stops what it started). */
  pending?: Promise<Running>;
  delay?: number;
  wake?: () => void;
};

export class Supervisor {
  private readonly entries: Entry[] = [];
  private stopping = false;

  constructor(private readonly log: (line: string) => void = (line) => console.log(`[start] ${line}`)) {}

  /**
   * Starts a child and keeps it running. Resolves once its first start succeeded (rejects, and
   * leaves it unsupervised, when the first start fails: a configuration problem is reported to
   * the operator rather than retried forever).
   */
  async add(spec: ChildSpec): Promise<Supervised> {
    const entry: Entry = { spec, backoff: { ...DEFAULT_BACKOFF, ...spec.backoff }, state: "starting", stopped: false, restarts: 0 };
    const running = await spec.start();
    if (this.stopping) {
      await running.stop();
      throw new Error(`${spec.name} started while the launcher was stopping`);
    }
    this.entries.push(entry);
    this.up(entry, running);
    return {
      get name() {
        return spec.name;
      },
      get state() {
        return entry.state;
      },
      get restarts() {
        return entry.restarts;
      },
      get current() {
        return entry.current;
      },
      stop: () => this.stopEntry(entry),
    };
  }

  private up(entry: Entry, running: Running) {
    entry.current = running;
    entry.state = "up";
    entry.spec.onUp?.(running);
    const since = Date.now();
    void running.exited.then((reason) => this.down(entry, running, reason, Date.now() - since));
  }

  private async down(entry: Entry, running: Running, reason: string, ranMs: number) {
    if (entry.current !== running || this.stopping || entry.stopped) return;
    entry.current = undefined;
    entry.state = "restarting";
    entry.spec.onDown?.(reason);
    entry.delay = nextDelay(entry.delay, ranMs, entry.backoff);
    this.log(`${entry.spec.name} stopped unexpectedly (${reason}): restarting in ${(entry.delay / 1000).toFixed(1)} s`);
    for (;;) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, entry.delay);
        entry.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      entry.wake = undefined;
      if (this.stopping || entry.stopped) return;
      try {
        entry.pending = entry.spec.start();
        const next = await entry.pending.finally(() => (entry.pending = undefined));
        if (this.stopping || entry.stopped) return void (await next.stop());
        entry.restarts += 1;
        this.log(`${entry.spec.name} is running again (restart ${entry.restarts})`);
        this.up(entry, next);
        return;
      } catch (error) {
        entry.delay = nextDelay(entry.delay, 0, entry.backoff);
        this.log(`${entry.spec.name} could not be restarted (${error instanceof Error ? error.message : String(error)}): next try in ${(entry.delay / 1000).toFixed(1)} s`);
      }
    }
  }

  /** Stops every child, last added first; no restart happens afterwards. Idempotent. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    for (const entry of [...this.entries].reverse()) await this.stopEntry(entry);
  }

  private async stopEntry(entry: Entry): Promise<void> {
    entry.stopped = true;
    entry.wake?.();
    const running = entry.current ?? (await entry.pending?.catch(() => undefined));
    entry.current = undefined;
    entry.state = "stopped";
    if (!running) return;
    try {
      await running.stop();
    } catch (error) {
      this.log(`stopping ${entry.spec.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
