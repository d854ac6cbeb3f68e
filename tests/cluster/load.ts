// Virtual candidates for the fault tests: each saves one answer every `intervalMs` through nginx
// and, like the exam page (src/ui/exam/exam-app.tsx, RETRY_MS), resends the same save (same
// sequence number) after `retryMs` until it is acknowledged. Every acknowledgement is recorded,
// so the test can check afterwards that the database still holds each one.
import http from "node:http";
import type { BenchCandidate } from "../../bench/lib/exam-data";
import { request } from "../../bench/lib/http";

export type Seat = BenchCandidate & { cookie: string; attemptId: string; seq: number };
export type Ack = { attemptId: string; itemVersionId: string; seq: number; sentAt: number; ackAt: number; tries: number };

export type Load = {
  acks: Ack[];
  /** Failed tries (network error or non-200), with when they happened. */
  failures: Array<{ at: number; status: number; error?: string }>;
  stop(): Promise<void>;
};

export function startLoad(options: { baseUrl: string; seats: Seat[]; intervalMs: number; retryMs: number }): Load {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const acks: Ack[] = [];
  const failures: Load["failures"] = [];
  let running = true;

  async function candidate(seat: Seat, index: number) {
    await sleep((index * options.intervalMs) / options.seats.length); // spread the first saves
    while (running) {
      const item = seat.items[seat.seq % seat.items.length]!;
      seat.seq += 1;
      const body = { itemVersionId: item.versionId, response: [item.keys[seat.seq % item.keys.length]!], seq: seat.seq };
      const sentAt = Date.now();
      let tries = 0;
      for (;;) {
        tries += 1;
        const r = await request({ agent, method: "POST", url: `${options.baseUrl}/api/exam/attempts/${seat.attemptId}/answers`, cookie: seat.cookie, json: body, timeoutMs: 20_000 });
        if (r.status === 200) {
          acks.push({ attemptId: seat.attemptId, itemVersionId: item.versionId, seq: body.seq, sentAt, ackAt: Date.now(), tries });
          break;
        }
        failures.push({ at: Date.now(), status: r.status, error: r.error ?? r.body.slice(0, 120) });
        if (!running && r.status !== 0) break; // stopping: give up only on answered refusals
        await sleep(options.retryMs);
      }
      await sleep(options.intervalMs);
    }
  }

  const loops = options.seats.map((s, i) => candidate(s, i));
  return {
    acks,
    failures,
    async stop() {
      running = false;
      await Promise.all(loops);
      agent.destroy();
    },
  };
}

/** Figures for the acknowledgements and failures between `from` and `to` (ms since epoch). */
export function phaseFigures(load: Load, from: number, to: number, faultAt: number) {
  const acks = load.acks.filter((a) => a.ackAt >= from && a.ackAt < to).sort((a, b) => a.ackAt - b.ackAt);
  // Gaps between consecutive acknowledgements, counted from the last one before the phase (so an
  // outage at its very start counts) to the last one in it.
  const before = load.acks.reduce((m, a) => (a.ackAt < from ? Math.max(m, a.ackAt) : m), from);
  let longestGap = 0;
  let previous = before;
  for (const a of acks) {
    longestGap = Math.max(longestGap, a.ackAt - previous);
    previous = a.ackAt;
  }
  const firstAfter = acks.find((a) => a.sentAt >= faultAt || (a.tries > 1 && a.ackAt > faultAt));
  const longestWait = acks.reduce((m, a) => Math.max(m, a.ackAt - a.sentAt), 0);
  return {
    acks,
    acknowledged: acks.length,
    failedTries: load.failures.filter((f) => f.at >= from && f.at < to).length,
    /** The longest time with no acknowledgement at all, across every candidate (ms), from the last one before the phase. */
    longestGap,
    /** The longest one save waited from its first try to its acknowledgement (ms). */
    longestWait,
    /** From the fault to the first acknowledgement of a save sent (or retried) after it (ms). */
    resumedAfter: firstAfter ? firstAfter.ackAt - faultAt : Number.POSITIVE_INFINITY,
  };
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
