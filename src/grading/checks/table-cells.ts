// How two cells of the table check compare, under the check's options.
import { parseNumberText, withinTolerance } from "./decimal";
import { normalizeHeader, type Cell, type TableCompareOptions } from "./spec";

export type Resolved = {
  keyColumns: string[];
  ignoreRowOrder: boolean;
  allowExtraColumns: boolean;
  numericTolerance: number;
  trim: boolean;
  normalizeWidth: boolean;
  ignoreCase: boolean;
  checkTypes: boolean;
  blank: Set<string>;
  ranges: Map<string, { min?: number; max?: number }>;
};

/** The options with their documented defaults. */
export function resolveOptions(o: TableCompareOptions = {}): Resolved {
  return {
    keyColumns: o.keyColumns ?? [],
    ignoreRowOrder: o.ignoreRowOrder ?? true,
    allowExtraColumns: o.allowExtraColumns ?? false,
    numericTolerance: o.numericTolerance ?? 0,
    trim: o.trim ?? true,
    normalizeWidth: o.normalizeWidth ?? true,
    ignoreCase: o.ignoreCase ?? false,
    checkTypes: o.checkTypes ?? true,
    blank: new Set((o.blankValues ?? []).map((b) => b.normalize("NFKC").trim().toLowerCase())),
    ranges: new Map(Object.entries(o.ranges ?? {}).map(([k, v]) => [normalizeHeader(k), v])),
  };
}

export type Norm = { t: "blank" } | { t: "num"; n: number } | { t: "text"; s: string };
const BLANK: Norm = { t: "blank" };

/** A cell as compared: blank (null, "", a listed blank text), a number, or normalised text. */
export function normalizeCell(v: Cell | undefined, o: Resolved): Norm {
  if (v === null || v === undefined) return BLANK;
  if (typeof v === "number") return Number.isFinite(v) ? { t: "num", n: v } : BLANK;
  let s = v;
  if (o.normalizeWidth) s = s.normalize("NFKC");
  if (o.trim) s = s.trim();
  if (s === "" || o.blank.has(s.normalize("NFKC").trim().toLowerCase())) return BLANK;
  return { t: "text", s: o.ignoreCase ? s.toLowerCase() : s };
}

/** A stable text for exact row matching. */
export function cellSignature(c: Norm): string {
  return c.t === "blank" ? "\u0000" : c.t === "num" ? `n${c.n}` : `t${c.s}`;
}

export type CellVerdict = "ok" | "blank" | "notBlank" | "numberAsText" | "textAsNumber" | "differs";

/**
 * Expected vs actual cell:
 * - both blank: ok; a value expected but blank: "blank" (空值/缺失值 not filled); blank expected
 *   but a value given: "notBlank";
 * - numbers: equal within the tolerance (exact decimal arithmetic);
 * - a number expected, text that reads as that number given: "numberAsText" when types are
 *   checked (6.2.4 数据类型), else ok; likewise text expected and a number given: "textAsNumber";
 * - texts: equal after the normalisations (trim, 全角/半角, case) the options ask for.
 */
export function compareCells(e: Norm, a: Norm, o: Resolved): CellVerdict {
  if (e.t === "blank") return a.t === "blank" ? "ok" : "notBlank";
  if (a.t === "blank") return "blank";
  const near = (x: number, y: number) => withinTolerance(x, y, o.numericTolerance);
  if (e.t === "num" && a.t === "num") return near(e.n, a.n) ? "ok" : "differs";
  if (e.t === "num" && a.t === "text") {
    const n = parseNumberText(a.s);
    return n !== null && near(e.n, n) ? (o.checkTypes ? "numberAsText" : "ok") : "differs";
  }
  if (e.t === "text" && a.t === "num") {
    const n = parseNumberText(e.s);
    return n !== null && near(n, a.n) ? (o.checkTypes ? "textAsNumber" : "ok") : "differs";
  }
  if (e.t === "text" && a.t === "text") {
    if (e.s === a.s) return "ok";
    if (o.checkTypes) return "differs";
    const [x, y] = [parseNumberText(e.s), parseNumberText(a.s)];
    return x !== null && y !== null && near(x, y) ? "ok" : "differs";
  }
  return "differs";
}

/** The numeric value of a cell, if it has one (a number, or text that reads as one). */
export function numericValue(c: Norm): number | null {
  if (c.t === "num") return c.n;
  if (c.t === "text") return parseNumberText(c.s);
  return null;
}

export function outOfRange(n: number, r: { min?: number; max?: number }): boolean {
  return (r.min !== undefined && n < r.min) || (r.max !== undefined && n > r.max);
}

/** "0 ~ 1000", "≥ 0", "≤ 1000": a range as shown in findings (language-neutral). */
export function rangeText(r: { min?: number; max?: number }): string {
  if (r.min !== undefined && r.max !== undefined) return `${r.min} ~ ${r.max}`;
  return r.min !== undefined ? `≥ ${r.min}` : `≤ ${r.max}`;
}

/** A cell as shown in a finding: its text, cut at 40 characters. */
export function showCell(v: Cell | undefined): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  const chars = [...s];
  return chars.length > 40 ? `${chars.slice(0, 39).join("")}…` : s;
}
