import { describe, expect, it } from "vitest";
import { parseLetters, trueFalseKey, truthOf } from "@/server/bank/formats/answers";
import { buildItem } from "@/server/bank/formats/build-item";

describe("true/false keys are never guessed", () => {
  it("reads the common true/false words", () => {
    for (const w of ["对", "正确", "√", "T", "TRUE", "true", "是", "Yes", "Y"]) expect(truthOf(w), w).toBe(true);
    for (const w of ["错", "错误", "×", "F", "FALSE", "false", "否", "No", "N"]) expect(truthOf(w), w).toBe(false);
    expect(truthOf("也许")).toBeNull();
  });

  it("maps a letter through the row's own options (A 错误, B 正确 → B is 对)", () => {
    const options = [
      { key: "A", text: "错误" },
      { key: "B", text: "正确" },
    ];
    expect(trueFalseKey("B", options)).toEqual({ ok: true, answer: "A", via: "B（正确）" });
    expect(trueFalseKey("A", options)).toMatchObject({ ok: true, answer: "B" });
    expect(trueFalseKey("正确", options)).toMatchObject({ ok: true, answer: "A" });
  });

  it("refuses a letter without option texts, and options that are not true/false words", () => {
    expect(trueFalseKey("A", [])).toEqual({ ok: false, message: "判断题答案为字母 A，但没有给出选项文字，无法确定 A 表示“对”还是“错”；请填写 对 或 错" });
    const r = trueFalseKey("A", [
      { key: "A", text: "合法" },
      { key: "B", text: "违法" },
    ]);
    expect(r).toEqual({ ok: false, message: "判断题的选项（A 合法、B 违法）无法确定哪个是“对”、哪个是“错”" });
    expect(trueFalseKey("也许", [])).toMatchObject({ ok: false, message: expect.stringContaining("而不是“也许”") });
  });

  it("reads option letters in the usual spellings", () => {
    expect(parseLetters("A,C")).toEqual(["A", "C"]);
    expect(parseLetters("acd")).toEqual(["A", "C", "D"]);
    expect(parseLetters("B、A")).toEqual(["A", "B"]);
    expect(parseLetters("H")).toEqual(["H"]);
    expect(parseLetters("I")).toBeNull();
    expect(parseLetters("对")).toBeNull();
  });
});

describe("buildItem", () => {
  it("keeps up to 8 options and refuses more, naming the count", () => {
    const eight = "ABCDEFGH".split("").map((k) => `选项${k}`);
    const ok = buildItem({ type: "single", stem: "八个选项", options: eight, key: { written: "H" } });
    expect(ok.ok && ok.input.options.map((o) => o.key)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
    expect(ok.ok && ok.input.answer).toEqual(["H"]);
    const nine = buildItem({ type: "single", stem: "九个选项", options: [...eight, "选项I"], key: { written: "A" } });
    expect(nine).toEqual({ ok: false, problems: [{ field: "选项", message: "有 9 个选项，最多支持 8 个（A–H）" }] });
  });

  it("accepts a multiple-choice item with every option correct, refuses one with a single key", () => {
    expect(buildItem({ type: "multiple", stem: "全对", options: ["a", "b", "c"], key: { written: "ABC" } }).ok).toBe(true);
    expect(buildItem({ type: "multiple", stem: "一个", options: ["a", "b", "c"], key: { written: "A" } })).toMatchObject({
      ok: false,
      problems: [{ field: "正确答案", message: "多选题应有至少 2 个正确答案（只有 1 个正确答案的请设为单选题）" }],
    });
  });

  it("names an answer outside the options", () => {
    expect(buildItem({ type: "single", stem: "x", options: ["a", "b"], key: { written: "E" } })).toEqual({
      ok: false,
      problems: [{ field: "正确答案", message: "答案 E 不在选项中（共 2 个选项）" }],
    });
  });
});
