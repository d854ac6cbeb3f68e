import { expect, test } from "@playwright/test";

test("the standard is browsable: search finds a known item by its code", async ({ page }) => {
  await page.goto("/standard");
  await expect(page.getByRole("heading", { level: 1, name: "职业技能标准" })).toBeVisible();
  await expect(page.getByRole("table", { name: "理论知识权重表（%）" })).toBeVisible();

  await page.getByLabel("按代码或关键词搜索").fill("4.5.4");
  await page.getByRole("button", { name: "搜索" }).click();
  const results = page.getByRole("list", { name: /搜索“4\.5\.4”的结果/ });
  await expect(results.getByRole("listitem").filter({ hasText: "能根据信保订单起草要求，结合合同内容，起草信保订单" })).toBeVisible();
  await expect(results.getByRole("listitem").filter({ hasText: "异常订单处理方法" })).toBeVisible();
});

test("a level and track page shows its duties, including level-5 requirements for level 4", async ({ page }) => {
  await page.goto("/standard");
  await page.getByRole("link", { name: "四级/中级工 · 跨境电子商务师" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "四级/中级工 · 跨境电子商务师" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /4\.6 国际物流选择/ })).toBeVisible();
  // Level-5 cross-border content, marked as the lower level's requirement.
  await expect(page.getByRole("heading", { name: /2\.3 跨境电商网店信息设置/ })).toContainText("五级要求");
  // Online-merchant-only content is absent.
  await expect(page.getByRole("heading", { name: /4\.1 商品管理/ })).toHaveCount(0);
});

test("the open data export is served as JSON", async ({ request }) => {
  const response = await request.get("/api/standard");
  expect(response.ok()).toBe(true);
  const data = await response.json();
  expect(data.levels.map((l: { code: string }) => l.code)).toEqual(["5", "4"]);
  expect(data.weights.theory).toHaveLength(2 * 2 * 8);
});
