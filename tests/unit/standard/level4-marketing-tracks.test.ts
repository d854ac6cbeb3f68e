// Decision recorded in docs/standard.md: at level 4, duty 3 营销推广, contents 3.1–3.4 carry no
// track mark in the text (their table has no track column), so they apply to BOTH tracks; only
// 3.5 is marked 跨境电商电子商务师. The reading notes' table (3.1–3.4 网商-only) is overruled.
import { describe, expect, it } from "vitest";
import { applicableContents, standard, weightsFor } from "@/standard";
import { effectiveMarks, parseWorkRows, TRACK_MARKS } from "./source-text";

const rows = parseWorkRows();
const marks = effectiveMarks(rows);
const l4duty3 = rows.filter((r) => r.level === "4" && r.duty === "3");

describe("level 4, duty 3 营销推广: track marks in the text", () => {
  it("has rows 3.1–3.5 in the text", () => {
    expect(l4duty3.map((r) => r.code)).toEqual(["3.1", "3.2", "3.3", "3.4", "3.5"]);
  });

  it("3.1–3.4 carry no track mark: none on the row, none inherited, and their table has no track column", () => {
    for (const r of l4duty3.filter((r) => r.code !== "3.5")) {
      expect(r.rowMark, r.code).toBeNull();
      expect(marks[rows.indexOf(r)], r.code).toBeNull();
      expect(TRACK_MARKS.some((m) => r.raw.includes(m)), r.code).toBe(false);
      // Header "职业功能 工作内容 技能要求 相关知识要求": 4 columns, no empty track column.
      expect(r.headerCells.map((c) => c.trim())).toEqual(["职业功能", "工作内容", "技能要求", "相关知识要求"]);
    }
  });

  it("3.5 is marked 跨境电商电子商务师 on its own row, under a table with a track column", () => {
    const r = l4duty3.find((x) => x.code === "3.5");
    expect(r?.rowMark).toBe("跨境电商电子商务师");
    expect(r?.headerCells).toHaveLength(5);
  });

  it("the 跨境 mark of the preceding duty 2 rows does not carry into duty 3", () => {
    const before = rows[rows.indexOf(l4duty3[0]!) - 1];
    expect(before?.duty).toBe("2");
    expect(marks[rows.indexOf(before!)]).toBe("跨境电商电子商务师");
  });

  it("跨境 has weight for duty 3 at level 4 (so unmarked contents apply to it)", () => {
    expect(weightsFor("theory", "4", "cross-border")["3"]).toBe(10);
    expect(weightsFor("skill", "4", "cross-border")["3"]).toBe(15);
  });

  it("the data encodes 3.1–3.4 for both tracks and 3.5 for 跨境 only", () => {
    const data = standard.workContents.filter((c) => c.level === "4" && c.duty === "3");
    const tracks = Object.fromEntries(data.map((c) => [c.code, [...c.tracks].sort()]));
    expect(tracks).toEqual({
      "3.1": ["cross-border", "online-merchant"],
      "3.2": ["cross-border", "online-merchant"],
      "3.3": ["cross-border", "online-merchant"],
      "3.4": ["cross-border", "online-merchant"],
      "3.5": ["cross-border"],
    });
    const cb = applicableContents("4", "cross-border").filter((c) => c.level === "4" && c.duty === "3").map((c) => c.code);
    expect(cb).toEqual(["3.1", "3.2", "3.3", "3.4", "3.5"]);
    const om = applicableContents("4", "online-merchant").filter((c) => c.level === "4" && c.duty === "3").map((c) => c.code);
    expect(om).toEqual(["3.1", "3.2", "3.3", "3.4"]);
  });
});
