// Who may read a stored file (docs/storage.md "Serving stored files", issue 14): loaded by its id
// AND the caller's scope, never by storage key.
// - an admin: any file;
// - a candidate: their own handed-in files (any time), and the materials of the tasks of their
//   own skill attempt once it started (during and after it);
// - an examiner or chief examiner of a skill session: the handed-in files of that session's
//   attempts and the materials of its plan's tasks.
// Anyone else: NOT_FOUND (so that ids are not confirmed).
import { Readable } from "node:stream";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { getStorage } from "../storage";
import { planVersionIds } from "../skill/attempt/plan-tasks";

export type FileCaller = { id: string; roles: readonly string[]; candidateId: string | null };
export type ReadableFile = { id: string; storageKey: string; size: number; mime: string; originalName: string };

async function plansOfTaskVersions(versionIds: string[], where: { candidateId?: string; examinerId?: string }): Promise<boolean> {
  const prisma = getPrisma();
  const plans = where.candidateId
    ? (await prisma.attempt.findMany({ where: { candidateId: where.candidateId, skillPlanId: { not: null } }, select: { skillPlanId: true } })).map((a) => a.skillPlanId!)
    : (
        await prisma.examSession.findMany({
          where: { mode: "skill", skillPlanId: { not: null }, staff: { some: { userId: where.examinerId, role: { in: ["EXAMINER", "CHIEF_EXAMINER"] } } } },
          select: { skillPlanId: true },
        })
      ).map((s) => s.skillPlanId!);
  if (plans.length === 0) return false;
  const rows = await prisma.skillPlan.findMany({ where: { id: { in: [...new Set(plans)] } }, select: { duties: true } });
  const inPlans = new Set(rows.flatMap((r) => planVersionIds(r.duties)));
  return versionIds.some((v) => inPlans.has(v));
}

/** The file's row if the caller may read it, else AppError NOT_FOUND. */
export async function authorizeFile(caller: FileCaller, fileId: string): Promise<ReadableFile> {
  const prisma = getPrisma();
  const f = await prisma.storedFile.findUnique({
    where: { id: fileId },
    select: {
      id: true,
      storageKey: true,
      size: true,
      mime: true,
      originalName: true,
      submission: { select: { attempt: { select: { candidateId: true, sessionId: true } } } },
      material: { select: { taskVersionId: true } },
    },
  });
  if (!f) throw new AppError("NOT_FOUND");
  const file = { id: f.id, storageKey: f.storageKey, size: f.size, mime: f.mime, originalName: f.originalName };
  if (caller.roles.includes("ADMIN")) return file;
  const sub = f.submission?.attempt;
  if (sub && caller.candidateId && sub.candidateId === caller.candidateId) return file;
  const examiner = caller.roles.includes("EXAMINER") || caller.roles.includes("CHIEF_EXAMINER");
  if (sub && examiner) {
    const staff = await prisma.sessionStaff.findFirst({ where: { sessionId: sub.sessionId, userId: caller.id, role: { in: ["EXAMINER", "CHIEF_EXAMINER"] } }, select: { id: true } });
    if (staff) return file;
  }
  const versions = f.material.map((m) => m.taskVersionId);
  if (versions.length && caller.candidateId && (await plansOfTaskVersions(versions, { candidateId: caller.candidateId }))) return file;
  if (versions.length && examiner && (await plansOfTaskVersions(versions, { examinerId: caller.id }))) return file;
  throw new AppError("NOT_FOUND");
}

const INLINE = /^(image\/(jpeg|png|gif|webp|bmp|avif)|video\/|audio\/|application\/pdf$)/;

/** RFC 5987 Content-Disposition with an ASCII fallback. */
function disposition(kind: "inline" | "attachment", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Streams an authorized file: Range (single `bytes=a-b`, `a-`, `-n`) → 206 with Content-Range,
 * a start past the end → 416; type from the database, nosniff, private no-store; inline only for
 * images, video, audio and PDF, else an attachment with the original name. `download=1` forces an
 * attachment.
 */
export async function fileResponse(file: ReadableFile, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const inline = INLINE.test(file.mime) && url.searchParams.get("download") !== "1";
  const headers: Record<string, string> = {
    "Content-Type": file.mime,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Accept-Ranges": "bytes",
    "Content-Disposition": disposition(inline ? "inline" : "attachment", file.originalName),
  };
  const range = request.headers.get("range");
  const m = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null;
  if (m && (m[1] || m[2])) {
    let start = m[1] ? Number(m[1]) : Math.max(0, file.size - Number(m[2]));
    let end = m[1] && m[2] ? Math.min(Number(m[2]), file.size - 1) : file.size - 1;
    if (!m[1]) start = Math.max(0, file.size - Number(m[2]));
    if (start >= file.size || start > end) return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${file.size}` } });
    end = Math.min(end, file.size - 1);
    const body = await getStorage().get(file.storageKey, { start, end });
    return new Response(Readable.toWeb(body as Readable) as ReadableStream, {
      status: 206,
      headers: { ...headers, "Content-Range": `bytes ${start}-${end}/${file.size}`, "Content-Length": String(end - start + 1) },
    });
  }
  const body = await getStorage().get(file.storageKey);
  return new Response(Readable.toWeb(body as Readable) as ReadableStream, { status: 200, headers: { ...headers, "Content-Length": String(file.size) } });
}
