// deliverableProblems (src/ui/skill/incomplete.ts): what the skill page's submit dialog lists.
import { describe, expect, it } from "vitest";
import { deliverableProblems, type IncompleteSpec } from "@/ui/skill/incomplete";

const form: IncompleteSpec = {
  id: "listing",
  title: "商品信息",
  kind: "fields",
  fields: [
    { name: "price", label: "价格", type: "number", required: true, min: 0, max: 99999 },
    { name: "stock", label: "库存", type: "number", required: false, min: 0 },
    { name: "origin", label: "产地", type: "text", required: true },
  ],
};
const keys = (spec: IncompleteSpec, value: unknown, files = 0) => deliverableProblems(spec, value, files).map((p) => [p.key, p.params]);

describe("deliverableProblems", () => {
  it("text: empty, whitespace or markup only is not answered; any text is finished", () => {
    const text: IncompleteSpec = { id: "t", title: "标题", kind: "text" };
    expect(keys(text, null)).toEqual([["skill.incomplete.empty", {}]]);
    expect(keys(text, { text: "  " })).toEqual([["skill.incomplete.empty", {}]]);
    expect(keys(text, { text: "<p></p><p>&nbsp;</p>" })).toEqual([["skill.incomplete.empty", {}]]);
    expect(keys(text, { text: "<p>好</p>" })).toEqual([]);
  });

  it("fields: untouched is not answered; blank required fields and numbers out of range are named", () => {
    expect(keys(form, null)).toEqual([["skill.incomplete.empty", {}]]);
    expect(keys(form, { values: { price: "-5", stock: "100000000000000000000000", origin: "" } })).toEqual([
      ["skill.incomplete.range", { field: "价格", value: "-5", min: 0, max: 99999 }],
      ["skill.incomplete.required", { field: "产地" }],
    ]);
    expect(keys(form, { values: { price: "abc", origin: "云南" } })).toEqual([["skill.incomplete.range", { field: "价格", value: "abc", min: 0, max: 99999 }]]);
    expect(keys(form, { values: { price: "99999", stock: "0", origin: "云南" } })).toEqual([]);
    expect(keys(form, { values: { price: "100000", origin: "云南" } })[0]?.[0]).toBe("skill.incomplete.range");
  });

  it("fields with rows: fewer rows than the minimum", () => {
    const table: IncompleteSpec = { id: "ship", title: "运费模板", kind: "fields", fields: [], rows: { min: 2, max: 5 } };
    expect(keys(table, { values: {}, rows: [{ region: "华东" }] })).toEqual([["skill.incomplete.rows", { min: 2, count: 1 }]]);
    expect(keys(table, { values: {}, rows: [{ region: "华东" }, { region: "华南" }] })).toEqual([]);
  });

  it("files: none stored is named; one or more is finished", () => {
    const files: IncompleteSpec = { id: "img", title: "主图", kind: "files" };
    expect(keys(files, null, 0)).toEqual([["skill.incomplete.noFile", {}]]);
    expect(keys(files, null, 1)).toEqual([]);
  });
});
