// Observability of the launcher's front server: request ids, metrics scraped after real saves and
// a real resumable upload (token-protected), the shared error path's log line, and /api/health.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { Writable } from "node:stream";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { errorResponseBody } from "@/server/errors";
import { startAttempt } from "@/server/exam/start-attempt";
import { checkHealth } from "@/server/health/check-health";
import { setLogDestination } from "@/server/ops/log";
import { FolderStorage } from "@/server/storage";
import { createUploadHandler } from "@/server/uploads/handler";
import { registerUploadPolicy } from "@/server/uploads/policy";
import { GET as nextMetricsRoute } from "../../app/api/metrics/route";
import { freePort, startFrontServer } from "../../scripts/lib/front-server";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate, makeProctor, publishedSession, seedBankAndPaper } from "./helpers/exam-fixture";
import { pngBytes, sha256, tusUpload, testPolicy } from "./helpers/uploads";
import { createStaff } from "./helpers/users";

// Before any module reads the environment (getEnv() caches it).
const { TOKEN, work } = vi.hoisted(() => {
  const env = process.env;
  const dir = `${env.TMPDIR ?? "/tmp"}/observability-${process.pid}-${Date.now()}`;
  env.METRICS_TOKEN = "metrics-test-token-0123456789";
  env.STORAGE_DIR = `${dir}/files`;
  return { TOKEN: env.METRICS_TOKEN, work: dir };
});
const SECRET = "uploads-test-secret-0123456789abcdef"; // the uploads helpers' secret

const logLines: Array<Record<string, unknown>> = [];
setLogDestination(
  new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  }),
);

let upstream: http.Server;
let front: http.Server;
let base: string;
const upstreamIds: string[] = [];
const policy = testPolicy();

beforeAll(async () => {
  await resetDatabase();
  const upstreamPort = await freePort();
  upstream = http.createServer((req, res) => {
    upstreamIds.push(String(req.headers["x-request-id"]));
    req.resume();
    req.on("end", () => res.writeHead(200, { "Content-Type": "text/plain" }).end("from next"));
  });
  await new Promise<void>((r) => upstream.listen(upstreamPort, "127.0.0.1", () => r()));
  const handler = createUploadHandler({ partialDir: path.join(work, "partial"), storage: new FolderStorage(path.join(work, "files")), maxBytes: 8 * 1024 * 1024, maxAgeMs: 3600_000 });
  registerUploadPolicy("observability-test", policy.policy);
  const port = await freePort();
  front = await startFrontServer({ port, upstreamPort, authSecret: SECRET, uploads: handler });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  front.closeAllConnections();
  await new Promise((r) => front.close(r));
  await new Promise((r) => upstream.close(r));
  fs.rmSync(work, { recursive: true, force: true });
});

const cookie = async (token: Record<string, unknown>) => `authjs.session-token=${await encode({ token, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 })}`;

/** One sample's value from the text exposition, e.g. value(text, 'answer_saves_total{outcome="saved"}'). */
function value(text: string, sample: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${sample} `));
  return line ? Number(line.slice(sample.length + 1)) : NaN;
}

describe("front server observability", () => {
  it("gives every request an id (the caller's, or a new one), returned and passed on to Next.js", async () => {
    const given = await fetch(`${base}/somewhere`, { headers: { "x-request-id": "lb-abc.123" } });
    expect(given.headers.get("x-request-id")).toBe("lb-abc.123");
    const fresh = await fetch(`${base}/somewhere`, { headers: { "x-request-id": "bad id with spaces" } });
    const id = fresh.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(upstreamIds.slice(-2)).toEqual(["lb-abc.123", id]);
  });

  it("serves metrics only with the token, counting saves by outcome, their latency, active attempts and upload bytes", { timeout: 120_000 }, async () => {
    expect((await fetch(`${base}/api/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/api/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789xx" } })).status).toBe(401);
    const scrape = async () => {
      const r = await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(r.status).toBe(200);
      expect(r.headers.get("content-type")).toContain("text/plain");
      return r.text();
    };
    const before = await scrape();

    const admin = await createStaff("metrics-admin");
    const paperId = await seedBankAndPaper(admin.id, new Date());
    const c = await createCandidate("指标考生");
    const proctor = await makeProctor("metrics-proctor");
    const { session, paperItems } = await publishedSession({ paperId, candidateIds: [c.id], proctorIds: [proctor.id] });
    const { attemptId } = await startAttempt({ candidateId: c.id, sessionId: session.id });
    const ck = await cookie({ sub: c.userId, cid: c.id });
    const save = (body: unknown) =>
      fetch(`${base}/api/exam/attempts/${attemptId}/answers`, { method: "POST", headers: { cookie: ck, "content-type": "application/json" }, body: JSON.stringify(body) });
    const item = paperItems[0]!.itemVersionId;
    expect((await save({ itemVersionId: item, response: ["A"], seq: 1 })).status).toBe(200);
    expect((await save({ itemVersionId: item, response: ["B"], seq: 2 })).status).toBe(200);
    expect((await save({ itemVersionId: item, response: ["A"], seq: 1 })).status).toBe(200); // stale
    expect((await save({ itemVersionId: item, response: "nope", seq: 3 })).status).toBe(422);

    policy.attempts.set("att-metrics", { candidateId: "cand-metrics", deadline: Date.now() + 3600_000, maxBytes: 4 * 1024 * 1024, allowedMimes: ["image/png"] });
    const bytes = pngBytes(300_000);
    // The upload endpoint checks the token's user row (active, current session version).
    await prisma.user.upsert({ where: { id: "user-metrics" }, create: { id: "user-metrics", displayName: "指标上传", roles: ["CANDIDATE"] }, update: {} });
    const upload = await tusUpload({
      endpoint: `${base}/api/uploads`,
      bytes,
      cookie: await cookie({ sub: "user-metrics", cid: "cand-metrics" }),
      metadata: { purpose: "observability-test", attemptId: "att-metrics", filename: "图.png", sha256: sha256(bytes) },
      chunkSize: 128 * 1024,
    });
    expect(upload.ok).toBe(true);

    const after = await scrape();
    const delta = (sample: string) => value(after, sample) - (Number.isNaN(value(before, sample)) ? 0 : value(before, sample));
    expect(delta('answer_saves_total{outcome="saved"}')).toBe(2);
    expect(delta('answer_saves_total{outcome="stale"}')).toBe(1);
    expect(delta('answer_saves_total{outcome="refused"}')).toBe(1);
    expect(delta('answer_save_duration_seconds_count{outcome="saved"}')).toBe(2);
    expect(value(after, 'answer_save_duration_seconds_bucket{le="+Inf",outcome="saved"}')).toBeGreaterThanOrEqual(2);
    expect(value(after, "active_attempts")).toBe(1);
    expect(delta("upload_bytes_total")).toBe(bytes.length);
    expect(delta('app_errors_total{code="VALIDATION"}')).toBe(1);
  });

  it("logs an unexpected error from the shared error path as JSON with the request id, and counts it", () => {
    const { status, body } = errorResponseBody(new Error("disk on fire"), (k) => k, { requestId: "req-42" });
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("disk on fire");
    const line = logLines.find((l) => l.reqId === "req-42");
    expect(line).toMatchObject({ level: 50, msg: "internal error", err: { message: "disk on fire" } });
    expect(typeof line!.time).toBe("string");
  });
});

describe("/api/metrics under npm run dev (the Next.js route)", () => {
  it("serves this process's registry with the bearer token only", async () => {
    expect((await nextMetricsRoute(new Request("http://localhost/api/metrics"))).status).toBe(401);
    const ok = await nextMetricsRoute(new Request("http://localhost/api/metrics", { headers: { authorization: `Bearer ${TOKEN}` } }));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/^answer_saves_total\{outcome="saved"\} [1-9]/m);
  });

  it("logs the 503 it answers while Next.js starts as a warning, not as an error", async () => {
    const port = await freePort();
    const starting = await startFrontServer({ port, upstreamPort: () => null, authSecret: SECRET });
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`, { headers: { "X-Request-Id": "starting-health-1" } });
      expect(res.status).toBe(503);
      await res.arrayBuffer();
      await expect.poll(() => logLines.find((l) => l.reqId === "starting-health-1")).toBeTruthy();
      const lines = logLines.filter((l) => l.reqId === "starting-health-1");
      expect(lines.map((l) => l.level)).toEqual([40]); // pino: 40 warn, 50 error
      expect(lines[0]).toMatchObject({ status: 503, path: "/api/health" });
    } finally {
      starting.closeAllConnections();
      await new Promise((r) => starting.close(r));
    }
  });
});

describe("/api/health", () => {
  it("reports the database, the storage and the sweep, without paths or secrets", async () => {
    const health = await checkHealth();
    expect(fs.statSync(path.join(work, "files")).isDirectory()).toBe(true); // probed where STORAGE_DIR says
    expect(health).toEqual({ ok: true, database: "up", storage: "up", sweep: "off", sweepLastRunAt: null });
    expect(JSON.stringify(health)).not.toContain(work);
  });
});
