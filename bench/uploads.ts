// Benchmark (not a test), issue 14: N candidates (default 60) each upload a file of S MB
// (default 20) at once, resumably (tus-js-client, 8 MiB chunks, as the browser hook does),
// through the front server, while M other candidates (default 200) keep saving answers.
// Prints: every file stored and verified (SHA-256 read back from storage), total time and
// throughput next to a plain copy of the same bytes to disk in the same run (write + fsync, all
// files at once), and answer-save latency (p50/p95/p99) alone, during the plain copy (the disk's
// share) and during the uploads.
// Numbers are printed, never asserted.
//
// Needs a production build (`npm run build`). Starts the app with the real launcher on a free
// port (throwaway database on DATABASE_URL, a local server, else the embedded PostgreSQL), and a
// front server of its own in a second process (bench/lib/upload-front.ts: the launcher's front
// server code with a benchmark upload policy), whose files go to .data/bench-uploads.
//
// Run:   npx tsx bench/uploads.ts [--candidates 60] [--size-mb 20] [--savers 200]
//          [--save-interval 5] [--baseline-seconds 20] [--chunk-mb 8] [--uploads-in-thread]
//        --uploads-in-thread: the front server handles uploads in its main thread, next to the
//        answer saves, instead of in its upload worker thread (to compare).
// e.g.   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/uploads.ts
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import * as tus from "tus-js-client";
import { freePort } from "../scripts/lib/front-server";
import { createPrismaClient } from "../src/server/db/client";
import { FolderStorage } from "../src/server/storage/folder";
import { intFlag, readFlags, rejectUnknown } from "./lib/args";
import { sessionCookie } from "./lib/auth-cookie";
import { startApp } from "./lib/app";
import { onCleanup, runMain } from "./lib/cleanup";
import { root } from "./lib/db";
import { createExamSession, type BenchCandidate } from "./lib/exam-data";
import { keepAliveAgent, mapLimit, request, statusCounts, type Result } from "./lib/http";
import { report, reportTable } from "./lib/load";
import { ms, sleep, summarize, table } from "./lib/stats";

const flags = readFlags();
rejectUnknown(flags, ["candidates", "size-mb", "savers", "save-interval", "baseline-seconds", "chunk-mb", "uploads-in-thread"]);
const N = intFlag(flags, "candidates", 60, { min: 1, max: 500 });
const SIZE = intFlag(flags, "size-mb", 20, { min: 1, max: 200 }) * 1024 * 1024;
const SAVERS = intFlag(flags, "savers", 200, { min: 1, max: 2000 });
const SAVE_INTERVAL = intFlag(flags, "save-interval", 5, { min: 1, max: 60 });
const BASELINE_SECONDS = intFlag(flags, "baseline-seconds", 20, { min: 5, max: 300 });
const CHUNK = intFlag(flags, "chunk-mb", 8, { min: 1, max: 64 }) * 1024 * 1024;
const PURPOSE = "bench-upload";
const DATA_DIR = path.join(root, ".data", "bench-uploads");
const MB = 1024 * 1024;
const IN_THREAD = flags.has("uploads-in-thread");

type Seat = BenchCandidate & { cookie: string; attemptId: string; seq: number };

/** A file detected as PNG by its content (signature, IHDR, one IDAT), unique per candidate. */
function pngFile(size: number, seed: number): Buffer {
  const file = randomBytes(size);
  Buffer.from("89504e470d0a1a0a0000000d494844520000001000000010080600000000000000", "hex").copy(file, 0);
  file.writeUInt32BE(size - 8 - 25 - 12 - 12, 33);
  file.write("IDAT", 37, "latin1");
  file.writeUInt32BE(seed, 41);
  file.write("\u0000\u0000\u0000\u0000IEND", size - 12, "latin1");
  return file;
}

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function startUploadFront(app: { port: number; databaseUrl: string; authSecret: string }): Promise<{ baseUrl: string }> {
  fs.rmSync(DATA_DIR, { recursive: true, force: true });
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const port = await freePort();
  const log = fs.openSync(path.join(DATA_DIR, "front.log"), "w");
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "bench", "lib", "upload-front.ts"), "--port", String(port), "--upstream-port", String(app.port), ...(IN_THREAD ? ["--in-thread"] : [])], {
    cwd: root,
    stdio: ["ignore", "pipe", log],
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: app.databaseUrl, AUTH_SECRET: app.authSecret, DATA_DIR: path.relative(root, DATA_DIR), TZ: "UTC" },
  });
  fs.closeSync(log);
  onCleanup("stop the benchmark front server", async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(5000)]);
    }
    fs.rmSync(DATA_DIR, { recursive: true, force: true });
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the benchmark front server exited (${code}); see ${path.join(DATA_DIR, "front.log")}`)));
  });
  return { baseUrl: `http://localhost:${port}` };
}

function uploadOne(endpoint: string, seat: Seat, bytes: Buffer, sha: string): Promise<{ ms: number; ok: boolean; result?: { storageKey: string; sha256: string; size: number }; error?: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const upload = new tus.Upload(bytes, {
      endpoint,
      chunkSize: CHUNK,
      retryDelays: [0, 1000, 3000, 5000],
      headers: { cookie: seat.cookie },
      metadata: { purpose: PURPOSE, attemptId: seat.attemptId, filename: `主图-${seat.name}.png`, sha256: sha },
      onSuccess({ lastResponse }) {
        resolve({ ms: performance.now() - started, ok: true, result: JSON.parse(decodeURIComponent(lastResponse.getHeader("Upload-Result") ?? "null")) });
      },
      onError(error) {
        resolve({ ms: performance.now() - started, ok: false, error: `${(error as tus.DetailedError).originalResponse?.getStatus() ?? 0} ${error.message.slice(0, 200)}` });
      },
    });
    upload.start();
  });
}

/** Each saver saves one answer every SAVE_INTERVAL s (random phase) until `running()` is false. */
async function saveLoop(baseUrl: string, savers: Seat[], agent: ReturnType<typeof keepAliveAgent>, running: () => boolean): Promise<Result[]> {
  const results: Result[] = [];
  await Promise.all(
    savers.map(async (s) => {
      await sleep(Math.random() * SAVE_INTERVAL * 1000);
      while (running()) {
        const item = s.items[Math.floor(Math.random() * s.items.length)]!;
        s.seq += 1;
        const next = performance.now() + SAVE_INTERVAL * 1000;
        results.push(await request({ agent, method: "POST", url: `${baseUrl}/api/exam/attempts/${s.attemptId}/answers`, cookie: s.cookie, json: { itemVersionId: item.versionId, response: [item.keys[0]!], seq: s.seq } }));
        await sleep(Math.max(0, next - performance.now()));
      }
    }),
  );
  return results;
}

async function plainCopy(files: Buffer[]): Promise<number> {
  const dir = fs.mkdtempSync(path.join(DATA_DIR, "plain-copy-"));
  const t0 = performance.now();
  await Promise.all(
    files.map(async (bytes, i) => {
      const file = path.join(dir, `${i}.png`);
      await pipeline(
        (async function* () {
          for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
        })(),
        fs.createWriteStream(file),
      );
      const handle = await fs.promises.open(file, "r+");
      await handle.sync();
      await handle.close();
    }),
  );
  const elapsed = performance.now() - t0;
  fs.rmSync(dir, { recursive: true, force: true });
  return elapsed;
}

async function main() {
  console.log(`# Upload benchmark: ${N} candidates × ${SIZE / MB} MB at once (tus, ${CHUNK / MB} MiB chunks) through the front server (uploads in its ${IN_THREAD ? "main thread" : "upload worker thread"}); ${SAVERS} other candidates save an answer every ${SAVE_INTERVAL} s`);
  console.log(`# machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  const app = await startApp({ port: await freePort(), dataDir: ".data/bench-uploads-app", embeddedPgPort: await freePort() });
  const prisma = createPrismaClient(app.databaseUrl);
  onCleanup("prisma disconnect", () => prisma.$disconnect());
  const front = await startUploadFront(app);
  console.log(`[bench] front server with the upload endpoint at ${front.baseUrl}`);

  const exam = await createExamSession(prisma, { candidates: N + SAVERS, name: `bench-uploads-${Date.now()}` });
  const seats: Seat[] = [];
  for (const c of exam.candidates) seats.push({ ...c, cookie: await sessionCookie({ userId: c.userId, name: c.name, secret: app.authSecret, candidateId: c.candidateId }), attemptId: "", seq: 0 });
  const agent = keepAliveAgent(256);
  onCleanup("http agent", () => agent.destroy());
  const starts = await mapLimit(seats, 16, async (s) => {
    const r = await request({ agent, method: "POST", url: `${front.baseUrl}/api/exam/sessions/${exam.sessionId}/start`, cookie: s.cookie });
    if (r.status === 200) s.attemptId = (JSON.parse(r.body) as { attemptId: string }).attemptId;
    return r;
  });
  if (seats.some((s) => !s.attemptId)) throw new Error(`not every attempt started: ${statusCounts(starts)}`);
  const uploaders = seats.slice(0, N);
  const savers = seats.slice(N);
  console.log(`[bench] ${seats.length} attempts started (${N} uploaders, ${SAVERS} savers)`);

  // Warm-up: one small upload and a round of saves (JIT, pools), not counted.
  const warm = pngFile(MB, 0);
  const warmed = await uploadOne(`${front.baseUrl}/api/uploads`, uploaders[0]!, warm, sha256(warm));
  if (!warmed.ok) throw new Error(`warm-up upload failed: ${warmed.error}`);
  await mapLimit(savers, 16, (s) => request({ agent, method: "POST", url: `${front.baseUrl}/api/exam/attempts/${s.attemptId}/answers`, cookie: s.cookie, json: { itemVersionId: s.items[0]!.versionId, response: [s.items[0]!.keys[0]!], seq: ++s.seq } }));

  // 1. Answer saves alone (baseline).
  console.log(`[bench] answer saves alone for ${BASELINE_SECONDS} s…`);
  const baselineEnd = performance.now() + BASELINE_SECONDS * 1000;
  const t0 = performance.now();
  const alone = await saveLoop(front.baseUrl, savers, agent, () => performance.now() < baselineEnd);
  const aloneSeconds = (performance.now() - t0) / 1000;

  // 2. The same bytes copied to disk (write + fsync), all at once.
  const files = uploaders.map((_, i) => pngFile(SIZE, i + 1));
  const hashes = files.map(sha256);
  const totalMb = (N * SIZE) / MB;
  console.log(`[bench] plain copy of ${totalMb} MB to disk, saves going on…`);
  let copying = true;
  const duringCopy = saveLoop(front.baseUrl, savers, agent, () => copying);
  const copyMs = await plainCopy(files);
  copying = false;
  const duringCopyResults = await duringCopy;

  // 3. The uploads, with the saves going on.
  console.log(`[bench] ${N} uploads of ${SIZE / MB} MB at once, saves going on…`);
  let uploading = true;
  const cpu0 = process.cpuUsage();
  const u0 = performance.now();
  const during = saveLoop(front.baseUrl, savers, agent, () => uploading);
  const uploads = await Promise.all(uploaders.map((s, i) => uploadOne(`${front.baseUrl}/api/uploads`, s, files[i]!, hashes[i]!)));
  const uploadMs = performance.now() - u0;
  const cpu = process.cpuUsage(cpu0);
  uploading = false;
  const duringResults = await during;

  // 4. Every file stored and verified: read back from storage, SHA-256 compared.
  const storage = new FolderStorage(path.join(DATA_DIR, "files"));
  let verified = 0;
  for (const [i, u] of uploads.entries()) {
    if (!u.ok || !u.result) continue;
    const back = createHash("sha256");
    for await (const chunk of (await storage.get(u.result.storageKey)) as AsyncIterable<Buffer>) back.update(chunk);
    if (back.digest("hex") === hashes[i] && u.result.sha256 === hashes[i]) verified += 1;
  }
  const partialLeft = fs.readdirSync(path.join(DATA_DIR, "uploads-partial", "tus")).length;

  const perUpload = summarize(uploads.map((u) => u.ms));
  console.log("");
  console.log(
    table(
      ["what", "files", "MB", "time", "throughput", "per file p50 / p95 / max"],
      [
        [`uploads (tus through the front server, verified, stored)`, `${uploads.filter((u) => u.ok).length}/${N}`, totalMb, `${(uploadMs / 1000).toFixed(1)} s`, `${(totalMb / (uploadMs / 1000)).toFixed(0)} MB/s`, `${(perUpload.p50 / 1000).toFixed(1)} / ${(perUpload.p95 / 1000).toFixed(1)} / ${(perUpload.max / 1000).toFixed(1)} s`],
        [`plain copy to disk (write + fsync, all at once)`, `${N}/${N}`, totalMb, `${(copyMs / 1000).toFixed(1)} s`, `${(totalMb / (copyMs / 1000)).toFixed(0)} MB/s`, "–"],
      ],
    ),
  );
  console.log(`uploads / plain copy throughput: ${((copyMs / uploadMs) * 100).toFixed(0)}%`);
  console.log(`files stored and verified by reading them back (SHA-256): ${verified}/${N}; partial uploads left: ${partialLeft}; failures: ${uploads.filter((u) => !u.ok).map((u) => u.error).join("; ") || "none"}`);
  console.log(`load generator (this process) CPU during the uploads: ${Math.round(((cpu.user + cpu.system) / 1e6 / (uploadMs / 1000)) * 100)}% of one core`);
  console.log("");
  console.log(
    reportTable([
      report(`answer saves alone (${SAVERS} candidates)`, alone, aloneSeconds, { user: 0, system: 0 }),
      report(`answer saves during the plain copy`, duringCopyResults, copyMs / 1000, { user: 0, system: 0 }),
      report(`answer saves during the uploads`, duringResults, uploadMs / 1000, { user: 0, system: 0 }),
    ]),
  );
  console.log(`answer-save p99 during the uploads: ${ms(summarize(duringResults.map((r) => r.ms)).p99)} (alone: ${ms(summarize(alone.map((r) => r.ms)).p99)})`);
  console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (other processes on the machine compete for the 2 cores)`);
}

runMain(main);
