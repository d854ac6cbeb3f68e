// Use case: an admin issues certificates in bulk, for the candidates of a session or of a cohort
// (level · track), to every candidate whose application has passed (loadDecisions) and who holds
// no valid certificate yet. One transaction: the candidates' rows are locked in id order first,
// so two admins issuing at once (or a double click) never certify a candidate twice, and the
// numbers come from the locked counter (reserve-numbers.ts). Each certificate copies the scores
// and sessions that passed, and the candidate is notified. Audited.
import { z } from "zod";
import { LevelCodeSchema, TrackCodeSchema } from "@/standard";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { loadDecisions } from "../decisions/load-decisions";
import { notify } from "../notifications/notify";
import { getCertificateSettings } from "../settings/certificate-settings";
import { shanghaiYear } from "../candidates/ticket-number";
import { createCertificateRow } from "./create-certificate-row";
import { reserveCertificateNumbers } from "./reserve-numbers";

export const IssueScopeSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("session"), sessionId: z.string().trim().min(1).max(64) }),
  z.object({ scope: z.literal("cohort"), level: LevelCodeSchema, track: TrackCodeSchema }),
  z.object({ scope: z.literal("candidates"), candidateIds: z.array(z.string().min(1).max(64)).min(1).max(5000) }),
]);
export type IssueScope = z.infer<typeof IssueScopeSchema>;

export type IssueSkip = { candidateId: string; name: string; reason: "certified" | "fail" | "incomplete" };
export type IssueResult = { issued: Array<{ candidateId: string; name: string; number: string; certificateId: string }>; skipped: IssueSkip[] };

export async function scopeCandidateIds(scope: IssueScope, db = getPrisma()): Promise<string[]> {
  if (scope.scope === "candidates") return [...new Set(scope.candidateIds)];
  if (scope.scope === "session") {
    const s = await db.examSession.findUnique({ where: { id: scope.sessionId }, select: { id: true, candidates: { select: { candidateId: true } } } });
    if (!s) throw new AppError("NOT_FOUND");
    return s.candidates.map((c) => c.candidateId);
  }
  const rows = await db.candidate.findMany({ where: { level: scope.level, track: scope.track }, select: { id: true } });
  return rows.map((r) => r.id);
}

export async function issueCertificates(options: { actorId: string; input: unknown; now: Date }): Promise<IssueResult> {
  const scope = IssueScopeSchema.parse(options.input);
  const prisma = getPrisma();
  const ids = await scopeCandidateIds(scope);
  if (ids.length === 0) return { issued: [], skipped: [] };
  return prisma.$transaction(
    async (tx) => {
      const sorted = [...ids].sort();
      await tx.$queryRaw`SELECT id FROM "Candidate" WHERE id = ANY(${sorted}::text[]) ORDER BY id FOR UPDATE`;
      const people = await tx.candidate.findMany({ where: { id: { in: sorted } }, select: { id: true, userId: true, name: true, level: true, track: true, ticketNumber: true } });
      const certified = new Set((await tx.certificate.findMany({ where: { validFor: { in: sorted } }, select: { candidateId: true } })).map((c) => c.candidateId));
      const settings = await getCertificateSettings(tx);
      const { decisions } = await loadDecisions({ candidateIds: sorted, now: options.now, db: tx, retentionMonths: settings.retentionMonths });
      const skipped: IssueSkip[] = [];
      const due: typeof people = [];
      for (const p of [...people].sort((a, b) => (a.ticketNumber < b.ticketNumber ? -1 : a.ticketNumber > b.ticketNumber ? 1 : 0))) {
        const d = decisions.get(p.id)!;
        if (certified.has(p.id)) skipped.push({ candidateId: p.id, name: p.name, reason: "certified" });
        else if (d.overall !== "pass") skipped.push({ candidateId: p.id, name: p.name, reason: d.overall });
        else due.push(p);
      }
      const year = shanghaiYear(options.now);
      const issued: IssueResult["issued"] = [];
      const groups = new Map<string, typeof due>();
      for (const p of due) groups.set(`${p.level}|${p.track}`, [...(groups.get(`${p.level}|${p.track}`) ?? []), p]);
      for (const [key, group] of groups) {
        const [level, track] = key.split("|") as [string, string];
        const numbers = await reserveCertificateNumbers(tx, { pattern: settings.numberPattern, values: { school: settings.schoolCode, year, level, track }, count: group.length });
        for (const [i, p] of group.entries()) {
          const cert = await createCertificateRow(tx, { candidate: p, decision: decisions.get(p.id)!, number: numbers[i]!, actorId: options.actorId, now: options.now });
          issued.push({ candidateId: p.id, name: p.name, number: cert.number, certificateId: cert.id });
          await notify(tx, { userIds: [p.userId], kind: "certificate.issued", params: { number: cert.number }, now: options.now });
        }
      }
      await tx.auditLog.create({
        data: { actorId: options.actorId, action: "certificate.issue", subject: issued.map((c) => c.number).join(",").slice(0, 2000) || null, at: options.now, details: { scope, issued: issued.length, skipped: skipped.length } },
      });
      return { issued, skipped };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
