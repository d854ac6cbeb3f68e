// Issue 14, rich-text deliverables in Chromium: on the skill page a candidate writes the demo
// listing task's product description (商品详情描述, rich text) in the rich-text editor, makes a word
// bold and a bulleted list with the toolbar's buttons and sees it saved as the editor's HTML; over
// the length limit the count turns red and the server refuses the text (the stored answer stays);
// after a reload the formatting is back; while the attempt is paused the editor is read-only.
import { expect, test, type Page } from "@playwright/test";
import { CANDIDATE_PASSWORD, signInAs } from "./helpers/certificate-setup";
import { db } from "./helpers/exam-setup";
import { createDeliverySession, skillAttemptOf } from "./helpers/skill-flow-setup";

const DETAIL = "商品详情描述";

async function storedDetail(sessionId: string, candidateId: string): Promise<unknown> {
  const a = await skillAttemptOf(sessionId, candidateId);
  return a?.deliverableAnswers.find((d) => d.deliverableId === "detail")?.value ?? null;
}

function editorOf(page: Page, taskTitle: string) {
  const task = page.getByRole("region", { name: `任务 1：${taskTitle}` });
  const toolbar = task.getByRole("toolbar", { name: `${DETAIL}的格式工具` });
  return { task, toolbar, box: task.getByRole("textbox", { name: DETAIL }), saved: task.getByTestId("saved-detail"), count: task.getByText(/^\d+ \/ 800 字$/) };
}

test("a candidate formats the product description with the toolbar; it is saved as HTML, an over-long text is refused, the formatting comes back after a reload, and it is read-only while paused", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `富文本-${Date.now()}`;
  const { sessionId, taskTitle, candidates } = await createDeliverySession(name, { rich: true });
  const cand = candidates[0]!;
  await signInAs(page.request, cand.ticket, CANDIDATE_PASSWORD);
  await page.goto(`/exam/${sessionId}`);
  await page.getByRole("button", { name: "开始考试" }).click();
  await expect(page).toHaveURL(/\/exam\/skill\//);

  const { toolbar, box, saved, count } = editorOf(page, taskTitle);
  await expect(box).toHaveAttribute("aria-multiline", "true");
  await expect(count).toHaveText("0 / 800 字");
  const bold = toolbar.getByRole("button", { name: "加粗" });
  await expect(bold).toHaveAttribute("aria-pressed", "false");

  // A bold word, then a bulleted list of two points.
  await box.click();
  await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type("包邮");
  await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.type("到家");
  await page.keyboard.press("Enter");
  await toolbar.getByRole("button", { name: "项目符号列表" }).click();
  await expect(toolbar.getByRole("button", { name: "项目符号列表" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type("云南高山种植");
  await page.keyboard.press("Enter");
  await page.keyboard.type("产地直发");
  await expect(saved).toHaveText(`${DETAIL}：已保存`);
  // 包邮到家 \n 云南高山种植 \n\n 产地直发 — the plain text's characters, as the server counts them.
  await expect(count).toHaveText("17 / 800 字");
  await expect(count).not.toHaveClass(/text-red/);

  const html = "<p><strong>包邮</strong>到家</p><ul><li><p>云南高山种植</p></li><li><p>产地直发</p></li></ul>";
  await expect.poll(() => storedDetail(sessionId, cand.id)).toEqual({ text: html });

  // Over the limit: the count turns red and the server refuses; the stored answer is unchanged.
  await box.fill("长".repeat(801));
  await expect(count).toHaveText("801 / 800 字");
  await expect(count).toHaveClass(/text-red-700/);
  await expect(saved).toContainText("最多 800 个字，现有 801 个字");
  expect(await storedDetail(sessionId, cand.id)).toEqual({ text: html });

  // After a reload the stored text and its formatting are back: the list inside the editor, the bold word.
  await page.reload();
  const again = editorOf(page, taskTitle);
  await expect(again.box.getByRole("list").getByRole("listitem")).toHaveText(["云南高山种植", "产地直发"]);
  await expect(again.box.locator("strong")).toHaveText("包邮");
  await expect(again.count).toHaveText("17 / 800 字");
  await again.box.getByText("包邮").click();
  await expect(again.toolbar.getByRole("button", { name: "加粗" })).toHaveAttribute("aria-pressed", "true");

  // Paused by the proctor (written as the proctor's pause leaves it): the editor is read-only and its toolbar disabled.
  await (await db()).attempt.updateMany({ where: { sessionId, candidateId: cand.id }, data: { status: "paused", pausedAt: new Date() } });
  await page.reload();
  const paused = editorOf(page, taskTitle);
  await expect(paused.box.locator("strong")).toHaveText("包邮");
  await expect(paused.toolbar.getByRole("button", { name: "加粗" })).toBeDisabled();
  await expect(paused.box).toHaveAttribute("contenteditable", "false");
  expect(await storedDetail(sessionId, cand.id)).toEqual({ text: html });
});
