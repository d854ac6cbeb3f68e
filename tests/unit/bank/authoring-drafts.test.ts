// The deliverables editor's working copy (src/ui/bank/authoring): stored deliverables survive a
// round trip through the editor unchanged, new ones are valid once titled, lists and tables typed
// as text become the model's values, and automatic links follow their deliverable and check.
import { describe, expect, it } from "vitest";
import { deliverableIssues } from "@/exam/deliverables";
import { demoDeliverables } from "@/server/seed/demo-bank/deliverables";
import { autoFromDrafts, autoToDrafts } from "@/ui/bank/authoring/auto-drafts";
import { fieldRulesFromForm, fromDrafts, newCheck, newDeliverable, newField, parseTable, splitList, tableText, toDrafts } from "@/ui/bank/authoring/drafts";

describe("deliverable drafts", () => {
  it("round-trips every demo task's deliverables unchanged", () => {
    for (const duty of ["1", "2", "3", "4", "5", "6"]) {
      const stored = demoDeliverables(duty);
      expect(deliverableIssues(stored), duty).toEqual([]);
      expect(fromDrafts(toDrafts(stored)), duty).toEqual(stored);
    }
  });

  it("new deliverables get free ids and are valid once titled", () => {
    const text = newDeliverable("text", ["d1"]);
    const fields = newDeliverable("fields", ["d1", text.id as string]);
    const files = newDeliverable("files", []);
    expect([text.id, fields.id, files.id]).toEqual(["d2", "d3", "d1"]);
    const titled = [text, fields, files].map((d, i) => ({ ...d, id: `x${i}`, title: `交付物${i}`, fields: d.fields?.map((f) => ({ ...f, label: "价格" })) }));
    expect(deliverableIssues(fromDrafts(titled))).toEqual([]);
    // Untitled: the server names the title.
    expect(deliverableIssues(fromDrafts([text]))).toEqual(["交付物 1 › 标题：标题不能为空"]);
  });

  it("turns typed lists and tables into the model's values", () => {
    expect(splitList("最\n第一、 国家级,,唯一；")).toEqual(["最", "第一", "国家级", "唯一"]);
    expect(parseTable("订单编号\t数量\t金额\nDD1\t2\t118.5\nDD2\t\t-3")).toEqual({ columns: ["订单编号", "数量", "金额"], rows: [["DD1", 2, 118.5], ["DD2", null, -3]] });
    expect(parseTable("a,b\n1,x")).toEqual({ columns: ["a", "b"], rows: [[1, "x"]] });
    expect(tableText({ columns: ["a", "b"], rows: [[1, null]] })).toBe("a\tb\n1\t");

    const d = newDeliverable("files", []);
    const table = { ...newCheck("table"), _expected: "订单编号\t金额\nDD1\t5", _keyColumns: "订单编号" };
    const words = { ...newCheck("forbidden-words"), _words: "" };
    const [out] = fromDrafts([{ ...d, title: "表", checks: [table] }, { ...newDeliverable("text", ["d1"]), title: "文", checks: [words, { ...newCheck("required-words"), _words: "包邮\n正品" }] }]);
    expect(out!.checks).toEqual([{ kind: "table", expected: { columns: ["订单编号", "金额"], rows: [["DD1", 5]] }, options: { keyColumns: ["订单编号"] } }]);
    const second = fromDrafts([{ ...newDeliverable("text", []), title: "文", checks: [words, { ...newCheck("required-words"), _words: "包邮\n正品" }] }])[0]!;
    expect(second.checks).toEqual([{ kind: "forbidden-words" }, { kind: "required-words", words: ["包邮", "正品"] }]);
  });

  it("keeps file types outside the checkbox list, and select options", () => {
    const [d] = toDrafts([{ id: "f", title: "文件", kind: "files", accept: ["image/png", "image/bmp"], maxBytes: 1024, maxCount: 2, checks: [] }]);
    expect(d!._acceptOther).toBe("image/bmp");
    expect(fromDrafts([d!])[0]!.accept).toEqual(["image/png", "image/bmp"]);
    const field = { ...newField([]), label: "运费", type: "select", _options: "包邮\n按件" };
    const form = { ...newDeliverable("fields", []), title: "表单", fields: [field] };
    expect(fromDrafts([form])[0]!.fields).toEqual([{ name: "f1", label: "运费", type: "select", required: false, options: ["包邮", "按件"] }]);
  });

  it("generates a form check's rules from the form's settings", () => {
    const form = {
      ...newDeliverable("fields", []),
      title: "运费模板",
      fields: [
        { ...newField([]), name: "region", label: "地区", required: true },
        { ...newField(["region"]), name: "fee", label: "首费", type: "number", required: true, min: 0, max: 100 },
      ],
      rows: { min: 1, max: 10 },
    };
    const rules = fieldRulesFromForm(form);
    expect(rules).toEqual([
      {
        type: "rows",
        name: "rows",
        minRows: 1,
        maxRows: 10,
        columns: [
          { name: "region", label: "地区", required: true, type: "text" },
          { name: "fee", label: "首费", required: true, type: "number", min: 0, max: 100 },
        ],
      },
    ]);
    const check = { ...newCheck("fields"), _fields: JSON.stringify(rules) };
    expect(deliverableIssues(fromDrafts([{ ...form, checks: [check] }]))).toEqual([]);
    // Unparsable JSON is passed on so that the server names the setting.
    expect(deliverableIssues(fromDrafts([{ ...form, checks: [{ ...check, _fields: "[{" }] }]))[0]).toMatch(/^交付物 1「运费模板」 › 自动检查 1：/);
  });
});

describe("automatic links in the editor", () => {
  it("follow their deliverable and check through reordering and renaming; a removed check becomes an empty choice", () => {
    const drafts = toDrafts(demoDeliverables("1"));
    const auto = autoToDrafts(
      [
        { id: "c1", auto: { deliverableId: "title", checkIndex: 1, rule: "all-or-nothing" } },
        { id: "c2", auto: { deliverableId: "main-image", checkIndex: 0, rule: "proportional" } },
        { id: "c3", auto: null },
      ],
      drafts,
    );
    expect(autoFromDrafts(auto, drafts)).toEqual({
      c1: { deliverableId: "title", checkIndex: 1, rule: "all-or-nothing" },
      c2: { deliverableId: "main-image", checkIndex: 0, rule: "proportional" },
      c3: null,
    });
    const title = drafts.find((d) => d.id === "title")!;
    const moved = [{ ...title, id: "headline", checks: title.checks.slice(1) }, ...drafts.filter((d) => d !== title && d.id !== "main-image")];
    expect(autoFromDrafts(auto, moved)).toEqual({
      c1: { deliverableId: "headline", checkIndex: 0, rule: "all-or-nothing" },
      c2: { deliverableId: "", checkIndex: -1, rule: "proportional" },
      c3: null,
    });
  });
});
