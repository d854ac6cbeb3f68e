// Lost updates in task authoring, through the UI: two tabs open the same task; tab A saves its
// deliverables and then its task form (the form's stamp follows A's own save, so A is not refused);
// tab B, loaded before, is refused with the Chinese message naming the current version — for the
// deliverables editor and for the task form — and A's changes stay.
import { expect, test, type Page } from "@playwright/test";
import { signInByApi } from "./helpers/auth";
import { createAuthoringTask, currentVersionOf } from "./helpers/authoring-setup";

const STALE = "该试题已被他人修改（现为 v1），请刷新页面后再修改；本次修改未保存。";

const taskForm = (page: Page) => page.locator("form").filter({ has: page.getByRole("button", { name: "保存", exact: true }) });
const deliverablesEditor = (page: Page) => page.getByRole("form", { name: "交付物（考生需提交的内容）" });

test("a tab loaded before another tab saved is refused, for the deliverables and for the task form; nothing of it saved", async ({ context }) => {
  test.setTimeout(90_000);
  const title = `并发编辑-${Date.now()}`;
  const { taskId } = await createAuthoringTask(title);
  const a = await context.newPage();
  await signInByApi(a.request, "admin");
  const b = await context.newPage();
  await a.goto(`/admin/tasks/${taskId}`);
  await b.goto(`/admin/tasks/${taskId}`);
  await expect(deliverablesEditor(b).getByRole("button", { name: "保存交付物与自动评分" })).toBeVisible();

  // Tab A saves the deliverables, then its task form: both go through.
  await deliverablesEditor(a).getByRole("button", { name: "保存交付物与自动评分" }).click();
  await expect(deliverablesEditor(a).getByRole("status")).toHaveText("已保存交付物与自动评分（v1）。");
  await taskForm(a).getByLabel("标题", { exact: true }).fill(`${title} A`);
  await taskForm(a).getByRole("button", { name: "保存", exact: true }).click();
  await expect(a.getByText("已保存。", { exact: true })).toBeVisible();
  await expect(taskForm(a).getByRole("alert")).toHaveCount(0);
  expect((await currentVersionOf(taskId)).title).toBe(`${title} A`);

  // Tab B still shows what it loaded: both of its saves are refused.
  await deliverablesEditor(b).getByRole("button", { name: "保存交付物与自动评分" }).click();
  await expect(deliverablesEditor(b).getByRole("alert")).toContainText(STALE);
  await taskForm(b).getByLabel("标题", { exact: true }).fill(`${title} B`);
  await taskForm(b).getByRole("button", { name: "保存", exact: true }).click();
  await expect(taskForm(b).getByRole("alert")).toHaveText(STALE);
  const stored = await currentVersionOf(taskId);
  expect([stored.version, stored.title]).toEqual([1, `${title} A`]);

  // Reloaded, tab B saves.
  await b.reload();
  await taskForm(b).getByLabel("标题", { exact: true }).fill(`${title} B`);
  await taskForm(b).getByRole("button", { name: "保存", exact: true }).click();
  await expect(b.getByText("已保存。", { exact: true })).toBeVisible();
  expect((await currentVersionOf(taskId)).title).toBe(`${title} B`);
});
