// Use case: a candidate starts a drill (一组练习): by a part of the standard (area, work content
// or knowledge item), "my weakest" (the weakest work contents of their own history), or the
// wrong-answer book (错题本). Items come from their practice pool only (practice-pool.ts).
import { randomBytes } from "node:crypto";
import { z } from "zod";
import {
  chooseDrillItems,
  contentKeyOfTag,
  practiceTree,
  PracticeScopeSchema,
  scopeExists,
  tagInScope,
  type ItemVersion,
  type PracticeScope,
} from "@/exam";
import { areaOfTag } from "@/exam/types";
import { MIN_ANSWERS_FOR_MASTERY, weakestContents } from "@/grading";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { lastAnswers, masteryOf } from "./history";
import { getPracticeCandidate, loadPracticePool } from "./practice-pool";

const Size = z.coerce.number().int().min(1).max(50).default(10);
export const StartDrillInput = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("content"), scope: PracticeScopeSchema, size: Size }),
  z.object({ mode: z.literal("weakest"), size: Size }),
  z.object({ mode: z.literal("mistakes"), content: z.string().min(1).max(20).optional(), size: Size }),
]);
export type StartDrillInput = z.input<typeof StartDrillInput>;

/** Creates the drill and returns its id; VALIDATION (in Chinese) when there is nothing to practise. */
export async function startDrill(options: { candidateId: string; input: unknown; now: Date }): Promise<{ drillId: string; items: number }> {
  const input = StartDrillInput.parse(options.input);
  const candidate = await getPracticeCandidate(options.candidateId);
  const pool = await loadPracticePool(candidate);
  const history = await lastAnswers(candidate.id);
  let chosen: ItemVersion[];
  let scope: PracticeScope | { contents: string[] } | { content?: string };

  if (input.mode === "content") {
    if (!scopeExists(input.scope, practiceTree(candidate.level, candidate.track))) {
      throw new AppError("VALIDATION", { message: "「练习范围」不属于你的级别和工种", issues: [{ path: "scope", message: "不存在" }] });
    }
    scope = input.scope;
    chosen = chooseDrillItems({ pool: pool.filter((i) => tagInScope(i.tag, input.scope)), history, size: input.size, seed: randomBytes(8).toString("hex") });
    if (chosen.length === 0) throw new AppError("VALIDATION", { message: "这个范围暂时没有练习题，请换一个范围或联系老师" });
  } else if (input.mode === "weakest") {
    const mastery = (await masteryOf([candidate.id])).get(candidate.id) ?? new Map();
    const weak = weakestContents(mastery, 3);
    if (weak.length === 0) {
      throw new AppError("VALIDATION", { message: `还没有足够的练习记录来判断薄弱项：先按工作内容练习，每项至少答 ${MIN_ANSWERS_FOR_MASTERY} 题且有答错的题` });
    }
    scope = { contents: weak };
    const inWeak = pool.filter((i) => weak.includes(contentKeyOfTag(i.tag)));
    chosen = chooseDrillItems({ pool: inWeak, history, size: input.size, seed: randomBytes(8).toString("hex") });
    if (chosen.length === 0) throw new AppError("VALIDATION", { message: "薄弱项暂时没有可练习的题目" });
  } else {
    const open = await getPrisma().practiceMistake.findMany({
      where: { candidateId: candidate.id, state: "open", ...(input.content ? { content: input.content } : {}) },
      select: { itemId: true },
    });
    const ids = new Set(open.map((m) => m.itemId));
    scope = input.content ? { content: input.content } : {};
    chosen = chooseDrillItems({ pool: pool.filter((i) => ids.has(i.itemId)), history, size: input.size, seed: randomBytes(8).toString("hex") });
    if (chosen.length === 0) throw new AppError("VALIDATION", { message: "错题本中没有需要重做的题目" });
  }

  const drill = await getPrisma().practiceDrill.create({
    data: {
      candidateId: candidate.id,
      mode: input.mode,
      level: candidate.level,
      track: candidate.track,
      scope,
      createdAt: options.now,
      items: {
        create: chosen.map((item, position) => ({
          position,
          itemVersionId: item.versionId,
          itemId: item.itemId,
          area: areaOfTag(item.tag),
          content: contentKeyOfTag(item.tag),
        })),
      },
    },
    select: { id: true },
  });
  return { drillId: drill.id, items: chosen.length };
}
