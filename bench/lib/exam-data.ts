// Benchmark data in the app's (throwaway) database: N candidate users with Candidate rows, one
// published theory session (paper assembled from the seeded demo bank as
// tests/e2e/helpers/exam-setup.ts does, room opened, startsAt in the past, 90 minutes), and a
// seat per candidate with the paper, their own item/option order and their prepared items. Attempts are not created
// here: the benchmarks start them through POST /api/exam/sessions/:id/start.
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@prisma/client";
import { assembleForms, buildBlueprint, candidateOrder } from "../../src/exam";
import type { ItemVersion, OptionKey } from "../../src/exam/types";
import { buildExamItems } from "../../src/server/exam/exam-items";

export type BenchCandidate = { userId: string; candidateId: string; name: string; items: Array<{ versionId: string; keys: OptionKey[] }> };

export async function createExamSession(prisma: PrismaClient, options: { candidates: number; name: string }): Promise<{ sessionId: string; paperItems: number; candidates: BenchCandidate[] }> {
  const bank = await loadBenchBank(prisma, { status: "active" });
  if (bank.length === 0) throw new Error("no item bank in the database (the launcher seeds the demo bank with --demo)");
  const blueprint = buildBlueprint({ level: "5", track: "online-merchant" });
  if (!blueprint.ok) throw new Error(`blueprint: ${blueprint.reasons.join("; ")}`);
  const forms = assembleForms({ blueprint, bank, seed: options.name, forms: 1 });
  if (!forms.ok) throw new Error("paper assembly failed on the demo bank");
  const paper = forms.forms[0]!.paper;
  const byVersion = new Map(bank.map((b) => [b.versionId, b]));

  const admin = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
  const [{ now }] = (await prisma.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`) as [{ now: Date }];
  const stored = await prisma.paper.create({
    data: {
      name: options.name,
      level: "5",
      track: "online-merchant",
      seed: options.name,
      structure: {},
      blueprint: {},
      conformance: {},
      createdById: admin.id,
      items: { create: paper.items.map((i, position) => ({ position, itemVersionId: i.versionId, type: i.type, area: i.area, points: i.points })) },
    },
  });
  const room = await prisma.room.create({ data: { name: `BENCH-${options.name}-${Date.now()}`, kind: "computer-room", capacity: options.candidates } });
  const session = await prisma.examSession.create({
    data: { name: options.name, mode: "theory", level: "5", track: "online-merchant", startsAt: new Date(now.getTime() - 60_000), minutes: 90, status: "published", paperId: stored.id, createdById: admin.id },
  });
  const sessionRoom = await prisma.sessionRoom.create({ data: { sessionId: session.id, roomId: room.id, openedAt: now, openedById: admin.id } });

  const tag = Date.now().toString(36).toUpperCase();
  const candidates: BenchCandidate[] = [];
  const users = [];
  const candidateRows = [];
  const seats = [];
  for (let i = 0; i < options.candidates; i++) {
    const userId = randomUUID();
    const candidateId = randomUUID();
    const name = `压测考生${i + 1}`;
    users.push({ id: userId, displayName: name, roles: ["CANDIDATE" as const], passwordHash: null });
    candidateRows.push({
      id: candidateId,
      userId,
      name,
      idNumber: `B${tag}${String(i).padStart(6, "0")}`,
      gender: i % 2 ? "女" : "男",
      level: "5",
      track: "online-merchant",
      ticketNumber: `BT${tag}${String(i).padStart(6, "0")}`,
      evidence: {},
      eligibilityStatus: "ELIGIBLE" as const,
      eligibilityResult: {},
      eligibilityEvaluatedAt: now,
    });
    const order = candidateOrder({ paper, seed: `${session.id}:${candidateId}`, items: byVersion });
    // The items as publishing prepares them (src/server/sessions/prepare-candidate-papers.ts).
    const examItems = JSON.stringify(buildExamItems({ itemOrder: order.itemOrder, optionOrder: order.optionOrder, versions: byVersion }));
    seats.push({ sessionId: session.id, sessionRoomId: sessionRoom.id, candidateId, seat: i + 1, paperId: stored.id, itemOrder: order.itemOrder, optionOrder: order.optionOrder, examItems });
    candidates.push({
      userId,
      candidateId,
      name,
      items: order.itemOrder.map((versionId) => ({ versionId, keys: (byVersion.get(versionId)!.options as Array<{ key: OptionKey }>).map((o) => o.key) })),
    });
  }
  for (let start = 0; start < options.candidates; start += 500) {
    await prisma.user.createMany({ data: users.slice(start, start + 500) });
    await prisma.candidate.createMany({ data: candidateRows.slice(start, start + 500) });
  }
  // Seats carry their prepared items (about 20 KB each): smaller statements.
  for (let start = 0; start < options.candidates; start += 100) await prisma.sessionCandidate.createMany({ data: seats.slice(start, start + 100) });
  return { sessionId: session.id, paperItems: paper.items.length, candidates };
}

/** Current versions of the items matching `item` (a Prisma Item filter), as domain item versions. */
export async function loadBenchBank(prisma: PrismaClient, item: Prisma.ItemWhereInput): Promise<ItemVersion[]> {
  const rows = await prisma.itemVersion.findMany({
    where: { currentOf: { isNot: null }, item },
    select: { id: true, itemId: true, version: true, type: true, stem: true, options: true, answer: true, levels: true, tracks: true, tagKind: true, tagLevel: true, tagCode: true, difficulty: true },
  });
  return rows.map(
    (r) =>
      ({
        itemId: r.itemId,
        versionId: r.id,
        version: r.version,
        type: r.type,
        stem: r.stem,
        options: r.options,
        answer: r.answer,
        levels: r.levels,
        tracks: r.tracks,
        tag: r.tagKind === "ethics" ? { kind: "ethics" } : r.tagKind === "basics" ? { kind: "basics", code: r.tagCode } : { kind: "knowledge", level: r.tagLevel, code: r.tagCode },
        difficulty: r.difficulty,
        explanation: "",
        status: "active",
      }) as unknown as ItemVersion,
  );
}
