// Automated accessibility checks (axe-core through Playwright) on the main pages of every role,
// the candidate's included (home, waiting room, the exam page with a question and with the submit
// dialog open, the skill attempt page, released results) and the user guide: no serious or
// critical violation of WCAG 2.x A/AA rules.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInByApi } from "./helpers/auth";
import { CANDIDATE_PASSWORD, createCandidate, releasedResults, signInAs } from "./helpers/certificate-setup";
import { createExamSession } from "./helpers/exam-setup";
import { createDeliverySession } from "./helpers/skill-flow-setup";

/** axe on the page as it is now: the serious and critical violations ("id (impact): help — nodes") and how many rules passed. */
async function serious(page: Page): Promise<{ bad: string[]; passed: number }> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  return { bad, passed: result.passes.length };
}

/** No serious or critical violation on the page as it is now. */
async function analyze(page: Page, what: string) {
  const { bad, passed } = await serious(page);
  expect(bad, `axe on ${what}`).toEqual([]);
  // The check ran over the page (a blank page would pass too).
  expect(passed, `axe rules passed on ${what}`).toBeGreaterThan(10);
}

async function check(page: Page, url: string, ready: (p: Page) => Promise<void>) {
  await page.goto(url);
  await ready(page);
  await analyze(page, url);
}

const h1 = async (p: Page) => {
  await expect(p.getByRole("heading", { level: 1 }).first()).toBeVisible();
};

test("anonymous pages", async ({ page }) => {
  for (const url of ["/", "/signin", "/standard", "/verify"]) await check(page, url, h1);
});

test("admin pages", async ({ page }) => {
  test.setTimeout(300_000);
  await signInByApi(page.request, "admin");
  for (const url of ["/admin", "/admin/candidates", "/admin/candidates/import", "/admin/items", "/admin/items/coverage", "/admin/tasks", "/admin/papers", "/admin/rooms", "/admin/sessions", "/admin/sessions/new", "/admin/results", "/admin/statistics", "/admin/certificates"]) {
    await check(page, url, h1);
  }
});

test("proctor pages: sessions, console, projector view", async ({ page }) => {
  const { sessionId } = await createExamSession({ opened: true, name: `无障碍监考-${Date.now()}` });
  await signInByApi(page.request, "proctor");
  await check(page, "/proctor", h1);
  await check(page, `/proctor/sessions/${sessionId}`, h1);
  await check(page, `/proctor/sessions/${sessionId}/room`, async (p) => expect(p.getByRole("timer")).toBeVisible());
});

test("examiner and teacher pages", async ({ page, browser }) => {
  await signInByApi(page.request, "examiner");
  await check(page, "/examiner", h1);
  const ctx = await browser.newContext();
  const tpage = await ctx.newPage();
  await signInByApi(tpage.request, "teacher");
  await check(tpage, "/teacher", h1);
  await ctx.close();
});

test("candidate pages: home, waiting room, the exam page with a question and with the submit dialog open", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `无障碍考生-${Date.now()}`;
  const { sessionId } = await createExamSession({ opened: true, name });
  await signInByApi(page.request, "candidate");
  await check(page, "/candidate", async (p) => expect(p.getByRole("row").filter({ hasText: name }).getByRole("link", { name: "进入考场" })).toBeVisible());
  await check(page, `/exam/${sessionId}`, async (p) => expect(p.getByRole("button", { name: "开始考试" })).toBeEnabled());

  await page.getByRole("button", { name: "开始考试" }).click();
  const first = page.getByRole("group", { name: /^第 1 题（共 90 题）/ });
  await expect(page.getByRole("timer", { name: "剩余时间" })).toBeVisible();
  await first.locator("label").first().click();
  await expect(page.getByTestId("saved-1")).toHaveText("第 1 题：已保存");
  await analyze(page, "the exam page with question 1 answered");

  await page.getByRole("button", { name: "交卷", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "确认交卷" })).toContainText("还有 89 题未作答");
  await analyze(page, "the exam page's submit dialog");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "确认交卷" })).toBeHidden();
});

test("candidate pages: the skill attempt page", async ({ page }) => {
  test.setTimeout(120_000);
  const { sessionId, taskTitle, candidates } = await createDeliverySession(`无障碍技能-${Date.now()}`, { rich: true });
  await signInAs(page.request, candidates[0]!.ticket, CANDIDATE_PASSWORD);
  await check(page, `/exam/${sessionId}`, async (p) => expect(p.getByRole("button", { name: "开始考试" })).toBeEnabled());
  // The skill waiting room states the skill page's rules, not the theory exam's.
  await expect(page.getByText(/文件可断点续传/)).toBeVisible();
  await expect(page.getByText(/答案会在每次选择后立即保存/)).toHaveCount(0);
  await page.getByRole("button", { name: "开始考试" }).click();
  await expect(page).toHaveURL(/\/exam\/skill\//);
  await expect(page.getByRole("timer", { name: "剩余时间" })).toBeVisible();
  await expect(page.getByRole("region", { name: `任务 1：${taskTitle}` })).toBeVisible();
  // The rich-text editor (loaded lazily) is on the page and checked too.
  await expect(page.getByRole("toolbar", { name: "商品详情描述的格式工具" }).getByRole("button", { name: "加粗" })).toBeEnabled();
  await expect(page.getByRole("textbox", { name: "商品详情描述" })).toBeVisible();
  await analyze(page, "the skill attempt page");
  await page.getByRole("button", { name: "交卷", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "确认提交技能考核？" });
  await expect(dialog).toBeVisible();
  // Nothing handed in yet: the dialog names what is not finished (it does not refuse).
  await expect(dialog).toContainText("以下交付物还没有完成，仍可交卷：");
  await expect(dialog.getByRole("listitem").filter({ hasText: "「商品标题」：未作答" })).toBeVisible();
  await expect(dialog.getByRole("listitem").filter({ hasText: "未上传文件" })).toHaveCount(2);
  await analyze(page, "the skill attempt page's submit dialog");
  await dialog.getByRole("button", { name: "返回作答" }).click();
  await expect(dialog).toBeHidden();
});

test("candidate pages: released results", async ({ page }) => {
  const candidate = await createCandidate(`无障碍成绩${Date.now() % 100000}`);
  const { theoryName, skillName } = await releasedResults({ name: `无障碍成绩-${Date.now()}`, theory: { [candidate.id]: 8250 }, skill: { [candidate.id]: [4500, 3100] } });
  await signInAs(page.request, candidate.ticket, CANDIDATE_PASSWORD);
  await check(page, "/candidate", async (p) => {
    const results = p.getByRole("region", { name: "我的成绩" });
    await expect(results.getByRole("article").filter({ hasText: theoryName })).toBeVisible();
    await expect(results.getByRole("article").filter({ hasText: skillName })).toBeVisible();
  });
});

test("the user guide: index and every role's guide, in Chinese and English", async ({ page }) => {
  for (const url of ["/help", "/help/candidate", "/help/admin", "/help/proctor", "/help/examiner", "/help/teacher"]) await check(page, url, h1);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByText("The guide is written in Chinese only for now.")).toBeVisible();
  await analyze(page, "/help/teacher in English");
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("navigation", { name: "全部指南" })).toBeVisible();

  // The check can fail: a screenshot without its alt text is reported.
  await page.getByRole("article").evaluate((article) => {
    const img = document.createElement("img");
    img.src = "/help/img/teacher-home.png";
    article.append(img);
  });
  expect((await serious(page)).bad).toContainEqual(expect.stringMatching(/^image-alt \(critical\)/));
});
