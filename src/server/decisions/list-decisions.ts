// Use case: the decisions of a cohort (level · track) or of a session's candidates, for the admin's
// certificates and resits pages: per candidate the overall decision, each part's status, whether
// they hold a valid certificate, and whether a part is scheduled and not yet released.
import { z } from "zod";
import type { OverallDecision, PartMode } from "@/grading";
import { LevelCodeSchema, TrackCodeSchema } from "@/standard";
import { getPrisma } from "../db/client";
import { loadDecisions } from "./load-decisions";

export const DecisionScopeSchema = z.union([
  z.object({ sessionId: z.string().trim().min(1).max(64) }),
  z.object({ level: LevelCodeSchema, track: TrackCodeSchema }),
]);

export type DecisionRow = {
  candidateId: string;
  name: string;
  ticketNumber: string;
  level: string;
  track: string;
  decision: OverallDecision;
  certificate: { id: string; number: string; flagged: boolean } | null;
  /** Parts with a sitting whose results are not released yet. */
  pending: PartMode[];
};

export async function listDecisions(options: { scope: unknown; now: Date }): Promise<DecisionRow[]> {
  const scope = DecisionScopeSchema.parse(options.scope);
  const prisma = getPrisma();
  const people =
    "sessionId" in scope
      ? await prisma.candidate.findMany({ where: { id: { in: (await prisma.sessionCandidate.findMany({ where: { sessionId: scope.sessionId }, select: { candidateId: true } })).map((s) => s.candidateId) } }, orderBy: { ticketNumber: "asc" }, select: { id: true, name: true, ticketNumber: true, level: true, track: true } })
      : await prisma.candidate.findMany({ where: { level: scope.level, track: scope.track }, orderBy: { ticketNumber: "asc" }, take: 5000, select: { id: true, name: true, ticketNumber: true, level: true, track: true } });
  const ids = people.map((p) => p.id);
  const { decisions } = await loadDecisions({ candidateIds: ids, now: options.now });
  const certs = await prisma.certificate.findMany({ where: { validFor: { in: ids } }, select: { id: true, number: true, candidateId: true, flaggedAt: true } });
  return people.map((p) => {
    const d = decisions.get(p.id)!;
    const c = certs.find((x) => x.candidateId === p.id);
    return {
      candidateId: p.id,
      name: p.name,
      ticketNumber: p.ticketNumber,
      level: p.level,
      track: p.track,
      decision: d,
      certificate: c ? { id: c.id, number: c.number, flagged: c.flaggedAt !== null } : null,
      pending: [...new Set(d.history.filter((h) => h.state === "pending").map((h) => h.mode))],
    };
  });
}
