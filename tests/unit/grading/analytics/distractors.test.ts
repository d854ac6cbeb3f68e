import { describe, expect, it } from "vitest";
import { analyseDistractors, analysePaper, itemFlags, undefinedFigure } from "@/grading/analytics";

describe("distractor analysis", () => {
  // Ten attempts in rank order (best total first): 27 % of 10 → groups of 3.
  // Key B. A is chosen only by the upper group (more than B there: a possible wrong key),
  // C only by the lower group, D never (dead), and the options go up to H.
  const responses = [["A"], ["A"], ["B"], ["B"], ["B"], [], ["C"], ["B"], ["C"], ["C"]];
  const r = analyseDistractors({ options: ["A", "B", "C", "D", "E", "F", "G", "H"], key: ["B"], responses });

  it("counts each option overall and in the upper and lower groups (hand-counted)", () => {
    expect([r.n, r.groupSize, r.omitted]).toEqual([10, 3, 1]);
    expect(r.options.map((o) => [o.key, o.chosen, o.upper, o.lower])).toEqual([
      ["A", 2, 2, 0],
      ["B", 4, 1, 1],
      ["C", 3, 0, 2],
      ["D", 0, 0, 0],
      ["E", 0, 0, 0],
      ["F", 0, 0, 0],
      ["G", 0, 0, 0],
      ["H", 0, 0, 0],
    ]);
    expect(r.options[1]!.share).toBe(0.4);
  });

  it("flags dead distractors, distractors that attract the upper group, and a possible wrong key", () => {
    expect(r.options.filter((o) => o.dead).map((o) => o.key)).toEqual(["D", "E", "F", "G", "H"]);
    expect(r.options.filter((o) => o.attractsUpper).map((o) => o.key)).toEqual(["A"]);
    expect(r.options.filter((o) => o.beatsKey).map((o) => o.key)).toEqual(["A"]);
    expect([r.deadDistractor, r.possibleWrongKey]).toEqual([true, true]);
    // The key itself is never dead or a distractor.
    expect(r.options[1]).toMatchObject({ keyed: true, dead: false, attractsUpper: false, beatsKey: false });
  });

  it("multiple choice: a distractor beats the key when the upper group chooses it more than the least chosen keyed option", () => {
    const m = analyseDistractors({ options: ["A", "B", "C", "D"], key: ["A", "C"], responses: [["A", "D"], ["A", "D"], ["A", "C"], ["C"]] });
    // Groups of 1: upper = first. Upper chose A and D; keyed C has 0 in the upper group.
    expect(m.options.map((o) => [o.key, o.upper, o.lower])).toEqual([["A", 1, 0], ["B", 0, 0], ["C", 0, 1], ["D", 1, 0]]);
    expect(m.possibleWrongKey).toBe(true);
    expect(m.options.find((o) => o.key === "B")!.dead).toBe(true);
  });

  it("fewer than 2 attempts: no groups, so nothing can beat the key", () => {
    const one = analyseDistractors({ options: ["A", "B"], key: ["A"], responses: [["B"]] });
    expect([one.groupSize, one.possibleWrongKey, one.options[1]!.dead]).toEqual([0, false, false]);
    expect(analyseDistractors({ options: ["A", "B"], key: ["A"], responses: [] }).options[0]!.share).toBeNull();
  });

  it("refuses a response or key outside the options", () => {
    expect(() => analyseDistractors({ options: ["A", "B"], key: ["C"], responses: [] })).toThrow("答案 C 不在选项中");
    expect(() => analyseDistractors({ options: ["A", "B"], key: ["A"], responses: [["Z"]] })).toThrow("作答选项 Z 不在选项中");
    expect(() => analyseDistractors({ options: ["A", "B"], key: [], responses: [] })).toThrow("没有标准答案");
  });
});

describe("item flags", () => {
  const f = (facility: number | null, di: number | null) => ({
    facility: facility === null ? undefinedFigure("no-data") : { value: facility, reason: null },
    discriminationIndex: di === null ? undefinedFigure("constant-item") : { value: di, reason: null },
  });

  it("uses the documented thresholds (facility > 0.9 easy, < 0.2 hard; DI < 0 negative, < 20 weak)", () => {
    expect(itemFlags(f(0.95, 45))).toEqual(["too-easy"]);
    expect(itemFlags(f(0.9, 20))).toEqual([]);
    expect(itemFlags(f(0.1, -5))).toEqual(["too-hard", "negative-discrimination"]);
    expect(itemFlags(f(0.5, 19.99))).toEqual(["weak-discrimination"]);
    expect(itemFlags(f(null, null))).toEqual([]);
    expect(itemFlags(f(0.5, 30), { deadDistractor: true, possibleWrongKey: true })).toEqual(["dead-distractor", "possible-wrong-key"]);
  });

  it("analysePaper ranks the responses with the totals for the distractor groups", () => {
    // Attempt ids deliberately out of rank order.
    const a = analysePaper({
      items: [
        { id: "q1", maxMark: 1, choice: { options: ["A", "B", "C", "D"], key: ["A"] } },
        { id: "q2", maxMark: 1 },
      ],
      attempts: [
        { id: "z", marks: [0, 0], responses: [["C"], []] },
        { id: "y", marks: [0, 1], responses: [["B"], []] },
        { id: "x", marks: [0, 1], responses: [["B"], []] },
        { id: "w", marks: [1, 0], responses: [["A"], []] },
      ],
    });
    const d = a.items[0]!.distractors!;
    // Rank: w, x, y (total 1, ties by id) then z (0); groups of 1: upper w, lower z.
    expect(d.options.map((o) => [o.key, o.chosen, o.upper, o.lower])).toEqual([["A", 1, 1, 0], ["B", 2, 0, 0], ["C", 1, 0, 1], ["D", 0, 0, 0]]);
    expect(a.items[0]!.flags).toContain("dead-distractor");
    expect(a.items[0]!.flags).not.toContain("possible-wrong-key");
    expect(a.items[1]!.distractors).toBeNull();
  });
});
