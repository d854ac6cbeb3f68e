// Prometheus metrics (prom-client) of this process: answer saves and their latency, active
// attempts, upload bytes, errors, plus Node's default process metrics. Served at /api/metrics by
// the process that counts them: the launcher's front server (which serves saves and uploads
// itself), or Next.js under `npm run dev`. Protected by METRICS_TOKEN (metricsResponse).
// See docs/operations.md, "Logs, health and metrics".
import { timingSafeEqual } from "node:crypto";
import client from "prom-client";
import { getPgPool } from "../db/pg";
import { ZodError } from "zod";
import { getEnv } from "../env";

type Metrics = {
  registry: client.Registry;
  saves: client.Counter<"outcome">;
  saveSeconds: client.Histogram<"outcome">;
  uploadBytes: client.Counter;
  errors: client.Counter<"code">;
};

const globalForMetrics = globalThis as unknown as { opsMetrics?: Metrics };

export function metrics(): Metrics {
  if (globalForMetrics.opsMetrics) return globalForMetrics.opsMetrics;
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const m: Metrics = {
    registry,
    saves: new client.Counter({ name: "answer_saves_total", help: "Answer saves by outcome: saved, stale (a newer one was kept), refused (4xx), error (5xx).", labelNames: ["outcome"], registers: [registry] }),
    saveSeconds: new client.Histogram({
      name: "answer_save_duration_seconds",
      help: "Time to serve an answer save in the service (database round trip included), seconds.",
      labelNames: ["outcome"],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    uploadBytes: new client.Counter({ name: "upload_bytes_total", help: "Bytes of uploaded files accepted by the resumable upload endpoint.", registers: [registry] }),
    errors: new client.Counter({ name: "app_errors_total", help: "Error responses by code (INTERNAL = unexpected, 5xx).", labelNames: ["code"], registers: [registry] }),
  };
  new client.Gauge({
    name: "active_attempts",
    help: "Theory attempts in progress now (read from the database at each scrape).",
    registers: [registry],
    async collect() {
      const { rows } = await getPgPool().query<{ n: string }>(`SELECT count(*)::text AS n FROM "Attempt" WHERE status = 'in_progress'`);
      this.set(Number(rows[0]!.n));
    },
  });
  globalForMetrics.opsMetrics = m;
  return m;
}

/**
 * Counts the bytes a tus PATCH added (the Upload-Offset after it minus the one it started at), from
 * the request's method and Upload-Offset and the response's status and Upload-Offset.
 */
export function countUploadBytes(method: string | undefined, requestOffset: unknown, status: number, responseOffset: unknown): void {
  if (method !== "PATCH" || status < 200 || status >= 300) return;
  const added = Number(responseOffset) - Number(requestOffset);
  if (Number.isFinite(added) && added > 0) metrics().uploadBytes.inc(added);
}

/** A refusal (bad input, closed attempt…) rather than a failure: zod errors and AppErrors below 500. */
function isClientError(error: unknown): boolean {
  if (error instanceof ZodError || error instanceof SyntaxError) return true;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" && status < 500;
}

/** Runs an answer save, counting it and timing it by outcome. */
export async function observeSave<T extends { stale: boolean }>(save: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const m = metrics();
  const done = (outcome: string) => {
    m.saves.inc({ outcome });
    m.saveSeconds.observe({ outcome }, (performance.now() - started) / 1000);
  };
  try {
    const result = await save();
    done(result.stale ? "stale" : "saved");
    return result;
  } catch (error) {
    done(isClientError(error) ? "refused" : "error");
    throw error;
  }
}

/**
 * The answer to a scrape of /api/metrics, given the Authorization header: 404 when METRICS_TOKEN
 * is unset (the endpoint does not exist), 401 without `Bearer <METRICS_TOKEN>`, else 200 with the
 * text exposition format.
 */
export async function metricsResponse(authorization: string | null | undefined): Promise<{ status: number; contentType: string; body: string }> {
  const token = getEnv().METRICS_TOKEN;
  if (!token) return { status: 404, contentType: "text/plain; charset=utf-8", body: "not found" };
  const given = Buffer.from(/^Bearer (.+)$/.exec(authorization ?? "")?.[1] ?? "");
  const wanted = Buffer.from(token);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    return { status: 401, contentType: "text/plain; charset=utf-8", body: "unauthorized" };
  }
  const { registry } = metrics();
  return { status: 200, contentType: registry.contentType, body: await registry.metrics() };
}
