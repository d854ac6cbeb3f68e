import { describe, expect, it } from "vitest";
import { safeRichText } from "@/server/skill/examiner/rich-text";

describe("a candidate's rich text on the examiners' page", () => {
  it("keeps formatting, lists and tables", () => {
    expect(safeRichText("<p><strong>包邮</strong><em>秒发</em></p><ul><li>一</li></ul><table><tbody><tr><td colspan=\"2\">x</td></tr></tbody></table>")).toBe(
      "<p><strong>包邮</strong><em>秒发</em></p><ul><li>一</li></ul><table><tbody><tr><td colspan=\"2\">x</td></tr></tbody></table>",
    );
  });

  it("never lets through what could run, load, post or restyle the page", () => {
    const out = safeRichText('<script>alert(1)</script><style>.rubric{display:none}</style><form action="/api/x"><button>提交</button></form><img src=x onerror=alert(1)><a href="javascript:alert(1)">链接</a><p style="position:fixed" onclick="x()">文</p>');
    for (const bad of ["<script", "<style", "<form", "<button", "<img", "<a ", "onerror", "onclick", "style=", "javascript:"]) expect(out).not.toContain(bad);
    expect(out).toContain("<p>文</p>");
  });

  it("shows plain text typed as rich text as text", () => {
    expect(safeRichText("标题 < 60 字 & 无极限词")).toBe("标题 &lt; 60 字 &amp; 无极限词");
  });
});
