// The launcher's front server as it runs in production: uploads go to the upload worker thread
// (src/server/uploads/worker.ts, configured from the environment), everything else to Next.js.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { FolderStorage } from "@/server/storage";
import { setUploadWorkerPreload } from "@/server/uploads/node";
import { freePort, startFrontServer } from "../../scripts/lib/front-server";
import { pngBytes, SECRET, sessionCookie, sha256, tusUpload } from "./helpers/uploads";

let dir: string;
let front: http.Server;
let upstream: http.Server;
let base: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "upload-worker-"));
  // The worker reads its configuration from the environment it starts with.
  process.env.STORAGE_DIR = path.join(dir, "files");
  process.env.UPLOADS_PARTIAL_DIR = path.join(dir, "partial");
  setUploadWorkerPreload([pathToFileURL(path.resolve(import.meta.dirname, "helpers/worker-policy.ts")).href]);
  upstream = http.createServer((_req, res) => res.writeHead(299).end("from next"));
  const upstreamPort = await freePort();
  await new Promise<void>((r) => upstream.listen(upstreamPort, "127.0.0.1", () => r()));
  const port = await freePort();
  front = await startFrontServer({ port, upstreamPort, authSecret: SECRET });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  front.closeAllConnections();
  await new Promise((r) => front.close(r));
  await new Promise((r) => upstream.close(r));
  fs.rmSync(dir, { recursive: true, force: true });
});

it("serves uploads from its worker thread: interrupted, resumed, verified and stored", async () => {
  const cookie = await sessionCookie("worker-user", "worker-candidate");
  const bytes = pngBytes(3 * 1024 * 1024 + 17);
  const metadata = { purpose: "worker-test", n: "1", filename: "图.png", sha256: sha256(bytes) };
  const first = await tusUpload({ endpoint: `${base}/api/uploads`, bytes, cookie, metadata, stopAt: 1024 * 1024 });
  expect(first).toMatchObject({ ok: false, url: expect.stringContaining("/api/uploads/") });
  const done = await tusUpload({ endpoint: `${base}/api/uploads`, uploadUrl: first.url!, bytes, cookie, metadata });
  expect(done).toMatchObject({ ok: true, result: { storageKey: "worker-test/1", sha256: sha256(bytes) } });
  const stored = new FolderStorage(path.join(dir, "files"));
  const chunks: Buffer[] = [];
  for await (const c of (await stored.get("worker-test/1")) as AsyncIterable<Buffer>) chunks.push(c);
  expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
  // Anonymous: refused by the worker; other paths still reach Next.js.
  expect((await fetch(`${base}/api/uploads`, { method: "POST", headers: { "Tus-Resumable": "1.0.0", "Upload-Length": "5" } })).status).toBe(401);
  expect((await fetch(`${base}/standard`)).status).toBe(299);
});
