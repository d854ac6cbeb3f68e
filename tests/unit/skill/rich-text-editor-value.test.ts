import { describe, expect, it } from "vitest";
import { parseDeliverables, validateDeliverableValue } from "@/exam/deliverables";
import { richTextLength, richTextValue } from "@/ui/skill/rich-text";

const spec = parseDeliverables([{ id: "detail", title: "商品详情描述", kind: "text", rich: true, maxLength: 10, checks: [] }])[0]!;

describe("the rich-text editor's count and value", () => {
  it("counts the plain text's code points, as the server does, not the tags", () => {
    const html = "<h3>产地</h3><p><strong>云南</strong> &amp; 𠮷</p><ul><li><p>甲</p></li></ul>";
    // 产地 \n 云南 space & space 𠮷 \n 甲 → 2+1+2+1+1+1+1+1+1 = 11
    expect(richTextLength(html)).toBe(11);
    const r = validateDeliverableValue(spec, { text: html });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain("现有 11 个字");
    expect(richTextLength("<p>一二三</p><p></p>")).toBe(3);
    expect(validateDeliverableValue(spec, { text: "<ul><li><p>一二三四五</p></li><li><p>六七八</p></li></ul>" }).ok).toBe(true);
  });

  it("saves an empty document as no text and anything else as its HTML without the trailing empty paragraph", () => {
    expect(richTextValue("<p></p>", true)).toEqual({ text: "" });
    expect(richTextValue("<p><strong>包邮</strong></p>", false)).toEqual({ text: "<p><strong>包邮</strong></p>" });
    expect(richTextLength("")).toBe(0);
    expect(richTextValue("<p>甲</p><ul><li><p>乙</p></li></ul><p></p>", false)).toEqual({ text: "<p>甲</p><ul><li><p>乙</p></li></ul>" });
    expect(richTextValue("<p></p><p>甲</p>", false)).toEqual({ text: "<p></p><p>甲</p>" });
  });
});
