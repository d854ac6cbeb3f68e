// Use case: one session for the admin: its fields, rooms with seated candidates (masked ID
// numbers) and staff, the paper or plan, and the change log. Also the form's initial values.
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { maskIdNumber } from "../roster/id-number";
import { loadNames, loadSnapshot } from "./session-snapshot";
import { toShanghaiLocal } from "./session-input";

export async function getSession(options: { sessionId: string }) {
  const prisma = getPrisma();
  const s = await prisma.examSession.findUnique({
    where: { id: options.sessionId },
    select: {
      id: true,
      name: true,
      mode: true,
      level: true,
      track: true,
      startsAt: true,
      minutes: true,
      status: true,
      publishedAt: true,
      rooms: {
        orderBy: { id: "asc" },
        select: {
          id: true,
          roomId: true,
          openedAt: true,
          room: { select: { name: true, kind: true, capacity: true, location: true } },
          candidates: { orderBy: { seat: "asc" }, select: { candidateId: true, seat: true, paperId: true } },
          staff: { where: { role: "PROCTOR" }, select: { userId: true } },
        },
      },
      staff: { where: { sessionRoomId: null }, select: { userId: true, role: true } },
      changes: { orderBy: { at: "asc" }, select: { id: true, at: true, actorId: true, summary: true } },
      _count: { select: { attempts: true } },
    },
  });
  if (!s) throw new AppError("NOT_FOUND");
  const snapshot = (await loadSnapshot(prisma, s.id))!;
  const names = await loadNames(prisma, [snapshot]);
  const candidateIds = s.rooms.flatMap((r) => r.candidates.map((c) => c.candidateId));
  const userIds = [...new Set([...s.rooms.flatMap((r) => r.staff.map((x) => x.userId)), ...s.staff.map((x) => x.userId), ...s.changes.map((c) => c.actorId)])];
  const [candidates, users, papers] = await Promise.all([
    prisma.candidate.findMany({ where: { id: { in: candidateIds } }, select: { id: true, name: true, ticketNumber: true, idNumber: true, gender: true } }),
    prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } }),
    prisma.paper.findMany({ where: { id: { in: s.rooms.flatMap((r) => r.candidates.flatMap((c) => c.paperId ?? [])) } }, select: { id: true, name: true, form: true } }),
  ]);
  const cand = new Map(candidates.map((c) => [c.id, c]));
  const userName = new Map(users.map((u) => [u.id, u.displayName]));
  const paperName = new Map(papers.map((p) => [p.id, p.form ?? p.name]));
  return {
    id: s.id,
    name: s.name,
    mode: s.mode,
    level: s.level,
    track: s.track,
    startsAt: s.startsAt,
    minutes: s.minutes,
    endsAt: new Date(s.startsAt.getTime() + s.minutes * 60_000),
    status: s.status,
    publishedAt: s.publishedAt,
    /** Closed, or opened by a proctor / started by a candidate: no more edits. */
    locked: s.status === "closed" || s._count.attempts > 0 || s.rooms.some((r) => r.openedAt !== null),
    paperName: names.paper(snapshot.paper),
    rooms: s.rooms.map((r) => ({
      roomId: r.roomId,
      name: r.room.name,
      kind: r.room.kind,
      capacity: r.room.capacity,
      location: r.room.location,
      proctors: r.staff.map((x) => userName.get(x.userId) ?? x.userId),
      candidates: r.candidates.map((c) => {
        const x = cand.get(c.candidateId);
        return {
          id: c.candidateId,
          seat: c.seat,
          name: x?.name ?? c.candidateId,
          ticketNumber: x?.ticketNumber ?? "",
          idNumberMasked: x ? maskIdNumber(x.idNumber) : "",
          gender: x?.gender ?? "",
          paper: c.paperId ? (paperName.get(c.paperId) ?? "") : "",
        };
      }),
    })),
    examiners: s.staff.filter((x) => x.role === "EXAMINER").map((x) => userName.get(x.userId) ?? x.userId),
    chiefExaminer: s.staff.filter((x) => x.role === "CHIEF_EXAMINER").map((x) => userName.get(x.userId) ?? x.userId)[0] ?? null,
    changes: s.changes.map((c) => ({ id: c.id, at: c.at, actor: userName.get(c.actorId) ?? c.actorId, summary: c.summary })),
    /** The edit form's initial values. */
    form: {
      name: s.name,
      mode: snapshot.mode,
      level: snapshot.level,
      track: snapshot.track,
      startsAt: toShanghaiLocal(s.startsAt),
      minutes: s.minutes,
      paper: snapshot.paper,
      rooms: snapshot.rooms,
      examinerIds: snapshot.examinerIds,
      chiefExaminerId: snapshot.chiefExaminerId ?? "",
    },
  };
}
export type SessionDetail = Awaited<ReturnType<typeof getSession>>;
