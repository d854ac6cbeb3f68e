// The candidate's pages on the screens they use: the waiting room that advances by itself when
// the proctor opens the room and the start time comes, and the exam page on a phone and a tablet
// (answer, unanswered count beside 交卷, Esc closes the submit dialog, text size, submit).
import { expect, test, type Page } from "@playwright/test";
import { signInByApi } from "./helpers/auth";
import { attemptOf, createExamSession, db } from "./helpers/exam-setup";

test("the waiting room counts down and enables 开始考试 by itself when the proctor opens the room", async ({ page, browser }) => {
  const { sessionId } = await createExamSession({ opened: false, name: `自动候考-${Date.now()}` });
  const p = await db();
  // The start time is a few seconds ahead (database clock), so the countdown runs.
  await p.$executeRaw`UPDATE "ExamSession" SET "startsAt" = now() + interval '6 seconds' WHERE id = ${sessionId}`;
  const room = await p.sessionRoom.findFirstOrThrow({ where: { sessionId } });

  await signInByApi(page.request, "candidate");
  await page.goto(`/exam/${sessionId}`);
  await expect(page.getByRole("timer", { name: "距开考还有" })).toHaveText(/^00:0\d$/);
  await expect(page.getByTestId("room-state")).toHaveText("监考人员尚未开考");
  await expect(page.getByRole("button", { name: "开始考试" })).toBeDisabled();
  await expect(page.getByText("本页会自动更新，无需刷新。")).toBeVisible();

  // The proctor opens the room from another browser; the candidate's page is not reloaded.
  const ctx = await browser.newContext();
  const proctor = await ctx.newPage();
  await signInByApi(proctor.request, "proctor");
  const opened = await proctor.request.post(`/api/proctor/sessions/${sessionId}/rooms/${room.id}/open`, { data: {} });
  expect(opened.ok()).toBe(true);
  await ctx.close();

  await expect(page.getByTestId("room-state")).toHaveText(/^监考人员已开考（/, { timeout: 20_000 });
  await expect(page.getByRole("timer", { name: "距开考还有" })).toHaveText("已到开考时间", { timeout: 20_000 });
  const start = page.getByRole("button", { name: "开始考试" });
  await expect(start).toBeEnabled({ timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: "可以开始考试了。" })).toBeVisible();
  await start.click();
  await expect(page.getByRole("timer", { name: "剩余时间" })).toBeVisible();
});

async function noHorizontalScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll).toBeLessThanOrEqual(width);
}

for (const size of [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 820, height: 1180 },
]) {
  test(`on a ${size.name} (${size.width}×${size.height}) the candidate answers, uses Esc and submits`, async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: size.width, height: size.height }, hasTouch: true, isMobile: size.name === "phone" });
    const page = await ctx.newPage();
    const { sessionId, candidateId } = await createExamSession({ opened: true, name: `${size.name}-答题-${Date.now()}` });
    await signInByApi(page.request, "candidate");
    await page.goto(`/exam/${sessionId}`);
    await page.getByRole("button", { name: "开始考试" }).tap();
    await expect(page.getByRole("timer", { name: "剩余时间" })).toBeVisible();
    await noHorizontalScroll(page);

    const q = (n: number) => page.getByRole("group", { name: new RegExp(`^第 ${n} 题（共 90 题）`) });
    const submit = page.getByRole("button", { name: "交卷", exact: true });
    await expect(page.getByTestId("unanswered-count")).toHaveText("未答 90 题");

    // Options are large touch targets.
    const option = q(1).locator("label").first();
    const box = await option.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await option.tap();
    await expect(page.getByTestId("saved-1")).toHaveText("第 1 题：已保存");
    await expect(page.getByTestId("unanswered-count")).toHaveText("未答 89 题");

    // The navigator: on the phone it opens from its button; a question button is ≥ 44 px.
    const nav = page.getByRole("navigation", { name: "题目导航" });
    if (size.name === "phone") await nav.getByRole("button", { name: "题目导航" }).tap();
    const q5 = nav.getByRole("button", { name: /^第 5 题/ });
    expect((await q5.boundingBox())!.height).toBeGreaterThanOrEqual(size.name === "phone" ? 44 : 36);
    await q5.tap();
    await q(5).locator("label").nth(1).tap();
    await expect(page.getByTestId("saved-5")).toHaveText("第 5 题：已保存");
    await expect(page.getByTestId("unanswered-count")).toHaveText("未答 88 题");

    // Text size: the whole page grows.
    await page.getByRole("group", { name: "字号" }).getByRole("button", { name: "特大" }).tap();
    await expect(page.getByRole("group", { name: "字号" }).getByRole("button", { name: "特大" })).toHaveAttribute("aria-pressed", "true");
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("22px");
    await noHorizontalScroll(page);

    // Esc closes the submit dialog; then submit.
    await submit.tap();
    const dialog = page.getByRole("dialog", { name: "确认交卷" });
    await expect(dialog).toContainText("还有 88 题未作答");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(submit).toBeFocused();
    await submit.tap();
    await dialog.getByRole("button", { name: "确认交卷" }).tap();
    await expect(page.getByRole("status")).toHaveText("你已交卷，考试结束。");
    const attempt = await attemptOf(sessionId, candidateId);
    expect(attempt).toMatchObject({ status: "submitted", submittedBy: "candidate" });
    expect(attempt!.answers.filter((a) => a.response.length > 0)).toHaveLength(2);
    await ctx.close();
  });
}
