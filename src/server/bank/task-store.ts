// Practical skill tasks (实操试题): validated against the standard, versioned like items
// (a version used by an assessment is frozen), imported and exported as JSON.
import { randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { ItemStatusSchema, RubricCriterionSchema, type TaskVersion } from "@/exam/types";
import { DutyCodeSchema, findItem, LevelCodeSchema, TrackCodeSchema } from "@/standard";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { editableTaskVersionTx, taskContentSelect, type LoadedVersion } from "./task-fork";
import { taskInputIssueMessages } from "./task-input-issues";

export const TaskInputSchema = z.object({
  title: z.string().trim().min(1, "标题必填").max(200),
  level: LevelCodeSchema,
  tracks: z.array(TrackCodeSchema).min(1, "工种必填"),
  duty: DutyCodeSchema,
  skills: z.array(z.string().regex(/^[1-6]\.\d+\.\d+$/, "技能要求代码应为 x.y.z")).min(1, "至少对应一项技能要求"),
  instructions: z.string().trim().min(1, "操作要求必填").max(10_000),
  materials: z.array(z.object({ name: z.string().trim().min(1).max(200), description: z.string().trim().max(1000).default("") })).max(20).default([]),
  minutes: z.number().int().min(1).max(480),
  points: z.number().int().min(1).max(100),
  rubric: z.array(RubricCriterionSchema).min(1, "评分细则至少一条").max(30),
  status: ItemStatusSchema.default("draft"),
});
export type TaskInput = z.infer<typeof TaskInputSchema>;

export function checkTask(t: TaskInput): string[] {
  const problems: string[] = [];
  const sum = t.rubric.reduce((s, c) => s + c.points, 0);
  if (sum !== t.points) problems.push(`评分细则分值合计 ${sum}，与试题分值 ${t.points} 不一致`);
  const ids = t.rubric.map((c) => c.id);
  if (new Set(ids).size !== ids.length) problems.push("评分细则编号重复");
  for (const code of t.skills) {
    const found = findItem(t.level, "skill", code);
    if (!found) problems.push(`${t.level === "5" ? "五级" : "四级"}技能要求 ${code} 不存在`);
    else {
      if (found.duty !== t.duty) problems.push(`技能要求 ${code} 不属于职业功能 ${t.duty}`);
      const outside = t.tracks.filter((tr) => !found.tracks.includes(tr));
      if (outside.length > 0) problems.push(`技能要求 ${code} 所属工作内容不适用于所选工种`);
    }
  }
  return problems;
}

/** `raw` as a TaskInput; throws AppError VALIDATION whose message lists every problem in Chinese (field and row named), joined by "；". */
function validated(raw: unknown): TaskInput {
  const parsed = TaskInputSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = taskInputIssueMessages(raw, parsed.error.issues);
    throw new AppError("VALIDATION", { message: problems.join("；"), issues: problems.map((m) => ({ path: "task", message: m })) });
  }
  const input = parsed.data;
  const problems = checkTask(input);
  if (problems.length) throw new AppError("VALIDATION", { message: problems.join("；"), issues: problems.map((m) => ({ path: "task", message: m })) });
  return input;
}

const data = (t: TaskInput) => ({
  title: t.title,
  level: t.level,
  tracks: t.tracks,
  duty: t.duty,
  skills: t.skills,
  instructions: t.instructions,
  materials: t.materials as unknown as Prisma.InputJsonValue,
  minutes: t.minutes,
  points: t.points,
  rubric: t.rubric as unknown as Prisma.InputJsonValue,
});

export async function createTaskTx(tx: Prisma.TransactionClient, input: TaskInput, options: { actorId?: string; sample?: boolean; now: Date }) {
  const taskId = randomUUID();
  const versionId = randomUUID();
  await tx.task.create({ data: { id: taskId, status: input.status, sample: options.sample ?? false, createdAt: options.now } });
  await tx.taskVersion.create({ data: { id: versionId, taskId, version: 1, ...data(input), createdById: options.actorId ?? null, createdAt: options.now } });
  await tx.task.update({ where: { id: taskId }, data: { currentVersionId: versionId } });
  return { taskId, versionId };
}

export async function createTask(options: { input: unknown; actorId: string; now: Date }) {
  const input = validated(options.input);
  return getPrisma().$transaction((tx) => createTaskTx(tx, input, options));
}

/**
 * Saves the main task form (fields, rubric, status) on the task's editable version (a used one
 * forks v+1, task-fork.ts), keeping each criterion's automatic link by id. `loaded`: the version
 * id and revision the form loaded; a stale form throws AppError CONFLICT (nothing written).
 * Throws AppError VALIDATION (Chinese, field and row named) for invalid input, NOT_FOUND for an unknown task.
 */
export async function updateTask(options: { taskId: string; input: unknown; loaded?: LoadedVersion; actorId: string; now: Date }) {
  const input = validated(options.input);
  return getPrisma().$transaction(async (tx) => {
    // A used version is frozen: the edit goes to v+1, which carries the deliverables and materials (task-fork.ts).
    const target = await editableTaskVersionTx(tx, { taskId: options.taskId, actorId: options.actorId, now: options.now, loaded: options.loaded });
    await tx.task.update({ where: { id: options.taskId }, data: { status: input.status } });
    // The rubric editor does not know automatic criteria (issue 14): keep each criterion's `auto` by id.
    const current = await tx.taskVersion.findUniqueOrThrow({ where: { id: target.versionId }, select: { rubric: true } });
    const autoById = new Map(((current.rubric ?? []) as Array<{ id: string; auto?: unknown }>).filter((c) => c.auto).map((c) => [c.id, c.auto]));
    const rubric = input.rubric.map((c) => (autoById.has(c.id) ? { ...c, auto: autoById.get(c.id) } : c)) as unknown as Prisma.InputJsonValue;
    await tx.taskVersion.update({ where: { id: target.versionId }, data: { ...data(input), rubric, revision: { increment: 1 } } });
    return { taskId: options.taskId, versionId: target.versionId, newVersion: target.newVersion };
  });
}

export const taskSelect = {
  id: true,
  taskId: true,
  version: true,
  ...taskContentSelect,
  task: { select: { status: true } },
} as const satisfies Prisma.TaskVersionSelect;
type TaskRow = Prisma.TaskVersionGetPayload<{ select: typeof taskSelect }>;

export function taskRowToInput(r: TaskRow): TaskInput {
  return TaskInputSchema.parse({ ...r, status: r.task.status });
}

function toDomain(r: TaskRow): TaskVersion {
  return { ...taskRowToInput(r), taskId: r.taskId, versionId: r.id, version: r.version } as TaskVersion;
}

export async function loadTasks(options: { statuses?: Array<"draft" | "active" | "retired">; level?: "5" | "4" } = {}): Promise<TaskVersion[]> {
  const rows = await getPrisma().taskVersion.findMany({
    where: { currentOf: { isNot: null }, task: { status: { in: options.statuses ?? ["active"] } }, ...(options.level ? { level: options.level } : {}) },
    select: taskSelect,
    orderBy: [{ level: "asc" }, { duty: "asc" }, { title: "asc" }],
  });
  return rows.map(toDomain);
}

export async function listTasks() {
  const rows = await getPrisma().taskVersion.findMany({
    where: { currentOf: { isNot: null } },
    select: taskSelect,
    orderBy: [{ level: "asc" }, { duty: "asc" }, { title: "asc" }],
  });
  return rows.map((r) => ({ id: r.taskId, versionId: r.id, version: r.version, ...taskRowToInput(r) }));
}

export const TASK_FILE_FORMAT = "skills-tasks/v1";

export async function exportTasksJson(): Promise<string> {
  const tasks = (await listTasks()).map(({ id: _id, versionId: _v, version: _n, ...t }) => t);
  return JSON.stringify({ format: TASK_FILE_FORMAT, tasks }, null, 2);
}

/** Imports tasks from JSON; every problem is reported as 第 N 个试题…; nothing written unless all valid. */
export async function importTasksJson(options: { text: string; actorId: string; now: Date }) {
  let doc: unknown;
  try {
    doc = JSON.parse(options.text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new AppError("VALIDATION", { message: `不是有效的 JSON 文件：${error instanceof Error ? error.message : String(error)}` });
  }
  const file = z.object({ format: z.literal(TASK_FILE_FORMAT), tasks: z.array(z.unknown()) }).safeParse(doc);
  if (!file.success) throw new AppError("VALIDATION", { message: `文件格式应为 {"format":"${TASK_FILE_FORMAT}","tasks":[…]}` });
  const problems: string[] = [];
  const inputs: TaskInput[] = [];
  file.data.tasks.forEach((raw, i) => {
    const parsed = TaskInputSchema.safeParse(raw);
    if (!parsed.success) {
      for (const m of taskInputIssueMessages(raw, parsed.error.issues)) problems.push(`第 ${i + 1} 个试题：${m}`);
      return;
    }
    const p = checkTask(parsed.data);
    if (p.length) problems.push(...p.map((m) => `第 ${i + 1} 个试题：${m}`));
    else inputs.push(parsed.data);
  });
  if (problems.length > 0) return { imported: 0, problems };
  await getPrisma().$transaction(async (tx) => {
    for (const input of inputs) await createTaskTx(tx, input, { actorId: options.actorId, now: options.now });
  });
  return { imported: inputs.length, problems };
}
