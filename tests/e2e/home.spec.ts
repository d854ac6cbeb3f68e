import { expect, test } from "@playwright/test";

test("the home page says what the platform is, in Chinese, and switches to English", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("电子商务师技能考核平台");
  await expect(page.getByRole("heading", { level: 1, name: "电子商务师技能考核平台" })).toBeVisible();
  await expect(page.getByText("60 分（含）以上为合格")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E-commerce Skills Assessment Platform" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "电子商务师技能考核平台" })).toBeVisible();
});
