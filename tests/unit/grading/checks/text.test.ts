import { describe, expect, it } from "vitest";
import { ABSOLUTE_TERMS, CheckSpecSchema, countCharacters, findTerms, runCheck, type CheckEvidence, type CheckSpec } from "@/grading/checks";

const spec = (s: unknown): CheckSpec => CheckSpecSchema.parse(s);
const keys = (r: ReturnType<typeof runCheck>) => r.findings.map((f) => f.key);

describe("countCharacters: code points after trimming", () => {
  it("counts 汉字, letters and digits as one each", () => {
    expect(countCharacters("纯棉T恤2024")).toBe(8);
    expect(countCharacters("a".repeat(60))).toBe(60);
  });
  it("trims leading and trailing white space, including the ideographic space and line breaks", () => {
    expect(countCharacters("  标题\r\n")).toBe(2);
    expect(countCharacters("\u3000标题\u3000")).toBe(2);
    expect(countCharacters("\t\n ")).toBe(0);
  });
  it("counts inner spaces and a CRLF line break as one", () => {
    expect(countCharacters("纯棉 T恤")).toBe(5);
    expect(countCharacters("第一行\r\n第二行")).toBe(7);
    expect(countCharacters("第一行\n第二行")).toBe(7);
  });
  it("counts emoji by code point: 👍 1, 👍🏽 2, a family of three 5", () => {
    expect(countCharacters("👍")).toBe(1);
    expect(countCharacters("👍🏽")).toBe(2);
    expect(countCharacters("👨‍👩‍👧")).toBe(5);
    expect(countCharacters("𠀀")).toBe(1); // outside the BMP: 2 UTF-16 units, 1 character
  });
  it("composes decomposed accents first (NFC)", () => {
    expect(countCharacters("e\u0301")).toBe(1);
  });
  it("by width: CJK, full-width and emoji count 2 (Taobao's 60 字符 = 30 汉字)", () => {
    expect(countCharacters("纯棉T恤", "width")).toBe(7);
    expect(countCharacters("汉".repeat(30), "width")).toBe(60);
    expect(countCharacters("ＡＢ，", "width")).toBe(6);
    expect(countCharacters("AB,", "width")).toBe(3);
    expect(countCharacters("👍", "width")).toBe(2);
  });
});

describe("text-length check", () => {
  const max60 = spec({ kind: "text-length", max: 60 });
  it("exactly 60 characters passes, 61 fails", () => {
    const at = runCheck(max60, { text: "字".repeat(60) });
    expect(at).toMatchObject({ passed: true, met: 1, total: 1, fraction: 1 });
    expect(at.findings).toEqual([{ ok: true, key: "checks.textLength.withinMax", params: { length: 60, max: 60 } }]);
    const over = runCheck(max60, { text: "字".repeat(61) });
    expect(over).toMatchObject({ passed: false, met: 0, total: 1, fraction: 0 });
    expect(over.findings).toEqual([{ ok: false, key: "checks.textLength.overMax", params: { length: 61, max: 60 } }]);
  });
  it("60 characters with surrounding spaces still pass (trimmed)", () => {
    expect(runCheck(max60, { text: `  ${"字".repeat(60)}\n` }).passed).toBe(true);
  });
  it("a minimum is inclusive; both bounds are two conditions", () => {
    const s = spec({ kind: "text-length", min: 10, max: 60 });
    expect(runCheck(s, { text: "字".repeat(10) })).toMatchObject({ passed: true, met: 2, total: 2 });
    const short = runCheck(s, { text: "字".repeat(9) });
    expect(short).toMatchObject({ passed: false, met: 1, total: 2, fraction: 0.5 });
    expect(keys(short)).toEqual(["checks.textLength.underMin", "checks.textLength.withinMax"]);
  });
  it("by width: 30 汉字 pass a 60-wide limit, 30 汉字 and a letter do not", () => {
    const s = spec({ kind: "text-length", max: 60, unit: "width" });
    expect(runCheck(s, { text: "汉".repeat(30) }).passed).toBe(true);
    const r = runCheck(s, { text: `${"汉".repeat(30)}A` });
    expect(r.passed).toBe(false);
    expect(r.findings).toContainEqual({ ok: false, key: "checks.textLength.overMax", params: { length: 61, max: 60 } });
    expect(keys(r)).toContain("checks.textLength.widthUnit");
  });
  it("an empty or missing text fails every condition, even a maximum", () => {
    const s = spec({ kind: "text-length", min: 1, max: 60 });
    for (const evidence of [{}, { text: "" }, { text: " \n " }] as CheckEvidence[]) {
      const r = runCheck(s, evidence);
      expect(r).toMatchObject({ passed: false, met: 0, total: 2 });
      expect(keys(r)).toEqual(["checks.evidence.noText"]);
    }
    expect(runCheck(max60, {}).passed).toBe(false);
  });
  it("reads a form field when `field` is set", () => {
    const s = spec({ kind: "text-length", max: 5, field: "title" });
    expect(runCheck(s, { text: "长长长长长长长长", fields: { title: "短标题" } }).passed).toBe(true);
    expect(runCheck(s, { fields: { title: "六个字的标题" } }).passed).toBe(false);
    const missing = runCheck(s, { fields: {} });
    expect(missing.findings).toEqual([{ ok: false, key: "checks.evidence.noField", params: { field: "title" } }]);
  });
});

describe("required-words check", () => {
  it("each listed word is one condition; case and full width do not matter", () => {
    const s = spec({ kind: "required-words", words: ["纯棉", "T恤", "男款"] });
    const r = runCheck(s, { text: "夏季纯棉ｔ恤 宽松" });
    expect(r).toMatchObject({ passed: false, met: 2, total: 3 });
    expect(r.findings).toEqual([
      { ok: true, key: "checks.requiredWords.found", params: { word: "纯棉" } },
      { ok: true, key: "checks.requiredWords.found", params: { word: "T恤" } },
      { ok: false, key: "checks.requiredWords.missing", params: { word: "男款" } },
    ]);
    expect(runCheck(s, { text: "男款纯棉T恤" }).passed).toBe(true);
  });
  it("minCount: at least n of the words, met = min(found, n)", () => {
    const s = spec({ kind: "required-words", words: ["包邮", "正品", "现货", "新款"], minCount: 2 });
    expect(runCheck(s, { text: "正品现货" })).toMatchObject({ passed: true, met: 2, total: 2 });
    expect(runCheck(s, { text: "正品现货新款包邮" })).toMatchObject({ passed: true, met: 2, total: 2 });
    const one = runCheck(s, { text: "正品" });
    expect(one).toMatchObject({ passed: false, met: 1, total: 2 });
    expect(one.findings[0]).toEqual({ ok: false, key: "checks.requiredWords.tooFew", params: { found: 1, min: 2 } });
    expect(runCheck(s, {})).toMatchObject({ met: 0, total: 2 });
  });
});

describe("forbidden-words check (广告法 absolute terms by default)", () => {
  const s = spec({ kind: "forbidden-words" });
  const found = (text: string) => findTerms(text, ABSOLUTE_TERMS, undefined);
  it("the default list holds the terms Article 9(3) names", () => {
    for (const t of ["国家级", "最高级", "最佳", "最", "第一", "顶级", "极致", "唯一", "首个"]) expect(ABSOLUTE_TERMS).toContain(t);
  });
  it("finds absolute terms, longest first, with counts", () => {
    const r = runCheck(s, { text: "全网最佳！销量第一，最佳之选" });
    expect(r).toMatchObject({ passed: false, met: 0, total: 1, fraction: 0 });
    expect(r.findings).toEqual([
      { ok: false, key: "checks.forbiddenWords.found", params: { word: "最佳", count: 2 } },
      { ok: false, key: "checks.forbiddenWords.found", params: { word: "第一", count: 1 } },
    ]);
  });
  it("a clean text passes", () => {
    const r = runCheck(s, { text: "夏季纯棉T恤 宽松透气 男女同款" });
    expect(r).toMatchObject({ passed: true, met: 1, total: 1 });
    expect(r.findings).toEqual([{ ok: true, key: "checks.forbiddenWords.none" }]);
  });
  it("第一 as an ordinal (第一步, 第一次, 第一时间) is not a claim; 第一名 and 第一品牌 are", () => {
    expect(runCheck(s, { text: "第一步：打开包装；第一次使用前请清洗，第一时间发货" }).passed).toBe(true);
    expect(runCheck(s, { text: "销量第一名" }).findings[0]).toMatchObject({ params: { word: "第一", count: 1 } });
    expect(runCheck(s, { text: "行业第一品牌" }).passed).toBe(false);
    // The ordinal and the claim side by side: only the claim counts.
    expect(runCheck(s, { text: "第一步就选行业第一" }).findings).toEqual([{ ok: false, key: "checks.forbiddenWords.found", params: { word: "第一", count: 1 } }]);
  });
  it("最 in words of time (最近, 最后) is allowed; 最好, 最低价 are not", () => {
    expect(runCheck(s, { text: "最近上新，最后一件" }).passed).toBe(true);
    expect(found("最好的面料，最低价")).toEqual([{ term: "最", count: 2 }]);
  });
  it("full-width and lower-case spellings of NO.1 count; NO.10 does not", () => {
    expect(found("品质ＮＯ．１")).toEqual([{ term: "NO.1", count: 1 }]);
    expect(found("销量 no.1 top1")).toEqual([
      { term: "NO.1", count: 1 },
      { term: "TOP1", count: 1 },
    ]);
    expect(found("型号 NO.10，TOP10 榜单")).toEqual([]);
  });
  it("an author's own list replaces the default; `allow: []` switches the exceptions off", () => {
    const own = spec({ kind: "forbidden-words", words: ["包治百病", "特效"] });
    expect(runCheck(own, { text: "最佳特效药" }).findings).toEqual([{ ok: false, key: "checks.forbiddenWords.found", params: { word: "特效", count: 1 } }]);
    expect(runCheck(spec({ kind: "forbidden-words", allow: [] }), { text: "第一步" }).passed).toBe(false);
  });
  it("an empty text fails (nothing was written, nothing earns the criterion)", () => {
    expect(runCheck(s, { text: "" })).toMatchObject({ passed: false, met: 0, total: 1 });
  });
});
