// The proctor's projector view (large countdown, who has not started) and the event list that
// each irregularity count opens (what happened and when).
import { expect, test } from "@playwright/test";
import { signInByApi } from "./helpers/auth";
import { createExamSession } from "./helpers/exam-setup";

test("the projector view lists who has not started; each event count opens the list of what happened and when", async ({ page, browser }) => {
  const { sessionId } = await createExamSession({ opened: true, name: `投影测试-${Date.now()}` });
  await signInByApi(page.request, "proctor");
  await page.goto(`/proctor/sessions/${sessionId}`);
  await page.getByRole("link", { name: "投影视图" }).click();
  await expect(page).toHaveURL(new RegExp(`/proctor/sessions/${sessionId}/room$`));
  await expect(page.getByRole("timer", { name: "距考试结束" })).toHaveText(/^1:2\d:\d\d$/);
  const room = page.getByRole("region", { name: /^考场 E2E-投影测试/ });
  await expect(room.getByRole("heading", { name: "尚未开始答题（1 人）" })).toBeVisible();
  await expect(room.getByRole("listitem")).toHaveText(["1 号 演示考生甲"]);

  // The candidate starts, copies and leaves the window: the projector moves on by itself.
  const ctx = await browser.newContext();
  const cpage = await ctx.newPage();
  await signInByApi(cpage.request, "candidate");
  const { attemptId } = (await (await cpage.request.post(`/api/exam/sessions/${sessionId}/start`)).json()) as { attemptId: string };
  for (const kind of ["copy", "focus-lost"]) expect((await cpage.request.post(`/api/exam/attempts/${attemptId}/events`, { data: { kind } })).ok()).toBe(true);
  await ctx.close();
  await expect(room.getByText("全部考生均已开始答题。")).toBeVisible();

  // The console: the count opens the list; Esc closes it.
  await page.goto(`/proctor/sessions/${sessionId}`);
  const count = page.getByRole("button", { name: "查看异常记录（2 条）：演示考生甲" });
  await expect(count).toHaveText("2");
  await count.click();
  const dialog = page.getByRole("dialog", { name: "异常记录：演示考生甲" });
  const rows = dialog.getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText("复制");
  await expect(rows.nth(2)).toContainText("切出考试窗口");
  await expect(rows.nth(1).getByRole("cell").first()).toHaveText(/^\d{2}:\d{2}:\d{2}$/);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});
