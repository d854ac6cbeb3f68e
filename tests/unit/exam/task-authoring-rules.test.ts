// The pure rules of skill task authoring (issue 14): which files may be materials (by detected
// type) and the links of automatic criteria to checks.
import { describe, expect, it } from "vitest";
import { MAX_MATERIAL_BYTES, materialRefusal, materialTitleFromName, materialTypeAllowed } from "@/exam/materials";
import { applyAutoChoices, autoChoiceIssues } from "@/exam/task-auto";

describe("materials", () => {
  it("allows DOCX, XLSX, CSV, images, videos, PDF and ZIP by detected type", () => {
    for (const mime of [
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "text/csv",
      "image/png",
      "image/jpeg",
      "image/heic",
      "video/mp4",
      "video/quicktime",
      "application/pdf",
      "application/zip",
    ])
      expect(materialTypeAllowed(mime), mime).toBe(true);
    for (const mime of ["text/plain", "application/x-msdownload", "application/octet-stream", "application/x-cfb", "text/html", "image/", "video"]) expect(materialTypeAllowed(mime), mime).toBe(false);
  });

  it("refuses with a Chinese message naming the file", () => {
    expect(materialRefusal({ name: "a.png", size: 10, mime: "image/png" })).toBeNull();
    expect(materialRefusal({ name: "主图.png", size: 10, mime: "application/x-msdownload" })).toBe("材料「主图.png」的内容是Windows 程序（EXE），材料只能是 DOCX、XLSX、CSV、图片、视频、PDF 或 ZIP 文件（按文件内容判断，而不是扩展名）");
    expect(materialRefusal({ name: "x.bin", size: 10, mime: "application/x-foo" })).toMatch(/^材料「x\.bin」的内容是application\/x-foo，/);
    expect(materialRefusal({ name: "空.pdf", size: 0, mime: "application/pdf" })).toBe("材料「空.pdf」是空文件");
    expect(materialRefusal({ name: "大.mp4", size: MAX_MATERIAL_BYTES, mime: "video/mp4" })).toBeNull();
    expect(materialRefusal({ name: "大.mp4", size: MAX_MATERIAL_BYTES + 1, mime: "video/mp4" })).toBe("材料「大.mp4」超过 500 MB");
  });

  it("takes the title from the file name without its extension", () => {
    expect(materialTitleFromName("订单数据.xlsx")).toBe("订单数据");
    expect(materialTitleFromName("archive.tar.gz")).toBe("archive.tar");
    expect(materialTitleFromName(".xlsx")).toBe(".xlsx");
    expect(materialTitleFromName("说明")).toBe("说明");
  });
});

describe("automatic criteria", () => {
  const rubric = [
    { id: "c1", title: "标题", points: 10, descriptors: "x" },
    { id: "c2", title: "主图", points: 10, descriptors: "y", auto: { deliverableId: "img", checkIndex: 0, rule: "all-or-nothing" } },
  ];
  const deliverables = [
    { id: "title", title: "商品标题", checks: [{ kind: "text-length" }, { kind: "forbidden-words" }] },
    { id: "img", title: "商品主图", checks: [{ kind: "image" }] },
  ];

  it("accepts links to existing checks, and null for not automatic", () => {
    expect(autoChoiceIssues(undefined, rubric, deliverables)).toEqual([]);
    expect(autoChoiceIssues({ c1: { deliverableId: "title", checkIndex: 1, rule: "proportional" }, c2: null }, rubric, deliverables)).toEqual([]);
  });

  it("names the criterion and what is wrong", () => {
    expect(
      autoChoiceIssues(
        {
          c1: { deliverableId: "title", checkIndex: 2, rule: "all-or-nothing" },
          c2: { deliverableId: "img", checkIndex: 0, rule: "sometimes" },
          c3: null,
        },
        rubric,
        deliverables,
      ),
    ).toEqual([
      "评分细则 1「标题」 › 自动评分：交付物「商品标题」没有第 3 项自动检查",
      "评分细则 2「主图」 › 自动评分：计分方式只能是“通过得满分”或“按比例得分”",
      "自动评分：评分细则中没有编号为「c3」的评分项",
    ]);
    expect(autoChoiceIssues([], rubric, deliverables)).toEqual(["自动评分的设置格式不对"]);
  });

  it("refuses two criteria scored by the same check", () => {
    const same = { deliverableId: "img", checkIndex: 0, rule: "all-or-nothing" };
    expect(autoChoiceIssues({ c1: same, c2: same }, rubric, deliverables)).toEqual(["评分细则 2「主图」 › 自动评分：交付物「商品主图」的第 1 项检查已用于评分细则 1「标题」"]);
  });

  it("applies choices by criterion id and keeps the rest", () => {
    const link = { deliverableId: "title", checkIndex: 0, rule: "all-or-nothing" as const };
    expect(applyAutoChoices(rubric, { c1: link })).toEqual([{ ...rubric[0], auto: link }, rubric[1]]);
    expect(applyAutoChoices(rubric, { c2: null })).toEqual([rubric[0], { id: "c2", title: "主图", points: 10, descriptors: "y" }]);
    expect(applyAutoChoices(rubric, undefined)).toEqual(rubric);
  });
});
