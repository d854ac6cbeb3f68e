import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { importItems } from "@/server/bank/import-items";
import { buildItemWorkbook, SHEET_HEADERS, TEMPLATE_EXAMPLES } from "@/server/bank/item-sheet";
import { createItem, loadBank, markVersionsUsed, rowToInput, setItemStatus, updateItem, versionSelect } from "@/server/bank/item-store";
import { exportItems, listItems } from "@/server/bank/list-items";
import type { ItemInput } from "@/server/bank/item-input";
import { prisma, resetDatabase } from "./helpers/db";
import { createStaff } from "./helpers/users";

const NOW = new Date("2026-11-26T03:00:00Z");
let adminId: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "items-"));

beforeEach(async () => {
  await resetDatabase();
  adminId = (await createStaff("admin2")).id;
});

async function sheetFile(rows: string[][], name = "items.xlsx") {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("题库");
  ws.addRow([...SHEET_HEADERS]);
  for (const r of rows) ws.addRow(r);
  const file = path.join(tmp, name);
  await wb.xlsx.writeFile(file);
  return { fileName: name, bytes: new Uint8Array(fs.readFileSync(file)) };
}
// 题型 题干 A B C D E F 正确答案 解析 难度 分值 知识点代码 级别 工种 状态 分类
const row = (o: Partial<Record<(typeof SHEET_HEADERS)[number], string>>) => SHEET_HEADERS.map((h) => o[h] ?? "");
const run = (file: { fileName: string; bytes: Uint8Array }, duplicates: "skip" | "add" = "skip") =>
  importItems({ actorId: adminId, source: file, mode: "all-or-nothing", duplicates, now: NOW });

async function currentInputs(): Promise<ItemInput[]> {
  const rows = await prisma.itemVersion.findMany({ where: { currentOf: { isNot: null } }, select: versionSelect, orderBy: { stem: "asc" } });
  return rows.map(rowToInput);
}

const GOOD = [
  row({ 题型: "单选", 题干: "跨境电商平台商品标题撰写应当：", 选项A: "堆砌热门词", 选项B: "准确描述商品属性", 选项C: "使用竞品品牌名", 选项D: "全部大写", 正确答案: "B", 解析: "标题应真实准确。", 难度: "2", 分值: "1", 知识点代码: "5-2.4.2" }),
  row({ 题型: "多选", 题干: "订单催付时恰当的做法有：", 选项A: "礼貌提醒", 选项B: "说明优惠截止时间", 选项C: "反复电话骚扰", 选项D: "核对收货信息", 正确答案: "A,B,D", 难度: "3", 知识点代码: "5-5.2.3" }),
  row({ 题型: "判断", 题干: "爱岗敬业是电子商务师的职业守则之一。", 正确答案: "对", 知识点代码: "职业道德" }),
  row({ 题型: "判断题", 题干: "数字证书可以用于确认交易方身份。", 正确答案: "√", 知识点代码: "2.2.8", 分类: "安全,基础" }),
];

describe("item import from the XLSX template", () => {
  it("imports a good file with tags, scope from the standard, and status", async () => {
    const result = await run(await sheetFile(GOOD));
    expect(result).toMatchObject({ status: "DONE", format: "sheet", imported: 4, problems: [] });
    const items = await currentInputs();
    const title = items.find((i) => i.stem.startsWith("跨境电商平台"))!;
    expect(title).toMatchObject({ type: "single", answer: ["B"], levels: ["5"], tracks: ["cross-border"], tag: { kind: "knowledge", level: "5", code: "2.4.2" }, status: "active", points: 1 });
    expect(items.find((i) => i.stem.startsWith("订单催付"))).toMatchObject({ type: "multiple", answer: ["A", "B", "D"], tracks: ["online-merchant"] });
    expect(items.find((i) => i.stem.startsWith("爱岗敬业"))).toMatchObject({ type: "true-false", answer: ["A"], levels: ["5", "4"], tag: { kind: "ethics" } });
    expect(items.find((i) => i.stem.startsWith("数字证书"))).toMatchObject({ labels: ["安全", "基础"], tag: { kind: "basics", code: "2.2.8" } });
    const bank = await loadBank();
    expect(bank).toHaveLength(4);
    expect(bank.map((b) => b.status)).toEqual(["active", "active", "active", "active"]);
  });

  it("reports every bad row by row and column and writes nothing", async () => {
    const rows = [
      GOOD[0]!,
      row({ 题型: "填室", 题干: "x", 正确答案: "A" }), // 3: type
      row({ 题型: "单选", 题干: "", 选项A: "a", 选项B: "b", 正确答案: "A" }), // 4: stem
      row({ 题型: "单选", 题干: "两个答案", 选项A: "a", 选项B: "b", 选项C: "c", 正确答案: "AB" }), // 5: single with two
      row({ 题型: "多选", 题干: "答案不在选项", 选项A: "a", 选项B: "b", 选项C: "c", 正确答案: "A,E" }), // 6
      row({ 题型: "判断", 题干: "判断答案错", 正确答案: "也许" }), // 7
      row({ 题型: "单选", 题干: "知识点不存在", 选项A: "a", 选项B: "b", 正确答案: "A", 知识点代码: "5-6.9.9" }), // 8
      row({ 题型: "单选", 题干: "难度越界", 选项A: "a", 选项B: "b", 正确答案: "A", 难度: "7", 知识点代码: "2.2.1" }), // 9
      row({ 题型: "单选", 题干: "选项空缺", 选项A: "a", 选项C: "c", 正确答案: "A", 知识点代码: "2.2.1" }), // 10
      row({ 题型: "单选", 题干: "工种不适用", 选项A: "a", 选项B: "b", 正确答案: "A", 知识点代码: "5-3.1.1", 工种: "跨境电子商务师" }), // 11
    ];
    const result = await run(await sheetFile(rows));
    expect(result.status).toBe("FAILED");
    const messages = (r: number) => result.problems.filter((p) => p.at === `第 ${r} 行`).map((p) => p.message);
    expect(messages(3)[0]).toBe("第 3 行「题型」：无法识别“填室”，应为 判断、单选 或 多选");
    expect(messages(4)[0]).toContain("第 4 行「题干」：必填");
    expect(messages(5).join()).toContain("单选题只能有一个正确答案");
    expect(messages(6).join()).toMatch(/「正确答案」/);
    expect(messages(7)[0]).toContain("判断题答案应为 对 或 错");
    expect(messages(8)[0]).toContain("五级相关知识要求 6.9.9 不存在");
    expect(messages(9)[0]).toContain("第 9 行「难度」");
    expect(messages(10)[0]).toBe("第 10 行「选项B」：选项不能为空（选项之间不能有空缺）");
    expect(messages(11).join()).toContain("不适用于所填工种");
    expect(messages(2)).toEqual([]);
    expect(await prisma.item.count()).toBe(0);
  });

  it("detects duplicates in the file and against the bank, and skips or adds them as chosen", async () => {
    await run(await sheetFile([GOOD[0]!]));
    const again = await run(await sheetFile([GOOD[0]!, GOOD[1]!, GOOD[1]!], "again.xlsx"), "skip");
    expect(again.imported).toBe(1);
    expect(again.duplicates.map((d) => d.message)).toEqual(["第 2 行：与题库中已有题目重复（题干和选项相同）", "第 4 行：与本文件第 3 行重复（题干和选项相同）"]);
    const added = await run(await sheetFile([GOOD[0]!], "add.xlsx"), "add");
    expect(added.imported).toBe(1);
    expect(await prisma.item.count()).toBe(3);
  });
});

describe("Moodle XML import", () => {
  it("imports multichoice and truefalse, sanitizes HTML, turns categories into labels, lists unsupported types", async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/items/moodle-sample.xml")));
    const result = await run({ fileName: "moodle.xml", bytes });
    expect(result).toMatchObject({ status: "DONE", format: "moodle", imported: 4 });
    expect(result.skipped).toEqual([{ at: "第 37 行（题目“论述-不支持”）", message: "第 37 行（题目“论述-不支持”）：论述题（essay）需要人工评分，不属于客观题，未导入" }]);
    const items = await currentInputs();
    const ethics = items.find((i) => i.stem.startsWith("下列属于"))!;
    expect(ethics.stem).toBe("下列属于电子商务师职业守则的是：");
    expect(ethics).toMatchObject({ type: "single", answer: ["A"], labels: ["电子商务/职业道德"], tag: { kind: "ethics" }, status: "active" });
    expect(ethics.options[3]!.text).toBe("<不必>遵守平台规则");
    expect(ethics.explanation).toBe("见标准 2.1.2。");
    expect(items.find((i) => i.stem.startsWith("网上交易"))).toMatchObject({ type: "multiple", answer: ["A", "B"], tag: { kind: "basics", code: "2.2.8" } });
    expect(items.find((i) => i.stem.startsWith("第三方物流"))).toMatchObject({ type: "true-false", answer: ["A"], levels: ["5"], tracks: ["online-merchant"] });
    // No standard tag: imported as a draft, waiting to be tagged.
    expect(items.find((i) => i.stem.startsWith("未标注"))).toMatchObject({ status: "draft", tag: null });
    expect(JSON.stringify(items)).not.toContain("script");
  });

  it("reports a broken question with its line and writes nothing", async () => {
    const xml = `<?xml version="1.0"?>\n<quiz>\n<question type="multichoice">\n<name><text>坏题</text></name>\n<questiontext><text>两个满分</text></questiontext>\n<single>true</single>\n<answer fraction="100"><text>a</text></answer>\n<answer fraction="100"><text>b</text></answer>\n</question>\n</quiz>`;
    const result = await run({ fileName: "bad.xml", bytes: new TextEncoder().encode(xml) });
    expect(result.status).toBe("FAILED");
    expect(result.problems[0]!.message).toBe("第 3 行（题目“坏题”）：单选题有 2 个得分为 100% 的答案；如有多个正确答案，应为多选题（<single>false</single>）");
    expect(await prisma.item.count()).toBe(0);
  });
});

describe("export round trip", () => {
  for (const format of ["xlsx", "csv", "moodle", "gift"] as const) {
    it(`${format}: export then import gives the same items`, async () => {
      await run(await sheetFile(GOOD));
      const moodle = new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/items/moodle-sample.xml")));
      await run({ fileName: "m.xml", bytes: moodle });
      const before = await currentInputs();
      const { body, count } = await exportItems({}, format);
      expect(count).toBe(before.length);
      const file = path.join(tmp, `export.${format === "moodle" ? "xml" : format}`);
      fs.writeFileSync(file, body);
      await resetDatabase();
      adminId = (await createStaff("admin3")).id;
      const result = await run({ fileName: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)) });
      expect(result.problems).toEqual([]);
      expect(await currentInputs()).toEqual(before);
    });
  }

  it("exports a filtered part of the bank", async () => {
    await run(await sheetFile(GOOD));
    expect((await exportItems({ type: "true-false" }, "xlsx")).count).toBe(2);
    expect((await exportItems({ area: "5" }, "xlsx")).count).toBe(1);
    expect((await listItems({ q: "数字证书", page: 1 })).total).toBe(1);
    expect((await listItems({ track: "cross-border", page: 1 })).total).toBe(3);
  });

  it("the downloadable template workbook imports (its examples as drafts; the 说明 sheet is named, not read)", async () => {
    const bytes = await buildItemWorkbook(TEMPLATE_EXAMPLES, { template: true });
    const result = await run({ fileName: "t.xlsx", bytes });
    expect(result).toMatchObject({ status: "DONE", imported: 2 });
    expect(result.notices).toEqual(["工作表「说明」没有找到题目表头（需要“题干/题目”和“答案”两列），未导入其中任何内容"]);
    expect((await currentInputs()).map((i) => i.status)).toEqual(["draft", "draft"]);
  });
});

describe("versioning", () => {
  const input = {
    type: "single",
    stem: "网店详情页首屏最重要的内容是：",
    options: [
      { key: "A", text: "商品核心卖点" },
      { key: "B", text: "公司历史" },
      { key: "C", text: "员工照片" },
    ],
    answer: ["A"],
    levels: ["4"],
    tracks: ["online-merchant"],
    tag: { kind: "knowledge", level: "4", code: "2.2.2" },
    difficulty: 2,
    status: "active",
  };

  it("edits an unused item in place, but an item used by a paper gets a new version and the old one stays", async () => {
    const { itemId, versionId } = await createItem({ input, actorId: adminId, now: NOW });
    const inPlace = await updateItem({ itemId, input: { ...input, difficulty: 3 }, actorId: adminId, now: NOW });
    expect(inPlace).toEqual({ itemId, versionId, newVersion: false });

    await prisma.$transaction((tx) => markVersionsUsed(tx, [versionId], NOW));
    const edited = await updateItem({ itemId, input: { ...input, stem: "网店详情页首屏应突出：", difficulty: 3 }, actorId: adminId, now: NOW });
    expect(edited.newVersion).toBe(true);
    expect(edited.versionId).not.toBe(versionId);
    const old = await prisma.itemVersion.findUniqueOrThrow({ where: { id: versionId } });
    expect(old).toMatchObject({ stem: "网店详情页首屏最重要的内容是：", version: 1, difficulty: 3 });
    const current = await prisma.item.findUniqueOrThrow({ where: { id: itemId }, include: { currentVersion: true } });
    expect(current.currentVersion).toMatchObject({ version: 2, stem: "网店详情页首屏应突出：" });
  });

  it("retired items are never drawn; drafts cannot be activated without a tag", async () => {
    const { itemId } = await createItem({ input, actorId: adminId, now: NOW });
    expect(await loadBank()).toHaveLength(1);
    await setItemStatus({ itemId, status: "retired", actorId: adminId, now: NOW });
    expect(await loadBank()).toHaveLength(0);
    const draft = await createItem({ input: { ...input, stem: "未标注", tag: null, status: "draft" }, actorId: adminId, now: NOW });
    await expect(setItemStatus({ itemId: draft.itemId, status: "active", actorId: adminId, now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(createItem({ input: { ...input, answer: ["A", "B"] }, actorId: adminId, now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
