// Use case: the rooms, by name, with how many sessions use each.
import { VENUE_NAMES } from "@/exam";
import { getPrisma } from "../db/client";
import { toRoom } from "./load-schedule-context";

export async function listRooms() {
  const rows = await getPrisma().room.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true, capacity: true, location: true, _count: { select: { sessions: true } } },
  });
  return rows.map((r) => ({ ...toRoom(r), kindName: VENUE_NAMES[toRoom(r).kind], location: r.location, sessions: r._count.sessions }));
}
