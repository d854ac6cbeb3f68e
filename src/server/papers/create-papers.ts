// Use case: assemble theory papers (one for all, or A/B forms) from the bank and store them with
// their blueprint and conformance report. The item versions a paper uses are frozen from then on.
import { randomBytes } from "node:crypto";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { assembleForms, buildBlueprint, DEFAULT_STRUCTURE, paperConformance, type Shortage } from "@/exam";
import { ItemTypeSchema } from "@/exam/types";
import { LevelCodeSchema, TrackCodeSchema } from "@/standard";
import { loadBank, markVersionsUsed } from "../bank/item-store";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export const CreatePapersInput = z.object({
  name: z.string().trim().min(1, "试卷名称必填").max(100),
  level: LevelCodeSchema,
  track: TrackCodeSchema,
  forms: z.union([z.literal(1), z.literal(2)]).default(1),
  seed: z.string().trim().max(64).optional(),
  structure: z
    .object({ sections: z.array(z.object({ type: ItemTypeSchema, count: z.number().int().min(0).max(500), points: z.number().min(0).max(100) })).min(1) })
    .default(DEFAULT_STRUCTURE as { sections: Array<{ type: "true-false" | "single" | "multiple"; count: number; points: number }> }),
  /** Keep out items used by papers made in the last N days where the bank allows. */
  avoidRecentDays: z.number().int().min(0).max(3650).default(0),
});

export type CreatePapersResult = { ok: true; paperIds: string[]; seed: string } | { ok: false; form: "A" | "B"; shortages: Shortage[] };

export async function createPapers(options: z.input<typeof CreatePapersInput> & { actorId: string; now: Date }): Promise<CreatePapersResult> {
  const input = CreatePapersInput.parse(options);
  const blueprint = buildBlueprint({ level: input.level, track: input.track, structure: input.structure });
  if (!blueprint.ok) throw new AppError("VALIDATION", { message: blueprint.reasons.join("；") });
  const prisma = getPrisma();
  // A scheduled exam's paper never uses practice-only items (docs/practice.md), nor items marked
  // for review from an item analysis (docs/analytics.md): loadBank leaves both out.
  const bank = await loadBank({ purpose: "exam" });
  let avoidItemIds: Set<string> | undefined;
  if (input.avoidRecentDays > 0) {
    const since = new Date(options.now.getTime() - input.avoidRecentDays * 86_400_000);
    const recent = await prisma.paperItem.findMany({
      where: { paper: { createdAt: { gte: since } } },
      select: { itemVersion: { select: { itemId: true } } },
    });
    avoidItemIds = new Set(recent.map((r) => r.itemVersion.itemId));
  }
  const seed = input.seed || randomBytes(6).toString("hex");
  const result = assembleForms({ blueprint, bank, seed, forms: input.forms, avoidItemIds, avoid: "prefer" });
  if (!result.ok) return { ok: false, form: result.form, shortages: result.shortages };

  const byVersion = new Map(bank.map((v) => [v.versionId, v]));
  const formGroup = input.forms === 2 ? randomBytes(8).toString("hex") : null;
  const paperIds = await prisma.$transaction(async (tx) => {
    const ids: string[] = [];
    for (const { label, paper } of result.forms) {
      const conformance = paperConformance({ paper, blueprint, items: byVersion });
      const created = await tx.paper.create({
        data: {
          name: input.forms === 2 ? `${input.name}（${label} 卷）` : input.name,
          level: input.level,
          track: input.track,
          seed: paper.seed,
          form: input.forms === 2 ? label : null,
          formGroup,
          structure: input.structure as unknown as Prisma.InputJsonValue,
          blueprint: blueprint as unknown as Prisma.InputJsonValue,
          conformance: conformance as unknown as Prisma.InputJsonValue,
          createdById: options.actorId,
          createdAt: options.now,
          items: {
            create: paper.items.map((item, position) => ({
              position,
              itemVersionId: item.versionId,
              type: item.type,
              area: item.area,
              points: item.points,
            })),
          },
        },
        select: { id: true },
      });
      await markVersionsUsed(tx, paper.items.map((i) => i.versionId), options.now);
      ids.push(created.id);
    }
    await tx.auditLog.create({ data: { actorId: options.actorId, action: "paper.create", subject: ids.join(","), at: options.now, details: { seed, forms: input.forms } } });
    return ids;
  });
  return { ok: true, paperIds, seed };
}
