// Blind marking (issue 14): every candidate of a skill session gets an anonymous code such as
// "K-4827", random and unique within the session, so that examiners score the work without the
// name or the ticket. Codes are assigned when the session is published (publish-session.ts) and,
// for sessions published before codes existed or candidates seated afterwards, on first use
// (ensureBlindCodes is idempotent and safe to run concurrently). The code says nothing about the
// candidate: it comes from crypto.randomInt, not from the name, ticket or seat.
import { randomInt } from "node:crypto";
import { Prisma } from "@prisma/client";
import { getPrisma } from "../../db/client";

type Db = Prisma.TransactionClient;

/** Letters that cannot be mistaken for digits (no I, O). */
const LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

/** A random code "L-dddd" (24 × 9000 = 216,000 possibilities); the format examiners see. */
export function randomBlindCode(): string {
  return `${LETTERS[randomInt(LETTERS.length)]}-${randomInt(1000, 10000)}`;
}

/** The code's format, for validating a code that comes back in a URL or a request body. */
export const BLIND_CODE_PATTERN = /^[A-HJ-NP-Z]-\d{4}$/;

function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}

/**
 * Gives every seated candidate of the session without a code a new random one. Returns how many
 * were assigned. A code already taken in the session (the unique index) is drawn again; a row
 * another caller coded meanwhile is left as it is (`WHERE blindCode IS NULL`).
 */
export async function assignBlindCodes(db: Db, sessionId: string): Promise<number> {
  const missing = await db.sessionCandidate.findMany({ where: { sessionId, blindCode: null }, select: { id: true } });
  if (missing.length === 0) return 0;
  const taken = new Set((await db.sessionCandidate.findMany({ where: { sessionId, blindCode: { not: null } }, select: { blindCode: true } })).map((r) => r.blindCode!));
  let assigned = 0;
  for (const row of missing) {
    let code = randomBlindCode();
    while (taken.has(code)) code = randomBlindCode();
    taken.add(code);
    // Conditional update: unique index violations cannot happen for codes seen as taken, and a
    // concurrent assignment of the same new code raises P2002, handled by the caller's retry.
    const done = await db.sessionCandidate.updateMany({ where: { id: row.id, blindCode: null }, data: { blindCode: code } });
    assigned += done.count;
  }
  return assigned;
}

/** assignBlindCodes outside a transaction, retried when a concurrent caller drew the same code. */
export async function ensureBlindCodes(sessionId: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await assignBlindCodes(getPrisma(), sessionId);
      return;
    } catch (e) {
      if (!isUniqueViolation(e) || attempt >= 5) throw e;
    }
  }
}

/** Backfill for every published or closed skill session that has candidates without a code. */
export async function backfillBlindCodes(): Promise<number> {
  const sessions = await getPrisma().examSession.findMany({
    where: { mode: "skill", status: { not: "draft" }, candidates: { some: { blindCode: null } } },
    select: { id: true },
  });
  for (const s of sessions) await ensureBlindCodes(s.id);
  return sessions.length;
}

/** code → candidateId for the session (after ensuring codes); null when the code is not there. */
export async function candidateIdForCode(sessionId: string, code: string): Promise<string | null> {
  if (!BLIND_CODE_PATTERN.test(code)) return null;
  const row = await getPrisma().sessionCandidate.findUnique({ where: { sessionId_blindCode: { sessionId, blindCode: code } }, select: { candidateId: true } });
  return row?.candidateId ?? null;
}

/** Names are shown to examiners only once the session's results are released to candidates. */
export async function namesRevealed(sessionId: string): Promise<boolean> {
  const s = await getPrisma().examSession.findUnique({ where: { id: sessionId }, select: { resultsReleasedAt: true } });
  return !!s?.resultsReleasedAt;
}

/** The admin's mapping: code, seat, name, ticket, in seat order. */
export async function blindCodeMapping(sessionId: string) {
  await ensureBlindCodes(sessionId);
  const seats = await getPrisma().sessionCandidate.findMany({
    where: { sessionId },
    orderBy: [{ sessionRoomId: "asc" }, { seat: "asc" }],
    select: { blindCode: true, seat: true, candidateId: true },
  });
  const people = new Map(
    (await getPrisma().candidate.findMany({ where: { id: { in: seats.map((s) => s.candidateId) } }, select: { id: true, name: true, ticketNumber: true } })).map((c) => [c.id, c]),
  );
  return seats.map((s) => ({ code: s.blindCode!, seat: s.seat, name: people.get(s.candidateId)?.name ?? "", ticketNumber: people.get(s.candidateId)?.ticketNumber ?? "" }));
}
