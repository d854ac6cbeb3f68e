// Lost updates in skill-task authoring on a real PostgreSQL: every save (deliverables editor with
// its automatic criteria, main task form) carries the version id and revision the page loaded; a
// save from a stale page — another tab saved since, or forked v+1 — is refused with a Chinese
// message naming the current version, and nothing of it is written (task-fork.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { getTaskAuthoring } from "@/server/bank/get-task-authoring";
import { saveTaskDeliverables } from "@/server/bank/save-task-deliverables";
import { createTask, updateTask } from "@/server/bank/task-store";
import { prisma, resetDatabase } from "./helpers/db";
import { createStaff } from "./helpers/users";

let adminId: string;
beforeAll(async () => {
  await resetDatabase();
  adminId = (await createStaff("concurrency-admin", ["ADMIN"])).id;
});

const now = () => new Date();

const TASK = {
  title: "跨境店铺运费模板设置",
  level: "5",
  tracks: ["cross-border"],
  duty: "2",
  skills: ["2.3.4"],
  instructions: "根据给定的运费组合方案，在模拟后台中设置店铺运费模板。",
  materials: [],
  minutes: 30,
  points: 20,
  rubric: [
    { id: "c1", title: "区域划分正确", points: 10, descriptors: "三个区域全部正确" },
    { id: "c2", title: "运费计算规则", points: 10, descriptors: "首重、续重设置正确" },
  ],
  status: "active",
};

const TEXT = { id: "note", title: "设置说明", kind: "text", rich: false, maxLength: 200, checks: [{ kind: "text-length", max: 200 }] };
const OTHER = { id: "memo", title: "备注", kind: "text", rich: false, maxLength: 100, checks: [] };

const stale = (version: number) => ({ code: "CONFLICT", message: `该试题已被他人修改（现为 v${version}），请刷新页面后再修改；本次修改未保存。` });

const snapshot = async (taskId: string) => ({
  versions: await prisma.taskVersion.findMany({ where: { taskId }, orderBy: { version: "asc" } }),
  task: await prisma.task.findUniqueOrThrow({ where: { id: taskId } }),
});

async function loaded(taskId: string) {
  const a = await getTaskAuthoring({ taskId });
  return { versionId: a.versionId, revision: a.revision };
}

describe("optimistic concurrency of task authoring", () => {
  it("deliverables: two saves from the same loaded page — the second is refused, the first kept", async () => {
    const { taskId } = await createTask({ input: TASK, actorId: adminId, now: now() });
    const page = await loaded(taskId);
    await saveTaskDeliverables({ taskId, deliverables: [TEXT], auto: { c1: { deliverableId: "note", checkIndex: 0, rule: "all-or-nothing" } }, loaded: page, actorId: adminId, now: now() });
    const afterFirst = await snapshot(taskId);
    await expect(saveTaskDeliverables({ taskId, deliverables: [OTHER], auto: {}, loaded: page, actorId: adminId, now: now() })).rejects.toMatchObject(stale(1));
    expect(await snapshot(taskId)).toEqual(afterFirst);
    expect(afterFirst.versions[0]!.deliverables).toEqual([TEXT]);
    // Reloaded, the same tab saves again.
    const r = await saveTaskDeliverables({ taskId, deliverables: [TEXT, OTHER], loaded: await loaded(taskId), actorId: adminId, now: now() });
    expect(r).toMatchObject({ version: 1, newVersion: false });
  });

  it("two saves from the same loaded page at the same moment: exactly one is written", async () => {
    const { taskId } = await createTask({ input: TASK, actorId: adminId, now: now() });
    const page = await loaded(taskId);
    const results = await Promise.allSettled([
      saveTaskDeliverables({ taskId, deliverables: [TEXT], loaded: page, actorId: adminId, now: now() }),
      saveTaskDeliverables({ taskId, deliverables: [OTHER], loaded: page, actorId: adminId, now: now() }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused && refused.status === "rejected" ? refused.reason : null).toMatchObject(stale(1));
    const winner = results[0]!.status === "fulfilled" ? [TEXT] : [OTHER];
    expect((await snapshot(taskId)).versions.map((v) => v.deliverables)).toEqual([winner]);
  });

  it("across a fork: a page loaded on the used v1 cannot save its stale copy over the v2 just created", async () => {
    const { taskId, versionId } = await createTask({ input: TASK, actorId: adminId, now: now() });
    await prisma.taskVersion.update({ where: { id: versionId }, data: { usedAt: now() } });
    const page = await loaded(taskId);
    const first = await saveTaskDeliverables({ taskId, deliverables: [TEXT], loaded: page, actorId: adminId, now: now() });
    expect(first).toMatchObject({ version: 2, newVersion: true });
    const afterFirst = await snapshot(taskId);
    await expect(saveTaskDeliverables({ taskId, deliverables: [OTHER], loaded: page, actorId: adminId, now: now() })).rejects.toMatchObject(stale(2));
    await expect(updateTask({ taskId, input: { ...TASK, title: "旧页面的标题" }, loaded: page, actorId: adminId, now: now() })).rejects.toMatchObject(stale(2));
    expect(await snapshot(taskId)).toEqual(afterFirst);
    expect(afterFirst.versions.map((v) => [v.version, v.deliverables])).toEqual([
      [1, []],
      [2, [TEXT]],
    ]);
  });

  it("main task form: a stale form is refused after a form save or a deliverables save; nothing written", async () => {
    const { taskId } = await createTask({ input: TASK, actorId: adminId, now: now() });
    const page = await loaded(taskId);
    await updateTask({ taskId, input: { ...TASK, title: "A 的标题" }, loaded: page, actorId: adminId, now: now() });
    const afterA = await snapshot(taskId);
    await expect(updateTask({ taskId, input: { ...TASK, title: "B 的标题", status: "retired" }, loaded: page, actorId: adminId, now: now() })).rejects.toMatchObject(stale(1));
    expect(await snapshot(taskId)).toEqual(afterA);
    expect(afterA.versions[0]!.title).toBe("A 的标题");

    const page2 = await loaded(taskId);
    await saveTaskDeliverables({ taskId, deliverables: [TEXT], loaded: page2, actorId: adminId, now: now() });
    const afterDeliverables = await snapshot(taskId);
    await expect(updateTask({ taskId, input: { ...TASK, minutes: 45 }, loaded: page2, actorId: adminId, now: now() })).rejects.toMatchObject(stale(1));
    await expect(saveTaskDeliverables({ taskId, deliverables: [], loaded: { ...page2, versionId: "" }, actorId: adminId, now: now() })).rejects.toMatchObject(stale(1));
    expect(await snapshot(taskId)).toEqual(afterDeliverables);
  });
});
