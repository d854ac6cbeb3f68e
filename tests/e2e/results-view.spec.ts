// A session's results page shows the score distribution beside the table, with the pass mark
// and the display rule; the transcripts name each area as the standard does.
import { expect, test } from "@playwright/test";
import { createScoredTheorySession } from "./helpers/analytics-setup";
import { signInByApi } from "./helpers/auth";
import { db } from "./helpers/exam-setup";

test("results: the distribution chart beside the table, the display rule, and named areas", async ({ page }) => {
  const { sessionId } = await createScoredTheorySession(`分布测试-${Date.now()}`);
  await signInByApi(page.request, "admin");
  await page.goto(`/admin/results/${sessionId}`);
  const chart = page.getByRole("figure", { name: "理论知识考试成绩分布" });
  await expect(chart).toBeVisible();
  await expect(chart.getByRole("img", { name: /理论知识考试成绩分布/ })).toBeVisible();
  // The six scored candidates' totals, counted per 10-point bin (100 in the last).
  const totals = (await (await db()).theoryResult.findMany({ where: { sessionId }, select: { total: true } })).map((r) => r.total);
  expect(totals).toHaveLength(6);
  const bins = Array.from({ length: 10 }, (_, i) => String(totals.filter((x) => Math.min(9, Math.floor(x / 1000)) === i).length));
  const counts = page.getByRole("table", { name: "理论知识考试成绩分布" }).getByRole("row").nth(1).getByRole("cell");
  await expect(counts).toHaveText(bins);
  await expect(page.getByText("成绩以小数点后两位精确计算，显示保留一位小数（截断）；分项与合计列出两位小数，分项之和等于合计。")).toBeVisible();
  // Table and chart side by side on a wide screen.
  await page.setViewportSize({ width: 1400, height: 900 });
  const table = page.getByRole("table").first();
  const [t, c] = [await table.boundingBox(), await chart.boundingBox()];
  expect(c!.x).toBeGreaterThan(t!.x + t!.width - 1);

  await page.goto(`/admin/results/${sessionId}/transcripts`);
  await expect(page.getByText("职业功能 1 产品及服务信息管理").first()).toBeVisible();
});
