// A candidate's practice history as the pure rules need it (src/grading/mastery.ts,
// src/exam/practice.ts): the last answer per item, and the recent answers per work content.
import { masteryByContent, RECENT_WINDOW, type Mastery, type PracticeAnswerFact } from "@/grading";
import type { ItemHistory } from "@/exam";
import type { AreaCode } from "@/standard";
import { getPrisma } from "../db/client";

/** itemId -> when it was last answered and whether that answer was right. */
export async function lastAnswers(candidateId: string): Promise<Map<string, ItemHistory>> {
  const rows = await getPrisma().$queryRaw<Array<{ itemId: string; answeredAt: Date; correct: boolean }>>`
    SELECT DISTINCT ON ("itemId") "itemId", "answeredAt", correct
    FROM "PracticeAnswer" WHERE "candidateId" = ${candidateId}
    ORDER BY "itemId", "answeredAt" DESC, id DESC`;
  return new Map(rows.map((r) => [r.itemId, { lastAnsweredAt: r.answeredAt, lastCorrect: r.correct }]));
}

/**
 * Mastery per work content for some candidates: the latest RECENT_WINDOW answers of each
 * (candidate, content) read with a window function, `answered` counted over all answers.
 * candidateId -> content -> mastery.
 */
export async function masteryOf(candidateIds: readonly string[]): Promise<Map<string, Map<string, Mastery & { area: AreaCode }>>> {
  const out = new Map<string, Map<string, Mastery & { area: AreaCode }>>();
  if (candidateIds.length === 0) return out;
  const prisma = getPrisma();
  const [recent, totals] = await Promise.all([
    prisma.$queryRaw<Array<{ candidateId: string; content: string; area: string; correct: boolean; answeredAt: Date }>>`
      SELECT "candidateId", content, area, correct, "answeredAt" FROM (
        SELECT "candidateId", content, area, correct, "answeredAt",
               row_number() OVER (PARTITION BY "candidateId", content ORDER BY "answeredAt" DESC, id DESC) AS rn
        FROM "PracticeAnswer" WHERE "candidateId" = ANY(${[...candidateIds]}::text[])
      ) x WHERE rn <= ${RECENT_WINDOW}`,
    prisma.practiceAnswer.groupBy({ by: ["candidateId", "content"], where: { candidateId: { in: [...candidateIds] } }, _count: { _all: true } }),
  ]);
  const facts = new Map<string, PracticeAnswerFact[]>();
  for (const r of recent) {
    const list = facts.get(r.candidateId) ?? [];
    list.push({ content: r.content, area: r.area as AreaCode, correct: r.correct, answeredAt: r.answeredAt });
    facts.set(r.candidateId, list);
  }
  for (const [candidateId, list] of facts) out.set(candidateId, masteryByContent(list));
  for (const t of totals) {
    const m = out.get(t.candidateId)?.get(t.content);
    if (m) m.answered = t._count._all;
  }
  return out;
}
