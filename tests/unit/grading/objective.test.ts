import { describe, expect, it } from "vitest";
import { buildBlueprint, type Blueprint, type OptionKey, type PaperItem, type PaperStructure } from "@/exam";
import { regradeDiff, scoreObjective, scoreTheoryAttempt, type TheoryPaperItem } from "@/grading";

describe("scoreObjective: true-false and single are all-or-nothing", () => {
  it("true-false", () => {
    expect(scoreObjective({ type: "true-false", key: ["A"], response: ["A"], points: 100 })).toBe(100);
    expect(scoreObjective({ type: "true-false", key: ["A"], response: ["B"], points: 100 })).toBe(0);
    expect(scoreObjective({ type: "true-false", key: ["B"], response: [], points: 100 })).toBe(0);
    // Both boxes ticked is not an answer.
    expect(scoreObjective({ type: "true-false", key: ["A"], response: ["A", "B"], points: 100 })).toBe(0);
  });

  it("single", () => {
    expect(scoreObjective({ type: "single", key: ["C"], response: ["C"], points: 125 })).toBe(125);
    expect(scoreObjective({ type: "single", key: ["C"], response: ["D"], points: 125 })).toBe(0);
    expect(scoreObjective({ type: "single", key: ["C"], response: [], points: 125 })).toBe(0);
    expect(scoreObjective({ type: "single", key: ["C"], response: ["C", "D"], points: 125 })).toBe(0);
    // The partial rule never applies to single or true-false items.
    expect(scoreObjective({ type: "single", key: ["C"], response: ["C", "D"], points: 125, rule: "partial" })).toBe(0);
  });

  it("a repeated key in the response counts once; order does not matter", () => {
    expect(scoreObjective({ type: "single", key: ["B"], response: ["B", "B"], points: 100 })).toBe(100);
    expect(scoreObjective({ type: "multiple", key: ["A", "C"], response: ["C", "A"], points: 200 })).toBe(200);
  });
});

describe("scoreObjective: multiple choice", () => {
  const key: OptionKey[] = ["A", "B", "D"];
  const cases: Array<[string, OptionKey[], number, number]> = [
    // name, response, all-or-nothing, partial (points 200)
    ["all correct", ["A", "B", "D"], 200, 200],
    ["subset without a wrong option", ["A", "D"], 0, 100],
    ["single correct option", ["B"], 0, 100],
    ["one wrong option among correct ones", ["A", "B", "C"], 0, 0],
    ["all correct plus a wrong one", ["A", "B", "C", "D"], 0, 0],
    ["only wrong", ["C"], 0, 0],
    ["empty", [], 0, 0],
  ];
  for (const [name, response, aon, partial] of cases) {
    it(`${name}: all-or-nothing ${aon}, partial ${partial}`, () => {
      expect(scoreObjective({ type: "multiple", key, response, points: 200 })).toBe(aon);
      expect(scoreObjective({ type: "multiple", key, response, points: 200, rule: "all-or-nothing" })).toBe(aon);
      expect(scoreObjective({ type: "multiple", key, response, points: 200, rule: "partial" })).toBe(partial);
    });
  }

  it("half points are rounded down to the hundredth", () => {
    expect(scoreObjective({ type: "multiple", key, response: ["A"], points: 125, rule: "partial" })).toBe(62);
    expect(scoreObjective({ type: "multiple", key, response: ["A"], points: 1, rule: "partial" })).toBe(0);
    expect(scoreObjective({ type: "multiple", key, response: ["A"], points: 250, rule: "partial" })).toBe(125);
  });

  it("refuses points that are not non-negative integer hundredths, and empty keys", () => {
    expect(() => scoreObjective({ type: "single", key: ["A"], response: ["A"], points: 1.5 })).toThrow();
    expect(() => scoreObjective({ type: "single", key: ["A"], response: ["A"], points: -100 })).toThrow();
    expect(() => scoreObjective({ type: "single", key: [], response: [], points: 100 })).toThrow();
    expect(() => scoreObjective({ type: "single", key: ["A", "B"], response: ["A"], points: 100 })).toThrow();
  });
});

/** A paper with the blueprint's counts and points (no bank needed): item keys are all "A". */
function paperFrom(bp: Blueprint): TheoryPaperItem[] {
  const items: TheoryPaperItem[] = [];
  for (const section of bp.sections)
    for (const area of bp.areas)
      for (let i = 0; i < area.counts[section.type]; i++)
        items.push({ versionId: `${section.type}/${area.area}/${i}`, type: section.type, area: area.area, points: section.points });
  return items;
}
function blueprint(structure?: PaperStructure): Blueprint {
  const r = buildBlueprint({ level: "4", track: "cross-border", structure, tolerance: "one-item" });
  if (!r.ok) throw new Error(r.reasons.join("\n"));
  return r;
}
function keysFor(items: TheoryPaperItem[]): Map<string, OptionKey[]> {
  return new Map(items.map((i) => [i.versionId, i.type === "multiple" ? (["A", "C"] as OptionKey[]) : (["A"] as OptionKey[])]));
}

describe("scoreTheoryAttempt", () => {
  const structures: Array<[string, PaperStructure | undefined]> = [
    ["default 20×1 + 60×1 + 10×2", undefined],
    [
      "30×0.5 + 55×1 + 12×2.5",
      {
        sections: [
          { type: "true-false", count: 30, points: 0.5 },
          { type: "single", count: 55, points: 1 },
          { type: "multiple", count: 12, points: 2.5 },
        ],
      },
    ],
  ];
  for (const [name, structure] of structures)
    it(`all correct on a paper built from points (${name}) scores exactly 10000, areas as the blueprint`, () => {
      const bp = blueprint(structure);
      const items = paperFrom(bp);
      const keys = keysFor(items);
      const r = scoreTheoryAttempt({ paperItems: items, keys, responses: keys });
      expect(r.total).toBe(10000);
      expect(r.max).toBe(10000);
      expect(r.passed).toBe(true);
      for (const a of bp.areas) expect(r.byArea[a.area]).toEqual({ points: a.points, max: a.points });
      expect(Object.keys(r.byArea).sort()).toEqual(bp.areas.map((a) => a.area).sort());
      expect(r.perItem.every((p) => p.correct && p.awarded === p.max)).toBe(true);
    });

  it("sums per area and marks correctness per item; a missing response is empty", () => {
    const paperItems: TheoryPaperItem[] = [
      { versionId: "t1", type: "true-false", area: "ethics", points: 100 },
      { versionId: "s1", type: "single", area: "basics", points: 100 },
      { versionId: "s2", type: "single", area: "basics", points: 100 },
      { versionId: "m1", type: "multiple", area: "1", points: 200 },
      { versionId: "m2", type: "multiple", area: "1", points: 200 },
    ];
    const keys = new Map<string, OptionKey[]>([
      ["t1", ["B"]],
      ["s1", ["A"]],
      ["s2", ["D"]],
      ["m1", ["A", "B"]],
      ["m2", ["B", "C", "D"]],
    ]);
    const responses = new Map<string, OptionKey[]>([
      ["t1", ["B"]],
      ["s1", ["C"]],
      ["m1", ["A"]],
      ["m2", ["B", "C", "D"]],
    ]);
    const aon = scoreTheoryAttempt({ paperItems, keys, responses });
    expect(aon.total).toBe(300);
    expect(aon.max).toBe(700);
    expect(aon.byArea).toEqual({ ethics: { points: 100, max: 100 }, basics: { points: 0, max: 200 }, "1": { points: 200, max: 400 } });
    expect(aon.perItem).toEqual([
      { versionId: "t1", awarded: 100, max: 100, correct: true },
      { versionId: "s1", awarded: 0, max: 100, correct: false },
      { versionId: "s2", awarded: 0, max: 100, correct: false },
      { versionId: "m1", awarded: 0, max: 200, correct: false },
      { versionId: "m2", awarded: 200, max: 200, correct: true },
    ]);
    expect(aon.passed).toBe(false);

    const partial = scoreTheoryAttempt({ paperItems, keys, responses, multipleRule: "partial" });
    expect(partial.total).toBe(400);
    expect(partial.byArea["1"]).toEqual({ points: 300, max: 400 });
    // Half credit is not "correct".
    expect(partial.perItem.find((p) => p.versionId === "m1")).toEqual({ versionId: "m1", awarded: 100, max: 200, correct: false });
  });

  it("pass/fail is decided on exact hundredths: 5999 fails, 6000 passes", () => {
    const items = (points: number[]): TheoryPaperItem[] =>
      points.map((p, i) => ({ versionId: `i${i}`, type: "single", area: "basics", points: p }));
    const run = (points: number[]) => {
      const paperItems = items(points);
      const keys = new Map(paperItems.map((i) => [i.versionId, ["A"] as OptionKey[]]));
      const responses = new Map(paperItems.map((i, n) => [i.versionId, (n === paperItems.length - 1 ? ["B"] : ["A"]) as OptionKey[]]));
      return scoreTheoryAttempt({ paperItems, keys, responses });
    };
    // Everything right but the last item.
    const at5999 = run([5999, 4001]);
    expect(at5999.total).toBe(5999);
    expect(at5999.passed).toBe(false);
    const at6000 = run([6000, 4000]);
    expect(at6000.total).toBe(6000);
    expect(at6000.passed).toBe(true);
  });

  it("refuses a paper item without a key, and a repeated item", () => {
    const paperItems: TheoryPaperItem[] = [{ versionId: "x", type: "single", area: "basics", points: 100 }];
    expect(() => scoreTheoryAttempt({ paperItems, keys: new Map(), responses: new Map() })).toThrow(/x/);
    expect(() =>
      scoreTheoryAttempt({ paperItems: [...paperItems, ...paperItems], keys: new Map([["x", ["A"]]]), responses: new Map() }),
    ).toThrow();
  });

  it("accepts exam PaperItem objects as they are", () => {
    const p: PaperItem = { itemId: "i", versionId: "v", type: "single", area: "2", points: 100, knowledgePoint: "k" };
    expect(scoreTheoryAttempt({ paperItems: [p], keys: new Map([["v", ["A"]]]), responses: new Map([["v", ["A"]]]) }).total).toBe(100);
  });
});

describe("regradeDiff", () => {
  it("lists only the candidates whose score changes, largest change first, with pass flips", () => {
    const before = [
      { candidateId: "c1", total: 5900 },
      { candidateId: "c2", total: 7000 },
      { candidateId: "c3", total: 6050 },
      { candidateId: "c4", total: 8000 },
      { candidateId: "c5", total: 4000 },
    ];
    const after = [
      { candidateId: "c5", total: 4100 },
      { candidateId: "c4", total: 8000 },
      { candidateId: "c3", total: 5950 },
      { candidateId: "c2", total: 7200 },
      { candidateId: "c1", total: 6100 },
    ];
    expect(regradeDiff({ before, after })).toEqual([
      { candidateId: "c1", before: 5900, after: 6100, delta: 200, passBefore: false, passAfter: true },
      { candidateId: "c2", before: 7000, after: 7200, delta: 200, passBefore: true, passAfter: true },
      { candidateId: "c3", before: 6050, after: 5950, delta: -100, passBefore: true, passAfter: false },
      { candidateId: "c5", before: 4000, after: 4100, delta: 100, passBefore: false, passAfter: false },
    ]);
  });

  it("a key correction re-scored with scoreTheoryAttempt", () => {
    const paperItems: TheoryPaperItem[] = [
      { versionId: "a", type: "single", area: "basics", points: 6000 },
      { versionId: "b", type: "single", area: "basics", points: 4000 },
    ];
    const responses = {
      p: new Map<string, OptionKey[]>([["a", ["A"]], ["b", ["B"]]]),
      q: new Map<string, OptionKey[]>([["a", ["B"]], ["b", ["B"]]]),
    };
    const keysBefore = new Map<string, OptionKey[]>([["a", ["A"]], ["b", ["A"]]]);
    const keysAfter = new Map<string, OptionKey[]>([["a", ["B"]], ["b", ["A"]]]);
    const score = (keys: Map<string, OptionKey[]>) =>
      Object.entries(responses).map(([candidateId, r]) => ({ candidateId, total: scoreTheoryAttempt({ paperItems, keys, responses: r }).total }));
    expect(regradeDiff({ before: score(keysBefore), after: score(keysAfter) })).toEqual([
      { candidateId: "p", before: 6000, after: 0, delta: -6000, passBefore: true, passAfter: false },
      { candidateId: "q", before: 0, after: 6000, delta: 6000, passBefore: false, passAfter: true },
    ]);
  });

  it("refuses different candidate sets", () => {
    expect(() => regradeDiff({ before: [{ candidateId: "a", total: 1 }], after: [{ candidateId: "b", total: 1 }] })).toThrow();
  });
});
