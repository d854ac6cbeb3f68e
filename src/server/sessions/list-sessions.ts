// Use case: sessions for the admin's list, by start time, with room and candidate counts.
import { z } from "zod";
import { getPrisma } from "../db/client";

export const SessionListFilterSchema = z.object({
  status: z.enum(["draft", "published", "closed"]).optional(),
  /** Only sessions starting on or after this Shanghai date ("2026-06-01"). */
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

export async function listSessions(filter: z.infer<typeof SessionListFilterSchema>) {
  const from = filter.from ? new Date(`${filter.from}T00:00:00+08:00`) : undefined;
  const rows = await getPrisma().examSession.findMany({
    where: { ...(filter.status ? { status: filter.status } : {}), ...(from ? { startsAt: { gte: from } } : {}) },
    orderBy: [{ startsAt: "asc" }, { name: "asc" }],
    take: 500,
    select: {
      id: true,
      name: true,
      mode: true,
      level: true,
      track: true,
      startsAt: true,
      minutes: true,
      status: true,
      rooms: { select: { room: { select: { name: true } } } },
      _count: { select: { candidates: true, changes: true } },
    },
  });
  return rows.map((s) => ({
    id: s.id,
    name: s.name,
    mode: s.mode,
    level: s.level,
    track: s.track,
    startsAt: s.startsAt,
    minutes: s.minutes,
    status: s.status,
    roomNames: s.rooms.map((r) => r.room.name).sort(),
    candidates: s._count.candidates,
  }));
}
