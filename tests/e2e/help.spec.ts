// The in-app user guide (issue 18): the header's 帮助 link leads each role to its own guide,
// served by the app itself (docs/guide rendered to HTML, screenshots from /help/img), with the
// index of all guides; any other image name is refused.
import { expect, test, type Page } from "@playwright/test";
import { signInByApi } from "./helpers/auth";

/**
 * Clicks 帮助 in the header and waits for the guide and its first screenshot, as the browser
 * loaded it; returns the page showing the guide (a new tab for candidates, who may be in an exam).
 */
async function openHelp(page: Page, guide: { url: RegExp; heading: string; image: string; src: string }, options: { newTab?: boolean } = {}): Promise<Page> {
  const imageResponse = page.context().waitForEvent("response", (r) => new URL(r.url()).pathname === guide.src);
  const link = page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "帮助", exact: true });
  let help = page;
  if (options.newTab) {
    const popup = page.waitForEvent("popup");
    await link.click();
    help = await popup;
  } else await link.click();
  await expect(help).toHaveURL(guide.url);
  await expect(help.getByRole("heading", { level: 1, name: guide.heading })).toBeVisible();
  const response = await imageResponse;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const img = help.getByRole("img", { name: guide.image });
  await expect(img).toHaveAttribute("src", guide.src);
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(300);
  return help;
}

test("a candidate's 帮助 opens the candidate's guide with its screenshots", async ({ page }) => {
  await signInByApi(page.request, "candidate");
  await page.goto("/candidate");
  // In a new tab: a candidate in an exam keeps the exam page open.
  const help = await openHelp(page, { url: /\/help\/candidate$/, heading: "考生指南", image: "考生首页", src: "/help/img/candidate-home.png" }, { newTab: true });
  await expect(page).toHaveURL(/\/candidate$/);
  const guides = help.getByRole("navigation", { name: "全部指南" });
  await expect(guides.getByRole("link", { name: "考生指南" })).toHaveAttribute("aria-current", "page");
  await expect(guides.getByRole("listitem").filter({ hasText: "考生指南" })).toContainText("（你的角色）");
  await expect(help.getByRole("heading", { level: 2, name: "候考" })).toBeVisible();
});

test("an admin's 帮助 opens the admin's guide; the index lists every guide", async ({ page }) => {
  await signInByApi(page.request, "admin");
  await page.goto("/admin");
  await openHelp(page, { url: /\/help\/admin$/, heading: "管理员指南", image: "考务流程", src: "/help/img/admin-home.png" });
  const guides = page.getByRole("navigation", { name: "全部指南" });
  await expect(guides.getByRole("link", { name: "管理员指南" })).toHaveAttribute("aria-current", "page");

  await guides.getByRole("link", { name: "指南目录" }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole("heading", { level: 1, name: "使用指南" })).toBeVisible();
  const table = page.getByRole("table");
  for (const name of ["考生指南", "管理员指南", "监考指南", "考评指南", "教师指南"]) await expect(table.getByRole("link", { name })).toBeVisible();
  await table.getByRole("link", { name: "监考指南" }).click();
  await expect(page).toHaveURL(/\/help\/proctor$/);
  await expect(page.getByRole("heading", { level: 1, name: "监考指南" })).toBeVisible();
});

test("without signing in, 帮助 opens the index; the chrome follows the language, the guide stays Chinese", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "帮助", exact: true }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole("heading", { level: 1, name: "使用指南" })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("navigation", { name: "All guides" }).getByRole("link", { name: "Candidate's guide" })).toBeVisible();
  await expect(page.getByText("The guide is written in Chinese only for now.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "使用指南" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Help", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("navigation", { name: "全部指南" })).toBeVisible();
});

test("only the whitelisted screenshots are served; unknown guides are 404", async ({ request }) => {
  const ok = await request.get("/help/img/proctor-room.png");
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toBe("image/png");
  expect((await ok.body()).subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  for (const url of ["/help/img/..%2F..%2Fpackage.json", "/help/img/..%2FREADME.md", "/help/img/%2e%2e%2f%2e%2e%2f.env", "/help/img/candidate.md", "/help/img/secret.png", "/help/img/CANDIDATE-HOME.PNG"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    expect(await response.text(), url).not.toContain('"name": "skills-assessment"');
  }
  expect((await request.get("/help/nobody")).status()).toBe(404);
  expect((await request.get("/help/img")).status()).toBe(404);
});
