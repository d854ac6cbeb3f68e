import { describe, expect, it } from "vitest";
import { applicableContents, findItem, standard, TRACK_CODES, type WorkContent } from "@/standard";

const key = (c: WorkContent) => `${c.level}/${c.code}`;

describe("applicableContents", () => {
  it("level 5: only level-5 contents of the track", () => {
    for (const track of TRACK_CODES) {
      const got = applicableContents("5", track);
      expect(got.length).toBeGreaterThan(0);
      for (const c of got) {
        expect(c.level).toBe("5");
        expect(c.tracks).toContain(track);
      }
      const expected = standard.workContents.filter((c) => c.level === "5" && c.tracks.includes(track));
      expect(got.map(key)).toEqual(expected.map(key));
    }
  });

  it("level 4 includes the level-5 contents of the same track (高级别涵盖低级别)", () => {
    for (const track of TRACK_CODES) {
      const got = applicableContents("4", track).map(key);
      const l5 = applicableContents("5", track).map(key);
      const l4 = standard.workContents.filter((c) => c.level === "4" && c.tracks.includes(track)).map(key);
      expect(got).toEqual([...l5, ...l4]);
      expect(new Set(got).size).toBe(got.length);
    }
  });

  it("level 5 cross-border has no duty-3 or duty-5 content, and no 网商-only content", () => {
    const got = applicableContents("5", "cross-border");
    expect(got.filter((c) => c.duty === "3" || c.duty === "5")).toEqual([]);
    expect(got.map((c) => c.code)).toEqual(["1.1", "1.2", "1.3", "2.3", "2.4", "4.3", "4.4", "6.1", "6.2"]);
  });

  it("level 5 online-merchant has no 跨境-only content", () => {
    const codes = applicableContents("5", "online-merchant").map((c) => c.code);
    expect(codes).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "6.1", "6.2"]);
  });

  it("level 4 tracks per the notes' table (with the 3.1–3.4 decision)", () => {
    const l4 = (track: (typeof TRACK_CODES)[number]) =>
      applicableContents("4", track).filter((c) => c.level === "4").map((c) => c.code);
    expect(l4("online-merchant")).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2"]);
    expect(l4("cross-border")).toEqual([
      "1.1", "1.2", "1.3", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4", "3.5",
      "4.3", "4.4", "4.5", "4.6", "5.3", "5.4", "5.5", "6.1", "6.2",
    ]);
  });
});

describe("findItem", () => {
  it("identity is level + kind + code", () => {
    const s5 = findItem("5", "skill", "1.1.1");
    const k5 = findItem("5", "knowledge", "1.1.1");
    const s4 = findItem("4", "skill", "1.1.1");
    expect(s5?.text).toBe("能根据发布要求进行产品及服务文字信息录入");
    expect(k5?.text).toBe("电子商务平台产品及服务文字信息发布要求");
    expect(s4?.text).toBe("能根据电子商务平台发布要求进行产品及服务文字信息采集");
    expect(s5).toMatchObject({ level: "5", kind: "skill", code: "1.1.1", duty: "1", workContentCode: "1.1", workContentName: "文字资料采编" });
  });

  it("finds every item of the data and nothing else", () => {
    for (const c of standard.workContents) {
      for (const i of c.skills) expect(findItem(c.level, "skill", i.code)?.text).toBe(i.text);
      for (const i of c.knowledge) expect(findItem(c.level, "knowledge", i.code)?.text).toBe(i.text);
    }
    expect(findItem("5", "skill", "4.5.1")).toBeUndefined(); // exists at level 4 only
    expect(findItem("4", "knowledge", "4.5.6")?.text).toBe("信保订单退款处理方法");
    expect(findItem("4", "skill", "9.9.9")).toBeUndefined();
  });
});

describe("standard object", () => {
  it("is frozen (consumers cannot mutate the shared data)", () => {
    expect(Object.isFrozen(standard)).toBe(true);
    expect(Object.isFrozen(standard.workContents[0]?.skills)).toBe(true);
  });
});
