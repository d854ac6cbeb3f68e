import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInByApi } from "./helpers/auth";
import { createSkillSession } from "./helpers/exam-setup";

async function examinerPage(browser: Browser, who: "examiner" | "examiner2" | "examiner3"): Promise<Page> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await signInByApi(page.request, who);
  return page;
}

async function scoreAndSubmit(page: Page, sessionName: string, taskTitle: string, rubric: Array<{ title: string }>, points: number[]) {
  await page.goto("/examiner");
  await page.getByRole("link", { name: sessionName }).click();
  // Blind marking: the candidate's anonymous code, never the name, until results are released.
  await expect(page.getByText("演示考生甲")).toHaveCount(0);
  await page.getByRole("link", { name: new RegExp(`^评分 [A-Z]-\\d{4} · ${taskTitle}$`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`^${taskTitle} · 考生 [A-Z]-\\d{4}$`));
  for (const [i, c] of rubric.entries()) {
    const group = page.getByRole("group", { name: new RegExp(`^${c.title}（满分`) });
    await group.getByLabel("得分").fill(String(points[i]));
    await expect(group.getByText(`${c.title}：已保存`)).toBeVisible();
  }
  await page.getByRole("button", { name: "提交评分" }).click();
  await expect(page.getByRole("status").filter({ hasText: "您已提交本项评分" })).toBeVisible();
}

test("three examiners score a candidate, one disagrees, the chief adjudicates, the admin releases and exports, the candidate sees the result", async ({ browser, page }) => {
  const name = `技能评分-${Date.now()}`;
  const { sessionId, taskTitle, rubric } = await createSkillSession({ name });
  expect(rubric.map((c) => c.points)).toEqual([6, 5, 6, 3]);

  const e1 = await examinerPage(browser, "examiner");
  await scoreAndSubmit(e1, name, taskTitle, rubric, [5, 4, 5, 3]);
  // Independent: before the others submit, only my own sheet is visible.
  await expect(e1.getByText("等待其他考评人员提交（1/3）")).toBeVisible();

  const e2 = await examinerPage(browser, "examiner2");
  await scoreAndSubmit(e2, name, taskTitle, rubric, [5, 4, 5, 2]);

  const chief = await examinerPage(browser, "examiner3");
  await scoreAndSubmit(chief, name, taskTitle, rubric, [3, 2, 3, 2]);
  // Totals 17, 16, 10: the spread 7 is beyond 10 % of 20 points.
  await expect(chief.getByRole("alert").filter({ hasText: "需主考裁定" })).toBeVisible();
  await chief.getByLabel("裁定成绩（分）").fill("15");
  await chief.getByLabel("裁定理由").fill("复核操作录像，按多数意见裁定");
  await chief.getByRole("button", { name: "裁定" }).click();
  await expect(chief.getByRole("status").filter({ hasText: "已裁定：15 分" })).toBeVisible();
  await chief.getByRole("link", { name: `← ${name}` }).click();
  await chief.getByRole("button", { name: "确认本场成绩（锁定）" }).click();
  await expect(chief.getByRole("status").filter({ hasText: "成绩已确认并锁定。" })).toBeVisible();

  // The admin releases and exports.
  await signInByApi(page.request, "admin");
  await page.goto(`/admin/results/${sessionId}`);
  await expect(page.getByRole("row").filter({ hasText: "演示考生甲" })).toContainText("15.0");
  await page.getByRole("button", { name: "向考生发布成绩" }).click();
  await expect(page.getByText(/^已发布（/)).toBeVisible();
  await expect(page.getByRole("button", { name: "向考生发布成绩" })).toHaveCount(0);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "XLSX" }).click();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-results-")), "results.xlsx");
  await (await download).saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).map(String);
  const rowValues = (sheet.getRow(2).values as unknown[]).map((v) => (v === null || v === undefined ? "" : String(v)));
  expect(rowValues).toContain("演示考生甲");
  expect(rowValues[header.indexOf("技能成绩")]).toBe("15");
  expect(rowValues.join(",")).not.toContain("110101200601010014");

  // The candidate sees the result.
  const cctx = await browser.newContext();
  const cpage = await cctx.newPage();
  await signInByApi(cpage.request, "candidate");
  await cpage.goto("/candidate");
  const mine = cpage.getByRole("region", { name: "我的成绩" });
  await expect(mine).toContainText("技能考核：15.0 分（不合格）");
  await expect(mine).toContainText(`${taskTitle}：15.00 / 20`);
});
