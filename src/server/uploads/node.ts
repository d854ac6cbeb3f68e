// The upload endpoint for a Node.js http server (the launcher's front server): large bodies go
// straight to the upload handler instead of through the proxy to Next.js. By default the
// handler runs in a worker thread (worker.ts) and this thread only passes bytes through, so that
// 60 uploads at once do not hold up answer saves (docs/benchmarks.md); the worker is started on
// the first upload request and again after it died. Tests pass a handler to run in-process.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { Worker } from "node:worker_threads";
import { UPLOADS_PATH, type UploadHandler } from "./handler";

export type { UploadHandler };

/** True when the request is for the upload endpoint (/api/uploads and below). */
export function isUploadRequest(req: IncomingMessage): boolean {
  const pathname = (req.url ?? "").split("?")[0]!;
  return pathname === UPLOADS_PATH || pathname.startsWith(`${UPLOADS_PATH}/`);
}

let preload: string[] = [];

/**
 * Modules (URLs) the worker imports before serving, e.g. ones that register upload policies
 * outside src/server/uploads/policies.ts (a benchmark's). Call before the first upload request.
 */
export function setUploadWorkerPreload(modules: string[]): void {
  preload = modules;
}

type RunningWorker = { port: number; agent: http.Agent };
let running: Promise<RunningWorker> | null = null;

function uploadWorker(secret: string): Promise<RunningWorker> {
  running ??= new Promise<RunningWorker>((resolve, reject) => {
    const worker = new Worker(new URL("./worker-entry.mjs", import.meta.url), { workerData: { secret, preload } });
    worker.unref();
    worker.once("message", (message: { port: number }) => resolve({ port: message.port, agent: new http.Agent({ keepAlive: true, maxSockets: 256 }) }));
    worker.once("error", (error) => {
      console.error("[uploads] the upload worker failed:", error);
      running = null;
      reject(error);
    });
    worker.once("exit", () => {
      running = null;
    });
  });
  return running;
}

function unavailable(res: ServerResponse) {
  if (!res.headersSent) res.writeHead(503, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", "Tus-Resumable": "1.0.0" });
  res.end(JSON.stringify({ error: { code: "INTERNAL", message: "文件保存失败，请稍后重试。" } }));
}

/**
 * Serves an upload request: with `handler` in this thread, else through the upload worker.
 * Never rejects: a failure is answered with 5xx (the tus client retries and resumes).
 */
export async function handleUploadRequest(req: IncomingMessage, res: ServerResponse, options: { secret: string; handler?: UploadHandler }): Promise<void> {
  if (options.handler) return serveInThread(options.handler, req, res, options.secret);
  let worker: RunningWorker;
  try {
    worker = await uploadWorker(options.secret);
  } catch {
    return unavailable(res);
  }
  const upstream = http.request({ host: "127.0.0.1", port: worker.port, method: req.method, path: req.url, headers: req.headers, agent: worker.agent }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.statusMessage, up.headers);
    up.pipe(res);
    res.once("close", () => up.destroy());
  });
  upstream.once("error", () => unavailable(res));
  // A client that goes away mid-body: the worker sees the same, and keeps what arrived.
  req.once("close", () => {
    if (!req.complete) upstream.destroy();
  });
  req.pipe(upstream);
}

async function serveInThread(handler: UploadHandler, req: IncomingMessage, res: ServerResponse, secret: string): Promise<void> {
  const { NodeRequest, sendNodeResponse } = await import("srvx/node");
  try {
    const request = new NodeRequest({ req, res }) as unknown as Request;
    await sendNodeResponse(res, await handler.handle(request, { secret }));
  } catch (error) {
    console.error("[uploads] request failed:", error);
    unavailable(res);
  }
}
