// Resits (补考): the candidates of a level and track who sat a part before and must sit it again —
// failed, expired or absent, per their overall decision — and have no sitting of it awaiting
// results. Schedulable candidates only (1.8.1 eligibility, or approved): the same eligibility as
// any session. Used by the resits page and by the cohort scheduler's "resit" purpose.
import type { Prisma } from "@prisma/client";
import type { OverallDecision, PartMode } from "@/grading";
import { getPrisma } from "../db/client";
import { loadDecisions } from "./load-decisions";

export type ResitCandidate = { id: string; name: string; ticketNumber: string; decision: OverallDecision };

export async function resitCandidates(options: { level: string; track: string; mode: PartMode; now: Date; db?: Prisma.TransactionClient }): Promise<ResitCandidate[]> {
  const db = options.db ?? getPrisma();
  const sat = await db.sessionCandidate.findMany({
    where: { session: { mode: options.mode, level: options.level, track: options.track, status: { in: ["published", "closed"] } } },
    select: { candidateId: true },
  });
  const people = await db.candidate.findMany({
    where: { level: options.level, track: options.track, eligibilityStatus: { in: ["ELIGIBLE", "APPROVED"] }, id: { in: [...new Set(sat.map((s) => s.candidateId))] } },
    orderBy: { ticketNumber: "asc" },
    select: { id: true, name: true, ticketNumber: true },
  });
  const { decisions } = await loadDecisions({ candidateIds: people.map((p) => p.id), now: options.now, db });
  return people.flatMap((p) => {
    const d = decisions.get(p.id)!;
    const due = d.needs.includes(options.mode) && !d.history.some((h) => h.mode === options.mode && h.state === "pending");
    return due ? [{ ...p, decision: d }] : [];
  });
}
