// Use case: what the session form offers: rooms, schedulable candidates (with level and track,
// for filtering in the form), proctors, examiners, papers and skill plans.
import { getPrisma } from "../db/client";
import { listRooms } from "./list-rooms";

export async function loadSessionFormOptions() {
  const prisma = getPrisma();
  const [rooms, candidates, staff, papers, plans] = await Promise.all([
    listRooms(),
    prisma.candidate.findMany({
      where: { eligibilityStatus: { in: ["ELIGIBLE", "APPROVED"] } },
      orderBy: { ticketNumber: "asc" },
      take: 5000,
      select: { id: true, name: true, ticketNumber: true, level: true, track: true },
    }),
    prisma.user.findMany({
      where: { disabled: false, roles: { hasSome: ["PROCTOR", "EXAMINER"] } },
      orderBy: [{ displayName: "asc" }, { username: "asc" }],
      select: { id: true, displayName: true, username: true, roles: true },
    }),
    prisma.paper.findMany({ orderBy: { createdAt: "desc" }, take: 200, select: { id: true, name: true, level: true, track: true, form: true, formGroup: true } }),
    prisma.skillPlan.findMany({ orderBy: { createdAt: "desc" }, take: 200, select: { id: true, name: true, level: true, track: true } }),
  ]);
  // Papers: single papers as "paper:<id>", A/B groups once as "group:<formGroup>".
  const paperChoices: Array<{ value: string; name: string; level: string; track: string; kind: "theory" | "skill" }> = [];
  const groups = new Map<string, string[]>();
  for (const p of papers) {
    if (p.formGroup) {
      const names = groups.get(p.formGroup);
      if (names) names.push(p.name);
      else {
        groups.set(p.formGroup, [p.name]);
        paperChoices.push({ value: `group:${p.formGroup}`, name: "", level: p.level, track: p.track, kind: "theory" });
      }
    } else paperChoices.push({ value: `paper:${p.id}`, name: p.name, level: p.level, track: p.track, kind: "theory" });
  }
  for (const c of paperChoices) if (c.value.startsWith("group:")) c.name = (groups.get(c.value.slice(6)) ?? []).sort().join(" / ");
  for (const p of plans) paperChoices.push({ value: `plan:${p.id}`, name: p.name, level: p.level, track: p.track, kind: "skill" });
  return {
    rooms: rooms.map((r) => ({ id: r.id, name: r.name, kind: r.kind, kindName: r.kindName, capacity: r.capacity })),
    candidates,
    proctors: staff.filter((u) => u.roles.includes("PROCTOR")).map((u) => ({ id: u.id, name: u.displayName, username: u.username ?? "" })),
    examiners: staff.filter((u) => u.roles.includes("EXAMINER")).map((u) => ({ id: u.id, name: u.displayName, username: u.username ?? "" })),
    papers: paperChoices,
  };
}
export type SessionFormOptions = Awaited<ReturnType<typeof loadSessionFormOptions>>;
