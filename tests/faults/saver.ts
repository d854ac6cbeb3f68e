// A candidate's client in the fault suite: an answer save every 100 ms (fired on schedule, not
// waiting for the previous one, as a browser with a slow server would), each with a higher
// sequence number, recording what the server acknowledged and when.
import type { BenchCandidate } from "../../bench/lib/exam-data";

export type Save = { seq: number; itemVersionId: string; response: string[]; sentAt: number; ackAt?: number; status?: number; code?: string };

export class Saver {
  readonly saves: Save[] = [];
  private timer?: NodeJS.Timeout;
  private seq = 0;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly options: { baseUrl: string; attemptId: string; cookie: string; items: BenchCandidate["items"] },
  ) {}

  start(): void {
    this.timer = setInterval(() => this.saveOne(), 100);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.inFlight);
  }

  private saveOne() {
    this.seq += 1;
    const item = this.options.items[this.seq % this.options.items.length]!;
    const save: Save = { seq: this.seq, itemVersionId: item.versionId, response: [item.keys[this.seq % item.keys.length]!], sentAt: Date.now() };
    this.saves.push(save);
    const done = fetch(`${this.options.baseUrl}/api/exam/attempts/${this.options.attemptId}/answers`, {
      method: "POST",
      headers: { cookie: this.options.cookie, "content-type": "application/json" },
      body: JSON.stringify({ itemVersionId: save.itemVersionId, response: save.response, seq: save.seq }),
      signal: AbortSignal.timeout(5000),
    })
      .then(async (r) => {
        save.status = r.status;
        const body = (await r.json().catch(() => null)) as { saved?: boolean; error?: { code?: string } } | null;
        if (r.status === 200 && body?.saved) save.ackAt = Date.now();
        save.code = body?.error?.code;
      })
      .catch(() => {
        save.status = 0; // no answer (connection refused, reset, timeout): the client would retry
      })
      .finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
  }

  acknowledged(from = 0, to = Infinity): Save[] {
    return this.saves.filter((s) => s.ackAt !== undefined && s.ackAt >= from && s.ackAt <= to);
  }

  /** The longest time without an acknowledgement in [from, to] (ms), counting from `from`. */
  longestGap(from: number, to: number): number {
    const acks = this.saves.map((s) => s.ackAt).filter((t): t is number => t !== undefined && t >= from && t <= to).sort((a, b) => a - b);
    let last = from;
    let gap = 0;
    for (const t of acks) {
      gap = Math.max(gap, t - last);
      last = t;
    }
    return Math.max(gap, to - last);
  }
}
