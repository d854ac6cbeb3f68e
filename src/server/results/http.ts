import { z } from "zod";
import { resolveSheetCandidate } from "../skill/examiner/blind-view";

/**
 * Which candidate's task a scoring request is about: the candidate's anonymous code (what the
 * examiners' pages send, blind marking) or, for older clients, the candidate id.
 */
export const SheetRef = z
  .object({ code: z.string().min(1).max(16).optional(), candidateId: z.string().min(1).max(64).optional(), taskVersionId: z.string().min(1).max(64) })
  .refine((r) => !!r.code || !!r.candidateId, { message: "缺少考生编号", path: ["code"] });

/** Parses the reference and resolves a code to the candidate id (NOT_FOUND for an unknown code). */
export async function sheetRefOf(sessionId: string, body: unknown): Promise<{ candidateId: string; taskVersionId: string }> {
  const ref = SheetRef.parse(body);
  return { candidateId: await resolveSheetCandidate(sessionId, ref), taskVersionId: ref.taskVersionId };
}
