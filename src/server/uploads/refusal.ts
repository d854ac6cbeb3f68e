// How the upload endpoint says no: always JSON `{ error: { code, message } }` in the caller's
// language, with a status the tus client understands (4xx: do not retry, except 408/423/429 and the
// protocol's offset 409 coded UPLOAD_OFFSET; 5xx: retry). Policy errors (AppError) keep their own status and message; the tus server's own
// errors (English text) are mapped by status to the messages of the i18n catalogue.
import type { Translate } from "@/i18n";
import { errorResponseBody, type ErrorCode } from "../errors";

/**
 * The error codes of upload refusals: the app's codes, and UPLOAD_OFFSET for the tus protocol's
 * "offset out of step" 409 — the one 409 the client retries (it re-reads the offset and resumes);
 * a policy's CONFLICT 409 (count limit, paused) is final (src/ui/uploads/upload-errors.ts).
 */
export type UploadRefusalCode = ErrorCode | "UPLOAD_OFFSET";

export class UploadRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: UploadRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = "UploadRefusal";
  }
}

type TusError = { status_code: number; body: string };

function isTusError(error: unknown): error is TusError {
  return typeof error === "object" && error !== null && typeof (error as TusError).status_code === "number";
}

/** The refusal for a tus server error status (its English text is not shown). */
function fromTusStatus(status: number, t: Translate): UploadRefusal {
  switch (status) {
    case 404:
      return new UploadRefusal(404, "NOT_FOUND", t("uploads.error.notFound"));
    case 410:
      return new UploadRefusal(410, "NOT_FOUND", t("uploads.error.expired"));
    case 409:
      return new UploadRefusal(409, "UPLOAD_OFFSET", t("uploads.error.offset"));
    case 423:
      return new UploadRefusal(423, "CONFLICT", t("uploads.error.locked"));
    case 413:
      return new UploadRefusal(413, "VALIDATION", t("uploads.error.tooLargeAny"));
    default:
      return status >= 400 && status < 500 ? new UploadRefusal(status, "VALIDATION", t("uploads.error.protocol")) : new UploadRefusal(500, "INTERNAL", t("uploads.error.storage"));
  }
}

/** Any thrown value as a refusal: our own, a policy's AppError, a tus error, or an unexpected one (500, logged). */
export function toRefusal(error: unknown, t: Translate): UploadRefusal {
  if (error instanceof UploadRefusal) return error;
  if (isTusError(error)) {
    if (error.status_code >= 500) console.error("[uploads] tus error", error);
    return fromTusStatus(error.status_code, t);
  }
  const { status, body } = errorResponseBody(error, t);
  if (status >= 500) return new UploadRefusal(500, "INTERNAL", t("uploads.error.storage"));
  return new UploadRefusal(status, body.error.code, body.error.message);
}

export function refusalBody(refusal: UploadRefusal): string {
  return JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
}

/** A refusal as the error a tus hook throws (the tus server answers with its status and body). */
export function asTusError(refusal: UploadRefusal): TusError & { message: string; uploadRefusal: true } {
  return { status_code: refusal.status, body: refusalBody(refusal), message: refusal.message, uploadRefusal: true };
}

export function isAsTusError(error: unknown): error is TusError & { uploadRefusal: true } {
  return isTusError(error) && (error as { uploadRefusal?: unknown }).uploadRefusal === true;
}

const UNITS = ["B", "KB", "MB", "GB", "TB"];

function unitOf(bytes: number): number {
  let unit = 0;
  while (bytes >= 1024 ** (unit + 1) && unit < UNITS.length - 1) unit += 1;
  return unit;
}

function inUnit(bytes: number, unit: number, decimals: number): string {
  return unit === 0 ? `${bytes.toLocaleString("en-US")} B` : `${(bytes / 1024 ** unit).toFixed(decimals)} ${UNITS[unit]}`;
}

/** Human-readable byte size for messages: "20.0 MB" (1 MB = 1024² bytes, one decimal); "512 B" under 1 KB. */
export function formatBytes(bytes: number): string {
  return inUnit(bytes, unitOf(bytes), 1);
}

/**
 * A size and a limit for "文件太大：{size}，上限为 {limit}": both in the limit's unit, with as many
 * decimals (1–3) as it takes to tell them apart, else in exact bytes ("1,048,577 B" / "1,048,576 B"),
 * so two different sizes never read the same (21,000,000 B on a 20 MB limit: "20.03 MB" / "20.00 MB").
 */
export function formatSizeAndLimit(size: number, limit: number): { size: string; limit: string } {
  const unit = unitOf(limit);
  for (let decimals = 1; decimals <= 3 && unit > 0; decimals += 1) {
    const pair = { size: inUnit(size, unit, decimals), limit: inUnit(limit, unit, decimals) };
    if (pair.size !== pair.limit || size === limit) return pair;
  }
  return { size: inUnit(size, 0, 0), limit: inUnit(limit, 0, 0) };
}
