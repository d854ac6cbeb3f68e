// The resumable upload endpoint (tus 1.0 via @tus/server, partial uploads in a @tus/file-store
// folder) behind the UploadPolicy of the upload's purpose. One handler for Web Requests, used by
// the Next.js route handler (app/api/uploads/[[...path]]) and, through node.ts, by the launcher's
// front server. Per request:
//   - the caller comes from the session token (caller.ts); no caller → 401;
//   - POST (create): the policy's grant() decides, the size limit is checked against Upload-Length
//     and a zero-byte upload refused, before any byte is accepted (hooks.ts);
//   - PATCH / HEAD / DELETE on an id: the upload must have been created by this user, else 404;
//     PATCH runs policy.check() before the chunk; the last chunk finalizes (finalize.ts);
//   - HEAD on an upload whose bytes are complete but not finalized (the answer was lost, or the
//     server died midway) finalizes it; HEAD on a finalized upload answers from its receipt.
// The instant the last byte arrived is captured when the final PATCH's body is complete (for a
// HEAD finalization: the partial file's modification time) and handed to the policy, which decides
// as of then (policy.ts, LastByte).
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { FileStore } from "@tus/file-store";
import { Server } from "@tus/server";
import { Metadata, type Upload } from "@tus/utils";
import { defaultLocale, isLocale, LOCALE_COOKIE, translator, type Translate } from "@/i18n";
import type { FileStorage } from "../storage/types";
import { parseCookies, readUploadCaller } from "./caller";
import { finalizeUpload } from "./finalize";
import { checkGrant, clientMeta, GRANT_KEY, readGrant, storedGrant } from "./grant";
import { uploadPolicyFor, type LastByte, type UploadCaller } from "./policy";
import { sweepPartialUploads } from "./partials";
import { ReceiptStore, type UploadReceipt } from "./receipts";
import { asTusError, formatSizeAndLimit, isAsTusError, refusalBody, toRefusal, UploadRefusal } from "./refusal";

export const UPLOADS_PATH = "/api/uploads";
const ID = /^[0-9a-f]{32}$/;
const TUS_VERSION = "1.0.0";

export type UploadHandlerOptions = {
  /** Root of partial uploads (tus/) and receipts (receipts/). */
  partialDir: string;
  storage: FileStorage;
  /** Ceiling on any upload's size, whatever a policy grants (bytes). */
  maxBytes: number;
  /** Age after which unfinished uploads and receipts are deleted (ms). */
  maxAgeMs: number;
  /** Monotonic clock in ms (default performance.now); tests move it to stand for time spent hashing and storing. */
  clock?: () => number;
};

export type UploadHandler = {
  /** Serves one request under /api/uploads. */
  handle(request: Request, auth: { secret: string }): Promise<Response>;
  /** Deletes expired partial uploads, old receipts and (folder driver) stale temporary files. */
  sweep(now?: number): Promise<{ partials: number; receipts: number; temporary: number }>;
  readonly tusDir: string;
};

type RequestContext = { caller: UploadCaller; t: Translate };

function json(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : body, {
    status,
    headers: { "Tus-Resumable": TUS_VERSION, "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8", ...headers },
  });
}

function refuse(refusal: UploadRefusal): Response {
  return json(refusal.status, refusalBody(refusal));
}

/** The answer for a finalized upload: offset = length, and the policy's result. */
function doneResponse(method: string, receipt: UploadReceipt): Response {
  const resultJson = JSON.stringify(receipt.result ?? null);
  const headers = { "Upload-Offset": String(receipt.size), "Upload-Length": String(receipt.size), "Upload-Result": encodeURIComponent(resultJson) };
  if (method === "HEAD") return new Response(null, { status: 200, headers: { "Tus-Resumable": TUS_VERSION, "Cache-Control": "no-store", ...headers } });
  return json(200, JSON.stringify({ result: receipt.result ?? null }), headers);
}

export function createUploadHandler(options: UploadHandlerOptions): UploadHandler {
  const tusDir = path.join(options.partialDir, "tus");
  const receipts = new ReceiptStore(path.join(options.partialDir, "receipts"));
  const datastore = new FileStore({ directory: tusDir, expirationPeriodInMilliseconds: options.maxAgeMs });
  const contexts = new WeakMap<Request, RequestContext>();
  const finalizing = new Map<string, Promise<UploadReceipt>>();
  const clock = options.clock ?? (() => performance.now());
  /** The last byte arrived at `receivedAt` on `clock`. */
  const lastByteAt = (receivedAt: number): LastByte => ({ msAgo: () => Math.max(0, clock() - receivedAt) });
  /** For an upload finalized by a HEAD: its bytes' modification time, placed on `clock` (now if unreadable). */
  const lastByteOnDisk = async (id: string): Promise<LastByte> => {
    const stat = await fs.promises.stat(path.join(tusDir, id)).catch(() => null);
    return lastByteAt(clock() - (stat ? Math.max(0, Date.now() - stat.mtimeMs) : 0));
  };

  const contextOf = (req: Request): RequestContext => {
    const ctx = contexts.get(req);
    if (!ctx) throw new Error("upload request without context");
    return ctx;
  };

  /** Finalizes an upload once, however many requests ask at the same time; decisions as of `lastByte`. */
  function finalize(upload: Upload, ctx: RequestContext, lastByte: LastByte): Promise<UploadReceipt> {
    const running = finalizing.get(upload.id);
    if (running) return running;
    const grant = readGrant(upload.metadata)!;
    const policy = uploadPolicyFor(grant.purpose);
    const task = (async () => {
      if (!policy) throw new UploadRefusal(422, "VALIDATION", ctx.t("uploads.error.purpose"));
      const receipt = await finalizeUpload({
        id: upload.id,
        partialPath: path.join(tusDir, upload.id),
        size: upload.size ?? 0,
        grant,
        meta: clientMeta(upload.metadata),
        caller: ctx.caller,
        policy,
        storage: options.storage,
        t: ctx.t,
        lastByte,
        removePartial: () => datastore.remove(upload.id),
      });
      await receipts.put(upload.id, receipt);
      await datastore.remove(upload.id).catch(() => undefined);
      return receipt;
    })().finally(() => finalizing.delete(upload.id));
    finalizing.set(upload.id, task);
    return task;
  }

  const tus = new Server({
    path: UPLOADS_PATH,
    datastore,
    relativeLocation: true,
    maxSize: options.maxBytes,
    allowedOrigins: [], // same origin only: no CORS headers
    exposedHeaders: ["Upload-Result"],
    async onUploadCreate(req, upload) {
      const { caller, t } = contextOf(req as unknown as Request);
      if (upload.sizeIsDeferred) throw asTusError(new UploadRefusal(422, "VALIDATION", t("uploads.error.lengthRequired")));
      const size = upload.size ?? 0;
      if (size === 0) throw asTusError(new UploadRefusal(422, "VALIDATION", t("uploads.error.empty")));
      const meta = clientMeta(upload.metadata);
      const policy = uploadPolicyFor(meta.purpose);
      if (!policy) throw asTusError(new UploadRefusal(422, "VALIDATION", t("uploads.error.purpose")));
      const filename = meta.filename ?? "";
      if (filename.trim() === "" || filename.length > 255) throw asTusError(new UploadRefusal(422, "VALIDATION", t("uploads.error.filename")));
      if (!/^[0-9a-fA-F]{64}$/.test(meta.sha256 ?? "")) throw asTusError(new UploadRefusal(422, "VALIDATION", t("uploads.error.sha256")));
      let grant;
      try {
        grant = checkGrant(await policy.grant(caller, meta, size));
      } catch (error) {
        throw asTusError(toRefusal(error, t));
      }
      if (size > grant.maxBytes) {
        throw asTusError(new UploadRefusal(413, "VALIDATION", t("uploads.error.tooLarge", formatSizeAndLimit(size, grant.maxBytes))));
      }
      return { metadata: { ...meta, [GRANT_KEY]: storedGrant(grant, meta.purpose!, caller) } };
    },
    async onUploadFinish(req, upload) {
      const lastByte = lastByteAt(clock()); // the final PATCH's body is complete now
      const ctx = contextOf(req as unknown as Request);
      try {
        const receipt = await finalize(upload, ctx, lastByte);
        return {
          status_code: 200,
          headers: { "Upload-Result": encodeURIComponent(JSON.stringify(receipt.result ?? null)), "Content-Type": "application/json; charset=utf-8" },
          body: JSON.stringify({ result: receipt.result ?? null }),
        };
      } catch (error) {
        throw asTusError(toRefusal(error, ctx.t));
      }
    },
    onResponseError(req, error) {
      if (isAsTusError(error)) return { status_code: error.status_code, body: error.body };
      const ctx = contexts.get(req as unknown as Request);
      const refusal = toRefusal(error, ctx?.t ?? translator(defaultLocale));
      return { status_code: refusal.status, body: refusalBody(refusal) };
    },
  });

  /** The upload `id` of this caller, or a 404 refusal (absent, expired, or someone else's). */
  async function ownUpload(id: string, ctx: RequestContext): Promise<{ upload: Upload; grant: NonNullable<ReturnType<typeof readGrant>> }> {
    const notFound = new UploadRefusal(404, "NOT_FOUND", ctx.t("uploads.error.notFound"));
    const upload = await datastore.getUpload(id).catch(() => null);
    const grant = upload ? readGrant(upload.metadata) : null;
    if (!upload || !grant || grant.userId !== ctx.caller.userId) throw notFound;
    return { upload, grant };
  }

  async function passToTus(request: Request): Promise<Response> {
    const response = await tus.handleWeb(request);
    response.headers.set("Cache-Control", "no-store");
    if (response.status >= 400) response.headers.set("Content-Type", "application/json; charset=utf-8");
    const metadata = response.headers.get("Upload-Metadata");
    if (metadata !== null) {
      const visible = clientMeta(Metadata.parse(metadata));
      response.headers.set("Upload-Metadata", Metadata.stringify(visible));
    }
    return response;
  }

  /** HEAD answers carry no body (a refusal's status still tells the tus client what happened). */
  async function handle(request: Request, auth: { secret: string }): Promise<Response> {
    const response = await serve(request, auth);
    if (request.method !== "HEAD" || response.body === null) return response;
    return new Response(null, { status: response.status, headers: response.headers });
  }

  async function serve(request: Request, auth: { secret: string }): Promise<Response> {
    const cookies = parseCookies(request.headers.get("cookie"));
    const locale = cookies.get(LOCALE_COOKIE);
    const t = translator(isLocale(locale) ? locale : defaultLocale);
    const pathname = new URL(request.url).pathname.replace(/\/+$/, "");
    const id = pathname === UPLOADS_PATH ? null : pathname.startsWith(`${UPLOADS_PATH}/`) ? pathname.slice(UPLOADS_PATH.length + 1) : undefined;
    if (id === undefined || (id !== null && !ID.test(id))) return refuse(new UploadRefusal(404, "NOT_FOUND", t("uploads.error.notFound")));
    if (request.method === "OPTIONS") return passToTus(request);
    const caller = await readUploadCaller(cookies, auth.secret);
    if (!caller) return refuse(new UploadRefusal(401, "UNAUTHENTICATED", t("uploads.error.signIn")));
    const ctx: RequestContext = { caller, t };
    contexts.set(request, ctx);
    try {
      const method = request.method;
      if (method === "POST") {
        if (id !== null) return refuse(new UploadRefusal(404, "NOT_FOUND", t("uploads.error.notFound")));
        return await passToTus(request);
      }
      if (method !== "PATCH" && method !== "HEAD" && method !== "DELETE") {
        return refuse(new UploadRefusal(405, "VALIDATION", t("uploads.error.method")));
      }
      if (id === null) return refuse(new UploadRefusal(404, "NOT_FOUND", t("uploads.error.notFound")));
      const receipt = await receipts.get(id);
      if (receipt) {
        if (receipt.userId !== caller.userId || method === "DELETE") return refuse(new UploadRefusal(404, "NOT_FOUND", t("uploads.error.notFound")));
        return doneResponse(method, receipt);
      }
      const { upload, grant } = await ownUpload(id, ctx);
      if (method === "HEAD" && upload.size !== undefined && upload.offset === upload.size) {
        return doneResponse(method, await finalize(upload, ctx, await lastByteOnDisk(upload.id)));
      }
      if (method === "PATCH") {
        const policy = uploadPolicyFor(grant.purpose);
        if (!policy) return refuse(new UploadRefusal(422, "VALIDATION", t("uploads.error.purpose")));
        await policy.check(caller, grant.ownerKey, clientMeta(upload.metadata));
      }
      return await passToTus(request);
    } catch (error) {
      return refuse(toRefusal(error, t));
    }
  }

  async function sweep(now = Date.now()) {
    const partials = await sweepPartialUploads(tusDir, options.maxAgeMs, now);
    const removedReceipts = await receipts.sweep(options.maxAgeMs, now);
    const storage = options.storage as FileStorage & { sweepTemporary?: (maxAgeMs: number, now?: number) => Promise<number> };
    const temporary = storage.sweepTemporary ? await storage.sweepTemporary(options.maxAgeMs, now) : 0;
    return { partials, receipts: removedReceipts, temporary };
  }

  return { handle, sweep, tusDir };
}
