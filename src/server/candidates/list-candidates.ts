// Use case: the admin's roster list, filtered; personal numbers masked.
import type { EligibilityStatus, Prisma } from "@prisma/client";
import { z } from "zod";
import { LevelCodeSchema, TrackCodeSchema } from "@/standard";
import { getPrisma } from "../db/client";
import { maskIdNumber, maskPhone } from "../roster/id-number";

export const CandidateFilterSchema = z.object({
  level: LevelCodeSchema.optional(),
  track: TrackCodeSchema.optional(),
  status: z.enum(["ELIGIBLE", "NOT_ELIGIBLE", "APPROVED", "REJECTED"]).optional(),
  q: z.string().trim().max(50).optional(),
  batchId: z.string().max(64).optional(),
  page: z.coerce.number().int().min(1).default(1),
});
export type CandidateFilter = z.infer<typeof CandidateFilterSchema>;

const PAGE_SIZE = 50;

export async function listCandidates(filter: CandidateFilter) {
  const where: Prisma.CandidateWhereInput = {
    ...(filter.level ? { level: filter.level } : {}),
    ...(filter.track ? { track: filter.track } : {}),
    ...(filter.status ? { eligibilityStatus: filter.status as EligibilityStatus } : {}),
    ...(filter.batchId ? { importBatchId: filter.batchId } : {}),
    ...(filter.q ? { OR: [{ name: { contains: filter.q } }, { ticketNumber: { startsWith: filter.q } }] } : {}),
  };
  const prisma = getPrisma();
  const [total, rows] = await Promise.all([
    prisma.candidate.count({ where }),
    prisma.candidate.findMany({
      where,
      orderBy: { ticketNumber: "asc" },
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        idNumber: true,
        gender: true,
        phone: true,
        level: true,
        track: true,
        ticketNumber: true,
        eligibilityStatus: true,
        user: { select: { passwordIssuedAt: true, mustChangePassword: true } },
      },
    }),
  ]);
  const memberships = await prisma.classMember.findMany({
    where: { candidateId: { in: rows.map((r) => r.id) } },
    select: { candidateId: true, class: { select: { name: true } } },
  });
  const classesOf = new Map<string, string[]>();
  for (const m of memberships) classesOf.set(m.candidateId, [...(classesOf.get(m.candidateId) ?? []), m.class.name]);
  return {
    total,
    page: filter.page,
    pageSize: PAGE_SIZE,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      idNumberMasked: maskIdNumber(r.idNumber),
      phoneMasked: r.phone ? maskPhone(r.phone) : null,
      gender: r.gender,
      level: r.level,
      track: r.track,
      ticketNumber: r.ticketNumber,
      eligibilityStatus: r.eligibilityStatus,
      passwordIssued: !!r.user.passwordIssuedAt,
      classes: (classesOf.get(r.id) ?? []).sort(),
    })),
  };
}
