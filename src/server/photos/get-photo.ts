// Use case: a candidate's photo, for the caller only if they may see it: admins, the proctors of a
// session the candidate is seated in, and the candidate. Anyone else gets NOT_FOUND (the same as
// no photo: whether a photo exists is not revealed). Examiners never see photos (blind marking).
import type { PDFDocument, PDFImage } from "pdf-lib";
import type { CurrentUser } from "../auth/session";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";

export async function mayViewPhoto(caller: Pick<CurrentUser, "id" | "roles" | "candidateId">, candidateId: string): Promise<boolean> {
  if (caller.roles.includes("ADMIN")) return true;
  if (caller.candidateId === candidateId) return true;
  if (!caller.roles.includes("PROCTOR")) return false;
  const seat = await getPrisma().sessionCandidate.findFirst({
    where: { candidateId, session: { staff: { some: { userId: caller.id, role: "PROCTOR" } } } },
    select: { id: true },
  });
  return seat !== null;
}

export async function getPhoto(options: { caller: Pick<CurrentUser, "id" | "roles" | "candidateId">; candidateId: string }) {
  if (!(await mayViewPhoto(options.caller, options.candidateId))) throw new AppError("NOT_FOUND");
  const photo = await getPrisma().candidatePhoto.findUnique({ where: { candidateId: options.candidateId }, select: { bytes: true, mime: true, sha256: true } });
  if (!photo) throw new AppError("NOT_FOUND");
  return { bytes: new Uint8Array(photo.bytes), mime: photo.mime, sha256: photo.sha256 };
}

/** Photos by candidate id, for documents an admin prints (tickets, certificates). */
export async function loadPhotos(candidateIds: readonly string[]): Promise<Map<string, { bytes: Uint8Array; mime: string }>> {
  if (candidateIds.length === 0) return new Map();
  const rows = await getPrisma().candidatePhoto.findMany({ where: { candidateId: { in: [...candidateIds] } }, select: { candidateId: true, bytes: true, mime: true } });
  return new Map(rows.map((r) => [r.candidateId, { bytes: new Uint8Array(r.bytes), mime: r.mime }]));
}

/** Which of `candidateIds` have a photo (no bytes loaded). */
export async function candidatesWithPhoto(candidateIds: readonly string[]): Promise<Set<string>> {
  if (candidateIds.length === 0) return new Set();
  const rows = await getPrisma().candidatePhoto.findMany({ where: { candidateId: { in: [...candidateIds] } }, select: { candidateId: true } });
  return new Set(rows.map((r) => r.candidateId));
}

/** A stored image (photo, seal) embedded in a PDF (null when absent or unreadable). */
export async function embedStoredImage(doc: PDFDocument, photo: { bytes: Uint8Array; mime: string } | undefined): Promise<PDFImage | null> {
  if (!photo) return null;
  try {
    return photo.mime === "image/png" ? await doc.embedPng(photo.bytes) : await doc.embedJpg(photo.bytes);
  } catch {
    return null;
  }
}
