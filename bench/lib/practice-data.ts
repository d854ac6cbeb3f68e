// Practice benchmark data: the bench candidates in one class with the demo bank's sample items
// published to its practice (the seeded sample items have the use "both"), and per candidate a
// few drills of practice items written directly (as startDrill would write them), so that every
// answer of a load phase is a first answer: recorded, fed back, and written to the book.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@prisma/client";
import { areaOfTag, contentKeyOfTag, eligibleItems } from "../../src/exam";
import { loadBenchBank } from "./exam-data";

export type DrillItem = { versionId: string; right: string[]; wrong: string[] };
export type BenchDrill = { drillId: string; items: DrillItem[]; next: number };

export async function createPracticeDrills(
  prisma: PrismaClient,
  options: { candidateIds: string[]; kinds: string[]; itemsPerDrill: number },
): Promise<Map<string, Record<string, BenchDrill>>> {
  const bank = await loadBenchBank(prisma, { status: "active", sample: true, use: { in: ["practice", "both"] } });
  const pool = eligibleItems(bank, "5", "online-merchant");
  if (pool.length < options.itemsPerDrill) throw new Error(`only ${pool.length} practice items for 5 · online-merchant`);
  const admin = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
  await prisma.schoolClass.create({
    data: { name: `压测班-${Date.now()}`, createdById: admin.id, samplesPublishedAt: new Date(), samplesPublishedById: admin.id },
  }).then((c) =>
    prisma.classMember.createMany({ data: options.candidateIds.map((candidateId) => ({ classId: c.id, candidateId })) }),
  );

  const out = new Map<string, Record<string, BenchDrill>>();
  const drills: Array<{ id: string; candidateId: string; mode: string; level: string; track: string; scope: object }> = [];
  const drillItems: Array<{ drillId: string; position: number; itemVersionId: string; itemId: string; area: string; content: string }> = [];
  options.candidateIds.forEach((candidateId, c) => {
    const mine: Record<string, BenchDrill> = {};
    options.kinds.forEach((kind, k) => {
      const id = randomUUID();
      const items: DrillItem[] = [];
      for (let i = 0; i < options.itemsPerDrill; i++) {
        const v = pool[(c * 7 + k * options.itemsPerDrill + i) % pool.length]!;
        const keys = v.options.map((o) => o.key);
        items.push({ versionId: v.versionId, right: [...v.answer].sort(), wrong: [keys.find((key) => !v.answer.includes(key))!] });
        drillItems.push({ drillId: id, position: i, itemVersionId: v.versionId, itemId: v.itemId, area: areaOfTag(v.tag), content: contentKeyOfTag(v.tag) });
      }
      drills.push({ id, candidateId, mode: "content", level: "5", track: "online-merchant", scope: { kind: "area", area: "1" } });
      mine[kind] = { drillId: id, items, next: 0 };
    });
    out.set(candidateId, mine);
  });
  for (let s = 0; s < drills.length; s += 1000) await prisma.practiceDrill.createMany({ data: drills.slice(s, s + 1000) });
  for (let s = 0; s < drillItems.length; s += 5000) await prisma.practiceDrillItem.createMany({ data: drillItems.slice(s, s + 5000) });
  return out;
}
