// Use case: the certificates an admin manages: filters by level, track, status and "flagged";
// newest first. Also one certificate with what its page shows.
import { z } from "zod";
import { LevelCodeSchema, TrackCodeSchema } from "@/standard";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { maskIdNumber } from "../roster/id-number";

const empty = z.literal("").transform(() => undefined);
export const CertificateFilterSchema = z.object({
  level: LevelCodeSchema.optional().or(empty),
  track: TrackCodeSchema.optional().or(empty),
  status: z.enum(["valid", "revoked", "flagged"]).optional().or(empty),
  year: z.coerce.number().int().min(2000).max(2100).optional().or(empty),
});
export type CertificateFilter = z.infer<typeof CertificateFilterSchema>;

export type CertificateRow = {
  id: string;
  number: string;
  candidateId: string;
  name: string;
  idNumberMasked: string;
  ticketNumber: string;
  level: string;
  track: string;
  theoryScore: number;
  skillScore: number;
  issuedAt: Date;
  status: "valid" | "revoked";
  revokedAt: Date | null;
  revokeReason: string | null;
  flaggedAt: Date | null;
  flagReason: string | null;
  replacesNumber: string | null;
};

function where(filter: CertificateFilter) {
  const shanghaiYearStart = (y: number) => new Date(Date.UTC(y, 0, 1) - 8 * 3600_000);
  return {
    ...(filter.level ? { level: filter.level } : {}),
    ...(filter.track ? { track: filter.track } : {}),
    ...(filter.status === "valid" || filter.status === "revoked" ? { status: filter.status } : {}),
    ...(filter.status === "flagged" ? { status: "valid", flaggedAt: { not: null } } : {}),
    ...(filter.year ? { issuedAt: { gte: shanghaiYearStart(filter.year), lt: shanghaiYearStart(filter.year + 1) } } : {}),
  };
}

type Stored = Awaited<ReturnType<ReturnType<typeof getPrisma>["certificate"]["findMany"]>>;

async function shape(rows: Stored): Promise<CertificateRow[]> {
  const prisma = getPrisma();
  const people = await prisma.candidate.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.candidateId))] } }, select: { id: true, idNumber: true, ticketNumber: true } });
  const replaced = await prisma.certificate.findMany({ where: { id: { in: rows.flatMap((r) => (r.replacesId ? [r.replacesId] : [])) } }, select: { id: true, number: true } });
  const personOf = new Map(people.map((p) => [p.id, p]));
  return rows.map((r) => {
    const p = personOf.get(r.candidateId);
    return {
      id: r.id,
      number: r.number,
      candidateId: r.candidateId,
      name: r.name,
      idNumberMasked: p ? maskIdNumber(p.idNumber) : "",
      ticketNumber: p?.ticketNumber ?? "",
      level: r.level,
      track: r.track,
      theoryScore: r.theoryScore,
      skillScore: r.skillScore,
      issuedAt: r.issuedAt,
      status: r.status === "revoked" ? "revoked" : "valid",
      revokedAt: r.revokedAt,
      revokeReason: r.revokeReason,
      flaggedAt: r.flaggedAt,
      flagReason: r.flagReason,
      replacesNumber: replaced.find((x) => x.id === r.replacesId)?.number ?? null,
    };
  });
}

/** Certificates matching `filter`, newest first (at most `take`, default all). */
export async function listCertificates(options: { filter?: unknown; take?: number } = {}): Promise<CertificateRow[]> {
  const filter = CertificateFilterSchema.parse(options.filter ?? {});
  const rows = await getPrisma().certificate.findMany({ where: where(filter), orderBy: [{ issuedAt: "desc" }, { number: "desc" }], ...(options.take ? { take: options.take } : {}) });
  return shape(rows);
}

/** Certificates by id, in the order given (unknown ids are left out). */
export async function listCertificatesByIds(ids: readonly string[]): Promise<CertificateRow[]> {
  if (ids.length === 0) return [];
  const rows = await shape(await getPrisma().certificate.findMany({ where: { id: { in: [...ids] } } }));
  return ids.flatMap((id) => rows.filter((r) => r.id === id));
}

/** One certificate by id (NOT_FOUND otherwise), with the sessions its scores came from. */
export async function getCertificate(options: { certificateId: string }) {
  const prisma = getPrisma();
  const stored = await prisma.certificate.findUnique({ where: { id: options.certificateId } });
  if (!stored) throw new AppError("NOT_FOUND");
  const [row] = await shape([stored]);
  const sessions = await prisma.examSession.findMany({ where: { id: { in: [stored.theorySessionId, stored.skillSessionId] } }, select: { id: true, name: true, startsAt: true } });
  return { ...row!, theorySession: sessions.find((s) => s.id === stored.theorySessionId) ?? null, skillSession: sessions.find((s) => s.id === stored.skillSessionId) ?? null };
}
