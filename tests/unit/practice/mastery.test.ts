import { describe, expect, it } from "vitest";
import { masteryByArea, masteryByContent, nextToPractise, practiceStreak, RECENT_WINDOW, weakestContents, type PracticeAnswerFact } from "@/grading/mastery";

const t0 = Date.UTC(2026, 0, 1);
function answers(content: string, area: PracticeAnswerFact["area"], pattern: string, start = 0): PracticeAnswerFact[] {
  // pattern in time order: "1" right, "0" wrong
  return [...pattern].map((ch, i) => ({ content, area, correct: ch === "1", answeredAt: new Date(t0 + (start + i) * 60_000) }));
}

describe("mastery", () => {
  it("is the share right of the latest 20 answers of a content, half up to a whole percent", () => {
    const m = masteryByContent(answers("5:1.1", "1", "110"));
    expect(m.get("5:1.1")).toEqual({ area: "1", recent: 3, right: 2, answered: 3, percent: 67 });
    // 25 answers: the 5 oldest are wrong, the latest 20 right.
    const old = masteryByContent(answers("5:1.2", "1", `${"0".repeat(5)}${"1".repeat(20)}`));
    expect(RECENT_WINDOW).toBe(20);
    expect(old.get("5:1.2")).toEqual({ area: "1", recent: 20, right: 20, answered: 25, percent: 100 });
    // Order of input does not matter.
    const shuffled = masteryByContent([...answers("5:1.2", "1", `${"0".repeat(5)}${"1".repeat(20)}`)].reverse());
    expect(shuffled.get("5:1.2")?.percent).toBe(100);
    expect(masteryByContent(answers("x", "1", "10")).get("x")?.percent).toBe(50);
    expect(masteryByContent(answers("x", "1", "100100100")).get("x")?.percent).toBe(33);
    expect(masteryByContent(answers("x", "1", "1".repeat(1) + "0".repeat(7))).get("x")?.percent).toBe(13); // 12.5 → 13
  });

  it("per area takes the recent windows of its contents together", () => {
    const byContent = masteryByContent([...answers("5:1.1", "1", "1111"), ...answers("5:1.2", "1", "0000"), ...answers("ethics", "ethics", "1")]);
    const byArea = masteryByArea(byContent);
    expect(byArea.get("1")).toEqual({ recent: 8, right: 4, answered: 8, percent: 50 });
    expect(byArea.get("ethics")?.percent).toBe(100);
    expect(byArea.get("2")).toBeUndefined();
  });

  it("the weakest contents need 3 recent answers and are ordered by mastery, then misses", () => {
    const byContent = masteryByContent([
      ...answers("a", "1", "0001"), // 25 %
      ...answers("b", "1", "00"), // too few
      ...answers("c", "2", "01"), // too few
      ...answers("d", "2", "000111"), // 50 %, 3 wrong
      ...answers("e", "3", "0101"), // 50 %, 2 wrong
      ...answers("f", "3", "111"), // 100 %: never weak
    ]);
    expect(weakestContents(byContent)).toEqual(["a", "d", "e"]);
    expect(weakestContents(byContent, 1)).toEqual(["a"]);
    expect(weakestContents(new Map())).toEqual([]);
  });
});

describe("practiceStreak", () => {
  it("counts consecutive days ending today or yesterday, and the longest run", () => {
    const days = ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-05", "2026-01-06"];
    expect(practiceStreak(days, "2026-01-06")).toEqual({ current: 2, longest: 3, today: true });
    expect(practiceStreak(days, "2026-01-07")).toEqual({ current: 2, longest: 3, today: false });
    expect(practiceStreak(days, "2026-01-08")).toEqual({ current: 0, longest: 3, today: false });
    expect(practiceStreak([], "2026-01-08")).toEqual({ current: 0, longest: 0, today: false });
    expect(practiceStreak(["2026-02-28", "2026-03-01"], "2026-03-01").current).toBe(2);
    expect(practiceStreak(["2025-12-31", "2026-01-01"], "2026-01-01").longest).toBe(2);
  });
});

describe("nextToPractise", () => {
  const weights = { ethics: 5, basics: 25, "1": 20, "2": 20, "3": 10, "4": 10, "5": 10, "6": 0 } as const;
  const contents = [
    { key: "ethics", area: "ethics" as const },
    { key: "2.2.1", area: "basics" as const },
    { key: "2.2.2", area: "basics" as const },
    { key: "5:1.1", area: "1" as const },
    { key: "5:6.1", area: "6" as const },
  ];

  it("puts the wrong-answer book first, then the contents with most exam points still missed", () => {
    const byContent = masteryByContent([...answers("5:1.1", "1", "1111111111"), ...answers("2.2.1", "basics", "0000")]);
    const next = nextToPractise({ contents, weights, byContent, openMistakes: 4 });
    expect(next[0]).toEqual({ kind: "mistakes", count: 4 });
    // 2.2.1: 12.5 points × 100 % missed; 2.2.2: 12.5 × 100 % (new); ethics 5 × 100 %; 5:1.1 is mastered; duty 6 has no weight.
    expect(next.slice(1)).toEqual([
      { kind: "content", content: "2.2.1", reason: "weak", percent: 0, points: 12.5 },
      { kind: "content", content: "2.2.2", reason: "new", percent: null, points: 12.5 },
    ]);
    expect(nextToPractise({ contents, weights, byContent, openMistakes: 0, limit: 5 }).map((s) => (s.kind === "content" ? s.content : s.kind))).toEqual([
      "2.2.1",
      "2.2.2",
      "ethics",
    ]);
  });
});
