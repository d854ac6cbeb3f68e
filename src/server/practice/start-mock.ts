// Use case: a candidate starts a mock exam (模拟考试): a paper assembled with the real blueprint
// of their level and track (src/exam buildBlueprint, assemblePaper) from their practice pool
// only, in their own order of items and options (candidateOrder, as in the exam), with a
// deadline stored at the start by the database's clock (start + the standard's theory duration).
// One mock runs at a time: starting while one runs returns it. As many as they like otherwise.
import { randomBytes } from "node:crypto";
import { assemblePaper, buildBlueprint, candidateOrder, contentKeyOfTag } from "@/exam";
import { standard } from "@/standard";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { closeExpiredMocks } from "./finish-mock";
import { getPracticeCandidate, loadPracticePool } from "./practice-pool";

/** Minutes of a mock exam: the standard's theory duration (1.8.4: 不少于 90 min), as the real one. */
export const MOCK_MINUTES = standard.profile.minMinutes.theory;
/** Items of the candidate's latest mocks are used again only when the pool is otherwise short. */
const AVOID_LAST_MOCKS = 3;

export async function startMock(options: { candidateId: string }): Promise<{ mockId: string; resumed: boolean }> {
  const prisma = getPrisma();
  await closeExpiredMocks({ candidateId: options.candidateId });
  const running = await prisma.practiceMock.findFirst({ where: { candidateId: options.candidateId, status: "in_progress" }, select: { id: true } });
  if (running) return { mockId: running.id, resumed: true };

  const candidate = await getPracticeCandidate(options.candidateId);
  const blueprint = buildBlueprint({ level: candidate.level, track: candidate.track });
  if (!blueprint.ok) throw new AppError("VALIDATION", { message: blueprint.reasons.join("；") });
  const pool = await loadPracticePool(candidate);
  const recent = await prisma.practiceMockItem.findMany({
    where: { mock: { candidateId: candidate.id, id: { in: (await prisma.practiceMock.findMany({ where: { candidateId: candidate.id }, orderBy: { startedAt: "desc" }, take: AVOID_LAST_MOCKS, select: { id: true } })).map((m) => m.id) } } },
    select: { itemId: true },
  });
  const seed = randomBytes(8).toString("hex");
  const result = assemblePaper({ blueprint, bank: pool, seed, avoidItemIds: new Set(recent.map((r) => r.itemId)), avoid: "prefer" });
  if (!result.ok) {
    const lines = result.shortages.slice(0, 4).map((s) => s.message);
    throw new AppError("VALIDATION", { message: `练习题库还不足以组成一份模拟试卷：${lines.join("；")}${result.shortages.length > 4 ? "……" : ""}。请联系老师开放更多练习题。` });
  }
  const paper = result.paper;
  const byVersion = new Map(pool.map((v) => [v.versionId, v]));
  const order = candidateOrder({ paper, seed: `mock:${seed}`, items: byVersion });
  const paperItem = new Map(paper.items.map((i) => [i.versionId, i]));

  const mock = await prisma.$transaction(async (tx) => {
    const now = (await tx.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`)[0]!.now;
    return tx.practiceMock.create({
      data: {
        candidateId: candidate.id,
        level: candidate.level,
        track: candidate.track,
        seed,
        minutes: MOCK_MINUTES,
        startedAt: now,
        deadline: new Date(now.getTime() + MOCK_MINUTES * 60_000),
        items: {
          create: order.itemOrder.map((versionId, position) => {
            const item = paperItem.get(versionId)!;
            return {
              position,
              itemVersionId: versionId,
              itemId: item.itemId,
              type: item.type,
              area: item.area,
              content: contentKeyOfTag(byVersion.get(versionId)!.tag),
              points: item.points,
              optionOrder: order.optionOrder[versionId] ?? [],
            };
          }),
        },
      },
      select: { id: true },
    });
  });
  return { mockId: mock.id, resumed: false };
}
