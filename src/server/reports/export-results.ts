// Use case: export results as XLSX (sheet 成绩: one row per candidate; sheet 作答明细: one row per
// candidate × theory question) or CSV (the first sheet only), for one session or a cohort. ID
// numbers are masked unless the admin asks for the full export, which is written to the audit log
// before any byte leaves the server. Scores are exact (hundredths / 100, two decimals), never the
// truncated one-decimal display. See docs/exports.md.
import ExcelJS from "exceljs";
import { z } from "zod";
import { formatScoreExact } from "@/grading";
import { LevelCodeSchema, TrackCodeSchema } from "@/standard";
import { getPrisma } from "../db/client";
import { loadSessionResults, type ResultRow } from "../results/session-results";
import { loadCohortResults } from "./cohort-results";
import { toCsv, xlsxBytes, type CsvCell } from "../sheets/write-safe";
import { areaLabel, itemTypeLabel, levelLabel, OVERALL_LABELS, passLabel, sortAreas, trackLabel } from "./labels";
import { detailKey, loadTheoryDetails, type TheoryDetail } from "./theory-details";

export const ExportQuerySchema = z.object({
  format: z.enum(["xlsx", "csv"]).default("xlsx"),
  full: z.enum(["0", "1"]).default("0").transform((v) => v === "1"),
  cohort: z.enum(["0", "1"]).default("0").transform((v) => v === "1"),
  level: LevelCodeSchema.optional().or(z.literal("").transform(() => undefined)),
  track: TrackCodeSchema.optional().or(z.literal("").transform(() => undefined)),
});
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

/** A score cell: hundredths, written as a number with two decimals. */
type Cell = string | { hundredths: number } | null;
export type Sheet = { name: string; header: string[]; rows: Cell[][]; textColumns: number[] };

export const SUMMARY_SHEET = "成绩";
export const DETAIL_SHEET = "作答明细";
export const DETAIL_HEADER = ["准考证号", "姓名", "题号", "题型", "考核范围", "作答", "正确答案", "得分", "满分"];

type ExportRow = ResultRow & { theorySessionId: string | null };

const score = (h: number | null | undefined): Cell => (h === null || h === undefined ? null : { hundredths: h });

/** Sheet 成绩: identity, one column per theory area and per skill task, totals and results. */
export function summarySheet(rows: readonly ExportRow[], full: boolean): Sheet {
  const areas = sortAreas(rows.flatMap((r) => Object.keys(r.theoryByArea ?? {})));
  const tasks: Array<{ id: string; title: string }> = [];
  for (const r of rows) for (const t of r.skillByTask) if (!tasks.some((x) => x.id === t.taskVersionId)) tasks.push({ id: t.taskVersionId, title: t.title });
  const taskHeaders = tasks.map((t, i) => (tasks.findIndex((x) => x.title === t.title) === i ? t.title : `${t.title}（${i + 1}）`));
  const header = ["姓名", "身份证号", "准考证号", "级别", "工种", ...areas.map(areaLabel), ...taskHeaders, "理论成绩", "理论结果", "技能成绩", "技能结果", "总评"];
  const body = rows.map((r): Cell[] => [
    r.name,
    full ? (r.idNumber ?? r.idNumberMasked) : r.idNumberMasked,
    r.ticketNumber,
    levelLabel(r.level),
    trackLabel(r.track),
    ...areas.map((a) => score(r.theoryByArea?.[a]?.points)),
    ...tasks.map((t) => score(r.skillByTask.find((x) => x.taskVersionId === t.id)?.points)),
    score(r.result.theory?.score),
    passLabel(r.result.theory?.passed),
    score(r.result.skill?.score),
    passLabel(r.result.skill?.passed),
    OVERALL_LABELS[r.result.overall],
  ]);
  return { name: SUMMARY_SHEET, header, rows: body, textColumns: [2, 3] };
}

/** Sheet 作答明细: one row per candidate with a scored theory attempt × question, in paper order. */
export function detailSheet(rows: readonly ExportRow[], details: ReadonlyMap<string, TheoryDetail[]>): Sheet {
  const body: Cell[][] = [];
  for (const r of rows) {
    if (!r.theorySessionId) continue;
    for (const d of details.get(detailKey(r.theorySessionId, r.candidateId)) ?? [])
      body.push([r.ticketNumber, r.name, String(d.number), itemTypeLabel(d.type), areaLabel(d.area), d.response.join(","), d.key.join(","), score(d.awarded), score(d.max)]);
  }
  return { name: DETAIL_SHEET, header: DETAIL_HEADER, rows: body, textColumns: [1] };
}

export async function buildWorkbook(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(s.header).font = { bold: true };
    for (const c of s.textColumns) ws.getColumn(c).numFmt = "@";
    for (const r of s.rows) {
      const row = ws.addRow(r.map((c) => (c === null ? null : typeof c === "string" ? c : c.hundredths / 100)));
      r.forEach((c, i) => {
        if (c !== null && typeof c !== "string") row.getCell(i + 1).numFmt = "0.00";
      });
    }
    s.header.forEach((h, i) => (ws.getColumn(i + 1).width = Math.max(10, Math.min(40, h.length * 2 + 4))));
    if (s.name === SUMMARY_SHEET) ws.getColumn(2).width = 22;
  }
  return xlsxBytes(wb);
}

export function buildCsv(sheet: Sheet): Uint8Array {
  const cell = (c: Cell): CsvCell => (c === null ? "" : typeof c === "string" ? c : formatScoreExact(c.hundredths));
  return toCsv([sheet.header, ...sheet.rows.map((r) => r.map(cell))]);
}

export type ExportFile = { body: Uint8Array; contentType: string; fileName: string; asciiName: string; rows: number };

const CONTENT_TYPES = { xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", csv: "text/csv; charset=utf-8" } as const;

/**
 * Exports a session's results (`sessionId`) or, with `query.cohort`, the cohort of a level and/or
 * track. `query.full` exports the full ID numbers and is audit-logged (results.exportFull).
 */
export async function exportResults(options: { actorId: string; now: Date; sessionId: string; query: unknown }): Promise<ExportFile> {
  const query = ExportQuerySchema.parse(options.query);
  const full = query.full;
  let rows: ExportRow[];
  let title: string;
  let subject: string;
  if (query.cohort) {
    const cohort = await loadCohortResults({ level: query.level, track: query.track, fullIdNumbers: full });
    rows = cohort.rows;
    title = ["成绩", query.level ? levelLabel(query.level) : "全部级别", query.track ? trackLabel(query.track) : "全部工种"].join("-");
    subject = `cohort:${query.level ?? "*"}:${query.track ?? "*"}`;
  } else {
    const { session, rows: sessionRows } = await loadSessionResults({ sessionId: options.sessionId, fullIdNumbers: full });
    rows = sessionRows.map((r) => ({ ...r, theorySessionId: session.mode === "theory" && r.result.theory ? session.id : null }));
    title = `成绩-${session.name}`;
    subject = session.id;
  }
  const summary = summarySheet(rows, full);
  let body: Uint8Array;
  if (query.format === "csv") body = buildCsv(summary);
  else {
    const details = await loadTheoryDetails(rows.flatMap((r) => (r.theorySessionId ? [{ sessionId: r.theorySessionId, candidateId: r.candidateId }] : [])));
    body = await buildWorkbook([summary, detailSheet(rows, details)]);
  }
  if (full) {
    await getPrisma().auditLog.create({
      data: { actorId: options.actorId, action: "results.exportFull", subject, at: options.now, details: { format: query.format, cohort: query.cohort, level: query.level ?? null, track: query.track ?? null, candidates: rows.length } },
    });
  }
  const suffix = full ? "-完整" : "";
  const safe = title.replace(/[\\/:*?"<>|\r\n]/g, "_");
  return {
    body,
    contentType: CONTENT_TYPES[query.format],
    fileName: `${safe}${suffix}.${query.format}`,
    asciiName: `results${query.cohort ? "-cohort" : ""}${full ? "-full" : ""}.${query.format}`,
    rows: rows.length,
  };
}
