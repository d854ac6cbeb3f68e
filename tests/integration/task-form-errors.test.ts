// The main task form (app/admin/tasks/actions.ts saveTaskAction: taskFromForm → createTask /
// updateTask) on a real PostgreSQL: every problem comes back at once in Chinese, naming the field
// and, for rubric and material lines, the line number and title; nothing is written.
import { beforeAll, describe, expect, it } from "vitest";
import { taskFromForm } from "@/server/bank/task-form";
import { createTask, updateTask } from "@/server/bank/task-store";
import { prisma, resetDatabase } from "./helpers/db";
import { createStaff } from "./helpers/users";

let adminId: string;
beforeAll(async () => {
  await resetDatabase();
  adminId = (await createStaff("form-admin", ["ADMIN"])).id;
});

const now = () => new Date();

/** The editor's form as the browser sends it. */
function form(fields: Partial<Record<string, string>> = {}): FormData {
  const f = new FormData();
  const all: Record<string, string> = {
    title: "跨境店铺运费模板设置",
    level: "5",
    duty: "2",
    skills: "2.3.4",
    instructions: "根据给定的运费组合方案设置运费模板。",
    materials: "运费方案.xlsx｜三个区域的运费组合",
    minutes: "30",
    points: "20",
    rubric: "区域划分正确｜10｜三个区域全部正确\n运费计算规则｜10｜首重、续重设置正确",
    status: "active",
    ...fields,
  } as Record<string, string>;
  for (const [k, v] of Object.entries(all)) f.set(k, v);
  f.append("tracks", "cross-border");
  return f;
}

const refusal = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as { code: string; message: string },
  );

describe("main task form errors", () => {
  it("a valid form saves (the baseline of the cases below)", async () => {
    const r = await createTask({ input: taskFromForm(form()), actorId: adminId, now: now() });
    const v = await prisma.taskVersion.findUniqueOrThrow({ where: { id: r.versionId } });
    expect(v.rubric).toEqual([
      { id: "c1", title: "区域划分正确", points: 10, descriptors: "三个区域全部正确" },
      { id: "c2", title: "运费计算规则", points: 10, descriptors: "首重、续重设置正确" },
    ]);
  });

  it("names the field and the rubric line in Chinese, every problem in one round, nothing written", async () => {
    const { taskId } = await createTask({ input: taskFromForm(form()), actorId: adminId, now: now() });
    const before = await prisma.taskVersion.findMany({ where: { taskId } });
    const bad = form({
      title: " ",
      skills: "2.3.4, 9.9.9，abc",
      minutes: "0",
      points: "101",
      materials: "｜没有名称",
      rubric: "只有标题没有分值\n区域划分｜0｜说明\n运费｜abc｜说明\n｜5｜没有标题",
    });
    for (const save of [
      () => updateTask({ taskId, input: taskFromForm(bad), actorId: adminId, now: now() }),
      () => createTask({ input: taskFromForm(bad), actorId: adminId, now: now() }),
    ]) {
      const error = await refusal(save());
      expect(error?.code).toBe("VALIDATION");
      expect(error!.message.split("；")).toEqual([
        "标题：必填",
        "技能要求代码「9.9.9」不在标准中",
        "技能要求代码「abc」不在标准中",
        "材料第 1 行：缺少名称（格式：名称｜说明）",
        "时长（分钟）：应不小于 1",
        "试题分值：应不大于 100",
        "评分细则第 1 行「只有标题没有分值」：缺少分值（格式：标题｜分值｜说明）",
        "评分细则第 2 行「区域划分」：分值应大于 0",
        "评分细则第 3 行「运费」：分值应为数字",
        "评分细则第 4 行：缺少标题（格式：标题｜分值｜说明）",
      ]);
      expect(error!.message).not.toMatch(/[A-Za-z]{4,}/);
    }
    expect(await prisma.taskVersion.findMany({ where: { taskId } })).toEqual(before);
    expect(await prisma.task.count()).toBe(2);
  });
});
