// Per-question theory data of scored attempts: the candidate's response (original option keys),
// the key, and the points awarded (TheoryResult.perItem), in paper order.
import { getPrisma } from "../db/client";

export type TheoryDetail = {
  candidateId: string;
  sessionId: string;
  /** Paper position + 1. */
  number: number;
  itemVersionId: string;
  type: string;
  area: string;
  response: string[];
  key: string[];
  /** Hundredths. */
  awarded: number;
  max: number;
  correct: boolean;
};

type PerItem = { versionId: string; awarded: number; max: number; correct: boolean };

/** Details of the theory results of the given (session, candidate) pairs. */
export async function loadTheoryDetails(pairs: ReadonlyArray<{ sessionId: string; candidateId: string }>): Promise<Map<string, TheoryDetail[]>> {
  const prisma = getPrisma();
  const out = new Map<string, TheoryDetail[]>();
  if (pairs.length === 0) return out;
  const wanted = new Set(pairs.map((p) => `${p.sessionId}\u0000${p.candidateId}`));
  const results = (
    await prisma.theoryResult.findMany({
      where: { sessionId: { in: [...new Set(pairs.map((p) => p.sessionId))] }, candidateId: { in: [...new Set(pairs.map((p) => p.candidateId))] } },
      select: { attemptId: true, sessionId: true, candidateId: true, perItem: true },
    })
  ).filter((r) => wanted.has(`${r.sessionId}\u0000${r.candidateId}`));
  const attempts = await prisma.attempt.findMany({
    where: { id: { in: results.map((r) => r.attemptId) } },
    select: { id: true, paperId: true, answers: { select: { itemVersionId: true, response: true } } },
  });
  const paperIds = [...new Set(attempts.flatMap((a) => (a.paperId === null ? [] : [a.paperId])))];
  const paperItems = await prisma.paperItem.findMany({
    where: { paperId: { in: paperIds } },
    orderBy: [{ paperId: "asc" }, { position: "asc" }],
    select: { paperId: true, position: true, itemVersionId: true, type: true, area: true, points: true, itemVersion: { select: { answer: true } } },
  });
  const byPaper = new Map<string, typeof paperItems>();
  for (const p of paperItems) byPaper.set(p.paperId, [...(byPaper.get(p.paperId) ?? []), p]);
  const attemptById = new Map(attempts.map((a) => [a.id, a]));
  for (const r of results) {
    const attempt = attemptById.get(r.attemptId);
    if (!attempt) continue;
    const answers = new Map(attempt.answers.map((a) => [a.itemVersionId, a.response]));
    const scored = new Map((r.perItem as unknown as PerItem[]).map((i) => [i.versionId, i]));
    out.set(
      `${r.sessionId}\u0000${r.candidateId}`,
      (byPaper.get(attempt.paperId ?? "") ?? []).map((p) => {
        const s = scored.get(p.itemVersionId);
        return {
          candidateId: r.candidateId,
          sessionId: r.sessionId,
          number: p.position + 1,
          itemVersionId: p.itemVersionId,
          type: p.type,
          area: p.area,
          response: [...(answers.get(p.itemVersionId) ?? [])].sort(),
          key: [...p.itemVersion.answer].sort(),
          awarded: s?.awarded ?? 0,
          max: s?.max ?? p.points,
          correct: s?.correct ?? false,
        };
      }),
    );
  }
  return out;
}

export const detailKey = (sessionId: string, candidateId: string) => `${sessionId}\u0000${candidateId}`;
