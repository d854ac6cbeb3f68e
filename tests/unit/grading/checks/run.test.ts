import { describe, expect, it } from "vitest";
import {
  autoCriterionPoints,
  CHECK_KINDS,
  checkSpecIssues,
  CheckSpecSchema,
  FINDING_KEYS,
  parseCheckSpec,
  runCheck,
  type CheckEvidence,
  type CheckResult,
  type Finding,
} from "@/grading/checks";
import { translate, type MessageKey } from "@/i18n";
import { checksEn } from "@/i18n/messages/checks.en";
import { checksZhCN } from "@/i18n/messages/checks.zh-CN";

const result = (met: number, total: number): CheckResult => ({ kind: "fields", passed: total > 0 && met === total, fraction: total ? met / total : 0, met, total, findings: [] });

describe("autoCriterionPoints", () => {
  it("all-or-nothing: the maximum when passed, else 0", () => {
    expect(autoCriterionPoints(500, result(3, 3), "all-or-nothing")).toBe(500);
    expect(autoCriterionPoints(500, result(2, 3), "all-or-nothing")).toBe(0);
    expect(autoCriterionPoints(500, result(0, 0), "all-or-nothing")).toBe(0);
  });
  it("proportional: max × met / total rounded down to the hundredth, exactly", () => {
    expect(autoCriterionPoints(500, result(2, 3), "proportional")).toBe(333); // 333.33…
    expect(autoCriterionPoints(1000, result(2, 3), "proportional")).toBe(666); // 666.66… rounds down
    expect(autoCriterionPoints(1000, result(1, 2), "proportional")).toBe(500);
    expect(autoCriterionPoints(1000, result(0, 7), "proportional")).toBe(0);
    expect(autoCriterionPoints(1000, result(7, 7), "proportional")).toBe(1000);
    // 3 × 7 / 10 is 2.1 exactly; with floating fractions it would be 2.0999…
    expect(autoCriterionPoints(3, result(7, 10), "proportional")).toBe(2);
    expect(autoCriterionPoints(300, result(7, 10), "proportional")).toBe(210);
  });
  it("falls back to the fraction for a result without counts", () => {
    const { met: _m, total: _t, ...old } = result(1, 3);
    expect(autoCriterionPoints(600, old as CheckResult, "proportional")).toBe(200);
    expect(() => autoCriterionPoints(600, { ...(old as CheckResult), fraction: 1.5 }, "proportional")).toThrow(RangeError);
  });
  it("refuses a maximum that is not a non-negative integer of hundredths", () => {
    expect(() => autoCriterionPoints(2.5, result(1, 1), "proportional")).toThrow(RangeError);
    expect(() => autoCriterionPoints(-100, result(1, 1), "all-or-nothing")).toThrow(RangeError);
  });
  it("a real check end to end: 2 of 3 required words on a 5-point criterion", () => {
    const spec = CheckSpecSchema.parse({ kind: "required-words", words: ["纯棉", "男款", "包邮"] });
    const r = runCheck(spec, { text: "纯棉男款T恤" });
    expect(autoCriterionPoints(500, r, "proportional")).toBe(333);
    expect(autoCriterionPoints(500, r, "all-or-nothing")).toBe(0);
  });
});

describe("check configurations are refused with readable Chinese messages", () => {
  const cases: Array<[unknown, string[]]> = [
    [{ kind: "spelling" }, ["检查类型必须是：字数、必含词、禁用词、图片、视频、表格、表单字段之一"]],
    [{ kind: "text-length" }, ["字数检查至少要设置最少或最多字数"]],
    [{ kind: "text-length", min: 61, max: 60 }, ["字数的下限 61 大于上限 60"]],
    [{ kind: "text-length", max: -1 }, ["上限：不能小于 0"]],
    [{ kind: "text-length", max: 1.5 }, ["上限：应为整数"]],
    [{ kind: "required-words", words: [] }, ["词语：至少要列出一个必含词"]],
    [{ kind: "required-words", words: ["纯棉", "纯棉"] }, ["必含词「纯棉」重复"]],
    [{ kind: "required-words", words: ["纯棉"], minCount: 2 }, ["至少出现的词数 2 大于所列词数 1"]],
    [{ kind: "forbidden-words", words: ["  "] }, ["词语 › 第 1 项：词语不能为空"]],
    [{ kind: "image" }, ["图片检查至少要设置格式、最小尺寸或宽高比之一"]],
    [{ kind: "image", formats: ["jpeg", "psd"] }, ["格式 › 第 2 项：只能是 jpeg、png、webp、gif、bmp、tiff、heic、avif 之一"]],
    [{ kind: "image", aspect: { w: 1, h: 1, tolerance: 0.00001 } }, ["宽高比 › 容差：最多 4 位小数"]],
    [{ kind: "image", aspect: { w: 1, h: 0, tolerance: 0.6 } }, ["宽高比 › 高：不能小于 1", "宽高比 › 容差：不能大于 0.5"]],
    [{ kind: "video", minSeconds: 61, maxSeconds: 60 }, ["视频时长的下限 61 大于上限 60"]],
    [{ kind: "table", expected: { columns: ["a"], rows: [] } }, ["期望表格至少要有一行数据"]],
    [{ kind: "table", expected: { columns: ["a", "b"], rows: [[1]] } }, ["第 1 行有 1 个单元格，应为 2 个（与列数相同）"]],
    [{ kind: "table", expected: { columns: ["编号", " 编号"], rows: [[1, 2]] } }, ["期望表格的列名「编号」重复"]],
    [{ kind: "table", expected: { columns: ["编号"], rows: [[1], [1]] }, options: { keyColumns: ["编号"] } }, ["期望表格第 1 行与第 2 行的关键列取值相同"]],
    [{ kind: "table", expected: { columns: ["编号"], rows: [[1]] }, options: { keyColumns: ["订单号"], ranges: { 金额: { min: 0 } } } }, ["关键列「订单号」不在期望表格的列中", "合理范围的列「金额」不在期望表格的列中"]],
    [{ kind: "table", expected: { columns: ["编号"], rows: [[1]] }, options: { ranges: { 编号: { min: 5, max: 1 } } } }, ["合理范围的下限 5 大于上限 1"]],
    [{ kind: "fields", fields: [] }, ["字段：至少要设置一个字段"]],
    [{ kind: "fields", fields: [{ type: "number", name: "price", label: "价格", min: 10, max: 1 }] }, ["字段「价格」的下限 10 大于上限 1"]],
    [{ kind: "fields", fields: [{ type: "text", name: "phone", pattern: "1[3-9" }] }, ["字段「phone」 › 格式（正则表达式）：正则表达式无效"]],
    [{ kind: "fields", fields: [{ type: "number", name: "price", min: "10" }] }, ["字段「price」 › 下限：应为数字"]],
    [{ kind: "fields", fields: [{ type: "text", name: "a" }, { type: "text", name: "a" }] }, ["字段「a」重复"]],
    [{ kind: "fields", fields: [{ type: "rows", name: "shipping", label: "运费模板", columns: [{ type: "text", name: "region" }], unique: ["area"] }] }, ["字段「运费模板」没有名为「area」的列"]],
  ];
  for (const [input, messages] of cases)
    it(JSON.stringify(input), () => {
      expect(checkSpecIssues(input)).toEqual(messages);
      expect(() => parseCheckSpec(input)).toThrow(messages[0]);
    });
  it("a valid configuration has no issues and parses to itself", () => {
    const ok = { kind: "image", formats: ["jpeg"], minWidth: 800, minHeight: 800, aspect: { w: 1, h: 1, tolerance: 0.01 } };
    expect(checkSpecIssues(ok)).toEqual([]);
    expect(parseCheckSpec(ok)).toEqual(ok);
  });
  it("knows seven kinds", () => {
    expect(CHECK_KINDS).toEqual(["text-length", "required-words", "forbidden-words", "image", "video", "table", "fields"]);
  });
});

describe("every finding has its message in both languages, with every placeholder filled", () => {
  it("the catalogues hold every finding key and use the same placeholders", () => {
    const placeholders = (m: string) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    for (const key of FINDING_KEYS) {
      expect(checksZhCN[key], key).toBeTruthy();
      expect(placeholders(checksEn[key]), key).toEqual(placeholders(checksZhCN[key]));
    }
  });

  it("findings of every kind translate without a left-over placeholder", () => {
    const runs: Array<[unknown, CheckEvidence]> = [
      [{ kind: "text-length", min: 5, max: 6, unit: "width" }, { text: "汉字汉字" }],
      [{ kind: "text-length", min: 1, field: "t" }, { fields: {} }],
      [{ kind: "text-length", max: 1 }, {}],
      [{ kind: "required-words", words: ["a", "b"], minCount: 1 }, { text: "a" }],
      [{ kind: "required-words", words: ["a", "b"], minCount: 2 }, { text: "a" }],
      [{ kind: "forbidden-words" }, { text: "最佳" }],
      [{ kind: "forbidden-words" }, { text: "好" }],
      [{ kind: "image", formats: ["png"], minWidth: 2, minHeight: 2, aspect: { w: 1, h: 1, tolerance: 0 } }, { files: [{ name: "a", image: { format: "png", width: 2, height: 2 } }, { name: "b", image: { format: "gif", width: 1, height: 3 } }, { name: "c" }, { name: "d", error: "x" }, { name: "e", error: "checks.probe.noVideoTrack" }] }],
      [{ kind: "video", formats: ["mp4"], minSeconds: 1, maxSeconds: 2 }, { files: [{ name: "a", video: { format: "mp4", durationSeconds: 1.5 } }, { name: "b", video: { format: "webm", durationSeconds: 0.5 } }, { name: "c", video: { format: "mp4", durationSeconds: 3 } }, { name: "d" }] }],
      [{ kind: "video", maxSeconds: 2 }, {}],
      [{ kind: "table", expected: { columns: ["k", "n", "t"], rows: [["a", 1, "x"], ["b", 2, "y"], ["c", 3, "z"], ["d", 4, "w"], ["e", 5, "0"]] }, options: { ignoreRowOrder: false, ranges: { n: { min: 0, max: 9 } } } },
        { files: [{ name: "t", table: { columns: ["k", "n", "x"], rows: [["b", 2, 1], ["a", "1", 2], ["a", "1", 2], [null, null, null], ["c", null, 3], ["q", 99, 1], ["d", 99, 1], ["e", 5, 0], ["z", 1, 1]] } }] }],
      [{ kind: "table", expected: { columns: ["t"], rows: [["1"], [null]] } }, { files: [{ name: "t", table: { columns: ["t"], rows: [[1], ["x"]] } }] }],
      [{ kind: "table", expected: { columns: ["t"], rows: [["1"]] } }, { files: [{ name: "t" }] }],
      [{ kind: "fields", fields: [
        { type: "text", name: "a", minLength: 2, maxLength: 3, pattern: "x+" }, { type: "text", name: "b", pattern: "x", patternHint: "x" }, { type: "text", name: "c", allowed: ["y"] },
        { type: "number", name: "d", min: 1, max: 2, integer: true, maxDecimals: 0 }, { type: "number", name: "e" }, { type: "number", name: "f", max: 0 },
        { type: "boolean", name: "g", expected: true }, { type: "boolean", name: "h" }, { type: "text", name: "i" },
        { type: "rows", name: "j", minRows: 3, unique: ["k"], columns: [{ type: "text", name: "k" }] }, { type: "rows", name: "l", maxRows: 0, columns: [{ type: "text", name: "o", required: false }] }, { type: "rows", name: "m", columns: [{ type: "boolean", name: "n", expected: false }] },
      ] as unknown[] }, { fields: { a: "y", b: "y", c: "z", d: 0.5, e: "e", f: 1, g: false, h: "?", j: [{ k: 1 }, { k: 1 }], l: [{}], m: "x", z: "" } }],
      [{ kind: "text-length", min: 3, max: 4 }, { text: "ab" }],
      [{ kind: "image", minHeight: 2 }, { files: [{ name: "a", image: { format: "png", width: 2, height: 1 } }] }],
      [{ kind: "table", expected: { columns: ["k", "n", "t"], rows: [["a", 1, "x"], ["b", 2, "y"], ["c", 3, "z"], ["d", 4, null]] }, options: { keyColumns: ["k"], ranges: { n: { max: 9 } } } },
        { files: [{ name: "t", table: { columns: ["k", "n", "t"], rows: [["a", null, "x"], ["b", 2, "q"], ["c", 99, "z"], ["d", 4, "w"]] } }] }],
      [{ kind: "table", expected: { columns: ["k"], rows: Array.from({ length: 101 }, (_, i) => [i]) } }, { files: [{ name: "t", table: { columns: ["k"], rows: [] } }] }],
      [{ kind: "fields", fields: [{ type: "text", name: "p", maxLength: 3 }, { type: "text", name: "q" }, { type: "boolean", name: "r", expected: false }] }, { fields: { p: "yyyy", q: "ok", r: true } }],
    ];
    const seen = new Set<string>();
    for (const [raw, evidence] of runs) {
      const spec = CheckSpecSchema.parse(raw);
      for (const f of runCheck(spec, evidence).findings as Finding[]) {
        seen.add(f.key);
        for (const locale of ["zh-CN", "en"] as const) expect(translate(locale, f.key as MessageKey, f.params), `${locale} ${f.key}`).not.toMatch(/\{\w+\}/);
      }
    }
    // The battery above reaches every finding a check can emit (probe-only keys aside).
    const probeOnly = ["checks.probe.unreadable", "checks.probe.noDuration", "checks.probe.tableEmpty", "checks.probe.tableTooLarge"];
    expect(FINDING_KEYS.filter((k) => !seen.has(k) && !probeOnly.includes(k))).toEqual([]);
  });
});
