// Admission ticket numbers (准考证号), documented in docs/accounts.md:
//   YYYY L T NNNNN  (11 digits)
//   YYYY  the year (Asia/Shanghai) the candidate was registered
//   L     level: 5 or 4
//   T     track: 1 网商 (online-merchant), 2 跨境电子商务师 (cross-border)
//   NNNNN a sequence per (year, level, track), from 00001
// The sequence lives in the database (TicketSequence) and is reserved atomically, so two app
// instances never hand out the same number.
import type { Prisma } from "@prisma/client";
import type { LevelCode, TrackCode } from "@/standard";

export const TRACK_DIGIT: Record<TrackCode, string> = { "online-merchant": "1", "cross-border": "2" };

export function shanghaiYear(now: Date): number {
  return Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(now));
}

export function formatTicketNumber(year: number, level: LevelCode, track: TrackCode, sequence: number): string {
  if (sequence < 1 || sequence > 99_999) throw new Error(`ticket sequence out of range: ${sequence}`);
  return `${year}${level}${TRACK_DIGIT[track]}${String(sequence).padStart(5, "0")}`;
}

/** Reserves `count` consecutive numbers for (year, level, track) and returns them in order. */
export async function reserveTicketNumbers(
  tx: Prisma.TransactionClient,
  options: { year: number; level: LevelCode; track: TrackCode; count: number },
): Promise<string[]> {
  const { year, level, track, count } = options;
  if (count === 0) return [];
  const key = `${year}-${level}-${track}`;
  const rows = await tx.$queryRaw<Array<{ value: number }>>`
    INSERT INTO "TicketSequence" (key, value) VALUES (${key}, ${count})
    ON CONFLICT (key) DO UPDATE SET value = "TicketSequence".value + ${count}
    RETURNING value`;
  const last = rows[0]!.value;
  return Array.from({ length: count }, (_, i) => formatTicketNumber(year, level, track, last - count + 1 + i));
}
