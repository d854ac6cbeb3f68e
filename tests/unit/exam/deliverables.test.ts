import { describe, expect, it } from "vitest";
import { deliverableIssues, evidenceFor, parseDeliverables, plainTextOfHtml, validateDeliverableValue, workStillAccepted, type DeliverableSpec } from "@/exam/deliverables";

const title = { id: "title", title: "商品标题", kind: "text", rich: false, maxLength: 60, checks: [{ kind: "text-length", max: 60 }, { kind: "forbidden-words" }] };
const form = {
  id: "listing",
  title: "商品信息",
  kind: "fields",
  fields: [
    { name: "price", label: "价格", type: "number", required: true, min: 0, max: 9999 },
    { name: "stock", label: "库存", type: "number", required: true },
    { name: "region", label: "地区", type: "select", required: false, options: ["江浙沪", "其他"] },
  ],
  rows: { min: 1, max: 3 },
  checks: [{ kind: "fields", fields: [{ name: "price", type: "number", min: 1 }] }],
};
const image = { id: "main-image", title: "商品主图", kind: "files", accept: ["image/jpeg", "image/png"], maxBytes: 5_000_000, maxCount: 1, checks: [{ kind: "image", minWidth: 800, minHeight: 800 }] };

describe("deliverable settings", () => {
  it("accepts the three kinds with their checks and parses them", () => {
    expect(deliverableIssues([title, form, image])).toEqual([]);
    const parsed = parseDeliverables([title, form, image]);
    expect(parsed.map((d) => d.kind)).toEqual(["text", "fields", "files"]);
    expect(parsed[0]!.checks[0]).toEqual({ kind: "text-length", max: 60 });
    expect(parseDeliverables(null)).toEqual([]);
  });

  it("names the deliverable and the setting in Chinese", () => {
    const issues = deliverableIssues([{ ...image, maxCount: 0, accept: ["jpg"] }]);
    expect(issues).toContain("交付物 1「商品主图」 › 文件数上限：文件数至少为 1");
    expect(issues.some((m) => m.startsWith("交付物 1「商品主图」 › 允许的文件类型") && m.includes("MIME"))).toBe(true);
  });

  it("refuses a bad id, duplicate ids and an empty title", () => {
    expect(deliverableIssues([{ ...title, id: "Title!" }])[0]).toMatch(/^交付物 1「商品标题」 › 编号：编号只能用小写字母/);
    expect(deliverableIssues([title, { ...title, title: "副标题" }])).toEqual(["交付物 2「副标题」 › 编号：「title」与交付物 1 重复"]);
    expect(deliverableIssues([{ ...title, title: " " }])).toContain("交付物 1 › 标题：标题不能为空");
  });

  it("checks fields: duplicate names, min above max, a select without options, rows min above max", () => {
    const bad = {
      ...form,
      fields: [
        { name: "a", label: "甲", type: "number", required: true, min: 5, max: 1 },
        { name: "a", label: "乙", type: "select", required: true },
      ],
      rows: { min: 4, max: 2 },
    };
    expect(deliverableIssues([bad])).toEqual([
      "交付物 1「商品信息」 › 字段 1「甲」：下限 5 大于上限 1",
      "交付物 1「商品信息」 › 字段 2「乙」：字段名「a」重复",
      "交付物 1「商品信息」 › 字段 2「乙」：下拉字段至少要有一个选项",
      "交付物 1「商品信息」 › 行数：下限 4 大于上限 2",
    ]);
  });

  it("reports every problem in one round: the whole-set rules run even when a deliverable fails its schema", () => {
    const bad = [
      { ...form, title: "", fields: [{ name: "a", label: "", type: "number", required: true, min: 5, max: 1 }, { name: "a", label: "乙", type: "text", required: true }], rows: { min: 4, max: 2 } },
      { ...title, maxLength: 0 },
      { ...title, title: "副标题", checks: [{ kind: "image", minWidth: 800 }] },
    ];
    expect(deliverableIssues(bad)).toEqual([
      "交付物 1 › 标题：标题不能为空",
      "交付物 1 › 字段 1 › 字段标题：字段标题不能为空",
      "交付物 1 › 字段 1：下限 5 大于上限 1",
      "交付物 1 › 字段 2「乙」：字段名「a」重复",
      "交付物 1 › 行数：下限 4 大于上限 2",
      "交付物 2「商品标题」 › 字数上限：字数上限至少为 1",
      "交付物 3「副标题」 › 编号：「title」与交付物 2 重复",
      "交付物 3「副标题」 › 自动检查 1：文本交付物不能用这种检查",
    ]);
  });

  it("passes check problems through checkSpecIssues and refuses a check that does not fit the kind", () => {
    const issues = deliverableIssues([{ ...title, checks: [{ kind: "text-length", min: 10, max: 5 }, { kind: "image", minWidth: 800 }] }]);
    expect(issues).toEqual(["交付物 1「商品标题」 › 自动检查 1：字数的下限 10 大于上限 5", "交付物 1「商品标题」 › 自动检查 2：文本交付物不能用这种检查"]);
  });

  it("refuses a non-list, too many, a missing kind; parseDeliverables throws with the list", () => {
    expect(deliverableIssues({})).toEqual(["交付物必须是一个列表"]);
    expect(deliverableIssues(Array.from({ length: 21 }, () => title))).toEqual(["每个任务最多 20 个交付物"]);
    expect(deliverableIssues([{ id: "x", title: "甲", checks: [] }])[0]).toBe("交付物 1「甲」 › 类型：类型必须是：文本、表单、文件之一");
    expect(() => parseDeliverables([{ ...image, maxBytes: 0 }])).toThrow(/大小上限至少 1 字节/);
  });

  it("accepts maxBytes at 2 GiB and refuses one byte more", () => {
    expect(deliverableIssues([{ ...image, maxBytes: 2 * 1024 ** 3 }])).toEqual([]);
    expect(deliverableIssues([{ ...image, maxBytes: 2 * 1024 ** 3 + 1 }])).toEqual(["交付物 1「商品主图」 › 大小上限：大小上限最多 2 GiB"]);
  });
});

describe("values", () => {
  const [t, f, i] = parseDeliverables([title, form, image]) as [DeliverableSpec, DeliverableSpec, DeliverableSpec];

  it("text: at the limit accepted, one over refused (code points, so 60 Chinese characters pass)", () => {
    expect(validateDeliverableValue(t, { text: "好".repeat(60) })).toEqual({ ok: true, value: { text: "好".repeat(60) } });
    expect(validateDeliverableValue(t, { text: "😀".repeat(60) }).ok).toBe(true);
    expect(validateDeliverableValue(t, { text: "好".repeat(61) })).toEqual({ ok: false, message: "「商品标题」最多 60 个字，现有 61 个字" });
    expect(validateDeliverableValue(t, { text: 5 })).toEqual({ ok: false, message: "「商品标题」的内容格式不对" });
  });

  it("rich text counts its plain text", () => {
    const rich = { ...t, rich: true, maxLength: 3 } as DeliverableSpec;
    expect(validateDeliverableValue(rich, { text: "<p><strong>甲乙</strong>丙</p>" }).ok).toBe(true);
    expect(validateDeliverableValue(rich, { text: "<p>甲乙丙丁</p>" }).ok).toBe(false);
    expect(plainTextOfHtml("<p>a &amp; b</p><p>c<br>d</p>")).toBe("a & b\nc\nd");
  });

  it("fields: unknown keys dropped, rows limited, over-long value refused naming the field", () => {
    const r = validateDeliverableValue(f, { values: { price: "59.9", hack: "x" }, rows: [{ region: "江浙沪", other: "y" }] });
    expect(r).toEqual({ ok: true, value: { values: { price: "59.9" }, rows: [{ region: "江浙沪" }] } });
    expect(validateDeliverableValue(f, { values: {}, rows: [{}, {}, {}, {}] })).toEqual({ ok: false, message: "「商品信息」最多 3 行" });
    expect(validateDeliverableValue(f, { values: { stock: "1".repeat(2001) } })).toEqual({ ok: false, message: "「商品信息」的字段「库存」最多 2000 个字" });
  });

  it("files cannot be saved as a value", () => {
    expect(validateDeliverableValue(i, { text: "x" })).toEqual({ ok: false, message: "「商品主图」须上传文件" });
  });

  it("evidence per kind", () => {
    expect(evidenceFor(t, { text: "标题" }, [])).toEqual({ text: "标题" });
    expect(evidenceFor(t, null, [])).toEqual({});
    expect(evidenceFor(f, { values: { price: "5" }, rows: [{ region: "其他" }] }, [])).toEqual({ fields: { price: "5", rows: [{ region: "其他" }] }, text: "5" });
    const files = [{ name: "a.png", image: { format: "png", width: 800, height: 800 } }];
    expect(evidenceFor(i, null, files)).toEqual({ files });
  });
});

describe("workStillAccepted", () => {
  const deadline = new Date("2026-11-30T10:00:00Z");
  it("until deadline + grace inclusive, only in progress", () => {
    expect(workStillAccepted({ status: "in_progress", deadline, now: new Date("2026-11-30T10:00:05Z"), graceSeconds: 5 })).toBe(true);
    expect(workStillAccepted({ status: "in_progress", deadline, now: new Date("2026-11-30T10:00:05.001Z"), graceSeconds: 5 })).toBe(false);
    expect(workStillAccepted({ status: "paused", deadline, now: new Date("2026-11-30T09:00:00Z"), graceSeconds: 5 })).toBe(false);
    expect(workStillAccepted({ status: "submitted", deadline, now: new Date("2026-11-30T09:00:00Z"), graceSeconds: 5 })).toBe(false);
  });
});
