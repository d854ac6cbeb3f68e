import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildAiken, parseAiken } from "@/server/bank/formats/aiken";
import { parseDocx } from "@/server/bank/formats/docx";
import { buildGift, parseGift } from "@/server/bank/formats/gift";
import { parseImport } from "@/server/bank/formats/parse-import";
import { ImportFileError } from "@/server/bank/formats/types";
import { bmp, docxFile, png, xlsxFile } from "../../fixtures/imports/make-files";

const text = (t: string) => parseImport({ text: t });

describe("Word (.docx) in the common Chinese layout", () => {
  it("reads type headings, numbered stems, options (several on a line), 答案, 解析, and keeps images", async () => {
    const red = png(4, 3, [220, 20, 20]);
    const blue = png(2, 2, [20, 20, 220]);
    const bytes = await docxFile([
      "电子商务师理论题库（样卷）",
      "一、单项选择题（每题 1 分）",
      ["1. 下图是哪个平台的标志？", { png: red }],
      "A. 甲平台    B. 乙平台",
      "C. 丙平台    D. 丁平台",
      "答案：B",
      "解析：见图。",
      "2、选出正确的图：",
      ["A、", { png: blue }],
      "B、文字选项",
      "答案：A",
      "二、多项选择题",
      "1. 网店常见的推广方式有（ ）。",
      "A. 搜索推广 B. 内容推广 C. 直播推广 D. 偷刷好评",
      "答案：ABC",
      "三、判断题",
      "1. 消费者享有七天无理由退货权。（√）",
      "四、填空题",
      "1. 网店转化率 = ____ ÷ 访客数",
      "答案：成交人数",
    ]);
    const r = await parseDocx(bytes);
    const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
    expect(r.problems).toEqual([]);
    expect(r.items.map((i) => [i.at, i.input.type, i.input.answer])).toEqual([
      ["第 1 题（第 3 段）", "single", ["B"]],
      ["第 2 题（第 8 段）", "single", ["A"]],
      ["第 1 题（第 13 段）", "multiple", ["A", "B", "C"]],
      ["第 1 题（第 17 段）", "true-false", ["A"]],
    ]);
    expect(r.items[0]!.input.stem).toBe(`下图是哪个平台的标志？[[image:${sha(red)}]]`);
    expect(r.items[0]!.input.options.map((o) => o.text)).toEqual(["甲平台", "乙平台", "丙平台", "丁平台"]);
    expect(r.items[0]!.input.explanation).toBe("见图。");
    expect(r.items[1]!.input.options[0]!.text).toBe(`[[image:${sha(blue)}]]`);
    expect(r.items[3]!.input.stem).toBe("消费者享有七天无理由退货权。（  ）");
    expect([...r.media.keys()].sort()).toEqual([sha(red), sha(blue)].sort());
    expect(r.skipped.map((s) => s.message)).toEqual(["第 1 题（第 19 段）：填空题不是本平台支持的题型（理论考试只支持判断、单选、多选），未导入"]);
    expect(r.notices).toContain("第一题之前的文字不是题目，未读取：第 1 段“电子商务师理论题库（样卷）”");
  });

  it("lists an image it cannot keep with its question, which becomes a draft", async () => {
    const r = await parseDocx(await docxFile(["一、判断题", ["1. 看图判断：", { bmp: bmp(2, 2) }], "答案：对"]));
    expect(r.items[0]!.input.status).toBe("draft");
    expect(r.lost.map((l) => l.message)).toEqual(["第 1 题（第 2 段）：未保留 图片（image/bmp）：BMP 位图未保留；请转为 PNG 或 JPEG；已作为草稿导入，请核对后再启用"]);
  });

  it("a .docx, a GIFT file and an Aiken file get their own parsers, not a CSV or worksheet message (class 6)", async () => {
    expect((await parseImport({ fileName: "题库.docx", bytes: await docxFile(["1. 题干", "A. 甲", "B. 乙", "答案：A"]) })).format).toBe("docx");
    expect((await parseImport({ fileName: "q.txt", bytes: new TextEncoder().encode("::Q1:: 题干 {=甲 ~乙}\n") })).format).toBe("gift");
    expect((await parseImport({ fileName: "q.txt", bytes: new TextEncoder().encode("题干\nA. 甲\nB. 乙\nANSWER: A\n") })).format).toBe("aiken");
    expect((await parseImport({ fileName: "q.xlsx", bytes: await xlsxFile({ a: [["题型", "题干", "答案"], ["判断", "x", "对"]] }) })).format).toBe("sheet");
    await expect(parseImport({ fileName: "旧.doc", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) })).rejects.toThrow(
      new ImportFileError("不支持旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后再上传"),
    );
  });
});

describe("pasted text in the Word layout", () => {
  it("reads the key from the stem's brackets when there is no 答案 line, and infers the type from the key", async () => {
    const r = await text("1. 网店首页的主要作用是（ A ）。\nA. 导流 B. 记账 C. 考勤\n2. 以下属于推广方式的有\nA. 搜索 B. 直播 C. 刷单\n答案：AB\n3. 诚信为本是职业守则。\n答案：正确\n");
    expect(r.format).toBe("text");
    expect(r.items.map((i) => [i.input.type, i.input.stem, i.input.answer])).toEqual([
      ["single", "网店首页的主要作用是（  ）。", ["A"]],
      ["multiple", "以下属于推广方式的有", ["A", "B"]],
      ["true-false", "诚信为本是职业守则。", ["A"]],
    ]);
  });

  it("refuses a question without an answer and one with 9 options, naming them; imports the rest", async () => {
    const r = await text("一、单选题\n1. 没有答案的题\nA. 甲\nB. 乙\n2. 九个选项\nA. 1 B. 2 C. 3 D. 4 E. 5 F. 6 G. 7 H. 8 I. 9\n答案：A\n3. 正常\nA. 甲\nB. 乙\n答案：B\n");
    expect(r.items.map((i) => i.input.stem)).toEqual(["正常"]);
    expect(r.problems.map((p) => p.message)).toEqual([
      "第 1 题（第 2 行）：没有找到答案（需要“答案：”行，或题干括号中的答案如 （B））",
      "第 2 题（第 5 行）：有 9 个选项，最多支持 8 个（A–H）",
    ]);
  });
});

describe("GIFT", () => {
  it("reads multichoice, weights, true/false, escapes, line breaks, formats and categories like Moodle", () => {
    const r = parseGift(
      [
        "// 注释",
        "$CATEGORY: $course$/top/网店运营",
        "",
        "::转化率:: 网店转化率的计算公式是？\\n（按成交人数） {",
        "  =成交人数÷访客数",
        "  ~访客数÷成交人数 # 反了",
        "  ~销售额\\=访客数",
        "  ####转化率 \\= 成交人数 ÷ 访客数",
        "}",
        "",
        "::多选:: 哪些是推广方式？{~%50%搜索推广 ~%50%直播推广 ~%-100%刷单}",
        "",
        "::判断:: [plain]若 a<b 且 b<c，则 a<c。{T}",
        "",
        "::简答:: 简述客服流程 {=略}",
        "",
        "::部分得分:: 单选 {=对 ~%50%半对 ~错}",
        "",
        "::坏括号:: 题干 {=甲 ~乙",
      ].join("\n"),
    );
    expect(r.items.map((i) => [i.input.type, i.input.stem, i.input.answer, i.input.labels])).toEqual([
      ["single", "网店转化率的计算公式是？\n（按成交人数）", ["A"], ["网店运营"]],
      ["multiple", "哪些是推广方式？", ["A", "B"], ["网店运营"]],
      ["true-false", "若 a<b 且 b<c，则 a<c。", ["A"], ["网店运营"]],
    ]);
    expect(r.items[0]!.input.options.map((o) => o.text)).toEqual(["成交人数÷访客数", "访客数÷成交人数", "销售额=访客数"]);
    expect(r.items[0]!.input.explanation).toBe("转化率 = 成交人数 ÷ 访客数");
    expect(r.skipped.map((s) => s.message)).toEqual(["第 15 行（题目“简答”）：简答/填空题（GIFT {=… =…}）不是本平台支持的题型，未导入"]);
    expect(r.problems.map((p) => p.message)).toEqual([
      "第 17 行（题目“部分得分”）：单选题的选项 “半对”（50%） 为部分得分：本平台单选题只有一个正确答案、不设部分得分",
      "第 19 行（题目“坏括号”）：答案部分的括号 { } 不成对（文字中的 { } 须写作 \\{ \\}）",
    ]);
  });

  it("exports GIFT that reads back to the same items (escapes, line breaks, metadata)", () => {
    const source = parseGift("::a:: 第一行\\n第二行 a\\=b \\{x\\} \\~ \\# \\: {=甲 ~乙 ~丙####解析}\n\n::b:: 全选 {~%33.33333%一 ~%33.33333%二 ~%33.33334%三}\n\n::c:: 判断 {F}\n").items.map((i) => i.input);
    expect(source).toHaveLength(3);
    const again = parseGift(buildGift(source)).items.map((i) => i.input);
    expect(again).toEqual(source);
  });
});

describe("Aiken", () => {
  it("reads single-choice questions, refuses multi-letter answers, and round-trips", () => {
    const r = parseAiken("网店首页的作用是？\nA. 导流\nB) 记账\nANSWER: A\n\n两个答案？\nA. 甲\nB. 乙\nANSWER: AB\n");
    expect(r.items.map((i) => [i.input.stem, i.input.options.map((o) => o.text), i.input.answer])).toEqual([["网店首页的作用是？", ["导流", "记账"], ["A"]]]);
    expect(r.problems.map((p) => p.message)).toEqual(["第 6 行：Aiken 格式只表示单选题，答案应为一个字母，而不是“AB”"]);
    const out = buildAiken(r.items.map((i) => i.input));
    expect(out).toEqual({ text: "网店首页的作用是？\nA. 导流\nB. 记账\nANSWER: A\n", skipped: 0 });
    expect(parseAiken(out.text).items.map((i) => i.input)).toEqual(r.items.map((i) => i.input));
  });
});

describe("the committed sample files", () => {
  const sample = (name: string) => ({ fileName: name, bytes: new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, "../../fixtures/imports", name))) });
  it("read as their own formats, with what is kept, skipped and not kept", async () => {
    const docx = await parseImport(sample("items-chinese-layout.docx"));
    expect([docx.format, docx.items.map((i) => i.input.type), docx.skipped.length, docx.media.size]).toEqual(["docx", ["single", "multiple", "true-false"], 1, 1]);
    const moodle = await parseImport(sample("moodle-with-image.xml"));
    expect([moodle.format, moodle.items.length, moodle.media.size, moodle.lost.map((l) => l.message)]).toEqual(["moodle", 1, 1, ["第 3 行（题目“标志识别”）：未保留 音频 listen.mp3；已作为草稿导入，请核对后再启用"]]);
    const gift = await parseImport(sample("items.gift"));
    expect([gift.format, gift.items.map((i) => i.input.type)]).toEqual(["gift", ["single", "multiple", "true-false"]]);
    const aiken = await parseImport(sample("items-aiken.txt"));
    expect([aiken.format, aiken.items.map((i) => i.input.answer)]).toEqual(["aiken", [["A"], ["A"]]]);
  });
});
