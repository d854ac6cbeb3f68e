// The front server's observability (scripts/lib/front-server.ts calls these): a request id on
// every request (the caller's X-Request-Id or a new one, passed on to Next.js and returned in the
// response), a JSON log line per request (debug; warn when slow or answered 503 while Next.js
// starts, error on other 5xx), upload bytes
// and 5xx responses counted, and /api/metrics served from this process's registry.
// See docs/operations.md, "Logs, health and metrics".
import type { IncomingMessage, ServerResponse } from "node:http";
import { logger, REQUEST_ID_HEADER, requestIdFrom } from "../../src/server/ops/log";
import { countUploadBytes, metrics, metricsResponse } from "../../src/server/ops/metrics";
import { isUploadRequest } from "../../src/server/uploads/node";
import { isUnavailableResponse } from "./unavailable";

const SLOW_MS = 1000;

/** Gives the request its id and logs and counts its response when it finishes. Returns the id. */
export function observeRequest(req: IncomingMessage, res: ServerResponse): string {
  const started = performance.now();
  const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  req.headers[REQUEST_ID_HEADER] = id;
  res.setHeader("X-Request-Id", id); // also makes later writeHead() headers readable below
  res.once("finish", () => {
    const ms = Math.round(performance.now() - started);
    const status = res.statusCode;
    if (status >= 500) metrics().errors.inc({ code: `HTTP_${status}` });
    if (isUploadRequest(req)) countUploadBytes(req.method, req.headers["upload-offset"], status, res.getHeader("upload-offset"));
    const line = { reqId: id, method: req.method, path: (req.url ?? "").split("?")[0], status, ms };
    if (isUnavailableResponse(res)) logger().warn(line, "answered 503: Next.js is starting or restarting");
    else if (status >= 500) logger().error(line, "request failed");
    else if (ms >= SLOW_MS) logger().warn(line, "slow request");
    else logger().debug(line, "request");
  });
  return id;
}

/** Serves GET /api/metrics from this process; false for any other request. */
export function serveMetrics(req: IncomingMessage, res: ServerResponse): boolean {
  if ((req.url ?? "").split("?")[0] !== "/api/metrics" || req.method !== "GET") return false;
  metricsResponse(req.headers.authorization)
    .then(({ status, contentType, body }) => {
      res.writeHead(status, { "Content-Type": contentType, "Cache-Control": "no-store" });
      res.end(body);
    })
    .catch((error: unknown) => {
      logger().error({ err: error }, "metrics scrape failed");
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("metrics unavailable");
    });
  return true;
}

/** Logs an error that escaped a handler of the front server, with the request id. */
export function logFrontError(requestId: string, error: unknown): void {
  logger().error({ reqId: requestId, err: error }, "front server handler failed");
}
