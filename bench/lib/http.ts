// A keep-alive HTTP client for load generation against localhost only: one request, its latency
// (hrtime, from the moment it is handed to the agent, so client-side queueing counts) and status.
import http from "node:http";

export type Result = { status: number; ms: number; body: string; error?: string };

export function keepAliveAgent(maxSockets = 64): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
}

export function assertLocalUrl(url: string): URL {
  const u = new URL(url);
  if (!["localhost", "127.0.0.1"].includes(u.hostname) || u.protocol !== "http:") throw new Error(`refusing to send load to ${u.origin}: localhost only`);
  return u;
}

export function request(options: { agent: http.Agent; method: "GET" | "POST"; url: string; cookie?: string; json?: unknown; timeoutMs?: number }): Promise<Result> {
  const u = assertLocalUrl(options.url);
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  const headers: Record<string, string> = { accept: "application/json" };
  if (options.cookie) headers.cookie = options.cookie;
  if (body !== undefined) {
    headers["content-type"] = "application/json";
    headers["content-length"] = String(Buffer.byteLength(body));
  }
  const start = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
  return new Promise((resolve) => {
    const req = http.request(
      { host: "127.0.0.1", port: u.port, path: u.pathname + u.search, method: options.method, agent: options.agent, headers: { ...headers, host: u.host } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: elapsed(), body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", (e) => resolve({ status: 0, ms: elapsed(), body: "", error: e.message }));
      },
    );
    req.setTimeout(options.timeoutMs ?? 30_000, () => req.destroy(new Error("timeout")));
    req.on("error", (e) => resolve({ status: 0, ms: elapsed(), body: "", error: e.message }));
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Counts of status codes ("0" = network error/timeout), e.g. "200×5990, 500×10". */
export function statusCounts(results: Array<{ status: number }>): string {
  const counts = new Map<number, number>();
  for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([s, n]) => `${s}×${n}`)
    .join(", ");
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}
