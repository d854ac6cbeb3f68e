// Use case: a class's practice report as XLSX, for its teachers and admins: 练习概况 (one row
// per student), 掌握度 (students × work contents, percent right of recent answers; empty when
// not practised), 高频错题, 模拟考试 (one row per submitted mock). Numbers are numbers; ticket
// numbers are text. Headers and values are zh-CN (like the results export, docs/exports.md).
import ExcelJS from "exceljs";
import { formatScoreExact } from "@/grading";
import { levelLabel, trackLabel } from "../reports/labels";
import type { ClassCaller } from "./class-access";
import { getClassReport } from "./get-class-report";

type Cell = string | number | null;
type Sheet = { name: string; header: string[]; rows: Cell[][]; textColumns: number[] };

const shanghai = (d: Date | null) =>
  d ? new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false }).format(d) : "";
const score = (h: number | null) => (h === null ? null : Number(formatScoreExact(h)));

export async function exportClassReport(options: { classId: string; caller: ClassCaller }): Promise<{ body: Uint8Array; fileName: string; rows: number }> {
  const r = await getClassReport(options);
  const contentHeader = (c: (typeof r.contents)[number]) => `${c.level ? `${levelLabel(c.level)} ` : ""}${c.code} ${c.name}`;
  const sheets: Sheet[] = [
    {
      name: "练习概况",
      header: ["准考证号", "姓名", "级别", "工种", "累计答题", "近7天答题", "近7天答对", "近7天练习天数", "练习组数", "最近练习", "错题本（未掌握）", "模拟考试次数", "模拟考试最高分", "模拟考试最近得分"],
      rows: r.students.map((s) => [
        s.ticketNumber,
        s.name,
        levelLabel(s.level),
        trackLabel(s.track),
        s.answers,
        s.week,
        s.weekRight,
        s.activeDays,
        s.drills,
        shanghai(s.lastAt),
        s.openMistakes,
        s.mocks.count,
        score(s.mocks.best),
        score(s.mocks.latest),
      ]),
      textColumns: [1],
    },
    {
      name: "掌握度",
      header: ["准考证号", "姓名", ...r.contents.map(contentHeader)],
      rows: r.students.map((s) => [s.ticketNumber, s.name, ...r.contents.map((c) => s.mastery[c.key]?.percent ?? null)]),
      textColumns: [1],
    },
    {
      name: "高频错题",
      header: ["题目", "工作内容", "答错次数", "作答次数", "答错人数", "正确答案"],
      rows: r.wrongItems.map((w) => {
        const c = r.contents.find((x) => x.key === w.content);
        return [w.stem ?? "（该题已改为仅考试用，不显示）", c ? contentHeader(c) : w.content, w.wrong, w.answered, w.students, w.key.join("")];
      }),
      textColumns: [],
    },
    {
      name: "模拟考试",
      header: ["姓名", "交卷时间", "得分", "结果"],
      rows: r.mocks.map((m) => [m.name, shanghai(m.submittedAt), score(m.total), m.passed ? "合格" : "不合格"]),
      textColumns: [],
    },
  ];
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.addRow(s.header).font = { bold: true };
    for (const c of s.textColumns) ws.getColumn(c).numFmt = "@";
    for (const row of s.rows) ws.addRow(row);
    s.header.forEach((h, i) => (ws.getColumn(i + 1).width = Math.max(10, Math.min(40, h.length * 2 + 4))));
  }
  const safe = `练习报告-${r.class.name}`.replace(/[\\/:*?"<>|\r\n]/g, "_");
  return { body: new Uint8Array(await wb.xlsx.writeBuffer()), fileName: `${safe}.xlsx`, rows: r.students.length };
}
