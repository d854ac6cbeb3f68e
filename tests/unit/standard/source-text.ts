// Test helper (not a test file): reads the shipped source text of the standard and parses
// the parts the unit tests compare the encoded data against. Written independently of the
// data so that a wrong encoding is caught by comparison with the text.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const SOURCE_PATH = path.resolve(here, "../../../src/standard/source/电子商务师职业技能标准-2022.txt");
export const SOURCE = fs.readFileSync(SOURCE_PATH, "utf8");
export const LINES = SOURCE.split(/\r?\n/);

/** Collapses every run of whitespace to one space and drops footnote markers (^①). */
export function normalise(s: string): string {
  return s.replace(/\^[①②③④⑤]/g, "").replace(/\s+/g, " ").trim();
}
export const NORMALISED_SOURCE = normalise(SOURCE);

function lineIndex(exact: string): number {
  const i = LINES.findIndex((l) => l.trim() === exact);
  if (i < 0) throw new Error(`line not found in source: ${exact}`);
  return i;
}

export const TRACK_MARKS = ["网商", "跨境电商电子商务师", "跨境电子商务师"] as const;
export type TrackMark = (typeof TRACK_MARKS)[number];
export const markToTrack = (m: TrackMark) => (m === "网商" ? "online-merchant" : "cross-border");

export interface SourceItem {
  code: string;
  text: string;
}
export interface SourceRow {
  level: "5" | "4";
  /** 1-based line number in the source file. */
  lineNo: number;
  raw: string;
  /** Cells of the table header this row sits under ("职业功能\t工作内容…"). */
  headerCells: string[];
  duty: string;
  code: string;
  name: string;
  /** Track mark written on this very row, if any. */
  rowMark: TrackMark | null;
  skills: SourceItem[];
  knowledge: SourceItem[];
}

function splitItems(cell: string): SourceItem[] {
  const t = cell.replace(/<\/?p>/g, " ");
  const matches = [...t.matchAll(/(?:^|\s)(\d+\.\d+\.\d+)\s+/g)];
  return matches.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = matches[i + 1]?.index ?? t.length;
    return { code: m[1] ?? "", text: t.slice(start, end).trim() };
  });
}

/** Every row of the section-3 tables, in order. */
export function parseWorkRows(): SourceRow[] {
  const from = lineIndex("3.1 五级/初级工");
  const mid = lineIndex("3.2 四级/中级工");
  const to = lineIndex("4. 权重表");
  const rows: SourceRow[] = [];
  let duty = "";
  let header: string[] = [];
  for (let i = from + 1; i < to; i++) {
    if (i === mid) continue;
    const raw = LINES[i] ?? "";
    const line = raw.trim();
    if (line === "" || line === "续表") continue;
    if (line.startsWith("职业功能")) {
      header = raw.split("\t");
      continue;
    }
    const cells = raw.split("\t");
    if (cells.length < 3) throw new Error(`unexpected line ${i + 1}: ${raw}`);
    let code = "";
    let name = "";
    let rowMark: TrackMark | null = null;
    for (const cell of cells.slice(0, -2)) {
      let c = cell.trim();
      const dutyMatch = /^(\d)\.\s+\S/.exec(c);
      if (dutyMatch) {
        duty = dutyMatch[1] ?? "";
        continue;
      }
      const mark = TRACK_MARKS.find((m) => c === m || c.startsWith(`${m} `));
      if (mark) {
        rowMark = mark;
        c = c.slice(mark.length).trim();
      }
      const content = /^(\d\.\d)\s+(.+)$/.exec(c);
      if (content) {
        code = content[1] ?? "";
        name = content[2] ?? "";
      } else if (c !== "") throw new Error(`unexpected cell at line ${i + 1}: ${c}`);
    }
    if (!code) throw new Error(`no work content on line ${i + 1}`);
    rows.push({
      level: i < mid ? "5" : "4",
      lineNo: i + 1,
      raw,
      headerCells: header,
      duty,
      code,
      name,
      rowMark,
      skills: splitItems(cells.at(-2) ?? ""),
      knowledge: splitItems(cells.at(-1) ?? ""),
    });
  }
  return rows;
}

/**
 * The mark in force for each row: a row's own mark, else the last mark of an earlier row of the
 * same duty and level (continuing across 续表 page breaks), else null (unmarked).
 */
export function effectiveMarks(rows: SourceRow[]): Array<TrackMark | null> {
  let current: TrackMark | null = null;
  let key = "";
  return rows.map((r) => {
    const k = `${r.level}/${r.duty}`;
    if (k !== key) {
      key = k;
      current = null;
    }
    if (r.rowMark) current = r.rowMark;
    return current;
  });
}

export interface SourceBasicsGroup {
  code: string;
  name: string;
  items: string[];
}

/** 2.2.1–2.2.11 with their "(n)" items. */
export function parseBasics(): SourceBasicsGroup[] {
  const from = lineIndex("2.2 基础知识");
  const to = lineIndex("3. 工作要求");
  const groups: SourceBasicsGroup[] = [];
  for (const raw of LINES.slice(from + 1, to)) {
    const line = raw.trim();
    const head = /^(2\.2\.\d+)\s+(.+)$/.exec(line);
    if (head) groups.push({ code: head[1] ?? "", name: head[2] ?? "", items: [] });
    const item = /^- \((\d+)\)\s+(.+)$/.exec(line);
    if (item) groups.at(-1)?.items.push(item[2] ?? "");
  }
  return groups;
}

/** The "(n)" items under 2.1.2 职业守则. */
export function parseCodeOfConduct(): string[] {
  const from = lineIndex("2.1.2 职业守则");
  const to = lineIndex("2.2 基础知识");
  return LINES.slice(from + 1, to)
    .map((l) => /^- \(\d+\)\s+(.+)$/.exec(l.trim())?.[1])
    .filter((s): s is string => !!s);
}

export const WEIGHT_ROW_AREAS: Record<string, string> = {
  职业道德: "ethics",
  基础知识: "basics",
  产品及服务信息管理: "1",
  线上店铺设计与装修: "2",
  营销推广: "3",
  业务处理: "4",
  客户服务: "5",
  商务数据分析: "6",
};
export const ZERO_WEIGHT_ROW_NAMES = ["电子商务战略规划", "电子商务模式设计", "技术管理与培训"];

export interface SourceWeightRow {
  name: string;
  /** The four value cells as written: [L5 网商, L5 跨境, L4 网商, L4 跨境]. */
  cells: string[];
}

/** Rows of 4.1 (theory) or 4.2 (skill) as written, keyed by the row's name. */
export function parseWeightTable(kind: "theory" | "skill"): SourceWeightRow[] {
  const from = lineIndex(kind === "theory" ? "4.1 理论知识权重表" : "4.2 技能要求权重表");
  const end = LINES.findIndex((l, i) => i > from && l.trim().startsWith("合计"));
  const names = [...Object.keys(WEIGHT_ROW_AREAS), ...ZERO_WEIGHT_ROW_NAMES];
  const rows: SourceWeightRow[] = [];
  for (const raw of LINES.slice(from + 1, end)) {
    const cells = raw.split("\t");
    const at = cells.findIndex((c) => names.includes(c.trim()));
    if (at < 0) continue;
    const values = cells.slice(at + 1).map((c) => c.trim());
    rows.push({ name: (cells[at] ?? "").trim(), cells: [0, 1, 2, 3].map((i) => values[i] ?? "") });
  }
  return rows;
}

/**
 * Merged-cell reading: per level, a lone value in the 网商 cell stands for both tracks;
 * "—" or empty is 0. Returns [L5 网商, L5 跨境, L4 网商, L4 跨境].
 */
export function readMergedCells(cells: string[]): number[] {
  const num = (s: string) => (s === "" || s === "—" ? 0 : Number(s));
  const out: number[] = [];
  for (const i of [0, 2]) {
    const a = cells[i] ?? "";
    const b = cells[i + 1] ?? "";
    out.push(num(a), b === "" ? num(a) : num(b));
  }
  return out;
}
