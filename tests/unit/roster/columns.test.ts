import { describe, expect, it } from "vitest";
import { matchHeaders, parsePhone, parseWorkMonths, parseYesNo } from "@/server/roster/columns";

describe("roster columns", () => {
  it("matches headers ignoring spaces, width and required markers", () => {
    const m = matchHeaders(["* 姓名", "身份证号码（必填）", "性 别", "工种", "级别", "联系电话", ""]);
    expect(m.missing).toEqual([]);
    expect(m.unknown).toEqual([]);
    expect(m.index).toMatchObject({ name: 0, idNumber: 1, gender: 2, track: 3, level: 4, phone: 5 });
  });

  it("normalises phone numbers", () => {
    expect(parsePhone("138 1234 5678")).toEqual({ ok: true, value: "13812345678" });
    expect(parsePhone("+86 13812345678")).toEqual({ ok: true, value: "13812345678" });
    expect(parsePhone("0753-1234567")).toEqual({ ok: true, value: "0753-1234567" });
    expect(parsePhone("010 12345678")).toEqual({ ok: true, value: "010-12345678" });
    expect(parsePhone("(0753)1234567")).toEqual({ ok: true, value: "0753-1234567" });
    expect(parsePhone("07531234567").ok).toBe(false); // area code boundary unknown without a separator
    expect(parsePhone("1381234567").ok).toBe(false);
    expect(parsePhone("23812345678").ok).toBe(false);
  });

  it("reads years as months (Math.round(years × 12)) and yes/no", () => {
    expect(parseWorkMonths("1")).toEqual({ ok: true, value: 12 });
    expect(parseWorkMonths("4.5")).toEqual({ ok: true, value: 54 });
    expect(parseWorkMonths("6年")).toEqual({ ok: true, value: 72 });
    expect(parseWorkMonths("0.1")).toEqual({ ok: true, value: 1 });
    expect(parseWorkMonths("18个月")).toEqual({ ok: true, value: 18 });
    expect(parseWorkMonths("１.５ 年")).toEqual({ ok: true, value: 18 });
    expect(parseWorkMonths("1,5").ok).toBe(false);
    expect(parseYesNo("是")).toEqual({ ok: true, value: true });
    expect(parseYesNo("否")).toEqual({ ok: true, value: false });
    expect(parseYesNo("TRUE")).toEqual({ ok: true, value: true });
    expect(parseYesNo("有").ok).toBe(false);
  });
});
