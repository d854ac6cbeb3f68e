// Writes one certificate for a passed application: the candidate's name, level and track, and
// the scores and sessions of the decision's current parts (copied: later corrections flag it).
import type { Prisma } from "@prisma/client";
import type { OverallDecision } from "@/grading";

export async function createCertificateRow(
  tx: Prisma.TransactionClient,
  options: {
    candidate: { id: string; name: string; level: string; track: string };
    decision: OverallDecision;
    number: string;
    actorId: string;
    now: Date;
    replacesId?: string;
  },
): Promise<{ id: string; number: string }> {
  const part = (mode: "theory" | "skill") => {
    const p = options.decision.parts.find((x) => x.mode === mode);
    if (!p || p.score === null || p.sessionId === null || options.decision.overall !== "pass") throw new Error(`createCertificateRow: ${mode} has no passing score`);
    return p as { score: number; sessionId: string };
  };
  const theory = part("theory");
  const skill = part("skill");
  const c = options.candidate;
  return tx.certificate.create({
    data: {
      number: options.number,
      candidateId: c.id,
      validFor: c.id,
      name: c.name,
      level: c.level,
      track: c.track,
      theoryScore: theory.score,
      skillScore: skill.score,
      theorySessionId: theory.sessionId,
      skillSessionId: skill.sessionId,
      issuedAt: options.now,
      issuedById: options.actorId,
      replacesId: options.replacesId ?? null,
    },
    select: { id: true, number: true },
  });
}
