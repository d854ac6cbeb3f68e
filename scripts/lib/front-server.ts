// The launcher's front server: it listens on the public port, serves answer saves
// (src/server/exam/fast-save.ts), the exam start and paper load (src/server/exam/fast-start.ts), practice answers (src/server/practice/fast-answer.ts) and
// resumable uploads (src/server/uploads/node.ts: large bodies do not go through the proxy) itself,
// and passes every other request to the Next.js server on an internal port. It also sets
// X-Forwarded-For from the connection, so the per-address sign-in limit sees real client
// addresses. While Next.js is down (the supervisor restarts it) it keeps serving what it serves
// itself and answers everything else with a friendly 503 (unavailable.ts). See
// docs/architecture.md.
import http from "node:http";
import net from "node:net";
import { fastSaveRoute, handleFastSave } from "../../src/server/exam/fast-save";
import { forwardingHeaders, publicLocation, requestPublicOrigin, trustedProxies } from "../../src/server/net/forwarding";
import { fastExamRoute, handleFastExam } from "../../src/server/exam/fast-start";
import { fastPracticeRoute, handleFastPractice } from "../../src/server/practice/fast-answer";
import { applySecurityHeaders } from "../../src/server/net/security-headers";
import { handleUploadRequest, isUploadRequest, type UploadHandler } from "../../src/server/uploads/node";
import { logFrontError, observeRequest, serveMetrics } from "./front-observe";
import { sendUnavailable } from "./unavailable";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the front server on `port`. `upstreamPort` is the Next.js server's internal port, or a
 * function giving it (null while Next.js is down: requests for it get the 503 page at once).
 */
export function startFrontServer(options: { port: number; upstreamPort: number | (() => number | null); authSecret: string; uploads?: UploadHandler }): Promise<http.Server> {
  // Parse TRUSTED_PROXIES now: a bad value stops the start with its message, instead of throwing
  // inside the first request's listener.
  trustedProxies();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const upstreamPort = typeof options.upstreamPort === "function" ? options.upstreamPort : () => options.upstreamPort as number;

  function proxy(req: http.IncomingMessage, res: http.ServerResponse) {
    const port = upstreamPort();
    if (port === null) {
      req.resume();
      return sendUnavailable(req, res);
    }
    const headers = Object.fromEntries(Object.entries({ ...req.headers, ...forwardingHeaders(req) }).filter(([, v]) => v !== undefined));
    const upstream = http.request({ host: "127.0.0.1", port, method: req.method, path: req.url, headers, agent }, (up) => {
      for (const h of ["location", "x-action-redirect"] as const) {
        const v = up.headers[h];
        if (typeof v === "string") up.headers[h] = publicLocation(v, { internalPort: port, publicOrigin: requestPublicOrigin(req) });
      }
      res.writeHead(up.statusCode ?? 502, up.statusMessage, up.headers);
      up.pipe(res);
    });
    upstream.on("error", () => sendUnavailable(req, res));
    req.pipe(upstream);
  }

  const server = http.createServer((req, res) => {
    applySecurityHeaders(res);
    const requestId = observeRequest(req, res);
    if (serveMetrics(req, res)) return;
    if (isUploadRequest(req)) return void handleUploadRequest(req, res, { secret: options.authSecret, handler: options.uploads });
    const attemptId = fastSaveRoute(req);
    const drillId = attemptId ? null : fastPracticeRoute(req);
    const examRoute = attemptId || drillId ? null : fastExamRoute(req);
    if (!attemptId && !drillId && !examRoute) return proxy(req, res);
    const handled = attemptId
      ? handleFastSave(req, res, { attemptId, secret: options.authSecret })
      : examRoute
        ? handleFastExam(req, res, { route: examRoute, secret: options.authSecret })
        : handleFastPractice(req, res, { drillId: drillId!, secret: options.authSecret });
    handled
      .then((served) => {
        if (!served) proxy(req, res);
      })
      .catch((error: unknown) => {
        logFrontError(requestId, error);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ error: { code: "INTERNAL", message: "出现了意外错误，请稍后重试。" } }));
      });
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => resolve(server));
  });
}
