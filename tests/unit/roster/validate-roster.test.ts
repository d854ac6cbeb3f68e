import { describe, expect, it } from "vitest";
import { ROSTER_COLUMNS, type RosterColumnKey } from "@/server/roster/columns";
import { readTable } from "@/server/roster/roster-file";
import { validateRoster, type RosterProblem } from "@/server/roster/validate-roster";
import { evaluateEligibility } from "@/standard";
import { csvBytes, makeId, NOW, withWrongCheck } from "./helpers";

type RowValues = Partial<Record<RosterColumnKey, string>>;
const HEADERS = ROSTER_COLUMNS.map((c) => c.header);
const M1 = makeId("19900307", "011"); // 男 (not the template example 001)
const F1 = makeId("19950815", "022"); // 女
const M2 = makeId("19880512", "003"); // 男

const base = (over: RowValues = {}): RowValues => ({
  name: "张伟",
  idNumber: M1,
  gender: "男",
  track: "网商",
  level: "五级/初级工",
  ...over,
});

/** A table with all columns; data rows are rows 2, 3, … */
function table(rows: RowValues[]) {
  return {
    headers: HEADERS,
    rows: rows.map((r, i) => ({ rowNumber: i + 2, cells: ROSTER_COLUMNS.map((c) => r[c.key] ?? "") })),
  };
}

const opts = (existing: string[] = []) => ({ now: NOW, existingIdNumbers: new Set(existing) });
const p = (row: number, column: string, message: string): RosterProblem => ({ row, column, message });

describe("validateRoster: good rows", () => {
  it("builds candidates with the right eligibilityInput", () => {
    const result = validateRoster(
      table([
        base({ occupation: "电子商务师", workYears: "1", apprenticeshipCompleted: "否", phone: "13812345678" }),
        base({
          name: "李娜",
          idNumber: F1.toLowerCase(),
          gender: "女",
          track: "跨境电商",
          level: "四级",
          occupation: "营销员",
          workYears: "6年",
          level5CertificateHeld: "是",
          yearsAfterLevel5Certificate: "4.5",
          schoolKind: "技工学校",
          major: "电子商务",
          graduationYear: "2026",
          graduated: "否",
          phone: "0753-1234567",
        }),
        base({ name: "王强", idNumber: M2, level: "4" }),
      ]),
      opts(),
    );
    expect(result.problems).toEqual([]);
    expect(result.notices).toEqual([]);
    expect(result.candidates).toEqual([
      {
        rowNumber: 2,
        name: "张伟",
        idNumber: M1,
        gender: "男",
        track: "online-merchant",
        level: "5",
        phone: "13812345678",
        eligibilityInput: {
          level: "5",
          occupation: "电子商务师",
          workMonths: 12,
          apprenticeshipCompleted: false,
          level5CertificateHeld: false,
          workMonthsAfterLevel5Certificate: 0,
        },
      },
      {
        rowNumber: 3,
        name: "李娜",
        idNumber: F1,
        gender: "女",
        track: "cross-border",
        level: "4",
        phone: "0753-1234567",
        eligibilityInput: {
          level: "4",
          occupation: "营销员",
          workMonths: 72,
          apprenticeshipCompleted: false,
          level5CertificateHeld: true,
          workMonthsAfterLevel5Certificate: 54,
          school: { kind: "technical-school", major: "电子商务", graduationYear: 2026, graduated: false },
        },
      },
      {
        rowNumber: 4,
        name: "王强",
        idNumber: M2,
        gender: "男",
        track: "online-merchant",
        level: "4",
        eligibilityInput: {
          level: "4",
          workMonths: 0,
          apprenticeshipCompleted: false,
          level5CertificateHeld: false,
          workMonthsAfterLevel5Certificate: 0,
        },
      },
    ]);
    // The drafts feed the standard's evaluator directly.
    const [a, b, c] = result.candidates.map((d) => evaluateEligibility(d.eligibilityInput, NOW));
    expect(a?.metRuleIds).toEqual(["L5-1"]);
    expect(b?.metRuleIds).toEqual(["L4-1", "L4-2", "L4-3"]);
    expect(c?.eligible).toBe(false);
  });

  it("accepts every documented spelling of level and track, and header aliases", () => {
    const levels: Array<[string, string]> = [
      ["五级/初级工", "5"], ["五级", "5"], ["5", "5"], ["初级工", "5"],
      ["四级/中级工", "4"], ["四级", "4"], ["4", "4"], ["中级工", "4"], ["四级／中级工", "4"],
    ];
    const tracks: Array<[string, string]> = [
      ["网商", "online-merchant"], ["跨境电子商务师", "cross-border"], ["跨境电商", "cross-border"], ["跨境电商电子商务师", "cross-border"],
    ];
    const rows = levels.map(([level], i) => base({ level, idNumber: makeId("19900101", String(100 + i)), gender: (100 + i) % 2 ? "男" : "女" }));
    rows.push(...tracks.map(([track], i) => base({ track, idNumber: makeId("19910101", String(200 + i)), gender: (200 + i) % 2 ? "男" : "女" })));
    const t = table(rows);
    t.headers = t.headers.map((h) => (h === "身份证号" ? "证件号码" : h === "姓名" ? " 姓名（必填） " : h));
    const result = validateRoster(t, opts());
    expect(result.problems).toEqual([]);
    expect(result.candidates.slice(0, levels.length).map((c) => c.level)).toEqual(levels.map(([, l]) => l));
    expect(result.candidates.slice(levels.length).map((c) => c.track)).toEqual(tracks.map(([, t]) => t));
  });

  it("works with only the required columns, in any order, and reports unknown columns as a notice", () => {
    const result = validateRoster(
      {
        headers: ["序号", "级别", "工种", "性别", "身份证号", "姓名", "备注"],
        rows: [{ rowNumber: 2, cells: ["1", "五级", "网商", "男", M1, "张伟", "无"] }],
      },
      opts(),
    );
    expect(result.problems).toEqual([]);
    expect(result.candidates).toHaveLength(1);
    expect(result.notices).toEqual(["已忽略无法识别的列：序号、备注"]);
  });
});

describe("validateRoster: bad rows, each problem with its row and column", () => {
  const rows: RowValues[] = [
    base(), // row 2: good
    base({ name: "赵敏", idNumber: withWrongCheck(F1), gender: "女" }), // 3
    base({ name: "钱伟", idNumber: M2, track: "电商" }), // 4
    base({ name: "孙丽", idNumber: makeId("19920202", "004"), gender: "女", level: "三级" }), // 5
    base(), // 6: duplicate of row 2 (same person)
    base({ name: "周杰", idNumber: makeId("19930303", "005") }), // 7: already on the roster
    base({ name: "", idNumber: makeId("19940404", "007") }), // 8
    base({ name: "吴芳", idNumber: makeId("19950505", "009"), gender: "女" }), // 9: gender mismatch (odd = 男)
    base({ name: "郑强", idNumber: makeId("19960606", "011"), phone: "12345" }), // 10
    base({ name: "冯军", idNumber: makeId("19970707", "013"), workYears: "三年", yearsAfterLevel5Certificate: "-1" }), // 11
    base({ name: "陈晨", idNumber: makeId("19980808", "015"), schoolKind: "技工学校" }), // 12
    base({ name: "", idNumber: "", gender: "", track: "", level: "" }), // 13: several problems in one row
    base({ name: "褚卫", idNumber: "11010119900230001" }), // 14: 17 chars
    base({ name: "卫东", idNumber: makeId("19900230", "017") }), // 15: bad birth date
    base({ name: "王芳", idNumber: M1 }), // 16: same ID as row 2, different name
  ];
  const result = validateRoster(table(rows), opts([makeId("19930303", "005").toLowerCase()]));

  it("reports each problem with the exact row, column and message", () => {
    expect(result.problems).toEqual([
      p(3, "身份证号", "第 3 行「身份证号」：校验位不正确（GB 11643）"),
      p(4, "工种", "第 4 行「工种」：无法识别“电商”，应为 网商 或 跨境电子商务师"),
      p(5, "级别", "第 5 行「级别」：无法识别“三级”，应为 五级/初级工 或 四级/中级工"),
      p(6, "身份证号", "第 6 行「身份证号」：与第 2 行重复（同一人）"),
      p(7, "身份证号", "第 7 行「身份证号」：该考生已在名单中"),
      p(8, "姓名", "第 8 行「姓名」：必填"),
      p(9, "性别", "第 9 行「性别」：与身份证号不符（身份证号对应“男”）"),
      p(10, "联系电话", "第 10 行「联系电话」：格式不正确（“12345”），应为 11 位手机号，或带区号的固定电话如 0753-1234567"),
      p(11, "本职业或相关职业工作年限", "第 11 行「本职业或相关职业工作年限」：无法识别“三年”，应为年数，如 1、4.5、6年"),
      p(11, "取得五级证书后工作年限", "第 11 行「取得五级证书后工作年限」：无法识别“-1”，应为年数，如 1、4.5、6年"),
      p(12, "所学专业", "第 12 行「所学专业」：必填（已填写「学校类型」）"),
      p(12, "毕业年份", "第 12 行「毕业年份」：必填（已填写「学校类型」）"),
      p(13, "姓名", "第 13 行「姓名」：必填"),
      p(13, "身份证号", "第 13 行「身份证号」：必填"),
      p(13, "性别", "第 13 行「性别」：必填"),
      p(13, "工种", "第 13 行「工种」：必填"),
      p(13, "级别", "第 13 行「级别」：必填"),
      p(14, "身份证号", "第 14 行「身份证号」：应为 18 位（当前 17 位）"),
      p(15, "身份证号", "第 15 行「身份证号」：出生日期无效（19900230）"),
      p(16, "身份证号", "第 16 行「身份证号」：与第 2 行重复（同一身份证号，但该行姓名为“张伟”）"),
    ]);
  });

  it("keeps only rows without problems as candidates", () => {
    expect(result.candidates.map((c) => c.rowNumber)).toEqual([2]);
  });

  it("reports years out of range and bad graduation years", () => {
    const r = validateRoster(
      table([base({ workYears: "61", schoolKind: "其他", major: "会计", graduationYear: "15" })]),
      opts(),
    );
    expect(r.problems.map((x) => x.message)).toEqual([
      "第 2 行「本职业或相关职业工作年限」：年限过大（“61”），不应超过 60 年",
      "第 2 行「毕业年份」：“15”不是 4 位年份，应如 2024",
    ]);
  });

  it("flags an ID number that Excel stored as a number", () => {
    const t = table([base()]);
    const row = t.rows[0];
    if (!row) throw new Error("no row");
    const r = validateRoster({ ...t, rows: [{ ...row, cells: row.cells.map((c, i) => (i === 1 ? "110101199003070000" : c)), imprecise: [1] }] }, opts());
    expect(r.problems).toEqual([
      p(2, "身份证号", "第 2 行「身份证号」：以数字形式保存，后几位已丢失（Excel 数字只保留 15 位有效数字）；请把该列设为“文本”格式后重新填写"),
    ]);
  });
});

describe("validateRoster: header problems", () => {
  it("names each missing required column", () => {
    const r = validateRoster({ headers: ["姓名", "性别", "级别"], rows: [{ rowNumber: 2, cells: ["张伟", "男", "五级"] }] }, opts());
    expect(r.problems).toEqual([
      p(1, "身份证号", "第 1 行（表头）：缺少必填列「身份证号」"),
      p(1, "工种", "第 1 行（表头）：缺少必填列「工种」"),
    ]);
    expect(r.candidates).toEqual([]);
  });

  it("rejects the same column twice (name and alias)", () => {
    const r = validateRoster({ headers: [...HEADERS, "证件号码"], rows: [] }, opts());
    expect(r.problems).toEqual([
      p(1, "身份证号", "第 1 行（表头）「身份证号」：该列出现了 2 次（身份证号、证件号码），只能保留一列"),
    ]);
  });

  it("reports a file without data rows", () => {
    const r = validateRoster({ headers: HEADERS, rows: [] }, opts());
    expect(r.problems).toEqual([p(1, "", "文件中没有考生数据（表头下没有任何行）")]);
  });
});

describe("validateRoster: through readTable", () => {
  it("a CSV with a bad row gives that row's number and column", async () => {
    const t = await readTable(
      csvBytes(["姓名,身份证号,性别,工种,级别", `张伟,${M1},男,网商,五级`, "", `李娜,${withWrongCheck(F1)},女,网商,五级`], true),
      "x.csv",
    );
    const r = validateRoster(t, opts());
    expect(r.problems).toEqual([p(4, "身份证号", "第 4 行「身份证号」：校验位不正确（GB 11643）")]);
    expect(r.candidates.map((c) => c.name)).toEqual(["张伟"]);
  });
});

describe("validateRoster: 10,000 rows", () => {
  it("validates every generated row", () => {
    const rows: RowValues[] = [];
    for (let i = 0; i < 10_000; i++) {
      const birth = `19${String(60 + (i % 40)).padStart(2, "0")}0${1 + (i % 9)}${String(10 + (i % 18)).padStart(2, "0")}`;
      const seq = String(i % 1000).padStart(3, "0");
      const region = String(110101 + Math.floor(i / 1000));
      const id = makeId(birth, seq, region);
      rows.push({
        name: `考生${i}`,
        idNumber: id,
        gender: Number(seq.charAt(2)) % 2 ? "男" : "女",
        track: i % 2 ? "网商" : "跨境电子商务师",
        level: i % 3 ? "五级/初级工" : "四级/中级工",
        workYears: String(i % 10),
      });
    }
    const r = validateRoster(table(rows), opts());
    expect(r.problems).toEqual([]);
    expect(r.candidates).toHaveLength(10_000);
    expect(new Set(r.candidates.map((c) => c.idNumber)).size).toBe(10_000);
  });
});
