// The upload endpoint for a Node.js http server (the launcher's front server): large bodies go
// straight to the tus handler instead of through the proxy to Next.js.
import type { IncomingMessage, ServerResponse } from "node:http";
import { NodeRequest, sendNodeResponse } from "srvx/node";
import { getUploadHandler, UPLOADS_PATH, type UploadHandler } from "./index";

export type { UploadHandler };

/** True when the request is for the upload endpoint (/api/uploads and below). */
export function isUploadRequest(req: IncomingMessage): boolean {
  const pathname = (req.url ?? "").split("?")[0]!;
  return pathname === UPLOADS_PATH || pathname.startsWith(`${UPLOADS_PATH}/`);
}

/**
 * Serves the request with `handler` (default: this process's, from the environment). Never
 * rejects: an unexpected failure is logged and answered with 500.
 */
export async function handleUploadRequest(req: IncomingMessage, res: ServerResponse, options: { secret: string; handler?: UploadHandler }): Promise<void> {
  try {
    const request = new NodeRequest({ req, res }) as unknown as Request;
    const response = await (options.handler ?? getUploadHandler()).handle(request, { secret: options.secret });
    await sendNodeResponse(res, response);
  } catch (error) {
    console.error("[uploads] request failed:", error);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
    res.end(JSON.stringify({ error: { code: "INTERNAL", message: "文件保存失败，请稍后重试。" } }));
  }
}
