// Use case: the preview of a roster import, before anything is written: how many candidates per
// level and track, which file column became which roster column, ignored columns, every row with
// a problem and why, and the first candidates as they will be stored (ID numbers masked).
import { matchHeaders, ROSTER_COLUMNS } from "../roster/columns";
import { maskIdNumber } from "../roster/id-number";
import type { RosterProblem } from "../roster/validate-roster";
import { levelLabel, trackLabel } from "../reports/labels";
import { checkRoster } from "./check-roster";

export type RosterImportPreview = {
  valid: number;
  problemRows: number;
  groups: Array<{ level: string; track: string; count: number }>;
  mapping: Array<{ from: string; to: string }>;
  notices: string[];
  problems: RosterProblem[];
  willWrite: { "all-or-nothing": number; "valid-only": number };
  sample: Array<{ row: number; name: string; idNumber: string; gender: string; level: string; track: string }>;
};

export async function previewRosterImport(options: { fileName: string; bytes: Uint8Array; now: Date }): Promise<RosterImportPreview> {
  const { table, validation } = await checkRoster(options);
  const match = matchHeaders(table.headers);
  const mapping = ROSTER_COLUMNS.flatMap((c) => {
    const i = match.index[c.key];
    return i === undefined ? [] : [{ from: table.headers[i]!, to: c.header }];
  });
  const groups = new Map<string, { level: string; track: string; count: number }>();
  for (const c of validation.candidates) {
    const key = `${c.level}|${c.track}`;
    const g = groups.get(key) ?? { level: levelLabel(c.level), track: trackLabel(c.track), count: 0 };
    g.count += 1;
    groups.set(key, g);
  }
  const problemRows = new Set(validation.problems.map((p) => p.row)).size;
  return {
    valid: validation.candidates.length,
    problemRows,
    groups: [...groups.values()],
    mapping,
    notices: validation.notices,
    problems: validation.problems,
    willWrite: { "all-or-nothing": validation.problems.length > 0 ? 0 : validation.candidates.length, "valid-only": validation.candidates.length },
    sample: validation.candidates.slice(0, 5).map((c) => ({
      row: c.rowNumber,
      name: c.name,
      idNumber: maskIdNumber(c.idNumber),
      gender: c.gender,
      level: levelLabel(c.level),
      track: trackLabel(c.track),
    })),
  };
}
