import { describe, expect, it } from "vitest";
import { AREA_CODES, LEVEL_CODES, TRACK_CODES, standard, weightsFor, type AreaCode } from "@/standard";
import { parseWeightTable, readMergedCells, WEIGHT_ROW_AREAS, ZERO_WEIGHT_ROW_NAMES } from "./source-text";

const COLUMNS = [
  ["5", "online-merchant"],
  ["5", "cross-border"],
  ["4", "online-merchant"],
  ["4", "cross-border"],
] as const;

describe("weight tables (section 4)", () => {
  for (const kind of ["theory", "skill"] as const) {
    describe(kind, () => {
      it("every level x track column sums to 100", () => {
        for (const level of LEVEL_CODES)
          for (const track of TRACK_CODES) {
            const w = weightsFor(kind, level, track);
            const sum = AREA_CODES.reduce((s, a) => s + w[a], 0);
            expect(sum, `${kind} L${level} ${track}`).toBe(100);
          }
      });

      it("has exactly one row per level x track x area, integer percents", () => {
        const rows = standard.weights[kind];
        expect(rows).toHaveLength(LEVEL_CODES.length * TRACK_CODES.length * AREA_CODES.length);
        const keys = new Set(rows.map((r) => `${r.level}/${r.track}/${r.area}`));
        expect(keys.size).toBe(rows.length);
        for (const r of rows) expect(Number.isInteger(r.percent)).toBe(true);
      });

      it("matches the text under the merged-cell reading, and the text's columns sum to 100", () => {
        const table = parseWeightTable(kind);
        const expected = new Map<string, number>();
        const sums = [0, 0, 0, 0];
        for (const row of table) {
          const values = readMergedCells(row.cells);
          const area = WEIGHT_ROW_AREAS[row.name] as AreaCode | undefined;
          values.forEach((v, i) => {
            sums[i] = (sums[i] ?? 0) + v;
            const [level, track] = COLUMNS[i] ?? COLUMNS[0];
            if (area) expected.set(`${level}/${track}/${area}`, v);
          });
        }
        expect(sums).toEqual([100, 100, 100, 100]);
        for (const [level, track] of COLUMNS) {
          const w = weightsFor(kind, level, track);
          for (const area of AREA_CODES) {
            // The skill table has no 职业道德/基础知识 rows: those areas are 0.
            expect(w[area], `${kind} L${level} ${track} ${area}`).toBe(expected.get(`${level}/${track}/${area}`) ?? 0);
          }
        }
      });

      it("the three higher-level rows are in the text and carry no weight", () => {
        const table = parseWeightTable(kind);
        for (const name of ZERO_WEIGHT_ROW_NAMES) {
          const row = table.find((r) => r.name === name);
          expect(row, name).toBeDefined();
          expect(readMergedCells(row?.cells ?? [])).toEqual([0, 0, 0, 0]);
        }
        expect(standard.zeroWeightAreas.map((a) => a.name)).toEqual(ZERO_WEIGHT_ROW_NAMES);
      });
    });
  }

  it("skill weights have no ethics/basics share", () => {
    for (const level of LEVEL_CODES)
      for (const track of TRACK_CODES) {
        const w = weightsFor("skill", level, track);
        expect(w.ethics + w.basics).toBe(0);
      }
  });

  it("spot values from the notes' tables", () => {
    expect(weightsFor("theory", "5", "cross-border")).toEqual({ ethics: 5, basics: 30, 1: 10, 2: 20, 3: 0, 4: 20, 5: 0, 6: 15 });
    expect(weightsFor("skill", "4", "cross-border")).toEqual({ ethics: 0, basics: 0, 1: 20, 2: 15, 3: 15, 4: 20, 5: 15, 6: 15 });
  });
});
