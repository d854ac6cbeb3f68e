// Proctor and examiner pools for automatic assignment: active staff holding the role, in a stable
// order (display name, then username).
import type { Prisma } from "@prisma/client";

export async function loadStaffPools(db: Prisma.TransactionClient): Promise<{ proctors: string[]; examiners: string[] }> {
  const users = await db.user.findMany({
    where: { disabled: false, roles: { hasSome: ["PROCTOR", "EXAMINER"] } },
    orderBy: [{ displayName: "asc" }, { username: "asc" }],
    select: { id: true, roles: true },
  });
  return {
    proctors: users.filter((u) => u.roles.includes("PROCTOR")).map((u) => u.id),
    examiners: users.filter((u) => u.roles.includes("EXAMINER")).map((u) => u.id),
  };
}
