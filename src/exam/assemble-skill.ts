// Skill assessment assembly (技能考核): for each duty with skill weight, practical tasks whose
// points add up exactly to the weight. TaskVersion.points are whole points, so this module
// works in whole points (total 100), not hundredths.
import { standard, weightsFor } from "../standard";
import type { DutyCode, LevelCode, TrackCode } from "../standard/schema";
import { areaLabel, dutyName, levelTrackLabel } from "./labels";
import { createRng, shuffle } from "./random";
import type { TaskVersion } from "./types";

const DUTY_ORDER: readonly DutyCode[] = ["1", "2", "3", "4", "5", "6"];

export interface SkillTaskRef {
  taskId: string;
  versionId: string;
  title: string;
  /** Whole points. */
  points: number;
  minutes: number;
  skills: string[];
}

export interface SkillDutyAllocation {
  duty: DutyCode;
  name: string;
  /** The skill weight (whole points). */
  targetPoints: number;
  points: number;
  tasks: SkillTaskRef[];
}

export interface SkillAssessment {
  level: LevelCode;
  track: TrackCode;
  seed: string;
  duties: SkillDutyAllocation[];
  /** Whole points: always 100. */
  totalPoints: number;
  totalMinutes: number;
  /** The standard's minimum duration for a skill assessment (minutes), for comparison. */
  standardMinMinutes: number;
}

export interface SkillShortage {
  duty: DutyCode;
  targetPoints: number;
  /** Usable tasks found for the duty. */
  available: number;
  message: string;
}

export type AssembleSkillResult =
  | { ok: true; assessment: SkillAssessment }
  | { ok: false; reasons: string[]; shortages: SkillShortage[] };

export interface AssembleSkillInput {
  level: LevelCode;
  track: TrackCode;
  tasks: readonly TaskVersion[];
  seed: string;
  /** Tasks never to use. */
  excludeTaskIds?: ReadonlySet<string>;
}

/** Tasks usable for a duty: active, exactly this level, for the track; highest version per task. */
export function eligibleTasks(tasks: readonly TaskVersion[], level: LevelCode, track: TrackCode, duty?: DutyCode): TaskVersion[] {
  const byTask = new Map<string, TaskVersion>();
  for (const t of tasks) {
    if (t.status !== "active" || t.level !== level || !t.tracks.includes(track)) continue;
    if (duty !== undefined && t.duty !== duty) continue;
    const prev = byTask.get(t.taskId);
    if (!prev || t.version > prev.version || (t.version === prev.version && t.versionId > prev.versionId)) byTask.set(t.taskId, t);
  }
  return [...byTask.values()].sort((a, b) => (a.versionId < b.versionId ? -1 : a.versionId > b.versionId ? 1 : 0));
}

const MAX_COMBOS = 1000;
const MAX_NODES = 500_000;

/**
 * Subsets of `cands` with points summing to `target`, of the smallest size that has any
 * (up to MAX_COMBOS of them), as index lists into `cands`.
 */
function minimalCombos(cands: readonly TaskVersion[], target: number): number[][] {
  let nodes = 0;
  const maxK = cands.length;
  for (let k = 1; k <= maxK; k++) {
    const found: number[][] = [];
    const stack: number[] = [];
    const dfs = (start: number, left: number, remaining: number) => {
      if (found.length >= MAX_COMBOS || nodes++ > MAX_NODES) return;
      if (left === 0) {
        if (remaining === 0) found.push(stack.slice());
        return;
      }
      for (let i = start; i <= cands.length - left; i++) {
        const p = cands[i]?.points ?? 0;
        if (p > remaining) continue;
        stack.push(i);
        dfs(i + 1, left - 1, remaining - p);
        stack.pop();
      }
    };
    dfs(0, k, target);
    if (found.length > 0 || nodes > MAX_NODES) return found;
    const smallest = cands.map((c) => c.points).sort((a, b) => a - b);
    if (smallest.slice(0, k + 1).reduce((s, p) => s + p, 0) > target) return [];
  }
  return [];
}

/**
 * Chooses tasks per duty with skill weight so that each duty's points equal its weight exactly
 * (fewest tasks; seeded choice among the valid combinations of that size). Refuses, with a
 * Chinese message per duty, when any duty cannot be filled.
 */
export function assembleSkillAssessment(input: AssembleSkillInput): AssembleSkillResult {
  const weights = weightsFor("skill", input.level, input.track);
  const label = levelTrackLabel(input.level, input.track);
  const duties: SkillDutyAllocation[] = [];
  const shortages: SkillShortage[] = [];
  for (const duty of DUTY_ORDER) {
    const target = weights[duty];
    if (target <= 0) continue;
    const cands = shuffle(
      eligibleTasks(input.tasks, input.level, input.track, duty).filter((t) => !input.excludeTaskIds?.has(t.taskId)),
      createRng(`${input.seed}|skill|${duty}`),
    );
    const combos = minimalCombos(cands, target);
    if (combos.length === 0) {
      const pts = [...cands.map((c) => c.points)].sort((a, b) => a - b).join("、");
      shortages.push({
        duty,
        targetPoints: target,
        available: cands.length,
        message:
          cands.length === 0
            ? `${label} ${areaLabel(duty)} 没有可用的实操试题（需 ${target} 分）`
            : `${label} ${areaLabel(duty)} 无法组成 ${target} 分：可用实操试题 ${cands.length} 道（分值 ${pts} 分），没有分值之和恰为 ${target} 分的组合`,
      });
      continue;
    }
    const rng = createRng(`${input.seed}|skill|${duty}|pick`);
    const combo = combos[rng.int(combos.length)] ?? [];
    const tasks = combo
      .map((i) => cands[i])
      .filter((t): t is TaskVersion => t !== undefined)
      .map((t) => ({
        taskId: t.taskId,
        versionId: t.versionId,
        title: t.title,
        points: t.points,
        minutes: t.minutes,
        skills: [...t.skills],
      }));
    duties.push({ duty, name: dutyName(duty), targetPoints: target, points: tasks.reduce((s, t) => s + t.points, 0), tasks });
  }
  if (shortages.length > 0) return { ok: false, reasons: shortages.map((s) => s.message), shortages };
  return {
    ok: true,
    assessment: {
      level: input.level,
      track: input.track,
      seed: input.seed,
      duties,
      totalPoints: duties.reduce((s, d) => s + d.points, 0),
      totalMinutes: duties.reduce((s, d) => s + d.tasks.reduce((m, t) => m + t.minutes, 0), 0),
      standardMinMinutes: standard.profile.minMinutes.skill,
    },
  };
}

export interface SkillDutyConformance {
  duty: DutyCode;
  name: string;
  targetPoints: number;
  actualPoints: number;
  deviation: number;
  taskCount: number;
  minutes: number;
  skills: { count: number; list: string[] };
}

export interface SkillConformance {
  level: LevelCode;
  track: TrackCode;
  duties: SkillDutyConformance[];
  totalPoints: number;
  totalMinutes: number;
  standardMinMinutes: number;
  conforms: boolean;
  problems: string[];
}

/** Per duty: weight vs points of the chosen tasks (re-read from `tasks`), skills covered. */
export function skillConformance(input: {
  assessment: Pick<SkillAssessment, "level" | "track" | "duties">;
  tasks: ReadonlyMap<string, TaskVersion>;
}): SkillConformance {
  const { level, track } = input.assessment;
  const weights = weightsFor("skill", level, track);
  const problems: string[] = [];
  const seen = new Set<string>();
  const rows: SkillDutyConformance[] = [];
  for (const duty of DUTY_ORDER) {
    const alloc = input.assessment.duties.find((d) => d.duty === duty);
    const target = weights[duty];
    if (target <= 0 && !alloc) continue;
    let points = 0;
    let minutes = 0;
    const skills = new Set<string>();
    for (const ref of alloc?.tasks ?? []) {
      if (seen.has(ref.taskId)) problems.push(`实操试题 ${ref.taskId} 重复出现`);
      seen.add(ref.taskId);
      const t = input.tasks.get(ref.versionId);
      if (!t) {
        problems.push(`缺少实操试题版本 ${ref.versionId} 的数据`);
        continue;
      }
      if (t.level !== level || !t.tracks.includes(track) || t.duty !== duty)
        problems.push(`实操试题 ${t.taskId} 的级别、工种或职业功能与本次考核不符`);
      if (t.status !== "active") problems.push(`实操试题 ${t.taskId} 不是启用状态`);
      points += t.points;
      minutes += t.minutes;
      for (const s of t.skills) skills.add(s);
    }
    if (points !== target) problems.push(`${areaLabel(duty)} 实得 ${points} 分，权重为 ${target} 分`);
    const list = [...skills].sort();
    rows.push({
      duty,
      name: dutyName(duty),
      targetPoints: target,
      actualPoints: points,
      deviation: points - target,
      taskCount: alloc?.tasks.length ?? 0,
      minutes,
      skills: { count: list.length, list },
    });
  }
  const totalPoints = rows.reduce((s, r) => s + r.actualPoints, 0);
  if (totalPoints !== 100) problems.push(`总分 ${totalPoints} 分，应为 100 分`);
  return {
    level,
    track,
    duties: rows,
    totalPoints,
    totalMinutes: rows.reduce((s, r) => s + r.minutes, 0),
    standardMinMinutes: standard.profile.minMinutes.skill,
    conforms: problems.length === 0,
    problems,
  };
}
