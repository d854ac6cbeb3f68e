import { describe, expect, it } from "vitest";
import { nextStep, STEP_KEYS, workflowSteps, type LevelTrackFacts } from "@/server/workflow/steps";
import { sessionState, shanghaiDayStart } from "@/server/workflow/workflow";

const empty: LevelTrackFacts = {
  level: "4",
  track: "cross-border",
  candidates: 0,
  eligible: 0,
  notEligible: 0,
  bankPapers: 0,
  gaps: [{ areaLabel: "职业功能 3 营销推广", missing: { 单选题: 3, 多选题: 1 } }],
  papers: 0,
  skillPlans: 0,
  sessions: { theory: 0, skill: 0, draft: 0, published: 0 },
  held: 0,
  running: 0,
  scored: 0,
  released: 0,
  certificates: 0,
  passedOverall: 0,
};

const complete: LevelTrackFacts = {
  ...empty,
  candidates: 12,
  eligible: 11,
  notEligible: 1,
  bankPapers: 2,
  gaps: [],
  papers: 1,
  skillPlans: 1,
  sessions: { theory: 1, skill: 1, draft: 0, published: 2 },
  held: 2,
  scored: 2,
  released: 2,
  certificates: 9,
  passedOverall: 9,
};

describe("workflowSteps", () => {
  it("lists the ten steps in the order of the work", () => {
    expect(workflowSteps(empty).map((s) => s.key)).toEqual([...STEP_KEYS]);
  });

  it("a fresh level · track: the roster is next, with its link", () => {
    const steps = workflowSteps(empty);
    expect(nextStep(steps)).toMatchObject({ key: "roster", blocker: "四级/中级工·跨境电子商务师 尚无考生：请导入名单", href: "/admin/candidates/import" });
    expect(steps.filter((s) => s.state === "next")).toHaveLength(1);
    expect(steps.slice(1).every((s) => s.state === "todo")).toBe(true);
  });

  it("names the bank's gap with the area and the missing items", () => {
    const steps = workflowSteps({ ...empty, candidates: 3, eligible: 3 });
    expect(nextStep(steps)).toMatchObject({
      key: "coverage",
      blocker: "题库覆盖不足：四级/中级工·跨境电子商务师 职业功能 3 营销推广 缺 4 道题（单选题 3、多选题 1）",
    });
    expect(steps[0]).toMatchObject({ state: "done", count: "3 名考生", blocker: null });
  });

  it("each step blocks in turn", () => {
    const at = (f: Partial<LevelTrackFacts>) => nextStep(workflowSteps({ ...complete, ...f }))?.key;
    expect(at({ eligible: 0, notEligible: 12 })).toBe("eligibility");
    expect(at({ papers: 0 })).toBe("papers");
    expect(at({ skillPlans: 0 })).toBe("papers");
    expect(at({ sessions: { theory: 1, skill: 0, draft: 0, published: 1 }, held: 1, scored: 1, released: 1 })).toBe("sessions");
    expect(at({ sessions: { theory: 1, skill: 1, draft: 1, published: 1 }, held: 1, scored: 1, released: 1 })).toBe("publish");
    expect(at({ held: 1, running: 1, scored: 1, released: 1 })).toBe("run");
    expect(at({ scored: 1 })).toBe("score");
    expect(at({ released: 1 })).toBe("release");
    expect(at({ certificates: 8 })).toBe("certificates");
    expect(at({})).toBeUndefined();
  });

  it("says why a later step is not done", () => {
    const steps = workflowSteps({ ...complete, sessions: { theory: 1, skill: 1, draft: 2, published: 0 }, held: 0, scored: 0, released: 0 });
    expect(steps.find((s) => s.key === "publish")).toMatchObject({ state: "next", blocker: "2 个场次仍为草稿", count: "已发布 0 / 2 场" });
    expect(steps.find((s) => s.key === "score")).toMatchObject({ state: "todo", blocker: "尚无已结束的场次" });
  });
});

describe("sessionState", () => {
  const startsAt = new Date("2026-11-30T01:00:00Z");
  const base = { status: "published", startsAt, minutes: 90, resultsReleasedAt: null, opened: false };
  it("follows the session through the day", () => {
    expect(sessionState({ ...base, status: "draft" }, startsAt)).toBe("draft");
    expect(sessionState(base, new Date("2026-11-30T00:59:00Z"))).toBe("published");
    expect(sessionState({ ...base, opened: true }, new Date("2026-11-30T00:59:00Z"))).toBe("running");
    expect(sessionState(base, new Date("2026-11-30T01:30:00Z"))).toBe("running");
    expect(sessionState(base, new Date("2026-11-30T02:30:00Z"))).toBe("ended");
    expect(sessionState({ ...base, resultsReleasedAt: new Date() }, new Date("2026-11-30T02:30:00Z"))).toBe("released");
  });
  it("the Shanghai day starts at 16:00 UTC", () => {
    expect(shanghaiDayStart(new Date("2026-11-30T15:59:00Z")).toISOString()).toBe("2026-11-29T16:00:00.000Z");
    expect(shanghaiDayStart(new Date("2026-11-30T16:00:00Z")).toISOString()).toBe("2026-11-30T16:00:00.000Z");
  });
});
