// The HTTP response for a handed-in file: inline for what browsers show safely (images, video,
// PDF), as an attachment otherwise; one byte range (video seeking) when asked for.
import { Readable } from "node:stream";
import type { CurrentUser } from "../../auth/session";
import { getPrisma } from "../../db/client";
import { AppError } from "../../errors";
import { openSubmittedFile } from "./file-access";
import { visibleFileName } from "./neutral-name";

const INLINE = /^(image\/(jpeg|png|gif|webp|bmp|avif)|video\/(mp4|webm|ogg|quicktime)|application\/pdf)$/;

function disposition(kind: "inline" | "attachment", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_") || "file";
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Parses "bytes=a-b" / "bytes=a-" / "bytes=-n" against `size`; null when absent or not one range. */
export function parseRange(header: string | null, size: number): { start: number; end: number } | null {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === "" && m[2] === "") || size === 0) return null;
  if (m[1] === "") {
    const n = Math.min(Number(m[2]), size);
    return n > 0 ? { start: size - n, end: size - 1 } : null;
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start <= end && start < size ? { start, end } : null;
}

/**
 * The file as a Response. Content-Disposition carries the original name only for admins and after
 * the results are released; examiners otherwise get the blind-marking neutral name (neutral-name.ts).
 */
export async function fileResponse(o: { caller: Pick<CurrentUser, "id" | "roles">; sessionId: string; fileId: string; request: Request }): Promise<Response> {
  const meta = await getPrisma().storedFile.findUnique({ where: { id: o.fileId }, select: { size: true } });
  if (!meta) throw new AppError("NOT_FOUND");
  const range = parseRange(o.request.headers.get("range"), meta.size);
  const file = await openSubmittedFile({ caller: o.caller, sessionId: o.sessionId, fileId: o.fileId, range: range ?? undefined });
  const name = await visibleFileName({ caller: o.caller, sessionId: o.sessionId, fileId: o.fileId, originalName: file.originalName, ...file.where });
  const type = file.mime.split(";")[0]!.trim().toLowerCase();
  const headers: Record<string, string> = {
    "Content-Type": INLINE.test(type) ? type : "application/octet-stream",
    "Content-Disposition": disposition(INLINE.test(type) ? "inline" : "attachment", name),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
    "Accept-Ranges": "bytes",
    ETag: `"${file.sha256}"`,
  };
  const body = Readable.toWeb(Readable.from(file.stream as AsyncIterable<Buffer>)) as ReadableStream;
  if (range) {
    headers["Content-Range"] = `bytes ${range.start}-${range.end}/${file.size}`;
    headers["Content-Length"] = String(range.end - range.start + 1);
    return new Response(body, { status: 206, headers });
  }
  headers["Content-Length"] = String(file.size);
  return new Response(body, { status: 200, headers });
}
