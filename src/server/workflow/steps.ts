// The admin's exam workflow for one level · track, as steps in the order the work is done
// (roster → eligibility → bank coverage → papers and skill plans → sessions → publish → run →
// score → release → export and certificates). Pure: it takes counts (loaded by workflow.ts) and
// says, per step, what is done, what blocks it, and where to do it. The first step that is not
// done is the next step. Messages are zh-CN (the admin's language of record); the page shows them.
import { levelTrackLabel } from "@/exam/labels";
import type { LevelCode, TrackCode } from "@/standard";

export const STEP_KEYS = ["roster", "eligibility", "coverage", "papers", "sessions", "publish", "run", "score", "release", "certificates"] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/** One area of the theory bank that cannot fill a paper: how many items of each type are missing. */
export interface CoverageGap {
  /** "职业功能 3 营销推广" */
  areaLabel: string;
  /** Missing items by type name (判断题/单选题/多选题), only types that are short. */
  missing: Record<string, number>;
}

/** Counts for one level · track (every count ≥ 0, integers). */
export interface LevelTrackFacts {
  level: LevelCode;
  track: TrackCode;
  candidates: number;
  /** ELIGIBLE or APPROVED. */
  eligible: number;
  notEligible: number;
  /** Papers the active bank can fill with the default structure (0: a gap). */
  bankPapers: number;
  gaps: CoverageGap[];
  papers: number;
  skillPlans: number;
  /** Sessions of this level · track in the current cycle, by mode and state. */
  sessions: { theory: number; skill: number; draft: number; published: number };
  /** Published sessions whose time is over / that are running now. */
  held: number;
  running: number;
  /** Held sessions whose scores are complete (every submitted attempt / seated task scored). */
  scored: number;
  released: number;
  certificates: number;
  /** Candidates of released sessions who passed overall (so a certificate is due). */
  passedOverall: number;
}

export type StepState = "done" | "next" | "todo";
export interface WorkflowStep {
  key: StepKey;
  state: StepState;
  /** "12 名考生" — what there is. */
  count: string;
  /** Why the step is not done (zh-CN), or null. */
  blocker: string | null;
  /** Where to do it. */
  href: string;
}

const lt = (f: LevelTrackFacts) => `level=${f.level}&track=${f.track}`;

function step(key: StepKey, done: boolean, count: string, blocker: string | null, href: string) {
  return { key, done, count, blocker: done ? null : blocker, href };
}

/**
 * The ten steps for one level · track. A step is "done" when its condition holds; the first step
 * not done is "next", the rest "todo". Later steps may be done while an earlier is not (e.g. a
 * session exists before the bank is complete); the next step is still the first gap.
 */
export function workflowSteps(f: LevelTrackFacts): WorkflowStep[] {
  const label = levelTrackLabel(f.level, f.track);
  const gapText = f.gaps
    .map((g) => {
      const total = Object.values(g.missing).reduce((a, b) => a + b, 0);
      const parts = Object.entries(g.missing).map(([type, n]) => `${type} ${n}`).join("、");
      return `${g.areaLabel} 缺 ${total} 道题（${parts}）`;
    })
    .join("；");
  const s = f.sessions;
  const allSessions = s.theory + s.skill;
  const raw = [
    step("roster", f.candidates > 0, `${f.candidates} 名考生`, `${label} 尚无考生：请导入名单`, `/admin/candidates/import`),
    step(
      "eligibility",
      f.candidates > 0 && f.eligible > 0,
      `${f.eligible} 名符合申报条件，${f.notEligible} 名不符合`,
      f.candidates === 0 ? "先导入考生名单" : `没有符合申报条件的考生（${f.notEligible} 名不符合）：请核对申报材料或审批`,
      `/admin/candidates?${lt(f)}`,
    ),
    step("coverage", f.bankPapers > 0, `题库可组 ${f.bankPapers} 套试卷`, `题库覆盖不足：${label} ${gapText || "没有可用试题"}`, `/admin/items/coverage`),
    step(
      "papers",
      f.papers > 0 && f.skillPlans > 0,
      `${f.papers} 套理论试卷，${f.skillPlans} 个技能考核方案`,
      f.papers === 0 && f.skillPlans === 0 ? "尚未组卷，也没有技能考核方案" : f.papers === 0 ? "尚未组理论试卷" : "尚无技能考核方案",
      `/admin/papers?${lt(f)}`,
    ),
    step(
      "sessions",
      s.theory > 0 && s.skill > 0,
      `理论 ${s.theory} 场，技能 ${s.skill} 场`,
      s.theory === 0 && s.skill === 0 ? "尚未安排场次" : s.theory === 0 ? "尚未安排理论知识考试场次" : "尚未安排技能考核场次",
      `/admin/sessions/new`,
    ),
    step("publish", allSessions > 0 && s.draft === 0, `已发布 ${s.published} / ${allSessions} 场`, allSessions === 0 ? "尚无场次" : `${s.draft} 个场次仍为草稿`, `/admin/sessions`),
    step(
      "run",
      s.published > 0 && f.held === s.published,
      `已结束 ${f.held} / ${s.published} 场${f.running > 0 ? `，进行中 ${f.running} 场` : ""}`,
      s.published === 0 ? "尚无已发布的场次" : f.running > 0 ? `${f.running} 个场次正在进行` : `${s.published - f.held} 个场次尚未举行`,
      `/admin/sessions`,
    ),
    step("score", f.held > 0 && f.scored === f.held, `已评分 ${f.scored} / ${f.held} 场`, f.held === 0 ? "尚无已结束的场次" : `${f.held - f.scored} 个场次评分未完成`, `/admin/results`),
    step("release", f.held > 0 && f.released === f.held, `已发布成绩 ${f.released} / ${f.held} 场`, f.held === 0 ? "尚无已结束的场次" : `${f.held - f.released} 个场次的成绩尚未发布`, `/admin/results`),
    step(
      "certificates",
      f.released > 0 && f.certificates >= f.passedOverall,
      `已发证 ${f.certificates} 张，合格 ${f.passedOverall} 名`,
      f.released === 0 ? "成绩发布后导出成绩、颁发证书" : `${f.passedOverall - f.certificates} 名合格考生尚未发证`,
      `/admin/certificates`,
    ),
  ];
  const next = raw.findIndex((r) => !r.done);
  return raw.map((r, i) => ({ key: r.key, state: r.done ? "done" : i === next ? "next" : "todo", count: r.count, blocker: r.blocker, href: r.href }));
}

/** The first step not done, or null when every step is done. */
export function nextStep(steps: WorkflowStep[]): WorkflowStep | null {
  return steps.find((s) => s.state === "next") ?? null;
}
