import { expect, test } from "@playwright/test";
import { signInByApi } from "./helpers/auth";
import { attemptOf, createExamSession, setDeadlineIn } from "./helpers/exam-setup";

test("answers survive a network cut and a reload, and every answer reaches the server", async ({ page, context }) => {
  const { sessionId, candidateId } = await createExamSession({ opened: true, name: `断网测试-${Date.now()}` });
  await signInByApi(page.request, "candidate");

  await page.goto("/candidate");
  await page.getByRole("row").filter({ hasText: "断网测试" }).getByRole("link", { name: "进入考场" }).click();
  await expect(page.getByText("你的试卷已准备好。")).toBeVisible();
  await page.getByRole("button", { name: "开始考试" }).click();
  await expect(page.getByRole("timer", { name: "剩余时间" })).toBeVisible();

  // Question 1, online.
  const q = (n: number) => page.getByRole("group", { name: new RegExp(`^第 ${n} 题（共 90 题）`) });
  await q(1).getByRole("radio").first().check();
  await expect(page.getByTestId("saved-1")).toHaveText("第 1 题：已保存");

  // The network is cut; two more answers wait on this computer.
  await context.setOffline(true);
  await page.getByRole("button", { name: "下一题" }).click();
  await q(2).getByRole("radio").nth(1).check();
  await page.getByRole("button", { name: "下一题" }).click();
  await q(3).getByRole("radio").first().check();
  await expect(page.getByTestId("saved-3")).toHaveText("第 3 题：未保存（等待发送）");
  await expect(page.getByRole("alert").filter({ hasText: "网络已断开" })).toHaveText(/有 2 个答案等待发送/);

  // A reload while offline fails; nothing is lost.
  await page.reload().catch(() => undefined);
  await context.setOffline(false);
  const attempt = await attemptOf(sessionId, candidateId);
  await page.goto(`/exam/attempt/${attempt!.id}`);
  await expect(page.getByRole("timer", { name: "剩余时间" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "题目导航" })).toContainText("已答 3 / 90 题");

  await expect
    .poll(async () => (await attemptOf(sessionId, candidateId))?.answers.filter((a) => a.response.length > 0).length, { timeout: 15_000 })
    .toBe(3);
  const saved = await attemptOf(sessionId, candidateId);
  expect(saved!.answers.every((a) => a.response.length === 1)).toBe(true);
  await page.getByRole("button", { name: /第 2 题/ }).click();
  await expect(page.getByTestId("saved-2")).toHaveText("第 2 题：已保存");
});

test("at the deadline the server submits the attempt, with the browser open or gone", async ({ page, browser }) => {
  const { sessionId, candidateId } = await createExamSession({ opened: true, name: `到时交卷-${Date.now()}` });
  await signInByApi(page.request, "candidate");
  const started = await page.request.post(`/api/exam/sessions/${sessionId}/start`);
  expect(started.ok()).toBe(true);
  const { attemptId } = (await started.json()) as { attemptId: string };
  await setDeadlineIn(attemptId, 3);
  await page.goto(`/exam/attempt/${attemptId}`);
  await expect(page.getByRole("status")).toHaveText("考试时间到，系统已自动交卷。", { timeout: 30_000 });
  expect(await attemptOf(sessionId, candidateId)).toMatchObject({ status: "submitted", submittedBy: "deadline" });

  // Browser gone: another sitting whose page is closed is submitted by the server's sweep.
  const other = await createExamSession({ opened: true, name: `无人交卷-${Date.now()}` });
  const ctx = await browser.newContext();
  const cpage = await ctx.newPage();
  await signInByApi(cpage.request, "candidate");
  const r = await cpage.request.post(`/api/exam/sessions/${other.sessionId}/start`);
  const id = ((await r.json()) as { attemptId: string }).attemptId;
  await ctx.close();
  await setDeadlineIn(id, -6);
  await expect.poll(async () => (await attemptOf(other.sessionId, other.candidateId))?.status, { timeout: 30_000 }).toBe("submitted");
});

test("the proctor opens the room, sees the candidate's progress live and grants extra time", async ({ page, browser }) => {
  const { sessionId, candidateId } = await createExamSession({ opened: false, name: `监考测试-${Date.now()}` });
  await signInByApi(page.request, "proctor");
  await page.goto("/proctor");
  await page.getByRole("link", { name: /监考测试/ }).click();
  const room = page.getByRole("region", { name: /^考场 E2E-监考测试/ });
  await room.getByRole("button", { name: "开考" }).click();
  await expect(room.getByText(/已开考/)).toBeVisible();

  // The candidate starts and answers two questions (through the API, as the exam page does).
  const ctx = await browser.newContext();
  const cpage = await ctx.newPage();
  await signInByApi(cpage.request, "candidate");
  const { attemptId } = (await (await cpage.request.post(`/api/exam/sessions/${sessionId}/start`)).json()) as { attemptId: string };
  const view = (await (await cpage.request.get(`/api/exam/attempts/${attemptId}`)).json()) as { items: Array<{ versionId: string; options: Array<{ key: string }> }> };
  for (const [i, item] of view.items.slice(0, 2).entries()) {
    const res = await cpage.request.post(`/api/exam/attempts/${attemptId}/answers`, { data: { itemVersionId: item.versionId, response: [item.options[0]!.key], seq: i + 1 } });
    expect(res.ok()).toBe(true);
  }

  const row = room.getByRole("row").filter({ hasText: "演示考生甲" });
  await expect(row).toContainText("已答 2 / 90");
  await expect(row).toContainText("答题中");
  await row.getByRole("button", { name: "延长时间：演示考生甲" }).click();
  const dialog = page.getByRole("dialog", { name: "延长时间" });
  await dialog.getByLabel("延长分钟数").fill("10");
  await dialog.getByLabel("理由（将被记录）").fill("电脑故障重启");
  await dialog.getByRole("button", { name: "确定" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已记录：延长时间" })).toBeVisible();
  await expect(row).toContainText("已延长 10 分钟");
  expect(await attemptOf(sessionId, candidateId)).toMatchObject({ extraSeconds: 600 });
  await ctx.close();
});
