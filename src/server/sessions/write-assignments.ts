// Writes a session's rooms, seated candidates and staff (inside the caller's transaction).
// Rooms that stay keep their row (and id); candidates and staff are rewritten. Seats are
// numbered 1.. per room in the order given.
import type { Prisma } from "@prisma/client";
import type { SessionInput } from "./session-input";

export async function writeAssignments(tx: Prisma.TransactionClient, sessionId: string, input: SessionInput): Promise<void> {
  const existing = await tx.sessionRoom.findMany({ where: { sessionId }, select: { id: true, roomId: true } });
  const wanted = new Set(input.rooms.map((r) => r.roomId));
  const gone = existing.filter((r) => !wanted.has(r.roomId)).map((r) => r.id);
  if (gone.length > 0) await tx.sessionRoom.deleteMany({ where: { id: { in: gone } } });
  await tx.sessionCandidate.deleteMany({ where: { sessionId } });
  await tx.sessionStaff.deleteMany({ where: { sessionId } });

  const roomRowId = new Map(existing.filter((r) => wanted.has(r.roomId)).map((r) => [r.roomId, r.id]));
  for (const r of input.rooms) {
    if (roomRowId.has(r.roomId)) continue;
    const created = await tx.sessionRoom.create({ data: { sessionId, roomId: r.roomId }, select: { id: true } });
    roomRowId.set(r.roomId, created.id);
  }

  const candidates: Prisma.SessionCandidateCreateManyInput[] = [];
  const staff: Prisma.SessionStaffCreateManyInput[] = [];
  for (const r of input.rooms) {
    const sessionRoomId = roomRowId.get(r.roomId)!;
    r.candidateIds.forEach((candidateId, i) => candidates.push({ sessionId, sessionRoomId, candidateId, seat: i + 1 }));
    for (const userId of new Set(r.proctorIds)) staff.push({ sessionId, sessionRoomId, userId, role: "PROCTOR" });
  }
  for (const userId of new Set(input.examinerIds)) staff.push({ sessionId, userId, role: "EXAMINER" });
  if (input.chiefExaminerId) staff.push({ sessionId, userId: input.chiefExaminerId, role: "CHIEF_EXAMINER" });
  if (candidates.length > 0) await tx.sessionCandidate.createMany({ data: candidates });
  if (staff.length > 0) await tx.sessionStaff.createMany({ data: staff, skipDuplicates: true });
}
