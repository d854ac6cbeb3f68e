// Issue 13: every class of import fault, read back from the database; previews that write nothing;
// all-or-nothing and valid-rows-only; images stored with the item version and served only to the
// candidates whose paper shows them.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { importItems } from "@/server/bank/import-items";
import { rowToInput, versionSelect } from "@/server/bank/item-store";
import { exportItems } from "@/server/bank/list-items";
import { previewItemImport } from "@/server/bank/preview-item-import";
import type { ImportSource } from "@/server/bank/formats/parse-import";
import { readItemMedia } from "@/server/media/read-item-media";
import { docxFile, moodleWithImage, png, xlsxFile } from "../fixtures/imports/make-files";
import { createCandidate } from "./helpers/exam-fixture";
import { prisma, resetDatabase } from "./helpers/db";
import { createStaff } from "./helpers/users";

const NOW = new Date("2026-11-30T03:00:00Z");
let adminId: string;
const fixture = (name: string): ImportSource => ({ fileName: name, bytes: new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/imports", name))) });
const run = (source: ImportSource, mode: "all-or-nothing" | "valid-only" = "all-or-nothing") => importItems({ actorId: adminId, source, mode, duplicates: "skip", now: NOW });

async function stored() {
  const rows = await prisma.itemVersion.findMany({ where: { currentOf: { isNot: null } }, select: versionSelect, orderBy: { createdAt: "asc" } });
  return rows.map(rowToInput);
}

beforeEach(async () => {
  await resetDatabase();
  adminId = (await createStaff("admin13")).id;
});

describe("each class of fault, read back from the database", () => {
  it("class 1: percent and currency cells are stored as Excel shows them", async () => {
    const r = await run(fixture("items-percent-cells.xlsx"));
    expect(r).toMatchObject({ status: "DONE", imported: 3, refused: 0 });
    expect((await stored()).map((i) => i.options.map((o) => o.text))).toEqual([
      ["5%", "50%", "20%", "1%"],
      ["40%", "60%", "25%", "150%"],
      ["¥120.00", "¥1,200.00", "¥12.00", "¥100.00"],
    ]);
  });

  it("class 2: a 判断 row with options 错误/正确 and answer B is stored as 对", async () => {
    await run(fixture("items-tf-reversed-options.xlsx"));
    expect((await stored())[0]).toMatchObject({ type: "true-false", answer: ["A"], options: [{ key: "A", text: "对" }, { key: "B", text: "错" }] });
  });

  it("class 3: 分数, 难易程度, 答案解析, 试题分类 are stored, none ignored", async () => {
    const r = await run(fixture("items-column-aliases.xlsx"));
    expect(r.ignoredColumns).toEqual([]);
    expect((await stored())[0]).toMatchObject({ points: 10, difficulty: 5, explanation: "首页承担导流", labels: ["网店装修"] });
  });

  it("class 4: GB2312 Moodle XML and plain_text / moodle_auto_format texts are stored exactly", async () => {
    await run(fixture("moodle-zh-gb2312.xml"));
    await run(fixture("moodle-zh-plaintext-angle.xml"));
    expect((await stored()).map((i) => i.stem)).toEqual(["网店转化率的计算公式是？", "在网页源代码中，<title> 标签的内容会显示在哪里？", "若 a<b 且 b<c，则下列正确的是？"]);
  });

  it("class 6: one bad question fails the file only with all-or-nothing; valid rows only imports the others and lists it", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<question type="multichoice"><name><text>部分得分</text></name><questiontext format="html"><text>x</text></questiontext><single>true</single><answer fraction="100"><text>对</text></answer><answer fraction="50"><text>半对</text></answer></question>
<question type="multichoice"><name><text>好题</text></name><questiontext format="html"><text>好题干</text></questiontext><single>true</single><answer fraction="100"><text>甲</text></answer><answer fraction="0"><text>乙</text></answer></question>
</quiz>`;
    const source = { fileName: "q.xml", bytes: new TextEncoder().encode(xml) };
    const message = "第 3 行（题目“部分得分”）：单选题的选项 “半对”（50%） 为部分得分：本平台单选题只有一个正确答案、不设部分得分，请在 Moodle 中改为 0% 或 100% 后再导入";
    const all = await run(source);
    expect(all).toMatchObject({ status: "FAILED", imported: 0, refused: 1, problems: [{ at: "第 3 行（题目“部分得分”）", message }] });
    expect(await prisma.item.count()).toBe(0);
    const valid = await run(source, "valid-only");
    expect(valid).toMatchObject({ status: "DONE", imported: 1, refused: 1, problems: [{ message }] });
    expect((await stored()).map((i) => i.stem)).toEqual(["好题干"]);
    const batch = await prisma.importBatch.findUniqueOrThrow({ where: { id: valid.batchId } });
    expect(batch).toMatchObject({ status: "DONE", imported: 1, skipped: 1 });
    expect(batch.problems).toEqual([{ at: "第 3 行（题目“部分得分”）", message }]);
  });

  it("class 7: 填空/简答 rows are listed as skipped and the sheet imports", async () => {
    const bytes = await xlsxFile({ 题库: [["题型", "题干", "选项A", "选项B", "答案"], ["填空题", "____", "", "", "x"], ["单选", "保留", "甲", "乙", "B"], ["简答", "简述", "", "", "略"]] });
    const r = await run({ fileName: "x.xlsx", bytes });
    expect(r).toMatchObject({ status: "DONE", imported: 1, total: 3 });
    expect(r.skipped.map((s) => s.at)).toEqual(["第 2 行", "第 4 行"]);
    expect((await stored()).map((i) => [i.stem, i.answer])).toEqual([["保留", ["B"]]]);
  });
});

describe("preview", () => {
  it("tells per type what will be written, writes nothing, and the import then writes exactly that", async () => {
    const bytes = await xlsxFile({
      题库: [
        ["题库导入"],
        ["序号", "题型", "题目内容", "A", "B", "C", "答案", "备注"],
        ["1", "单选", "单选一", "甲", "乙", "丙", "A", ""],
        ["2", "多选", "多选一", "甲", "乙", "丙", "AC", ""],
        ["3", "判断", "判断一", "", "", "", "对", ""],
        ["4", "单选", "坏行", "甲", "乙", "", "E", ""],
        ["5", "填空", "填空一", "", "", "", "x", ""],
      ],
    });
    const source = { fileName: "p.xlsx", bytes };
    const preview = await previewItemImport({ source, duplicates: "skip" });
    expect(preview).toMatchObject({
      format: "表格（XLSX/CSV）",
      counts: { "true-false": 1, single: 1, multiple: 1 },
      valid: 3,
      refused: 1,
      ignoredColumns: ["序号", "备注"],
      willWrite: { "all-or-nothing": 0, "valid-only": 3 },
      problems: [{ at: "第 6 行", message: "第 6 行「正确答案」：答案 E 不在选项中（共 2 个选项）" }],
      skipped: [{ at: "第 7 行" }],
    });
    expect(preview.mapping).toContainEqual({ from: "列「题目内容」", to: "题干" });
    expect(preview.sample.map((s) => [s.type, s.stem, s.options.map((o) => `${o.key}.${o.text}`).join(" "), s.answer.join("")])).toEqual([
      ["single", "单选一", "A.甲 B.乙 C.丙", "A"],
      ["multiple", "多选一", "A.甲 B.乙 C.丙", "AC"],
      ["true-false", "判断一", "A.对 B.错", "A"],
    ]);
    expect(await prisma.item.count()).toBe(0);
    expect(await prisma.importBatch.count()).toBe(0);
    const r = await run(source, "valid-only");
    expect(r.imported).toBe(preview.willWrite["valid-only"]);
    expect(await prisma.item.count()).toBe(3);
  });

  it("pasted text is previewed and imported like a Word file", async () => {
    const source = { text: "一、单选题\n1. 网店首页的主要作用是？\nA. 导流 B. 记账\n答案：A\n解析：首页导流。\n" };
    const preview = await previewItemImport({ source, duplicates: "skip" });
    expect(preview).toMatchObject({ format: "粘贴的文字（Word 题目版式）", valid: 1, sample: [{ stem: "网店首页的主要作用是？", answer: ["A"], explanation: "首页导流。" }] });
    await run(source);
    expect((await stored())[0]).toMatchObject({ stem: "网店首页的主要作用是？", options: [{ key: "A", text: "导流" }, { key: "B", text: "记账" }], explanation: "首页导流。" });
  });
});

describe("images (class 5) and 8 options, end to end", () => {
  it("keeps Moodle and Word images with the item version, once per content, in the same transaction", async () => {
    const image = png(5, 4);
    const sha = createHash("sha256").update(image).digest("hex");
    const preview = await previewItemImport({ source: { fileName: "m.xml", bytes: new TextEncoder().encode(moodleWithImage({ image })) }, duplicates: "skip" });
    expect(preview.images[sha]).toBe(`data:image/png;base64,${image.toString("base64")}`);
    await run({ fileName: "m.xml", bytes: new TextEncoder().encode(moodleWithImage({ image })) });
    await run({ fileName: "w.docx", bytes: await docxFile(["一、判断题", ["1. 同一张图：", { png: image }], "答案：对"]) });
    const media = await prisma.itemMedia.findMany();
    expect(media.map((m) => ({ sha256: m.sha256, mime: m.mime, size: m.size, width: m.width, height: m.height }))).toEqual([{ sha256: sha, mime: "image/png", size: image.byteLength, width: 5, height: 4 }]);
    expect(Buffer.from(media[0]!.data).equals(image)).toBe(true);
    const links = await prisma.itemVersionMedia.findMany({ select: { sha256: true, itemVersion: { select: { stem: true } } } });
    expect(links.map((l) => l.itemVersion.stem).sort()).toEqual([`下图中的标志表示什么？\n[[image:${sha}]]`, `同一张图：[[image:${sha}]]`].sort());
  });

  it("serves an image to admins, and to a candidate only through an attempt whose paper shows it", async () => {
    const image = png(3, 3, [1, 2, 3]);
    const sha = createHash("sha256").update(image).digest("hex");
    await run({ fileName: "m.xml", bytes: new TextEncoder().encode(moodleWithImage({ image })) });
    const version = await prisma.itemVersion.findFirstOrThrow({ select: { id: true } });
    expect(Buffer.from((await readItemMedia({ sha256: sha, viewer: { kind: "admin" } })).data).equals(image)).toBe(true);

    const withImage = await attemptOnPaper([version.id]);
    const other = await attemptOnPaper([]);
    expect((await readItemMedia({ sha256: sha, viewer: { kind: "candidate", candidateId: withImage.candidateId, attemptId: withImage.attemptId } })).mime).toBe("image/png");
    for (const viewer of [
      { kind: "candidate" as const, candidateId: other.candidateId, attemptId: other.attemptId },
      { kind: "candidate" as const, candidateId: other.candidateId, attemptId: withImage.attemptId },
    ]) {
      await expect(readItemMedia({ sha256: sha, viewer })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(readItemMedia({ sha256: "0".repeat(64), viewer: { kind: "admin" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a sheet row whose image marker names no image of the bank", async () => {
    const bytes = await xlsxFile({ 题库: [["题型", "题干", "答案"], ["判断", `看图[[image:${"a".repeat(64)}]]`, "对"]] });
    const r = await run({ fileName: "x.xlsx", bytes });
    expect(r.problems[0]!.message).toBe(
      `第 2 行：图片 [[image:${"a".repeat(12)}…]] 不在本题库中（XLSX、CSV、GIFT、Aiken 和粘贴的文字不能携带图片；带图片的题目请用 Moodle XML 或 Word 文件导入）`,
    );
  });

  it("an 8-option item with its images round-trips through every export format", async () => {
    const image = png(2, 3, [9, 9, 9]);
    const sha = createHash("sha256").update(image).digest("hex");
    const docx = await docxFile(["一、多项选择题", ["1. 八个选项，含图片：", { png: image }], "A. 一 B. 二 C. 三 D. 四", "E. 五 F. 六 G. 七 H. 八", "答案：AH", "知识点代码：2.2.8"]);
    await run({ fileName: "w.docx", bytes: docx });
    const before = await stored();
    expect(before[0]).toMatchObject({ type: "multiple", answer: ["A", "H"], stem: `八个选项，含图片：[[image:${sha}]]`, status: "active" });
    expect(before[0]!.options.map((o) => o.key)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
    for (const format of ["xlsx", "csv", "moodle", "gift"] as const) {
      const { body } = await exportItems({}, format);
      await prisma.item.deleteMany();
      if (format === "moodle") await prisma.itemMedia.deleteMany();
      const r = await run({ fileName: `e.${format === "moodle" ? "xml" : format === "gift" ? "gift" : format}`, bytes: body });
      expect(r.problems, format).toEqual([]);
      expect(await stored(), format).toEqual(before);
    }
    expect(await prisma.itemMedia.count()).toBe(1);
  });
});

let seq = 0;
async function attemptOnPaper(versionIds: string[]) {
  seq += 1;
  const candidate = await createCandidate(`考生${seq}`);
  const paper = await prisma.paper.create({ data: { name: `卷${seq}`, level: "5", track: "online-merchant", seed: String(seq), structure: {}, blueprint: {}, conformance: {}, createdById: adminId } });
  for (const [i, itemVersionId] of versionIds.entries()) await prisma.paperItem.create({ data: { paperId: paper.id, position: i + 1, itemVersionId, type: "single", area: "basics", points: 100 } });
  const session = await prisma.examSession.create({ data: { name: `场次${seq}`, mode: "theory", level: "5", track: "online-merchant", startsAt: NOW, minutes: 60, status: "published", paperId: paper.id, createdById: adminId } });
  const attempt = await prisma.attempt.create({ data: { sessionId: session.id, candidateId: candidate.id, paperId: paper.id, startedAt: NOW, deadline: new Date(NOW.getTime() + 3_600_000) } });
  return { candidateId: candidate.id, attemptId: attempt.id };
}
