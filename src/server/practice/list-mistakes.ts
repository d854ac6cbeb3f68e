// Use case: the candidate's wrong-answer book (错题本): open items, grouped by work content (in
// the standard's order), each with its text, the candidate's last wrong answer, the key, the
// explanation and how many right answers in a row it still needs. Items that left practice
// (their use changed, or retired) are not shown.
import { practiceTree, usesFor } from "@/exam";
import { getPrisma } from "../db/client";
import { RIGHT_IN_A_ROW_TO_CLEAR } from "./answer-practice";
import { getPracticeCandidate } from "./practice-pool";

export async function listMistakes(options: { candidateId: string }) {
  const prisma = getPrisma();
  const candidate = await getPracticeCandidate(options.candidateId);
  const open = await prisma.practiceMistake.findMany({
    where: { candidateId: candidate.id, state: "open" },
    orderBy: { lastWrongAt: "desc" },
    select: { itemId: true, content: true, wrongCount: true, rightStreak: true, lastWrongAt: true },
  });
  const ids = open.map((m) => m.itemId);
  const [items, lastWrong] = await Promise.all([
    prisma.item.findMany({
      where: { id: { in: ids }, status: "active", use: { in: usesFor("practice") } },
      select: { id: true, currentVersion: { select: { type: true, stem: true, options: true, answer: true, explanation: true } } },
    }),
    prisma.$queryRaw<Array<{ itemId: string; response: string[] }>>`
      SELECT DISTINCT ON ("itemId") "itemId", response FROM "PracticeAnswer"
      WHERE "candidateId" = ${candidate.id} AND "itemId" = ANY(${ids}::text[]) AND NOT correct
      ORDER BY "itemId", "answeredAt" DESC, id DESC`,
  ]);
  const byItem = new Map(items.map((i) => [i.id, i.currentVersion]));
  const wrongResponse = new Map(lastWrong.map((r) => [r.itemId, r.response]));
  const order = practiceTree(candidate.level, candidate.track).flatMap((a) => a.contents.map((c) => c.key));
  const groups = new Map<string, Array<{ itemId: string; type: string; stem: string; options: Array<{ key: string; text: string }>; key: string[]; explanation: string; lastResponse: string[]; wrongCount: number; needed: number }>>();
  for (const m of open) {
    const v = byItem.get(m.itemId);
    if (!v) continue;
    const list = groups.get(m.content) ?? [];
    list.push({
      itemId: m.itemId,
      type: v.type,
      stem: v.stem,
      options: v.options as Array<{ key: string; text: string }>,
      key: [...v.answer].sort(),
      explanation: v.explanation,
      lastResponse: wrongResponse.get(m.itemId) ?? [],
      wrongCount: m.wrongCount,
      needed: RIGHT_IN_A_ROW_TO_CLEAR - m.rightStreak,
    });
    groups.set(m.content, list);
  }
  const rank = (k: string) => (order.indexOf(k) === -1 ? order.length : order.indexOf(k));
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1)).map(([content, items]) => ({ content, items }));
}

