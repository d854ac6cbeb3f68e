// A published theory session with a paper and seated candidates, built directly in the database
// for exam-delivery tests.
import { randomUUID } from "node:crypto";
import { candidateOrder } from "@/exam";
import type { ItemVersion } from "@/exam/types";
import { createItemTx } from "@/server/bank/item-store";
import { createPapers } from "@/server/papers/create-papers";
import { bankFor } from "../../unit/exam/fixtures";
import { prisma } from "./db";
import { createStaff } from "./users";

export async function seedBankAndPaper(adminId: string, now: Date): Promise<string> {
  const bank = bankFor("5", "online-merchant", 20, "exam-fixture");
  await prisma.$transaction(
    async (tx) => {
      for (const v of bank) {
        await createItemTx(
          tx,
          { type: v.type, stem: v.stem, options: v.options, answer: v.answer, levels: v.levels, tracks: v.tracks, tag: v.tag, difficulty: v.difficulty, explanation: "", points: null, labels: [], status: "active" },
          { now },
        );
      }
    },
    { timeout: 120_000 },
  );
  const result = await createPapers({ name: "考试卷", level: "5", track: "online-merchant", seed: "exam", actorId: adminId, now });
  if (!result.ok) throw new Error("paper assembly failed");
  return result.paperIds[0]!;
}

let n = 0;
export async function createCandidate(name: string) {
  n += 1;
  const user = await prisma.user.create({ data: { displayName: name, roles: ["CANDIDATE"], passwordHash: null } });
  return prisma.candidate.create({
    data: {
      userId: user.id,
      name,
      idNumber: `TEST${Date.now()}${n}`.slice(0, 18),
      gender: "男",
      level: "5",
      track: "online-merchant",
      ticketNumber: `T${Date.now()}${n}`.slice(0, 20),
      evidence: {},
      eligibilityStatus: "ELIGIBLE",
      eligibilityResult: {},
      eligibilityEvaluatedAt: new Date(),
    },
  });
}

/** A published theory session starting `startOffsetMin` minutes from the DB's now, room opened. */
export async function publishedSession(options: { paperId: string; candidateIds: string[]; proctorIds: string[]; startOffsetMin?: number; opened?: boolean; minutes?: number }) {
  const [{ now }] = (await prisma.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`) as [{ now: Date }];
  const room = await prisma.room.create({ data: { name: `考场-${randomUUID().slice(0, 8)}`, kind: "computer-room", capacity: 40 } });
  const session = await prisma.examSession.create({
    data: {
      name: "理论考试",
      mode: "theory",
      level: "5",
      track: "online-merchant",
      startsAt: new Date(now.getTime() + (options.startOffsetMin ?? -1) * 60_000),
      minutes: options.minutes ?? 90,
      status: "published",
      paperId: options.paperId,
      createdById: options.proctorIds[0] ?? "x",
    },
  });
  const sessionRoom = await prisma.sessionRoom.create({ data: { sessionId: session.id, roomId: room.id, openedAt: options.opened === false ? null : now } });
  const paperItems = await prisma.paperItem.findMany({ where: { paperId: options.paperId }, orderBy: { position: "asc" }, include: { itemVersion: true } });
  const items = new Map(paperItems.map((p) => [p.itemVersionId, { type: p.itemVersion.type as ItemVersion["type"], options: p.itemVersion.options as ItemVersion["options"] }]));
  const paper = { items: paperItems.map((p) => ({ itemId: p.itemVersion.itemId, versionId: p.itemVersionId, type: p.type as ItemVersion["type"], area: p.area as "ethics", points: p.points, knowledgePoint: "" })) };
  for (const [i, candidateId] of options.candidateIds.entries()) {
    const order = candidateOrder({ paper, seed: `${session.id}:${candidateId}`, items });
    await prisma.sessionCandidate.create({
      data: { sessionId: session.id, sessionRoomId: sessionRoom.id, candidateId, seat: i + 1, paperId: options.paperId, itemOrder: order.itemOrder, optionOrder: order.optionOrder },
    });
  }
  for (const userId of options.proctorIds) await prisma.sessionStaff.create({ data: { sessionId: session.id, sessionRoomId: sessionRoom.id, userId, role: "PROCTOR" } });
  return { session, sessionRoom, paperItems };
}

export async function makeProctor(name: string) {
  return createStaff(name, ["PROCTOR"]);
}
