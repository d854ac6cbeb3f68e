// Reading and validating a roster file against the current roster, without writing: shared by the
// preview and the import itself, so the admin previews exactly what is written.
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { readTable, RosterFileError, type RosterTable } from "../roster/roster-file";
import { validateRoster, type RosterValidation } from "../roster/validate-roster";

export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

/** Throws VALIDATION (Chinese message) for a file that cannot be read as a roster. */
export async function checkRoster(options: { fileName: string; bytes: Uint8Array; now: Date }): Promise<{ table: RosterTable; validation: RosterValidation }> {
  if (options.bytes.byteLength > MAX_ROSTER_BYTES) throw new AppError("VALIDATION", { message: `文件过大：最大 ${MAX_ROSTER_BYTES / 1024 / 1024} MB` });
  let table: RosterTable;
  try {
    table = await readTable(options.bytes, options.fileName);
  } catch (error) {
    if (error instanceof RosterFileError) throw new AppError("VALIDATION", { message: error.message, cause: error });
    throw error;
  }
  const existing = new Set((await getPrisma().candidate.findMany({ select: { idNumber: true } })).map((c) => c.idNumber));
  return { table, validation: validateRoster(table, { now: options.now, existingIdNumbers: existing }) };
}
