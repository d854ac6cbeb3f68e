// The upload worker: a thread of the launcher's front-server process with an HTTP server of its
// own on 127.0.0.1, serving the upload endpoint (getUploadHandler()). Receiving, hashing and
// storing files is CPU work; in its own thread (its own event loop, on the other core) it does
// not hold up the answer saves that the front server's main thread serves. Started by node.ts.
import http from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import { NodeRequest, sendNodeResponse } from "srvx/node";
import { getUploadHandler } from "./index";

const { secret, preload } = workerData as { secret: string; preload: string[] };
for (const module of preload) await import(module);
const handler = getUploadHandler();

const server = http.createServer((req, res) => {
  const request = new NodeRequest({ req, res }) as unknown as Request;
  handler
    .handle(request, { secret })
    .then((response) => sendNodeResponse(res, response))
    .catch((error: unknown) => {
      console.error("[uploads] request failed:", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
      res.end(JSON.stringify({ error: { code: "INTERNAL", message: "文件保存失败，请稍后重试。" } }));
    });
});
server.keepAliveTimeout = 65_000;
server.listen(0, "127.0.0.1", () => parentPort!.postMessage({ port: (server.address() as { port: number }).port }));
