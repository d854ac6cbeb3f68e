import { describe, expect, it } from "vitest";
import { CheckSpecSchema, runCheck, type CheckResult } from "@/grading/checks";

// A product listing form (2.4 跨境电商商品发布 / 1.1 商品信息) with a 运费模板 (2.3.4).
const spec = CheckSpecSchema.parse({
  kind: "fields",
  fields: [
    { type: "text", name: "title", label: "商品标题", minLength: 10, maxLength: 60 },
    { type: "number", name: "price", label: "价格", min: 0.01, max: 99999, maxDecimals: 2 },
    { type: "number", name: "stock", label: "库存", min: 0, integer: true },
    { type: "text", name: "phone", label: "客服电话", pattern: "1[3-9]\\d{9}", patternHint: "11 位手机号", required: false },
    { type: "text", name: "unit", label: "计价方式", allowed: ["按件数", "按重量", "按体积"] },
    { type: "boolean", name: "freeShipping", label: "包邮", expected: false },
    {
      type: "rows",
      name: "shipping",
      label: "运费模板",
      minRows: 1,
      maxRows: 3,
      unique: ["region"],
      columns: [
        { type: "text", name: "region", label: "地区" },
        { type: "number", name: "first", label: "首件运费", min: 0, maxDecimals: 2 },
        { type: "number", name: "extra", label: "续件运费", min: 0, maxDecimals: 2 },
      ],
    },
  ],
});

const good = {
  title: "夏季纯棉短袖T恤 男款 宽松透气",
  price: "59.90",
  stock: 120,
  phone: "",
  unit: "按件数",
  freeShipping: false,
  shipping: [
    { region: "江浙沪", first: "6", extra: "2" },
    { region: "新疆 西藏", first: 18, extra: 10 },
  ],
};
// Conditions: title 3 (present, min, max), price 5 (present, a number, min, max, decimals), stock 4,
// phone 2, unit 2, freeShipping 3 (present, yes/no, expected), shipping 5 (present, a list, min,
// max, unique) + 2 rows × (region 1 + first 4 + extra 4).
const TOTAL = 3 + 5 + 4 + 2 + 2 + 3 + 5 + 18;
const failures = (r: CheckResult) => r.findings.filter((f) => !f.ok);
const run = (over: Record<string, unknown>) => runCheck(spec, { fields: { ...good, ...over } });

describe("fields check", () => {
  it("a correct form passes; every field gets an ok finding", () => {
    const r = runCheck(spec, { fields: good });
    expect(failures(r)).toEqual([]);
    expect(r).toMatchObject({ passed: true, met: TOTAL, total: TOTAL });
    expect(r.findings.map((f) => f.params?.field)).toEqual(["商品标题", "价格", "库存", "客服电话", "计价方式", "包邮", "运费模板"]);
  });
  it("the total does not depend on what was entered", () => {
    expect(runCheck(spec, { fields: {} }).total).toBe(TOTAL - 18);
    expect(run({ price: "abc" }).total).toBe(TOTAL);
  });
  it("text length: 10 and 60 characters pass, 9 and 61 fail", () => {
    expect(run({ title: "字".repeat(10) }).passed).toBe(true);
    expect(run({ title: "字".repeat(60) }).passed).toBe(true);
    expect(failures(run({ title: "字".repeat(9) }))).toEqual([{ ok: false, key: "checks.fields.tooShort", params: { field: "商品标题", length: 9, min: 10 } }]);
    expect(failures(run({ title: "字".repeat(61) }))).toEqual([{ ok: false, key: "checks.fields.tooLong", params: { field: "商品标题", length: 61, max: 60 } }]);
  });
  it("a required field left empty (or spaces only) is missing and fails all its conditions", () => {
    const r = run({ title: "   " });
    expect(failures(r)).toEqual([{ ok: false, key: "checks.fields.missing", params: { field: "商品标题" } }]);
    expect(r.met).toBe(TOTAL - 3);
    const { title: _omit, ...rest } = good;
    expect(runCheck(spec, { fields: rest }).met).toBe(TOTAL - 3);
  });
  it("numbers: the minimum and maximum are inclusive", () => {
    expect(run({ price: "0.01" }).passed).toBe(true);
    expect(run({ price: 99999 }).passed).toBe(true);
    expect(failures(run({ price: "0.00" }))).toEqual([{ ok: false, key: "checks.fields.belowMin", params: { field: "价格", value: "0.00", min: 0.01 } }]);
    expect(failures(run({ price: "99999.01" }))).toEqual([{ ok: false, key: "checks.fields.aboveMax", params: { field: "价格", value: "99999.01", max: 99999 } }]);
  });
  it("numbers: decimals as entered, integers, full-width digits and thousands separators", () => {
    expect(run({ price: "59.99" }).passed).toBe(true);
    expect(failures(run({ price: "59.999" }))).toEqual([{ ok: false, key: "checks.fields.decimals", params: { field: "价格", value: "59.999", max: 2 } }]);
    expect(run({ price: "５９.９" }).passed).toBe(true);
    expect(run({ price: "1,299.00" }).passed).toBe(true);
    expect(failures(run({ stock: "12.5" }))).toEqual([{ ok: false, key: "checks.fields.notInteger", params: { field: "库存", value: "12.5" } }]);
    expect(run({ stock: "0" }).passed).toBe(true);
    expect(failures(run({ stock: -1 }))).toEqual([{ ok: false, key: "checks.fields.belowMin", params: { field: "库存", value: "-1", min: 0 } }]);
  });
  it("not a number: one finding, and the numeric conditions fail", () => {
    const r = run({ price: "¥59.9" });
    expect(failures(r)).toEqual([{ ok: false, key: "checks.fields.notNumber", params: { field: "价格", value: "¥59.9" } }]);
    expect(r.met).toBe(TOTAL - 4);
  });
  it("patterns match the whole value; an optional empty field passes", () => {
    expect(run({ phone: "13812345678" }).passed).toBe(true);
    expect(failures(run({ phone: "1381234567" }))).toEqual([
      { ok: false, key: "checks.fields.patternHint", params: { field: "客服电话", value: "1381234567", hint: "11 位手机号" } },
    ]);
    expect(run({ phone: "138123456789" }).passed).toBe(false);
    expect(run({ phone: "x13812345678" }).passed).toBe(false);
  });
  it("allowed values", () => {
    expect(run({ unit: " 按重量 " }).passed).toBe(true);
    expect(failures(run({ unit: "按箱" }))).toEqual([
      { ok: false, key: "checks.fields.notAllowed", params: { field: "计价方式", value: "按箱", allowed: "按件数、按重量、按体积" } },
    ]);
  });
  it("yes/no: false is a value; the expected value is checked", () => {
    expect(failures(run({ freeShipping: true }))).toEqual([{ ok: false, key: "checks.fields.mustBeFalse", params: { field: "包邮" } }]);
    expect(failures(run({ freeShipping: "maybe" }))[0]?.key).toBe("checks.fields.notBoolean");
    expect(failures(run({ freeShipping: undefined }))[0]?.key).toBe("checks.fields.missing");
  });
  it("row lists: row counts at their edges, duplicates, and each row's cells", () => {
    const row = (region: string) => ({ region, first: 5, extra: 1 });
    expect(run({ shipping: [row("A"), row("B"), row("C")] }).passed).toBe(true);
    expect(failures(run({ shipping: [row("A"), row("B"), row("C"), row("D")] }))).toEqual([
      { ok: false, key: "checks.fields.rowsTooMany", params: { field: "运费模板", count: 4, max: 3 } },
    ]);
    expect(failures(run({ shipping: [] }))).toEqual([{ ok: false, key: "checks.fields.missing", params: { field: "运费模板" } }]);
    expect(failures(run({ shipping: [row("江浙沪"), row(" 江浙沪")] }))).toEqual([
      { ok: false, key: "checks.fields.rowDuplicate", params: { field: "运费模板", row: 2, of: 1, columns: "region" } },
    ]);
    expect(failures(run({ shipping: [row("A"), { region: "B", first: -1, extra: "1.234" }] }))).toEqual([
      { ok: false, key: "checks.fields.belowMin", params: { field: "运费模板 #2 · 首件运费", value: "-1", min: 0 } },
      { ok: false, key: "checks.fields.decimals", params: { field: "运费模板 #2 · 续件运费", value: "1.234", max: 2 } },
    ]);
    expect(failures(run({ shipping: "江浙沪 6 元" }))).toEqual([{ ok: false, key: "checks.fields.notRows", params: { field: "运费模板" } }]);
  });
});
