import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { createTask, exportTasksJson, importTasksJson, listTasks, loadTasks, updateTask } from "@/server/bank/task-store";
import { prisma, resetDatabase } from "./helpers/db";
import { createStaff } from "./helpers/users";

const NOW = new Date("2026-11-26T03:00:00Z");
let adminId: string;
beforeEach(async () => {
  await resetDatabase();
  adminId = (await createStaff("admin4")).id;
});

const task = {
  title: "跨境店铺运费模板设置",
  level: "5",
  tracks: ["cross-border"],
  duty: "2",
  skills: ["2.3.4"],
  instructions: "根据给定的运费组合方案，在模拟后台中设置店铺运费模板。",
  materials: [{ name: "运费方案.xlsx", description: "三个区域的运费组合" }],
  minutes: 30,
  points: 35,
  rubric: [
    { id: "c1", title: "区域划分正确", points: 15, descriptors: "三个区域全部正确得 15 分，每错一个扣 5 分" },
    { id: "c2", title: "运费计算规则", points: 15, descriptors: "首重、续重设置正确" },
    { id: "c3", title: "模板命名与保存", points: 5, descriptors: "按要求命名并保存" },
  ],
  status: "active",
};

describe("skill-task bank", () => {
  it("validates the rubric total and the skill codes against the standard", async () => {
    await expect(createTask({ input: { ...task, points: 30 }, actorId: adminId, now: NOW })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("评分细则分值合计 35，与试题分值 30 不一致"),
    });
    await expect(createTask({ input: { ...task, skills: ["2.1.1"] }, actorId: adminId, now: NOW })).rejects.toMatchObject({
      message: expect.stringContaining("不适用于所选工种"),
    });
    await expect(createTask({ input: { ...task, skills: ["3.1.1"] }, actorId: adminId, now: NOW })).rejects.toMatchObject({
      message: expect.stringContaining("不属于职业功能 2"),
    });
  });

  it("versions a used task and round-trips through JSON", async () => {
    const { taskId, versionId } = await createTask({ input: task, actorId: adminId, now: NOW });
    await prisma.taskVersion.update({ where: { id: versionId }, data: { usedAt: NOW } });
    const edited = await updateTask({ taskId, input: { ...task, minutes: 40 }, actorId: adminId, now: NOW });
    expect(edited.newVersion).toBe(true);
    expect((await prisma.taskVersion.findUniqueOrThrow({ where: { id: versionId } })).minutes).toBe(30);
    expect((await loadTasks())[0]).toMatchObject({ version: 2, minutes: 40, points: 35 });

    const json = await exportTasksJson();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tasks-")), "tasks.json");
    fs.writeFileSync(file, json);
    const before = (await listTasks()).map(({ id: _i, versionId: _v, version: _n, ...t }) => t);
    await resetDatabase();
    adminId = (await createStaff("admin5")).id;
    expect(await importTasksJson({ text: fs.readFileSync(file, "utf8"), actorId: adminId, now: NOW })).toEqual({ imported: 1, problems: [] });
    expect((await listTasks()).map(({ id: _i, versionId: _v, version: _n, ...t }) => t)).toEqual(before);
  });

  it("reports every bad task in a JSON file and writes nothing", async () => {
    const text = JSON.stringify({ format: "skills-tasks/v1", tasks: [task, { ...task, points: 10 }, { ...task, title: "" }] });
    const result = await importTasksJson({ text, actorId: adminId, now: NOW });
    expect(result.imported).toBe(0);
    expect(result.problems).toEqual([
      "第 2 个试题：评分细则分值合计 35，与试题分值 10 不一致",
      "第 3 个试题：标题：必填",
    ]);
    expect(await prisma.task.count()).toBe(0);
    await expect(importTasksJson({ text: "{oops", actorId: adminId, now: NOW })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
