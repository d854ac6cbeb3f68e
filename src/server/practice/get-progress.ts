// Use case: a candidate's practice overview — the practice tree of their level and track with
// the number of practice items and their mastery per work content, mastery per area, streaks,
// what to practise next, the wrong-answer book's size and their mock exams over time.
// The rules are src/grading/mastery.ts; "recent", streak days and priorities: docs/practice.md.
import { contentKeyOfTag, knowledgeKeyOfTag, practiceTree, type PracticeArea } from "@/exam";
import { masteryByArea, nextToPractise, practiceStreak, type Mastery } from "@/grading";
import { weightsFor, type AreaCode } from "@/standard";
import { getPrisma } from "../db/client";
import { closeExpiredMocks } from "./finish-mock";
import { masteryOf } from "./history";
import { getPracticeCandidate, loadPracticePool, samplesOpenFor } from "./practice-pool";

export type ContentProgress = { key: string; items: number; knowledgeItems: Record<string, number>; mastery: Mastery | null };

export async function getProgress(options: { candidateId: string }) {
  const prisma = getPrisma();
  const candidate = await getPracticeCandidate(options.candidateId);
  await closeExpiredMocks({ candidateId: candidate.id });
  const [pool, mastery, days, openMistakes, mocks, samplesOpen, today] = await Promise.all([
    loadPracticePool(candidate),
    masteryOf([candidate.id]).then((m) => m.get(candidate.id) ?? new Map<string, Mastery & { area: AreaCode }>()),
    prisma.$queryRaw<Array<{ day: string }>>`
      SELECT DISTINCT to_char("answeredAt" AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day
      FROM "PracticeAnswer" WHERE "candidateId" = ${candidate.id}`,
    prisma.practiceMistake.count({ where: { candidateId: candidate.id, state: "open" } }),
    prisma.practiceMock.findMany({
      where: { candidateId: candidate.id },
      orderBy: { startedAt: "asc" },
      select: { id: true, status: true, startedAt: true, submittedAt: true, total: true, passed: true },
    }),
    samplesOpenFor(candidate.id),
    prisma.$queryRaw<Array<{ day: string }>>`SELECT to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day`,
  ]);
  const tree: PracticeArea[] = practiceTree(candidate.level, candidate.track);
  const items = new Map<string, number>();
  const knowledge = new Map<string, number>();
  for (const v of pool) {
    items.set(contentKeyOfTag(v.tag), (items.get(contentKeyOfTag(v.tag)) ?? 0) + 1);
    knowledge.set(knowledgeKeyOfTag(v.tag), (knowledge.get(knowledgeKeyOfTag(v.tag)) ?? 0) + 1);
  }
  const contents: ContentProgress[] = tree.flatMap((a) =>
    a.contents.map((c) => ({
      key: c.key,
      items: items.get(c.key) ?? 0,
      knowledgeItems: Object.fromEntries(c.knowledge.map((k) => [k.key, knowledge.get(k.key) ?? 0])),
      mastery: mastery.get(c.key) ?? null,
    })),
  );
  const practisable = tree.flatMap((a) => a.contents.filter((c) => (items.get(c.key) ?? 0) > 0).map((c) => ({ key: c.key, area: a.area })));
  return {
    level: candidate.level,
    track: candidate.track,
    poolSize: pool.length,
    samplesOpen,
    tree,
    contents: new Map(contents.map((c) => [c.key, c])),
    byArea: masteryByArea(mastery),
    streak: practiceStreak(days.map((d) => d.day), today[0]!.day),
    openMistakes,
    next: nextToPractise({ contents: practisable, weights: weightsFor("theory", candidate.level, candidate.track), byContent: mastery, openMistakes }),
    mocks: mocks.map((m) => ({ id: m.id, status: m.status, startedAt: m.startedAt, submittedAt: m.submittedAt, total: m.total, passed: m.passed })),
  };
}

export type Progress = Awaited<ReturnType<typeof getProgress>>;
