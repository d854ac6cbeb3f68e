// Use case: transcripts (成绩单) of a session's candidates as a PDF, one A4 page per candidate (or
// only `candidateId`'s): masked ID number, level, track, session and date; theory by area with
// total and pass; skill by task with total and pass; the overall result. Data from
// loadTranscripts (the same as the printable HTML transcripts). Display rule (docs/scoring.md):
// the breakdown tables list parts and totals exactly (two decimals, formatScoreExact), so the
// printed parts add up to the printed total; the result line shows one decimal, truncated
// (formatScore); pass/fail comes from the exact hundredths.
import { PDFDocument } from "pdf-lib";
import { formatScore, formatScoreExact } from "@/grading";
import { translator, type Locale, type Translate } from "@/i18n";
import { formatShanghai } from "../format";
import { loadTranscripts, type TranscriptRow } from "../reports/transcripts";
import type { PdfFile } from "./build-admission-tickets";
import { embedFonts } from "./fonts";
import { finish, safeFileName, Sheet } from "./layout";
import { areaName, levelName, modeName, shanghaiDate, trackName } from "./labels";

const shown = (t: Translate, h: number | null | undefined) => (h === null || h === undefined ? t("pdf.none") : formatScoreExact(h));
const passName = (t: Translate, passed: boolean | null) => (passed === null ? t("pdf.none") : passed ? t("pdf.transcript.pass") : t("pdf.transcript.fail"));

export async function buildTranscripts(options: { sessionId: string; candidateId?: string; locale: Locale; now: Date }): Promise<PdfFile> {
  const t = translator(options.locale);
  const { session, rows } = await loadTranscripts({ sessionId: options.sessionId, candidateId: options.candidateId });
  const doc = await PDFDocument.create();
  const sheet = new Sheet(doc, await embedFonts(doc));
  const sessionLine = (s: { name: string; startsAt: Date } | null) => (s ? t("pdf.transcript.sessionLine", { name: s.name, time: formatShanghai(s.startsAt, options.locale) }) : "");

  if (rows.length === 0) {
    sheet.newPage();
    sheet.text(t("pdf.transcript.docTitle", { name: session.name }), { size: 16, bold: true, after: 12 });
    sheet.text(t("pdf.transcript.empty"));
  }
  for (const r of rows) {
    sheet.newPage();
    sheet.text(t("pdf.transcript.heading"), { size: 18, bold: true, align: "center", after: 8 });
    sheet.rule(12);
    sheet.keyValues(
      [
        [t("pdf.transcript.name"), r.name],
        [t("pdf.transcript.idNumber"), r.idNumberMasked],
        [t("pdf.transcript.ticket"), r.ticketNumber],
        [t("pdf.transcript.level"), levelName(t, r.level)],
        [t("pdf.transcript.track"), trackName(t, r.track)],
        [t("pdf.transcript.session"), session.name],
        [t("pdf.transcript.date"), shanghaiDate(session.startsAt, options.locale)],
      ],
      { size: 11.5, labelWidth: 90 },
    );
    sheet.space(10);
    section(sheet, t, "theory", r.theory.score, r.theory.passed, sessionLine(r.theory.session), t("pdf.transcript.area"), theoryRows(t, r));
    sheet.space(10);
    section(sheet, t, "skill", r.skill.score, r.skill.passed, sessionLine(r.skill.session), t("pdf.transcript.task"), skillRows(t, r));
    sheet.space(6);
    sheet.rule(10);
    sheet.text(t("pdf.transcript.overallLine", { result: t(`pdf.transcript.${r.overall}`) }), { size: 14, bold: true, after: 8 });
    sheet.text(t("pdf.transcript.passRule"), { size: 9.5, grey: true });
    sheet.text(t("score.rule"), { size: 9.5, grey: true });
    if (!session.resultsReleasedAt) sheet.text(t("pdf.transcript.notReleased"), { size: 9.5, grey: true });
    sheet.text(t("pdf.transcript.issued", { date: shanghaiDate(options.now, options.locale) }), { size: 9.5, grey: true, align: "right" });
  }
  const body = await finish(doc, { title: t("pdf.transcript.docTitle", { name: session.name }), producer: t("pdf.producer"), now: options.now });
  return { body, fileName: safeFileName(t("pdf.transcript.file", { name: session.name })), asciiName: "transcripts.pdf", pages: doc.getPageCount() };
}

function theoryRows(t: Translate, r: TranscriptRow): string[][] {
  const rows = r.theory.byArea.map((a) => [areaName(t, a.area), shown(t, a.points), shown(t, a.max)]);
  return [...rows, [t("pdf.transcript.total"), shown(t, r.theory.score), shown(t, r.theory.byArea.reduce((sum, a) => sum + a.max, 0))]];
}

function skillRows(t: Translate, r: TranscriptRow): string[][] {
  const rows = r.skill.tasks.map((k) => [k.title, shown(t, k.points), shown(t, k.max)]);
  return [...rows, [t("pdf.transcript.total"), shown(t, r.skill.score), shown(t, r.skill.tasks.reduce((sum, k) => sum + k.max, 0))]];
}

function section(sheet: Sheet, t: Translate, mode: "theory" | "skill", score: number | null, passed: boolean | null, line: string, firstHeader: string, rows: string[][]) {
  sheet.text(modeName(t, mode), { size: 13, bold: true, after: 2 });
  if (score === null) {
    sheet.text(t("pdf.transcript.noScore"));
    return;
  }
  if (line) sheet.text(line, { size: 10, grey: true, after: 2 });
  sheet.table(
    [
      { header: firstHeader, width: 0.6 },
      { header: t("pdf.transcript.points"), width: 0.2, align: "right" },
      { header: t("pdf.transcript.max"), width: 0.2, align: "right" },
    ],
    rows,
    { boldLastRow: true },
  );
  sheet.space(4);
  sheet.text(t("pdf.transcript.modeResult", { mode: modeName(t, mode), score: formatScore(score), result: passName(t, passed) }), { size: 11.5, bold: true });
}
