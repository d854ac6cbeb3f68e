import { describe, expect, it } from "vitest";
import {
  DUTY_CODES,
  ITEM_KINDS,
  LEVEL_CODES,
  TRACK_CODES,
  contentsOfLevel,
  standard,
  weightsFor,
  type ItemKind,
} from "@/standard";
import { NORMALISED_SOURCE, effectiveMarks, markToTrack, normalise, parseWorkRows } from "./source-text";

const rows = parseWorkRows();
const marks = effectiveMarks(rows);
const itemsOf = (c: { skills: unknown[]; knowledge: unknown[] }, kind: ItemKind) =>
  (kind === "skill" ? c.skills : c.knowledge) as Array<{ code: string; text: string }>;

describe("work requirements (section 3) against the text", () => {
  it("the text parses into rows for both levels", () => {
    expect(rows.filter((r) => r.level === "5").length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.level === "4").length).toBeGreaterThan(0);
  });

  for (const level of LEVEL_CODES) {
    describe(`level ${level}`, () => {
      const srcRows = rows.filter((r) => r.level === level);
      const data = contentsOfLevel(level);

      it("has as many work contents as the text", () => {
        expect(data.length).toBe(srcRows.length);
      });

      for (const kind of ITEM_KINDS) {
        it(`has as many ${kind} items as the text`, () => {
          const inText = srcRows.reduce((n, r) => n + (kind === "skill" ? r.skills : r.knowledge).length, 0);
          const inData = data.reduce((n, c) => n + itemsOf(c, kind).length, 0);
          expect(inData).toBe(inText);
        });

        it(`every ${kind} code in the text is in the data, and vice versa, with the same text`, () => {
          const fromText = new Map(srcRows.flatMap((r) => (kind === "skill" ? r.skills : r.knowledge).map((i) => [i.code, i.text])));
          const fromData = new Map(data.flatMap((c) => itemsOf(c, kind).map((i) => [i.code, i.text])));
          expect([...fromData.keys()].sort()).toEqual([...fromText.keys()].sort());
          for (const [code, text] of fromText) expect(fromData.get(code), `L${level} ${kind} ${code}`).toBe(text);
        });
      }

      it("contents have the text's code, name and duty, in the text's order", () => {
        expect(data.map((c) => [c.duty, c.code, c.name])).toEqual(srcRows.map((r) => [r.duty, r.code, r.name]));
      });

      it("tracks follow the marks in the text (a mark continues down its duty; unmarked = both tracks with weight)", () => {
        srcRows.forEach((r) => {
          const i = rows.indexOf(r);
          const mark = marks[i] ?? null;
          const expected = mark
            ? [markToTrack(mark)]
            : TRACK_CODES.filter((t) => weightsFor("theory", level, t)[r.duty as "1"] > 0 || weightsFor("skill", level, t)[r.duty as "1"] > 0);
          const content = data.find((c) => c.code === r.code);
          expect([...(content?.tracks ?? [])].sort(), `L${level} ${r.code}`).toEqual([...expected].sort());
        });
      });
    });
  }

  it("every item's text appears verbatim in the source (whitespace normalised)", () => {
    for (const c of standard.workContents) {
      expect(NORMALISED_SOURCE, `L${c.level} ${c.code} name`).toContain(normalise(`${c.code} ${c.name}`));
      for (const kind of ITEM_KINDS)
        for (const item of itemsOf(c, kind))
          expect(NORMALISED_SOURCE, `L${c.level} ${kind} ${item.code}`).toContain(normalise(`${item.code} ${item.text}`));
    }
  });
});

describe("work requirements: codes", () => {
  for (const level of LEVEL_CODES) {
    const data = contentsOfLevel(level);

    it(`level ${level}: content codes unique and consecutive within each duty`, () => {
      const codes = data.map((c) => c.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const duty of DUTY_CODES) {
        const inDuty = data.filter((c) => c.duty === duty).map((c) => c.code);
        expect(inDuty.length, `duty ${duty}`).toBeGreaterThan(0);
        expect(inDuty).toEqual(inDuty.map((_, i) => `${duty}.${i + 1}`));
      }
    });

    for (const kind of ITEM_KINDS) {
      it(`level ${level}: ${kind} codes unique, consecutive and prefixed by their content`, () => {
        const all = data.flatMap((c) => itemsOf(c, kind).map((i) => i.code));
        expect(new Set(all).size).toBe(all.length);
        for (const c of data) {
          const items = itemsOf(c, kind);
          expect(items.length, `${c.code}`).toBeGreaterThan(0);
          items.forEach((item, i) => {
            expect(item.code.startsWith(`${c.code}.`)).toBe(true);
            expect(item.code).toBe(`${c.code}.${i + 1}`);
            expect(item.text).toBe(item.text.trim());
            expect(item.text.length).toBeGreaterThan(0);
          });
        }
      });
    }
  }
});

describe("work requirements vs weights", () => {
  for (const kind of ["theory", "skill"] as const)
    for (const level of LEVEL_CODES)
      for (const track of TRACK_CODES) {
        it(`${kind} L${level} ${track}: weighted duties have content; no content where the duty weighs 0`, () => {
          const w = weightsFor(kind, level, track);
          for (const duty of DUTY_CODES) {
            const contents = contentsOfLevel(level).filter((c) => c.duty === duty && c.tracks.includes(track));
            if (w[duty] > 0) expect(contents.length, `duty ${duty}`).toBeGreaterThan(0);
            else expect(contents.map((c) => c.code), `duty ${duty}`).toEqual([]);
          }
        });
      }

  it("duty names match the text", () => {
    for (const d of standard.duties) expect(NORMALISED_SOURCE).toContain(`${d.code}. ${d.name}`);
  });
});
