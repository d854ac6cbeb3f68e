// Use case: read an item image for display. Admins may read any image of the bank; a candidate
// only an image of an item on the paper of their own attempt (the attempt is loaded by its id AND
// the candidate). Anything else is "not found", so an image's existence is not revealed either.
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export type MediaViewer = { kind: "admin" } | { kind: "candidate"; candidateId: string; attemptId: string };

const SHA256 = /^[0-9a-f]{64}$/;

/** The image's bytes and MIME type. Throws NOT_FOUND when it does not exist or the viewer may not see it. */
export async function readItemMedia(options: { sha256: string; viewer: MediaViewer }): Promise<{ mime: string; data: Uint8Array }> {
  if (!SHA256.test(options.sha256)) throw new AppError("NOT_FOUND");
  const prisma = getPrisma();
  if (options.viewer.kind === "candidate") {
    const { candidateId, attemptId } = options.viewer;
    const rows = await prisma.$queryRaw<Array<{ ok: number }>>`
      SELECT 1 AS ok FROM "Attempt" a
      JOIN "PaperItem" p ON p."paperId" = a."paperId"
      JOIN "ItemVersionMedia" m ON m."itemVersionId" = p."itemVersionId"
      WHERE a.id = ${attemptId} AND a."candidateId" = ${candidateId} AND m.sha256 = ${options.sha256}
      LIMIT 1`;
    if (rows.length === 0) throw new AppError("NOT_FOUND");
  }
  const media = await prisma.itemMedia.findUnique({ where: { sha256: options.sha256 }, select: { mime: true, data: true } });
  if (!media) throw new AppError("NOT_FOUND");
  return { mime: media.mime, data: new Uint8Array(media.data) };
}

/** The response for an image: its stored type, never sniffed, nothing else allowed to run. */
export function mediaResponse(media: { mime: string; data: Uint8Array }): Response {
  return new Response(Buffer.from(media.data), {
    headers: {
      "Content-Type": media.mime,
      "Content-Length": String(media.data.byteLength),
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      // Content-addressed, so it never changes; private because access depends on who asks.
      "Cache-Control": "private, max-age=86400, immutable",
    },
  });
}
