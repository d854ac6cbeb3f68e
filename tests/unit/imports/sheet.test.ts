import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseItemSheets } from "@/server/bank/formats/sheet";
import { readWorkbook } from "@/server/sheets/read-workbook";
import { xlsxFile } from "../../fixtures/imports/make-files";

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, "../../fixtures/imports", name)));
const parse = async (bytes: Uint8Array, name = "x.xlsx") => parseItemSheets(await readWorkbook(bytes, name));

describe("item sheets: what Excel shows (class 1)", () => {
  it("stores formatted percent and currency cells as shown", async () => {
    const r = await parse(fixture("items-percent-cells.xlsx"));
    expect(r.problems).toEqual([]);
    expect(r.items.map((i) => i.input.options.map((o) => o.text))).toEqual([
      ["5%", "50%", "20%", "1%"],
      ["40%", "60%", "25%", "150%"],
      ["¥120.00", "¥1,200.00", "¥12.00", "¥100.00"],
    ]);
  });

  it("reads dates and text-stored numbers as shown", async () => {
    const bytes = await xlsxFile({
      题库: [
        ["题型", "题干", "选项A", "选项B", "正确答案"],
        ["单选", "《电子商务法》施行日期是？", { value: new Date(Date.UTC(2019, 0, 1)), numFmt: 'yyyy"年"m"月"d"日"' }, { value: new Date(Date.UTC(2018, 7, 31)), numFmt: "yyyy/m/d" }, "A"],
        ["单选", "编号", "007", "0.50", "A"],
      ],
    });
    const r = await parse(bytes);
    expect(r.items.map((i) => i.input.options.map((o) => o.text))).toEqual([
      ["2019年1月1日", "2018/8/31"],
      ["007", "0.50"],
    ]);
  });
});

describe("item sheets: answers never reinterpreted (class 2)", () => {
  it("maps a 判断 row's answer through its own options (A 错误, B 正确, answer B → 对)", async () => {
    const r = await parse(fixture("items-tf-reversed-options.xlsx"));
    expect(r.problems).toEqual([]);
    expect(r.items[0]!.input).toMatchObject({ type: "true-false", answer: ["A"], options: [{ key: "A", text: "对" }, { key: "B", text: "错" }] });
  });

  it("refuses a 判断 row answered with a bare letter and no options, naming the reason", async () => {
    const bytes = await xlsxFile({ 题库: [["题型", "题干", "正确答案"], ["判断", "字母答案", "A"]] });
    const r = await parse(bytes);
    expect(r.items).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual(["第 2 行「正确答案」：判断题答案为字母 A，但没有给出选项文字，无法确定 A 表示“对”还是“错”；请填写 对 或 错"]);
  });
});

describe("item sheets: the vocabulary of real templates (class 3)", () => {
  it("reads the fixture's aliases: 答案解析, 难易程度, 分数, 试题分类", async () => {
    const r = await parse(fixture("items-column-aliases.xlsx"));
    expect(r.problems).toEqual([]);
    expect(r.ignoredColumns).toEqual([]);
    expect(r.items[0]!.input).toMatchObject({ explanation: "首页承担导流", difficulty: 5, points: 10, labels: ["网店装修"], tag: { kind: "knowledge", code: "2.4.2" } });
    expect(r.mapping).toEqual(expect.arrayContaining([{ from: "列「答案解析」", to: "解析" }, { from: "列「难易程度」", to: "难度" }, { from: "列「分数」", to: "分值" }, { from: "列「试题分类」", to: "分类" }]));
  });

  it("finds the header below title rows, strips （必填） and *, lists every unused column", async () => {
    const bytes = await xlsxFile({
      导入模板: [
        ["2024 年电子商务师理论题库"],
        ["说明：带 * 的列必填"],
        ["序号", "试题类型*", "试题内容（必填）", "选项一", "选项二", "选项三", "标准答案", "分值", "章节", "备注", "出题人"],
        ["1", "单项选择题", "网店首页的作用是？", "导流", "记账", "考勤", "A", "2", "网店运营", "无", "王老师"],
      ],
    });
    const r = await parse(bytes);
    expect(r.problems).toEqual([]);
    expect(r.items[0]!.at).toBe("第 4 行");
    expect(r.items[0]!.input).toMatchObject({ type: "single", stem: "网店首页的作用是？", answer: ["A"], points: 2, labels: ["网店运营"] });
    expect(r.ignoredColumns).toEqual(["序号", "备注", "出题人"]);
    expect(r.notices).toEqual(["表头在第 3 行；其上的 第 1 行、第 2 行（标题）未作为题目读取"]);
  });

  it("keeps a 7th option the answer does not use, and refuses a 9th option naming it", async () => {
    const header = ["题型", "题干", "A", "B", "C", "D", "E", "F", "G", "H", "I", "答案"];
    const bytes = await xlsxFile({
      题库: [header, ["单选", "七个选项", "1", "2", "3", "4", "5", "6", "7", "", "", "B"], ["多选", "九个选项", "1", "2", "3", "4", "5", "6", "7", "8", "9", "AB"]],
    });
    const r = await parse(bytes);
    expect(r.items[0]!.input.options.map((o) => o.key)).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
    expect(r.items[0]!.input.options[6]!.text).toBe("7");
    expect(r.problems.map((p) => p.message)).toEqual(["第 3 行「选项」：有 9 个选项，最多支持 8 个（A–H）"]);
  });

  it("reads one sheet per type (type from the sheet name) and names a sheet without a header", async () => {
    const bytes = await xlsxFile({
      说明: [["请按各工作表填写"]],
      单选题: [["题目", "A", "B", "C", "答案"], ["单选一", "甲", "乙", "丙", "C"]],
      多选题: [["题目", "A", "B", "C", "答案"], ["多选一", "甲", "乙", "丙", "ABC"]],
      判断题: [["题目", "答案"], ["判断一", "×"]],
      填空题: [["题目", "答案"], ["填空一____", "答案"]],
    });
    const r = await parse(bytes);
    expect(r.items.map((i) => [i.at, i.input.type, i.input.answer])).toEqual([
      ["工作表「单选题」第 2 行", "single", ["C"]],
      ["工作表「多选题」第 2 行", "multiple", ["A", "B", "C"]],
      ["工作表「判断题」第 2 行", "true-false", ["B"]],
    ]);
    expect(r.skipped.map((s) => s.message)).toEqual(["工作表「填空题」第 2 行：填空题不是本平台支持的题型（理论考试只支持判断、单选、多选），未导入"]);
    expect(r.notices).toContain("工作表「说明」没有找到题目表头（需要“题干/题目”和“答案”两列），未导入其中任何内容");
    expect(r.mapping).toContainEqual({ from: "工作表名「单选题」", to: "题型" });
  });
});

describe("item sheets: unsupported rows are skipped, not fatal (class 7)", () => {
  it("lists 填空/简答 rows with their reason and imports the rest", async () => {
    const bytes = await xlsxFile({
      题库: [
        ["题型", "题干", "选项A", "选项B", "正确答案"],
        ["填空", "____ 是网店的门面", "", "", "首页"],
        ["单选", "可导入", "是", "否", "A"],
        ["简答题", "简述客服流程", "", "", "略"],
        ["不定项选择题", "不定项", "a", "b", "A"],
      ],
    });
    const r = await parse(bytes);
    expect(r.items.map((i) => i.at)).toEqual(["第 3 行"]);
    expect(r.problems).toEqual([]);
    expect(r.skipped.map((s) => s.message)).toEqual([
      "第 2 行：填空题不是本平台支持的题型（理论考试只支持判断、单选、多选），未导入",
      "第 4 行：简答题不是本平台支持的题型（理论考试只支持判断、单选、多选），未导入",
      "第 5 行：不定项选择题不是本平台支持的题型（理论考试只支持判断、单选、多选），未导入；不定项选择题的正确答案个数不定，如确为多选题（至少两个正确答案），请把题型改为 多选",
    ]);
  });
});
