// Use case: a class's practice, for its teachers and admins — who practised how much (answers in
// all and in the last 7 days, days active, last practice, open wrong-answer items), mastery by
// work content per student (the heat map: students × work contents, the same rule as the
// student sees), the items most often answered wrongly, and the mock exams' results.
import { compareContentKeys, describeContent, usesFor } from "@/exam";
import { isPass } from "@/grading";
import type { Mastery } from "@/grading";
import { getPrisma } from "../db/client";
import { closeExpiredMocks } from "../practice/finish-mock";
import { masteryOf } from "../practice/history";
import { requireClassAccess, type ClassCaller } from "./class-access";

const WEEK_DAYS = 7;
const TOP_WRONG = 10;

export async function getClassReport(options: { classId: string; caller: ClassCaller }) {
  const prisma = getPrisma();
  const c = await requireClassAccess(options);
  const members = await prisma.classMember.findMany({ where: { classId: c.id }, select: { candidateId: true } });
  const ids = members.map((m) => m.candidateId);
  await closeExpiredMocks({ candidateIds: ids });
  const [candidates, activity, mastery, open, mocks, wrong] = await Promise.all([
    prisma.candidate.findMany({ where: { id: { in: ids } }, orderBy: { ticketNumber: "asc" }, select: { id: true, name: true, ticketNumber: true, level: true, track: true } }),
    prisma.$queryRaw<Array<{ candidateId: string; answers: number; week: number; weekRight: number; days: number; drills: number; lastAt: Date | null }>>`
      SELECT "candidateId",
             count(*)::int AS answers,
             count(*) FILTER (WHERE "answeredAt" > now() - make_interval(days => ${WEEK_DAYS}))::int AS week,
             count(*) FILTER (WHERE "answeredAt" > now() - make_interval(days => ${WEEK_DAYS}) AND correct)::int AS "weekRight",
             count(DISTINCT (("answeredAt" AT TIME ZONE 'Asia/Shanghai')::date)) FILTER (WHERE "answeredAt" > now() - make_interval(days => ${WEEK_DAYS}))::int AS days,
             count(DISTINCT "drillId")::int AS drills,
             max("answeredAt") AS "lastAt"
      FROM "PracticeAnswer" WHERE "candidateId" = ANY(${ids}::text[]) GROUP BY "candidateId"`,
    masteryOf(ids),
    prisma.practiceMistake.groupBy({ by: ["candidateId"], where: { candidateId: { in: ids }, state: "open" }, _count: { _all: true } }),
    prisma.practiceMock.findMany({
      where: { candidateId: { in: ids }, status: "submitted" },
      orderBy: { submittedAt: "asc" },
      select: { id: true, candidateId: true, submittedAt: true, total: true, passed: true, byArea: true },
    }),
    prisma.$queryRaw<Array<{ itemId: string; content: string; wrong: number; answered: number; students: number }>>`
      SELECT "itemId", min(content) AS content, count(*) FILTER (WHERE NOT correct)::int AS wrong, count(*)::int AS answered,
             count(DISTINCT "candidateId") FILTER (WHERE NOT correct)::int AS students
      FROM "PracticeAnswer" WHERE "candidateId" = ANY(${ids}::text[])
      GROUP BY "itemId" HAVING count(*) FILTER (WHERE NOT correct) > 0
      ORDER BY wrong DESC, answered ASC, "itemId" LIMIT ${TOP_WRONG}`,
  ]);
  const items = await prisma.item.findMany({
    where: { id: { in: wrong.map((w) => w.itemId) } },
    select: { id: true, use: true, currentVersion: { select: { stem: true, answer: true } } },
  });
  const itemById = new Map(items.map((i) => [i.id, i]));
  const practiceUses = usesFor("practice") as string[];
  const act = new Map(activity.map((a) => [a.candidateId, a]));
  const openBy = new Map(open.map((o) => [o.candidateId, o._count._all]));
  const mocksBy = new Map<string, typeof mocks>();
  for (const m of mocks) mocksBy.set(m.candidateId, [...(mocksBy.get(m.candidateId) ?? []), m]);

  const contentKeys = [...new Set([...mastery.values()].flatMap((m) => [...m.keys()]))].sort(compareContentKeys);
  const students = candidates.map((s) => {
    const a = act.get(s.id);
    const ms = mocksBy.get(s.id) ?? [];
    const totals = ms.map((m) => m.total ?? 0);
    const byContent = mastery.get(s.id) ?? new Map<string, Mastery>();
    return {
      candidateId: s.id,
      name: s.name,
      ticketNumber: s.ticketNumber,
      level: s.level,
      track: s.track,
      answers: a?.answers ?? 0,
      week: a?.week ?? 0,
      weekRight: a?.weekRight ?? 0,
      activeDays: a?.days ?? 0,
      drills: a?.drills ?? 0,
      lastAt: a?.lastAt ?? null,
      openMistakes: openBy.get(s.id) ?? 0,
      mocks: { count: ms.length, best: totals.length ? Math.max(...totals) : null, latest: totals.length ? totals[totals.length - 1]! : null, passed: totals.filter((t) => isPass(t)).length },
      mastery: Object.fromEntries(contentKeys.map((k) => [k, byContent.get(k) ?? null])) as Record<string, Mastery | null>,
    };
  });
  const nameOf = new Map(candidates.map((s) => [s.id, s.name]));
  return {
    class: c,
    students,
    contents: contentKeys.map((key) => ({ key, ...(describeContent(key) ?? { code: key, name: key, level: null, area: "ethics" as const }) })),
    wrongItems: wrong.map((w) => {
      const item = itemById.get(w.itemId);
      const visible = !!item && practiceUses.includes(item.use);
      return {
        itemId: w.itemId,
        content: w.content,
        wrong: w.wrong,
        answered: w.answered,
        students: w.students,
        stem: visible ? (item.currentVersion?.stem ?? "") : null,
        key: visible ? [...(item.currentVersion?.answer ?? [])].sort() : [],
      };
    }),
    mocks: mocks.map((m) => ({ id: m.id, candidateId: m.candidateId, name: nameOf.get(m.candidateId) ?? "", submittedAt: m.submittedAt, total: m.total ?? 0, passed: m.passed ?? false })),
  };
}

export type ClassReport = Awaited<ReturnType<typeof getClassReport>>;
