import { expect, test } from "@playwright/test";
import { createScoredTheorySession } from "./helpers/analytics-setup";
import { signInByApi } from "./helpers/auth";

test("an admin reads a session's item and test analysis, marks a flagged item for review from the table, finds it in the bank and marks it reviewed", async ({ page }) => {
  const name = `题目分析-${Date.now()}`;
  const { specialNo, specialItemId } = await createScoredTheorySession(name);
  await signInByApi(page.request, "admin");

  await page.goto("/admin/analytics");
  await page.getByRole("row").filter({ hasText: name }).getByRole("link", { name: "题目分析" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `题目分析：${name}` })).toBeVisible();
  await expect(page.getByRole("img", { name: /题目分布图：难度 × 区分度/ })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("button", { name: `将第 ${specialNo} 题标记为待复核` }) });
  await expect(row).toContainText("疑似答案错误");
  await expect(row).toContainText("负区分");

  await row.getByRole("button", { name: `将第 ${specialNo} 题标记为待复核` }).click();
  await expect(page.getByRole("status")).toHaveText(/已将题目标记为待复核/);
  await expect(page.getByRole("button", { name: `将第 ${specialNo} 题标记为待复核` })).toHaveCount(0);

  // The export holds the tables as XLSX.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出 XLSX（本页全部表格）" }).click();
  expect((await download).suggestedFilename()).toBe(`题目分析-${name}.xlsx`);

  // The test analysis draws the pass mark on the histogram.
  await page.getByRole("link", { name: "试卷分析" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `试卷分析：${name}` })).toBeVisible();
  await expect(page.getByRole("img", { name: /成绩分布（及格线 60 分）/ })).toBeVisible();
  await expect(page.locator("svg").getByText("及格线 60", { exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "成绩概况" })).toContainText("KR-20");

  // The bank lists it under review, with a badge; the admin marks it reviewed on its page.
  await page.goto("/admin/items?review=flagged");
  await expect(page.getByText("共 1 道题")).toBeVisible();
  await expect(page.getByRole("table", { name: "理论题库" }).getByText("待复核", { exact: true })).toBeVisible();
  await page.goto(`/admin/items/${specialItemId}`);
  await expect(page.getByText(/待复核：.*由题目分析标记（.*负区分.*疑似答案错误）/)).toBeVisible();
  await page.getByLabel("复核说明（可选）").fill("答案已核对");
  await page.getByRole("button", { name: "标记为已复核" }).click();
  await expect(page.getByRole("status")).toHaveText("已标记为已复核，题目将重新参与组卷。");
  await page.goto("/admin/items?review=flagged");
  await expect(page.getByText("没有符合条件的题目。")).toBeVisible();
});
