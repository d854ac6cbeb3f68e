// Automated accessibility checks (axe-core through Playwright) on the main pages of every role:
// no serious or critical violation of WCAG 2.x A/AA rules.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInByApi } from "./helpers/auth";
import { createExamSession } from "./helpers/exam-setup";

async function check(page: Page, url: string, ready: (p: Page) => Promise<void>) {
  await page.goto(url);
  await ready(page);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(bad, `axe on ${url}`).toEqual([]);
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
