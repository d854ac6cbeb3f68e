// The table check (duty 6 数据整理/数据清洗, level 4 6.2.1–6.2.4): a candidate's spreadsheet against
// the expected (model) table. Columns are matched by name; rows by key columns or by content;
// then every expected cell is compared. Findings say which rows and cells differ and why
// (blank left unfilled, duplicate left in, outlier left in, number stored as text, …).
import type { z } from "zod";
import { normalizeHeader, type Cell, type Table, type TableSpecSchema } from "./spec";
import { Tally } from "./tally";
import {
  cellSignature,
  compareCells,
  normalizeCell,
  numericValue,
  outOfRange,
  rangeText,
  resolveOptions,
  showCell,
  type Norm,
  type Resolved,
} from "./table-cells";
import { PROBE_ERROR_KEYS, type CheckEvidence, type Finding, type ProbeErrorKey } from "./types";

type TableSpec = z.infer<typeof TableSpecSchema>;

/** At most this many difference findings are listed; the rest are counted in one finding. */
export const MAX_TABLE_FINDINGS = 100;
/** Content pairing of leftover rows stops beyond this many cell comparisons. */
const MAX_PAIRING_WORK = 5_000_000;

type Sorted = { order: number; finding: Finding };

/**
 * Conditions: every expected cell (rows × columns) is one; every cell of a surplus row (its
 * expected-width) and of a surplus column (expected rows) is one more, never met. A cell is met
 * when its row is paired with an expected row, in place (if order matters), and it compares equal.
 */
export function checkTable(spec: TableSpec, evidence: CheckEvidence): Tally {
  const tally = new Tally();
  const expected = spec.expected;
  const cells = expected.rows.length * expected.columns.length;
  const files = evidence.files ?? [];
  const file = files.find((f) => f.table && !f.error);
  if (!file?.table) {
    const bad = files[0];
    if (!bad) tally.add(false, { key: "checks.evidence.noFile" });
    else if (bad.error)
      tally.add(false, {
        key: (PROBE_ERROR_KEYS as readonly string[]).includes(bad.error) ? (bad.error as ProbeErrorKey) : "checks.file.error",
        params: { name: bad.name, reason: bad.error },
      });
    else tally.add(false, { key: "checks.file.notTable", params: { name: bad.name } });
    return tally.fail(cells - 1);
  }
  return compareTables(expected, locateHeader(expected, file.table), resolveOptions(spec.options));
}

/** How far down a title or notes above the header row are looked past. */
const HEADER_SEARCH_ROWS = 10;

/**
 * The table re-headed at the row that names the most expected columns, among its header and the
 * first rows under it: a title row above the header ("订单数据表", merged across) is common, and
 * the probe cannot know which row the author's columns are in. Earliest row wins a tie.
 */
export function locateHeader(expected: Table, actual: Table): Table {
  const wanted = new Set(expected.columns.map(normalizeHeader));
  const score = (cells: readonly Cell[]) => cells.filter((c) => c !== null && wanted.has(normalizeHeader(String(c)))).length;
  let best = -1;
  let bestScore = score(actual.columns);
  actual.rows.slice(0, HEADER_SEARCH_ROWS).forEach((r, i) => {
    const s = score(r);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  if (best < 0) return actual;
  return {
    columns: actual.rows[best]!.map((c) => (c === null ? "" : String(c).trim())),
    rows: actual.rows.slice(best + 1),
    ...(actual.rowNumbers ? { rowNumbers: actual.rowNumbers.slice(best + 1) } : {}),
  };
}

function rowLabel(t: Table, i: number): number {
  return t.rowNumbers?.[i] ?? i + 2;
}

function preview(row: readonly Cell[]): string {
  return row
    .slice(0, 4)
    .map((c) => showCell(c))
    .join(" | ");
}

export function compareTables(expected: Table, actual: Table, o: Resolved): Tally {
  const tally = new Tally();
  const sorted: Sorted[] = [];
  const C = expected.columns.length;
  const R = expected.rows.length;

  // Columns by name (trimmed, 全角 = 半角, case-insensitive); the first of equal names wins.
  const actualIndex = new Map<string, number>();
  actual.columns.forEach((c, i) => {
    const n = normalizeHeader(c);
    if (n !== "" && !actualIndex.has(n)) actualIndex.set(n, i);
  });
  const colMap = expected.columns.map((c) => actualIndex.get(normalizeHeader(c)) ?? -1);
  const used = new Set(colMap.filter((i) => i >= 0));
  expected.columns.forEach((c, j) => {
    if (colMap[j]! < 0) sorted.push({ order: -1, finding: { ok: false, key: "checks.table.columnMissing", params: { column: c } } });
  });
  let surplusColumns = 0;
  actual.columns.forEach((c, i) => {
    if (used.has(i)) return;
    const hasData = actual.rows.some((r) => normalizeCell(r[i], o).t !== "blank");
    if (normalizeHeader(c) === "" && !hasData) return; // an empty column is no column
    if (o.allowExtraColumns) return;
    surplusColumns++;
    sorted.push({ order: -1, finding: { ok: false, key: "checks.table.columnExtra", params: { column: c || `#${i + 1}` } } });
  });

  const E: Norm[][] = expected.rows.map((r) => r.map((v) => normalizeCell(v, o)));
  const A: Norm[][] = actual.rows.map((r) => colMap.map((i) => (i < 0 ? ({ t: "blank" } as Norm) : normalizeCell(r[i], o))));
  const fullA: Norm[][] = actual.rows.map((r) => r.map((v) => normalizeCell(v, o)));
  // Similarity of two rows: cells holding the same value (a type difference is still the same value).
  const equalCells = (e: Norm[], a: Norm[]) =>
    e.reduce((s, x, j) => {
      if (colMap[j]! < 0) return s;
      const v = compareCells(x, a[j]!, o);
      return s + (v === "ok" || v === "numberAsText" || v === "textAsNumber" ? 1 : 0);
    }, 0);

  // Pair rows: expected index → actual index.
  const pairOfExpected = new Array<number>(R).fill(-1);
  const pairOfActual = new Array<number>(actual.rows.length).fill(-1);
  const duplicateOf = new Map<number, number>(); // actual → earlier actual it repeats
  const pair = (e: number, a: number) => {
    pairOfExpected[e] = a;
    pairOfActual[a] = e;
  };
  const keyCols = o.keyColumns.map((k) => expected.columns.findIndex((c) => normalizeHeader(c) === normalizeHeader(k)));
  const byKey = keyCols.length > 0 && keyCols.every((j) => j >= 0 && colMap[j]! >= 0);

  if (byKey) {
    const keyOf = (row: Norm[]) => keyCols.map((j) => cellSignature(row[j]!)).join("\u0001");
    const expectedByKey = new Map<string, number>();
    E.forEach((r, i) => expectedByKey.set(keyOf(r), i));
    const groups = new Map<string, number[]>();
    A.forEach((r, i) => {
      const k = keyOf(r);
      const g = groups.get(k);
      if (g) g.push(i);
      else groups.set(k, [i]);
    });
    for (const [k, members] of groups) {
      const e = expectedByKey.get(k);
      if (e === undefined) {
        // Same key, no expected row: the later ones repeat the first.
        members.slice(1).forEach((a) => duplicateOf.set(a, members[0]!));
        continue;
      }
      let best = members[0]!;
      for (const a of members) if (equalCells(E[e]!, A[a]!) > equalCells(E[e]!, A[best]!)) best = a;
      pair(e, best);
      for (const a of members) if (a !== best) duplicateOf.set(a, best);
    }
  } else {
    // 1. Rows equal in every cell, in order of appearance.
    const sig = (row: Norm[]) => row.map(cellSignature).join("\u0001");
    const waiting = new Map<string, number[]>();
    E.forEach((r, i) => {
      const s = sig(r);
      const q = waiting.get(s);
      if (q) q.push(i);
      else waiting.set(s, [i]);
    });
    A.forEach((r, a) => {
      const q = waiting.get(sig(r));
      if (q?.length) pair(q.shift()!, a);
    });
    // 2. Leftovers paired by the number of equal cells (at least half of them), best first.
    const restE = E.map((_, i) => i).filter((i) => pairOfExpected[i]! < 0);
    const restA = A.map((_, i) => i).filter((i) => pairOfActual[i]! < 0 && !isBlankRow(fullA[i]!));
    if (restE.length * restA.length * C <= MAX_PAIRING_WORK) {
      const candidates: Array<{ e: number; a: number; sim: number }> = [];
      for (const e of restE)
        for (const a of restA) {
          const sim = equalCells(E[e]!, A[a]!);
          if (sim > 0 && sim * 2 >= C) candidates.push({ e, a, sim });
        }
      candidates.sort((x, y) => y.sim - x.sim || Math.abs(x.e - x.a) - Math.abs(y.e - y.a) || x.e - y.e || x.a - y.a);
      for (const c of candidates) if (pairOfExpected[c.e]! < 0 && pairOfActual[c.a]! < 0) pair(c.e, c.a);
    }
    // Unpaired rows that repeat an earlier row of the candidate's table are duplicates.
    const firstSeen = new Map<string, number>();
    fullA.forEach((r, a) => {
      const s = r.map(cellSignature).join("\u0001");
      const first = firstSeen.get(s);
      if (first === undefined) firstSeen.set(s, a);
      else if (pairOfActual[a]! < 0 && !isBlankRow(r)) duplicateOf.set(a, first);
    });
  }

  // Rows out of order (when order matters): those outside a longest increasing run.
  const inPlace = new Set<number>();
  const pairedActual = pairOfActual.map((e, a) => ({ e, a })).filter((p) => p.e >= 0);
  for (const a of longestIncreasing(pairedActual.map((p) => p.e)).map((k) => pairedActual[k]!.a)) inPlace.add(a);
  for (const p of pairedActual) {
    if (o.ignoreRowOrder) inPlace.add(p.a);
    else if (!inPlace.has(p.a)) sorted.push({ order: p.a, finding: { ok: false, key: "checks.table.rowOrder", params: { row: rowLabel(actual, p.a) } } });
  }

  // Cells of paired rows.
  let met = 0;
  let fullyEqualRows = 0;
  for (const { e, a } of pairedActual) {
    let rowOk = 0;
    expected.columns.forEach((column, j) => {
      if (colMap[j]! < 0) return;
      const verdict = compareCells(E[e]![j]!, A[a]![j]!, o);
      if (verdict === "ok") {
        rowOk++;
        return;
      }
      const row = rowLabel(actual, a);
      const shown = { row, column, expected: showCell(expected.rows[e]![j]), actual: showCell(actual.rows[a]![colMap[j]!]) };
      const range = o.ranges.get(normalizeHeader(column));
      const n = numericValue(A[a]![j]!);
      const key =
        verdict === "blank"
          ? "checks.table.cellBlank"
          : verdict === "notBlank"
            ? "checks.table.cellNotBlank"
            : verdict === "numberAsText"
              ? "checks.table.cellNumberAsText"
              : verdict === "textAsNumber"
                ? "checks.table.cellTextAsNumber"
                : range && n !== null && outOfRange(n, range)
                  ? "checks.table.cellOutlier"
                  : "checks.table.cellDiffers";
      sorted.push({ order: a, finding: { ok: false, key, params: key === "checks.table.cellOutlier" && range ? { ...shown, range: rangeText(range) } : shown } });
    });
    if (rowOk === C) fullyEqualRows++;
    if (inPlace.has(a)) met += rowOk;
  }

  // Surplus rows of the candidate, by what they most likely are.
  let surplusRows = 0;
  actual.rows.forEach((r, a) => {
    if (pairOfActual[a]! >= 0) return;
    surplusRows++;
    const row = rowLabel(actual, a);
    let finding: Finding;
    if (isBlankRow(fullA[a]!)) finding = { ok: false, key: "checks.table.rowBlank", params: { row } };
    else if (duplicateOf.has(a)) finding = { ok: false, key: "checks.table.rowDuplicate", params: { row, of: rowLabel(actual, duplicateOf.get(a)!) } };
    else {
      const outlier = expected.columns
        .map((column, j) => ({ column, j, range: o.ranges.get(normalizeHeader(column)) }))
        .find(({ j, range }) => {
          const n = colMap[j]! >= 0 ? numericValue(A[a]![j]!) : null;
          return range && n !== null && outOfRange(n, range);
        });
      finding = outlier?.range
        ? { ok: false, key: "checks.table.rowOutlier", params: { row, column: outlier.column, value: showCell(r[colMap[outlier.j]!]), range: rangeText(outlier.range) } }
        : { ok: false, key: "checks.table.rowExtra", params: { row, values: preview(r) } };
    }
    sorted.push({ order: a, finding });
  });
  expected.rows.forEach((r, e) => {
    if (pairOfExpected[e]! < 0) sorted.push({ order: actual.rows.length + e, finding: { ok: false, key: "checks.table.rowMissing", params: { values: preview(r) } } });
  });

  const total = R * C + surplusRows * C + surplusColumns * R;
  const passed = met === total;
  tally.count(met, total);
  tally.push({
    ok: passed,
    key: "checks.table.summary",
    params: { expectedRows: R, actualRows: actual.rows.length, equalRows: fullyEqualRows, cells: R * C, cellsOk: met },
  });
  sorted.sort((x, y) => x.order - y.order);
  for (const s of sorted.slice(0, MAX_TABLE_FINDINGS)) tally.push(s.finding);
  if (sorted.length > MAX_TABLE_FINDINGS) tally.push({ ok: false, key: "checks.table.more", params: { count: sorted.length - MAX_TABLE_FINDINGS } });
  return tally;
}

function isBlankRow(row: Norm[]): boolean {
  return row.every((c) => c.t === "blank");
}

/** Indexes (into `xs`) of one longest strictly increasing subsequence, O(n log n). */
export function longestIncreasing(xs: number[]): number[] {
  const tails: number[] = []; // index into xs of the smallest tail of a run of length k+1
  const prev = new Array<number>(xs.length).fill(-1);
  xs.forEach((x, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const out: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(k);
  return out.reverse();
}
