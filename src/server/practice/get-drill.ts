// Use case: a candidate opens their drill (by id AND candidate). Items come with their text and
// options in the original order; the key and the explanation only for items whose answer is
// recorded. An item that left practice since the drill began (its use changed, or it was
// retired) is shown as withdrawn, without its text.
import { usesFor } from "@/exam";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export type DrillView = {
  id: string;
  mode: string;
  scope: unknown;
  lastSeq: number;
  createdAt: string;
  items: Array<{
    position: number;
    versionId: string;
    content: string;
    withdrawn: boolean;
    type: "true-false" | "single" | "multiple";
    stem: string;
    options: Array<{ key: string; text: string }>;
    answer: { response: string[]; correct: boolean; key: string[]; explanation: string; seq: number } | null;
  }>;
};

export async function getDrill(options: { drillId: string; candidateId: string }): Promise<DrillView> {
  const prisma = getPrisma();
  const drill = await prisma.practiceDrill.findFirst({
    where: { id: options.drillId, candidateId: options.candidateId },
    select: { id: true, mode: true, scope: true, lastSeq: true, createdAt: true, items: { orderBy: { position: "asc" }, select: { position: true, itemVersionId: true, itemId: true, content: true } } },
  });
  if (!drill) throw new AppError("NOT_FOUND");
  const versionIds = drill.items.map((i) => i.itemVersionId);
  const [versions, answers] = await Promise.all([
    prisma.itemVersion.findMany({
      where: { id: { in: versionIds } },
      select: { id: true, type: true, stem: true, options: true, answer: true, explanation: true, item: { select: { use: true, status: true } } },
    }),
    prisma.practiceAnswer.findMany({ where: { drillId: drill.id }, select: { itemVersionId: true, response: true, correct: true, seq: true } }),
  ]);
  const byId = new Map(versions.map((v) => [v.id, v]));
  const answered = new Map(answers.map((a) => [a.itemVersionId, a]));
  const open = usesFor("practice") as string[];
  return {
    id: drill.id,
    mode: drill.mode,
    scope: drill.scope,
    lastSeq: drill.lastSeq,
    createdAt: drill.createdAt.toISOString(),
    items: drill.items.map((i) => {
      const v = byId.get(i.itemVersionId);
      const usable = !!v && open.includes(v.item.use) && v.item.status === "active";
      const a = usable ? answered.get(i.itemVersionId) : undefined;
      return {
        position: i.position,
        versionId: i.itemVersionId,
        content: i.content,
        withdrawn: !usable,
        type: (usable ? v!.type : "single") as DrillView["items"][number]["type"],
        stem: usable ? v!.stem : "",
        options: usable ? (v!.options as Array<{ key: string; text: string }>) : [],
        answer: a ? { response: a.response, correct: a.correct, key: [...v!.answer].sort(), explanation: v!.explanation, seq: a.seq } : null,
      };
    }),
  };
}

/** Whether the drill exists and is this candidate's (for the page, before the client loads it). */
export async function ownsDrill(options: { drillId: string; candidateId: string }): Promise<boolean> {
  return (await getPrisma().practiceDrill.count({ where: { id: options.drillId, candidateId: options.candidateId } })) > 0;
}
