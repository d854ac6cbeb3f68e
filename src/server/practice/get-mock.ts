// Use case: a candidate opens their mock exam (by id AND candidate). Running: the items in their
// order with options in their order (display letters by position), their answers and the
// server's remaining time; no key. Submitted: the score with the area breakdown and the pass
// line, and per item the key and explanation — except for items that left practice since
// (their use changed), which are shown without text or key.
import { remainingSeconds } from "@/exam/attempt";
import { usesFor } from "@/exam";
import { passMarkHundredths } from "@/grading";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { closeExpiredMocks } from "./finish-mock";

export async function getMock(options: { mockId: string; candidateId: string }) {
  const prisma = getPrisma();
  await closeExpiredMocks({ mockId: options.mockId, candidateId: options.candidateId });
  const mock = await prisma.practiceMock.findFirst({
    where: { id: options.mockId, candidateId: options.candidateId },
    include: { items: { orderBy: { position: "asc" } }, answers: true },
  });
  if (!mock) throw new AppError("NOT_FOUND");
  const now = (await prisma.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`)[0]!.now;
  const versions = await prisma.itemVersion.findMany({
    where: { id: { in: mock.items.map((i) => i.itemVersionId) } },
    select: { id: true, stem: true, options: true, answer: true, explanation: true, item: { select: { use: true } } },
  });
  const byId = new Map(versions.map((v) => [v.id, v]));
  const open = usesFor("practice") as string[];
  const submitted = mock.status === "submitted";
  const answers = Object.fromEntries(mock.answers.map((a) => [a.itemVersionId, { response: a.response, seq: a.seq }]));
  return {
    id: mock.id,
    status: mock.status as "in_progress" | "submitted",
    submittedBy: mock.submittedBy,
    startedAt: mock.startedAt.toISOString(),
    minutes: mock.minutes,
    remainingSeconds: remainingSeconds({ status: submitted ? "submitted" : "in_progress", deadline: mock.deadline, pausedAt: null }, now),
    lastSeq: mock.lastSeq,
    items: mock.items.map((i, index) => {
      const v = byId.get(i.itemVersionId);
      const withdrawn = !v || !open.includes(v.item.use);
      const options = withdrawn ? [] : (v!.options as Array<{ key: string; text: string }>);
      const text = new Map(options.map((o) => [o.key, o.text]));
      return {
        number: index + 1,
        versionId: i.itemVersionId,
        type: i.type as "true-false" | "single" | "multiple",
        area: i.area,
        content: i.content,
        points: i.points,
        withdrawn,
        stem: withdrawn ? "" : v!.stem,
        /** In the candidate's order: original key and text; the display letter is the position. */
        options: i.optionOrder.filter((k) => text.has(k)).map((k) => ({ key: k, text: text.get(k)! })),
        review: submitted && !withdrawn ? { key: [...v!.answer].sort(), explanation: v!.explanation } : null,
      };
    }),
    answers,
    result: submitted
      ? { total: mock.total ?? 0, byArea: (mock.byArea ?? {}) as Record<string, { points: number; max: number }>, passed: mock.passed ?? false, passMark: passMarkHundredths() }
      : null,
  };
}

export type MockView = Awaited<ReturnType<typeof getMock>>;
