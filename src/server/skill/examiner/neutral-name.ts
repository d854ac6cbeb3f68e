// Neutral file names for blind marking: before a session's results are released, an examiner must
// not see a candidate's original file name (it may carry the name, e.g. "张三_主图.png"). The name
// shown and sent in Content-Disposition is built from the blind code, the deliverable title, the
// file's position among the deliverable's current files and the original extension only.
import { getPrisma } from "../../db/client";
import { namesRevealed } from "./blind-codes";

/** The extension of `name` (lower-cased, with the dot) when it is 1–8 ASCII letters/digits; "" otherwise. */
export function safeExtension(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return m ? `.${m[1]!.toLowerCase()}` : "";
}

/**
 * "K-4827-主图-1.png": `code`, the deliverable title (path-unsafe characters and whitespace replaced
 * by "_", at most 40 characters), the 1-based `index` and the extension of `originalName`.
 */
export function neutralFileName(code: string, deliverableTitle: string, index: number, originalName: string): string {
  const title = deliverableTitle.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 40) || "file";
  return `${code}-${title}-${index}${safeExtension(originalName)}`;
}

/**
 * The name a caller may see for a submitted file: the original for admins and once the session's
 * results are released; otherwise the neutral name (position among the deliverable's current
 * files, ordered by upload time as the scoring page lists them).
 */
export async function visibleFileName(o: {
  caller: { roles: readonly string[] };
  sessionId: string;
  fileId: string;
  originalName: string;
  attemptId: string;
  candidateId: string;
  taskVersionId: string;
  deliverableId: string;
}): Promise<string> {
  if (o.caller.roles.includes("ADMIN") || (await namesRevealed(o.sessionId))) return o.originalName;
  const prisma = getPrisma();
  const [seat, version, siblings] = await Promise.all([
    prisma.sessionCandidate.findUnique({ where: { sessionId_candidateId: { sessionId: o.sessionId, candidateId: o.candidateId } }, select: { blindCode: true } }),
    prisma.taskVersion.findUnique({ where: { id: o.taskVersionId }, select: { deliverables: true } }),
    prisma.submissionFile.findMany({
      where: { attemptId: o.attemptId, taskVersionId: o.taskVersionId, deliverableId: o.deliverableId, replacedAt: null },
      orderBy: { createdAt: "asc" },
      select: { fileId: true },
    }),
  ]);
  const spec = Array.isArray(version?.deliverables) ? (version.deliverables as Array<{ id?: unknown; title?: unknown }>).find((d) => d?.id === o.deliverableId) : undefined;
  const title = typeof spec?.title === "string" && spec.title ? spec.title : o.deliverableId;
  const index = siblings.findIndex((s) => s.fileId === o.fileId) + 1;
  return neutralFileName(seat?.blindCode ?? "X", title, index > 0 ? index : siblings.length + 1, o.originalName);
}
