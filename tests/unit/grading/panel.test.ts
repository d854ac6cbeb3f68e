import { describe, expect, it } from "vitest";
import type { RubricCriterion } from "@/exam";
import {
  DEFAULT_HEAVY_THRESHOLD,
  aggregatePanel,
  finalTaskScore,
  gradeTask,
  isHeavyCriterion,
  needsAdjudication,
  panelProblems,
  scoreSheet,
  scoreSkill,
  validateCriterionScore,
} from "@/grading";

const heavy: RubricCriterion = { id: "c1", title: "店铺首页设计", points: 10, descriptors: "布局合理" };
const light: RubricCriterion = { id: "c2", title: "商品标题", points: 5, descriptors: "关键词齐全" };

describe("validateCriterionScore", () => {
  it("a heavy criterion (points ≥ threshold, default 10) needs a comment at 0 and at full marks", () => {
    expect(DEFAULT_HEAVY_THRESHOLD).toBe(10);
    expect(isHeavyCriterion(heavy)).toBe(true);
    expect(isHeavyCriterion(light)).toBe(false);
    expect(isHeavyCriterion(light, 5)).toBe(true);

    const zero = validateCriterionScore({ criterion: heavy, points: 0 });
    expect(zero.ok).toBe(false);
    expect(zero.errors).toEqual(["「店铺首页设计」为重点评分项（10 分），给 0 分须填写评分说明"]);
    const full = validateCriterionScore({ criterion: heavy, points: 1000, comment: "   " });
    expect(full.ok).toBe(false);
    expect(full.errors).toEqual(["「店铺首页设计」为重点评分项（10 分），给满分须填写评分说明"]);

    expect(validateCriterionScore({ criterion: heavy, points: 0, comment: "未提交作品" })).toEqual({ ok: true, errors: [] });
    expect(validateCriterionScore({ criterion: heavy, points: 1000, comment: "完全符合要求" })).toEqual({ ok: true, errors: [] });
    // In between: no comment needed.
    expect(validateCriterionScore({ criterion: heavy, points: 1 })).toEqual({ ok: true, errors: [] });
    expect(validateCriterionScore({ criterion: heavy, points: 999 })).toEqual({ ok: true, errors: [] });
    // Light criterion: never.
    expect(validateCriterionScore({ criterion: light, points: 0 }).ok).toBe(true);
    expect(validateCriterionScore({ criterion: light, points: 500 }).ok).toBe(true);
    // Configurable threshold.
    expect(validateCriterionScore({ criterion: light, points: 0, heavyThreshold: 5 }).ok).toBe(false);
    expect(validateCriterionScore({ criterion: heavy, points: 0, heavyThreshold: 11 }).ok).toBe(true);
  });

  it("refuses points outside [0, criterion points] and points that are not integer hundredths", () => {
    const range = "「商品标题」得分须在 0 至 5 分之间";
    expect(validateCriterionScore({ criterion: light, points: 501 })).toEqual({ ok: false, errors: [range] });
    expect(validateCriterionScore({ criterion: light, points: -1 })).toEqual({ ok: false, errors: [range] });
    expect(validateCriterionScore({ criterion: light, points: 250.5 })).toEqual({
      ok: false,
      errors: ["「商品标题」得分最多保留两位小数"],
    });
    expect(validateCriterionScore({ criterion: light, points: Number.NaN }).ok).toBe(false);
    expect(validateCriterionScore({ criterion: light, points: 250 }).ok).toBe(true);
  });
});

describe("scoreSheet", () => {
  const rubric = [heavy, light];
  it("sums an examiner's criterion scores", () => {
    expect(
      scoreSheet({
        rubric,
        scores: [
          { criterionId: "c2", points: 350 },
          { criterionId: "c1", points: 725 },
        ],
      }),
    ).toEqual({ ok: true, total: 1075, errors: [] });
  });
  it("reports every problem: missing, unknown, repeated, invalid", () => {
    const r = scoreSheet({
      rubric,
      scores: [
        { criterionId: "c2", points: 600 },
        { criterionId: "c2", points: 100 },
        { criterionId: "zz", points: 100 },
      ],
    });
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual(["「商品标题」得分须在 0 至 5 分之间", "「商品标题」重复评分", "未知评分项：zz", "「店铺首页设计」未评分"]);
  });
});

describe("aggregatePanel", () => {
  it("mean (default) is rounded half up to the hundredth", () => {
    expect(aggregatePanel([1000, 1000, 1001])).toBe(1000); // 1000.33
    expect(aggregatePanel([1000, 1001, 1001])).toBe(1001); // 1000.67
    expect(aggregatePanel([1001, 1002])).toBe(1002); // 1001.5
    expect(aggregatePanel([1, 2], "mean")).toBe(2); // 1.5
    expect(aggregatePanel([0, 1], "mean")).toBe(1); // 0.5
    expect(aggregatePanel([0, 0, 1], "mean")).toBe(0);
    expect(aggregatePanel([1500, 1700, 1600])).toBe(1600);
    expect(aggregatePanel([777])).toBe(777);
  });

  it("median: the middle one for an odd count, the half-up mean of the two middle ones for an even count", () => {
    expect(aggregatePanel([1500, 900, 1200], "median")).toBe(1200);
    expect(aggregatePanel([1000, 1001, 1003, 1010], "median")).toBe(1002);
    expect(aggregatePanel([1000, 1002, 1001, 1010], "median")).toBe(1002); // 1001.5
    expect(aggregatePanel([1000, 1000, 1000, 2000], "median")).toBe(1000);
    expect(aggregatePanel([1001, 1002], "median")).toBe(1002);
  });

  it("trimmed mean drops one highest and one lowest score (ties: one copy each); of 3 it is the middle one", () => {
    expect(aggregatePanel([1000, 1000, 1001], "trimmed-mean")).toBe(1000);
    expect(aggregatePanel([1200, 100, 1500], "trimmed-mean")).toBe(1200);
    expect(aggregatePanel([900, 1000, 1000, 1000, 1200], "trimmed-mean")).toBe(1000);
    expect(aggregatePanel([1000, 1000, 1000, 1500], "trimmed-mean")).toBe(1000);
    expect(aggregatePanel([1000, 1101, 1200, 1300], "trimmed-mean")).toBe(1151); // 1150.5
    expect(aggregatePanel([0, 1000, 1001, 1001, 2000], "trimmed-mean")).toBe(1001); // 1000.67
    expect(() => aggregatePanel([1000, 1200], "trimmed-mean")).toThrow(/3/);
  });

  it("refuses an empty panel and non-integer totals", () => {
    expect(() => aggregatePanel([])).toThrow();
    expect(() => aggregatePanel([10.5, 11])).toThrow();
  });

  it("panelProblems follows 1.8.3 (3 or more, odd) and the trimmed mean's minimum", () => {
    expect(panelProblems(3, "mean")).toEqual([]);
    expect(panelProblems(5, "trimmed-mean")).toEqual([]);
    expect(panelProblems(4, "mean")).toEqual(["考评人员为 4 人，标准要求 3 人（含）以上单数"]);
    expect(panelProblems(2, "trimmed-mean")).toEqual([
      "考评人员为 2 人，标准要求 3 人（含）以上单数",
      "去掉最高分和最低分的平均至少需要 3 名考评人员",
    ]);
  });
});

describe("needsAdjudication", () => {
  it("spread exactly 10% of the task's points does NOT go to adjudication; 10% + 0.01 does", () => {
    // Task of 20 points: 10% = 2.00 points = 200 hundredths.
    expect(needsAdjudication({ totals: [1000, 1200], taskPoints: 20 })).toBe(false);
    expect(needsAdjudication({ totals: [1000, 1100, 1200], taskPoints: 20 })).toBe(false);
    expect(needsAdjudication({ totals: [1000, 1201], taskPoints: 20 })).toBe(true);
    expect(needsAdjudication({ totals: [1201, 1100, 1000], taskPoints: 20, thresholdPercent: 10 })).toBe(true);
  });
  it("configurable threshold, also with two decimals of a percent", () => {
    expect(needsAdjudication({ totals: [0, 150], taskPoints: 10, thresholdPercent: 15 })).toBe(false);
    expect(needsAdjudication({ totals: [0, 151], taskPoints: 10, thresholdPercent: 15 })).toBe(true);
    // 12.5% of 8 points = 1.00 point.
    expect(needsAdjudication({ totals: [300, 400], taskPoints: 8, thresholdPercent: 12.5 })).toBe(false);
    expect(needsAdjudication({ totals: [300, 401], taskPoints: 8, thresholdPercent: 12.5 })).toBe(true);
    expect(() => needsAdjudication({ totals: [0, 1], taskPoints: 8, thresholdPercent: 12.345 })).toThrow();
  });
  it("one examiner (or none) never needs adjudication", () => {
    expect(needsAdjudication({ totals: [500], taskPoints: 10 })).toBe(false);
    expect(needsAdjudication({ totals: [], taskPoints: 10 })).toBe(false);
  });
});

describe("finalTaskScore", () => {
  it("is the aggregate unless the chief examiner adjudicated", () => {
    expect(finalTaskScore({ aggregate: 1234, taskPoints: 20 })).toEqual({ points: 1234, source: "panel", reason: null });
    expect(finalTaskScore({ aggregate: 1234, taskPoints: 20, adjudicated: { points: 1500, reason: " 复核作品后认定 " } })).toEqual({
      points: 1500,
      source: "adjudicated",
      reason: "复核作品后认定",
    });
  });
  it("an adjudication needs a reason and points within the task", () => {
    expect(() => finalTaskScore({ aggregate: 1234, taskPoints: 20, adjudicated: { points: 1500, reason: "  " } })).toThrow(/理由/);
    expect(() => finalTaskScore({ aggregate: 1234, taskPoints: 20, adjudicated: { points: 2001, reason: "x" } })).toThrow();
    expect(() => finalTaskScore({ aggregate: 1234, taskPoints: 20, adjudicated: { points: -1, reason: "x" } })).toThrow();
    expect(() => finalTaskScore({ aggregate: 2001, taskPoints: 20 })).toThrow();
  });
});

describe("gradeTask", () => {
  const task = { points: 15, rubric: [heavy, light] };
  const sheet = (examinerId: string, a: number, b: number) => ({
    examinerId,
    scores: [
      { criterionId: "c1", points: a, comment: "说明" },
      { criterionId: "c2", points: b },
    ],
  });
  it("aggregates the panel and is final when the spread is within the threshold", () => {
    const r = gradeTask({ task, sheets: [sheet("e1", 800, 400), sheet("e2", 800, 401), sheet("e3", 900, 300)] });
    expect(r).toEqual({
      ok: true,
      examinerTotals: [
        { examinerId: "e1", total: 1200 },
        { examinerId: "e2", total: 1201 },
        { examinerId: "e3", total: 1200 },
      ],
      aggregate: 1200,
      spread: 1,
      needsAdjudication: false,
      status: "final",
      final: { points: 1200, source: "panel", reason: null },
    });
  });
  it("waits for the chief examiner when the spread is too wide, then takes the adjudicated score", () => {
    const sheets = [sheet("e1", 800, 400), sheet("e2", 1000, 500), sheet("e3", 900, 300)];
    const waiting = gradeTask({ task, sheets, method: "median" });
    expect(waiting.ok && waiting.status).toBe("awaiting-adjudication");
    expect(waiting.ok && waiting.final).toBe(null);
    expect(waiting.ok && waiting.aggregate).toBe(1200);
    expect(waiting.ok && waiting.spread).toBe(300);
    const done = gradeTask({ task, sheets, method: "median", adjudicated: { points: 1300, reason: "复核" } });
    expect(done.ok && done.final).toEqual({ points: 1300, source: "adjudicated", reason: "复核" });
    expect(done.ok && done.status).toBe("final");
  });
  it("refuses invalid sheets with the examiner named", () => {
    const r = gradeTask({ task, sheets: [sheet("e1", 0, 400), { examinerId: "e2", scores: [{ criterionId: "c1", points: 0 }] }] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toEqual([
      "考评人员 e2：「店铺首页设计」为重点评分项（10 分），给 0 分须填写评分说明",
      "考评人员 e2：「商品标题」未评分",
    ]);
    const dup = gradeTask({ task, sheets: [sheet("e1", 0, 400), sheet("e1", 0, 400)] });
    expect(!dup.ok && dup.errors).toEqual(["考评人员 e1 重复提交评分"]);
    expect(gradeTask({ task, sheets: [] }).ok).toBe(false);
  });
});

describe("scoreSkill", () => {
  const tasks = (finals: number[]) => {
    const points = [20, 15, 15, 25, 25];
    return points.map((p, i) => ({ taskId: `t${i}`, points: p, final: finals[i] ?? 0 }));
  };
  it("sums the final task scores (already on the duty-weight scale); 5999 fails, 6000 passes", () => {
    expect(scoreSkill({ tasks: tasks([2000, 1500, 1500, 2500, 2500]) })).toEqual({ total: 10000, max: 10000, passed: true });
    expect(scoreSkill({ tasks: tasks([1200, 900, 900, 1500, 1499]) })).toEqual({ total: 5999, max: 10000, passed: false });
    expect(scoreSkill({ tasks: tasks([1200, 900, 900, 1500, 1500]) })).toEqual({ total: 6000, max: 10000, passed: true });
  });
  it("refuses an assessment whose task points do not total 100, or a final outside its task", () => {
    expect(() => scoreSkill({ tasks: tasks([0]).slice(1) })).toThrow(/100/);
    expect(() => scoreSkill({ tasks: tasks([2001]) })).toThrow();
    expect(() => scoreSkill({ tasks: [...tasks([0]), ...tasks([0]).slice(0, 1)] })).toThrow();
  });
});
