// Reads the scored theory attempts of sessions, paper by paper, as the input of the pure paper
// analysis (src/grading/analytics): marks from TheoryResult.perItem (hundredths → points), the
// options chosen (Answer.response, original keys) and each item version's options and key.
// Not a use case of its own: get-session-analysis and get-item-analysis share it.
import { analysePaper, areaPassRates, type AreaPassRate, type ItemAnalysis, type TestFigures } from "@/grading/analytics";
import { getPrisma } from "../db/client";

type PerItem = { versionId: string; awarded: number; max: number };

/** The blueprint's order of areas. (AREA_CODES lists the duties first: zod 4 keeps an enum's
 * values in object-key order, which puts integer-like keys first.) */
const AREA_ORDER = ["ethics", "basics", "1", "2", "3", "4", "5", "6"];
type ByArea = Record<string, { points: number; max: number }>;

export type AnalysedItem = {
  position: number;
  versionId: string;
  itemId: string;
  version: number;
  type: string;
  area: string;
  stem: string;
  options: Array<{ key: string; text: string }>;
  key: string[];
  /** The item is marked for review in the bank (Item.reviewFlaggedAt). */
  underReview: boolean;
  analysis: ItemAnalysis;
};

export type AnalysedPaper = {
  sessionId: string;
  paperId: string;
  paperName: string;
  form: string | null;
  items: AnalysedItem[];
  /** Totals in points (the paper's maximum is 100). */
  test: TestFigures;
  areas: AreaPassRate[];
};

/**
 * Every (session, paper) of the given sessions that has scored attempts, analysed. Attempts
 * whose stored result does not match their paper's items (cannot happen unless data was edited
 * by hand) are left out rather than guessed.
 */
export async function analyseSessionPapers(sessionIds: readonly string[]): Promise<AnalysedPaper[]> {
  if (sessionIds.length === 0) return [];
  const prisma = getPrisma();
  const results = await prisma.theoryResult.findMany({
    where: { sessionId: { in: [...sessionIds] } },
    select: { attemptId: true, sessionId: true, perItem: true, byArea: true },
  });
  if (results.length === 0) return [];
  const attempts = await prisma.attempt.findMany({
    where: { id: { in: results.map((r) => r.attemptId) } },
    select: { id: true, paperId: true, answers: { select: { itemVersionId: true, response: true } } },
  });
  const attemptById = new Map(attempts.map((a) => [a.id, a]));
  const paperIds = [...new Set(attempts.flatMap((a) => (a.paperId === null ? [] : [a.paperId])))];
  const papers = await prisma.paper.findMany({
    where: { id: { in: paperIds } },
    select: {
      id: true,
      name: true,
      form: true,
      items: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          area: true,
          points: true,
          itemVersion: { select: { id: true, itemId: true, version: true, type: true, stem: true, options: true, answer: true, item: { select: { reviewFlaggedAt: true } } } },
        },
      },
    },
  });
  const groups = new Map<string, { sessionId: string; paperId: string; rows: typeof results }>();
  for (const r of results) {
    const paperId = attemptById.get(r.attemptId)?.paperId;
    if (!paperId) continue;
    const key = `${r.sessionId}\u0000${paperId}`;
    const g = groups.get(key) ?? { sessionId: r.sessionId, paperId, rows: [] };
    g.rows.push(r);
    groups.set(key, g);
  }
  const out: AnalysedPaper[] = [];
  for (const g of groups.values()) {
    const paper = papers.find((p) => p.id === g.paperId);
    if (!paper) continue;
    const versionIds = paper.items.map((p) => p.itemVersion.id);
    const attemptsInput = g.rows.flatMap((r) => {
      const perItem = new Map((r.perItem as unknown as PerItem[]).map((i) => [i.versionId, i]));
      if (perItem.size !== versionIds.length || versionIds.some((v) => !perItem.has(v))) return [];
      const answers = new Map(attemptById.get(r.attemptId)!.answers.map((a) => [a.itemVersionId, a.response]));
      return [
        {
          id: r.attemptId,
          marks: versionIds.map((v) => perItem.get(v)!.awarded / 100),
          responses: versionIds.map((v) => answers.get(v) ?? []),
          byArea: r.byArea as unknown as ByArea,
        },
      ];
    });
    const analysis = analysePaper({
      items: paper.items.map((p) => {
        const options = (p.itemVersion.options as Array<{ key: string }>).map((o) => o.key);
        return { id: p.itemVersion.id, maxMark: p.points / 100, choice: { options, key: p.itemVersion.answer } };
      }),
      attempts: attemptsInput,
    });
    out.push({
      sessionId: g.sessionId,
      paperId: paper.id,
      paperName: paper.name,
      form: paper.form,
      items: paper.items.map((p, i) => ({
        position: p.position + 1,
        versionId: p.itemVersion.id,
        itemId: p.itemVersion.itemId,
        version: p.itemVersion.version,
        type: p.itemVersion.type,
        area: p.area,
        stem: p.itemVersion.stem,
        options: p.itemVersion.options as Array<{ key: string; text: string }>,
        key: p.itemVersion.answer,
        underReview: p.itemVersion.item.reviewFlaggedAt !== null,
        analysis: analysis.items[i]!,
      })),
      test: analysis.test,
      areas: areaPassRates(
        attemptsInput.map((a) => ({ byArea: a.byArea })),
        AREA_ORDER,
      ),
    });
  }
  return out.sort((a, b) => (a.form ?? "").localeCompare(b.form ?? "") || a.paperName.localeCompare(b.paperName));
}
