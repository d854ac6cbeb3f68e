// A stored session as a snapshot (for the change log) and the names that describe one.
import type { Prisma } from "@prisma/client";
import { AssessmentModeSchema, LevelCodeSchema, TrackCodeSchema } from "@/standard";
import type { Names, SessionSnapshot } from "./describe-changes";
import { paperChoice } from "./session-input";

export async function loadSnapshot(db: Prisma.TransactionClient, sessionId: string): Promise<(SessionSnapshot & { status: string }) | null> {
  const s = await db.examSession.findUnique({
    where: { id: sessionId },
    select: {
      name: true,
      mode: true,
      level: true,
      track: true,
      startsAt: true,
      minutes: true,
      status: true,
      paperId: true,
      formGroup: true,
      skillPlanId: true,
      rooms: { orderBy: { id: "asc" }, select: { id: true, roomId: true } },
      candidates: { orderBy: { seat: "asc" }, select: { sessionRoomId: true, candidateId: true } },
      staff: { orderBy: { id: "asc" }, select: { sessionRoomId: true, userId: true, role: true } },
    },
  });
  if (!s) return null;
  const chief = s.staff.find((x) => x.role === "CHIEF_EXAMINER")?.userId;
  return {
    name: s.name,
    mode: AssessmentModeSchema.parse(s.mode),
    level: LevelCodeSchema.parse(s.level),
    track: TrackCodeSchema.parse(s.track),
    startsAt: s.startsAt,
    minutes: s.minutes,
    status: s.status,
    paper: paperChoice(s),
    rooms: s.rooms.map((r) => ({
      roomId: r.roomId,
      candidateIds: s.candidates.filter((c) => c.sessionRoomId === r.id).map((c) => c.candidateId),
      proctorIds: s.staff.filter((x) => x.role === "PROCTOR" && x.sessionRoomId === r.id).map((x) => x.userId),
    })),
    examinerIds: s.staff.filter((x) => x.role === "EXAMINER").map((x) => x.userId),
    ...(chief ? { chiefExaminerId: chief } : {}),
  };
}

export async function loadNames(db: Prisma.TransactionClient, snapshots: SessionSnapshot[]): Promise<Names> {
  const rooms = new Set<string>();
  const people = new Set<string>();
  const candidates = new Set<string>();
  const papers = new Set<string>();
  const plans = new Set<string>();
  const groups = new Set<string>();
  for (const s of snapshots) {
    for (const r of s.rooms) {
      rooms.add(r.roomId);
      r.candidateIds.forEach((c) => candidates.add(c));
      r.proctorIds.forEach((p) => people.add(p));
    }
    s.examinerIds.forEach((e) => people.add(e));
    if (s.chiefExaminerId) people.add(s.chiefExaminerId);
    if (s.paper.startsWith("paper:")) papers.add(s.paper.slice(6));
    if (s.paper.startsWith("group:")) groups.add(s.paper.slice(6));
    if (s.paper.startsWith("plan:")) plans.add(s.paper.slice(5));
  }
  // Sequential: inside a transaction all queries share one connection.
  const r = await db.room.findMany({ where: { id: { in: [...rooms] } }, select: { id: true, name: true } });
  const u = await db.user.findMany({ where: { id: { in: [...people] } }, select: { id: true, displayName: true } });
  const c = await db.candidate.findMany({ where: { id: { in: [...candidates] } }, select: { id: true, name: true, ticketNumber: true } });
  const p = await db.paper.findMany({ where: { id: { in: [...papers] } }, select: { id: true, name: true } });
  const g = await db.paper.findMany({ where: { formGroup: { in: [...groups] } }, orderBy: { form: "asc" }, select: { formGroup: true, name: true } });
  const k = await db.skillPlan.findMany({ where: { id: { in: [...plans] } }, select: { id: true, name: true } });
  const roomNames = new Map(r.map((x) => [x.id, x.name]));
  const personNames = new Map(u.map((x) => [x.id, x.displayName]));
  const candidateNames = new Map(c.map((x) => [x.id, `${x.name}，${x.ticketNumber}`]));
  const paperNames = new Map<string, string>();
  for (const x of p) paperNames.set(`paper:${x.id}`, x.name);
  for (const x of k) paperNames.set(`plan:${x.id}`, x.name);
  for (const x of g) {
    const key = `group:${x.formGroup}`;
    paperNames.set(key, paperNames.has(key) ? `${paperNames.get(key)}、${x.name}` : x.name);
  }
  return {
    room: (id) => roomNames.get(id) ?? id,
    person: (id) => personNames.get(id) ?? id,
    candidate: (id) => candidateNames.get(id) ?? id,
    paper: (choice) => (choice === "" ? "（未选择）" : (paperNames.get(choice) ?? choice)),
  };
}
