// Scheduled daily backups and their retention. Pure parts (next time, which files to delete)
// take `now` and lists as arguments; the timer is a thin loop around them.
import fs from "node:fs";
import path from "node:path";

/** Archive name for a backup of `kind` taken at `now`: e.g. daily-20261130-020000.tar (UTC). */
export function backupFileName(kind: "daily" | "manual" | "pre-migrate", now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `${kind}-${stamp}.tar`;
}

/**
 * The next moment at or after `now` + 1 minute whose local hour is `hour` (0–23) and minutes are 0.
 * Local time, because an operator sets "2 o'clock at night" in the school's time zone (TZ).
 */
export function nextBackupAt(now: Date, hour: number): Date {
  const next = new Date(now.getTime() + 60_000);
  const at = new Date(next);
  at.setHours(hour, 0, 0, 0);
  if (at.getTime() < next.getTime()) at.setDate(at.getDate() + 1);
  return at;
}

/** Of the `kind` archives named in `names`, those to delete so that the newest `keep` remain. */
export function backupsToPrune(names: string[], keep: number, kind = "daily"): string[] {
  const mine = names.filter((n) => n.startsWith(`${kind}-`) && n.endsWith(".tar")).sort();
  return mine.slice(0, Math.max(0, mine.length - keep));
}

/** Deletes old `daily-*.tar` archives in `dir`, keeping the newest `keep`. Returns the deleted names. */
export function pruneBackups(dir: string, keep: number): string[] {
  const gone = backupsToPrune(fs.existsSync(dir) ? fs.readdirSync(dir) : [], keep);
  for (const n of gone) fs.rmSync(path.join(dir, n), { force: true });
  return gone;
}

/**
 * Runs `run` every day at `hour` (local time) until the returned stop() is called. A failed run is
 * reported to `onError` and the next day's run is still scheduled. The timer does not keep the
 * process alive.
 */
export function scheduleDaily(options: { hour: number; run: () => Promise<void>; onError: (e: unknown) => void; now?: () => Date }): () => void {
  const now = options.now ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const arm = () => {
    if (stopped) return;
    const delay = Math.max(1000, nextBackupAt(now(), options.hour).getTime() - now().getTime());
    timer = setTimeout(() => {
      options
        .run()
        .catch(options.onError)
        .finally(arm);
    }, delay);
    timer.unref();
  };
  arm();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
