import { describe, expect, it } from "vitest";
import { translate } from "@/i18n";
import { interpolate, messageLookup } from "@/i18n/interpolate";

describe("message placeholders", () => {
  it("fills known placeholders and leaves unknown ones", () => {
    expect(interpolate("已答 {answered} / {total}，{x}", { answered: 3, total: 90 })).toBe("已答 3 / 90，{x}");
    expect(interpolate("无参数 {a}")).toBe("无参数 {a}");
    expect(interpolate("{toString}", {})).toBe("{toString}");
  });

  it("is what translate and the client lookups use", () => {
    expect(translate("zh-CN", "candidates.total", { total: 12 })).toBe("共 12 名考生");
    const t = messageLookup({ "exam.legend": "已答 {answered} / {total} 题" });
    expect(t("exam.legend", { answered: 1, total: 2 })).toBe("已答 1 / 2 题");
    expect(t("missing.key")).toBe("missing.key");
  });
});
