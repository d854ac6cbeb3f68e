// Issue 14 "Done means" (examiner half with the candidate's hand-in through the real pages) and
// issue 18 "an examiner scores three candidates with the keyboard only", in Chromium:
// a candidate writes a text deliverable, fills a form, uploads an image and an XLSX and submits;
// three examiners score blind (codes, never names) with the files on screen, the first one with
// the keyboard only across three candidates; one disagrees; the chief adjudicates; the admin
// releases; only then do the names appear to the examiners.
// The resumable-upload part (offline mid-upload, reload, resume) is covered by the candidate
// side's own spec; the session is seeded by a test-only step (helpers/skill-delivery-setup.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import sharp from "sharp";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInByApi } from "./helpers/auth";
import { CANDIDATE_PASSWORD, signInAs } from "./helpers/certificate-setup";
import { codesOf, createDeliverySession, DELIVERY_RUBRIC } from "./helpers/skill-delivery-setup";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function workFiles(): Promise<{ png: string; xlsx: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-delivery-"));
  const png = path.join(dir, "主图.png");
  await sharp({ create: { width: 800, height: 800, channels: 3, background: { r: 30, g: 120, b: 200 } } }).png().toFile(png);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("商品");
  ws.addRows([
    ["商品", "价格", "库存"],
    ["春季连衣裙", 129, 40],
    ["真丝衬衫", 259, 12],
  ]);
  const xlsx = path.join(dir, "商品数据.xlsx");
  await wb.xlsx.writeFile(xlsx);
  return { png, xlsx };
}

const criterion = (page: Page, title: string) => page.getByRole("group", { name: new RegExp(`^${title}（满分`) });

/** Keyboard only: types each score into the focused field and presses Enter (the last Enter submits and moves on). */
async function scoreByKeyboard(page: Page, code: string, taskTitle: string, scores: Record<string, string>) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${taskTitle} · 考生 ${code}`);
  const open = DELIVERY_RUBRIC.filter((c) => c.id in scores);
  await expect(criterion(page, open[0]!.title).getByLabel("得分")).toBeFocused();
  for (const c of DELIVERY_RUBRIC) {
    if (!(c.id in scores)) continue;
    await expect(criterion(page, c.title).getByLabel("得分")).toBeFocused();
    await page.keyboard.type(scores[c.id]!);
    await expect(criterion(page, c.title).getByText(`${c.title}：已保存`)).toBeVisible();
    await page.keyboard.press("Enter");
  }
}

test("a candidate hands in work; three examiners score it blind with the files on screen; the chief adjudicates; names appear only after release", async ({ browser, page }) => {
  test.setTimeout(240_000);
  const name = `技能交付-${Date.now()}`;
  const { sessionId, taskTitle, taskVersionId, candidates } = await createDeliverySession(name);
  const [alice] = candidates;
  const files = await workFiles();

  // The candidate hands in a text, a form, an image and a spreadsheet, and submits.
  const cand = await newPage(browser);
  await signInAs(cand.request, alice!.ticket, CANDIDATE_PASSWORD);
  await cand.goto("/candidate");
  await expect(cand.getByRole("table", { name: "我的考试场次" }).getByRole("row").filter({ hasText: name })).toBeVisible();
  // The waiting room (the candidate list links theory sessions only so far).
  await cand.goto(`/exam/${sessionId}`);
  await cand.getByRole("button", { name: "开始考试" }).click();
  await expect(cand.getByRole("timer", { name: "剩余时间" })).toBeVisible();
  await cand.getByLabel("商品标题").fill("春季新款碎花连衣裙 显瘦");
  await expect(cand.getByText("商品标题：已保存")).toBeVisible();
  await cand.getByLabel("价格（元）").fill("129");
  await cand.getByLabel("库存").fill("40");
  await expect(cand.getByText("商品信息：已保存")).toBeVisible();
  await cand.getByLabel("选择文件：商品主图").setInputFiles(files.png);
  await expect(cand.getByText(/已保存：主图\.png/)).toBeVisible();
  await cand.getByLabel("选择文件：商品数据表").setInputFiles(files.xlsx);
  await expect(cand.getByText(/已保存：商品数据\.xlsx/)).toBeVisible();
  await cand.getByRole("button", { name: "交卷" }).click();
  await cand.getByRole("dialog").getByRole("button", { name: "确认交卷" }).click();
  await expect(cand.getByText("你已交卷", { exact: false }).first()).toBeVisible();

  // Examiner 1, keyboard only, three candidates in code order, no list in between.
  const e1 = await newPage(browser);
  await signInByApi(e1.request, "examiner");
  await e1.goto("/examiner");
  await e1.getByRole("link", { name }).click();
  await expect(e1.getByText("盲评：成绩发布前只显示考生编号")).toBeVisible();
  for (const c of candidates) await expect(e1.getByText(c.name)).toHaveCount(0);
  const codes = await codesOf(sessionId);
  const order = [...codes.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  const aliceCode = codes.get(alice!.id)!;
  await e1.getByRole("link", { name: `评分 ${order[0]![1]} · ${taskTitle}` }).focus();
  await e1.keyboard.press("Enter");
  for (const [candidateId, code] of order) {
    if (candidateId === alice!.id) {
      // The work beside the rubric: text, form, the image, the spreadsheet as a table, the check as evidence.
      const work = e1.getByRole("region", { name: "考生提交的作品" });
      await expect(work.getByText("春季新款碎花连衣裙 显瘦")).toBeVisible();
      await expect(work.getByRole("definition").filter({ hasText: /^129$/ })).toBeVisible();
      await expect(work.getByRole("img", { name: "主图.png" })).toBeVisible();
      expect(await work.getByRole("img", { name: "主图.png" }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
      await expect(work.getByRole("cell", { name: "真丝衬衫" })).toBeVisible();
      await expect(work.getByText("字数：通过（1/1）")).toBeVisible();
      // The automatic criterion scored itself (4 of 4), so the keyboard starts at the next one.
      await expect(criterion(e1, "标题合规").getByLabel("得分")).toHaveValue("4");
      await expect(e1.getByText(new RegExp(`第 \\d/3 位考生`))).toBeVisible();
      await scoreByKeyboard(e1, code, taskTitle, { info: "5", image: "8" });
    } else {
      await expect(e1.getByText("考生未开始作答，没有提交作品。")).toBeVisible();
      await scoreByKeyboard(e1, code, taskTitle, { title: "0", info: "1", image: "2" });
    }
    for (const c of candidates) await expect(e1.getByText(c.name)).toHaveCount(0);
  }
  // After the third sheet there is nothing left to score: the last sheet shows as submitted.
  await expect(e1.getByRole("status").filter({ hasText: "您已提交本项评分" })).toBeVisible();
  await expect(e1.getByText(`${taskTitle}：我已评 3/3`)).toBeVisible();

  // Examiner 2 agrees; the chief disagrees on the candidate's work.
  const e2 = await newPage(browser);
  await signInByApi(e2.request, "examiner2");
  await e2.goto(`/examiner/sessions/${sessionId}/score?code=${order[0]![1]}&task=${taskVersionId}`);
  for (const [candidateId, code] of order) {
    await scoreByKeyboard(e2, code, taskTitle, candidateId === alice!.id ? { info: "5", image: "8" } : { title: "0", info: "1", image: "2" });
  }
  const chief = await newPage(browser);
  await signInByApi(chief.request, "examiner3");
  await chief.goto(`/examiner/sessions/${sessionId}/score?code=${order[0]![1]}&task=${taskVersionId}`);
  for (const [candidateId, code] of order) {
    if (candidateId === alice!.id) {
      // Disagrees: 0 for the title (overriding the automatic score, with the reason) and low marks.
      await expect(criterion(chief, "标题合规").getByLabel("得分")).toHaveValue("4");
      await criterion(chief, "标题合规").getByLabel("得分").fill("2");
      await expect(criterion(chief, "标题合规").getByText("标题合规：已保存")).toBeVisible();
      await criterion(chief, "商品信息").getByLabel("得分").focus();
      await scoreByKeyboard(chief, code, taskTitle, { info: "2", image: "3" });
    } else {
      await scoreByKeyboard(chief, code, taskTitle, { title: "0", info: "1", image: "2" });
    }
  }
  // Totals 17, 17, 7 for the candidate: beyond the threshold, the chief adjudicates.
  await chief.goto(`/examiner/sessions/${sessionId}/score?code=${aliceCode}&task=${taskVersionId}`);
  await expect(chief.getByRole("alert").filter({ hasText: "需主考裁定" })).toBeVisible();
  await chief.getByLabel("裁定成绩（分）").fill("16");
  await chief.getByLabel("裁定理由").fill("主图与数据表符合要求，按多数意见裁定");
  await chief.getByRole("button", { name: "裁定" }).click();
  await expect(chief.getByRole("status").filter({ hasText: "已裁定：16 分" })).toBeVisible();
  await chief.getByRole("link", { name: `← ${name}` }).click();
  await chief.getByRole("button", { name: "确认本场成绩（锁定）" }).click();
  await expect(chief.getByRole("status").filter({ hasText: "成绩已确认并锁定。" })).toBeVisible();
  for (const c of candidates) await expect(chief.getByText(c.name)).toHaveCount(0);

  // The admin sees the mapping and releases the results.
  await signInByApi(page.request, "admin");
  await page.goto(`/admin/sessions/${sessionId}/blind-codes`);
  await expect(page.getByRole("row").filter({ hasText: aliceCode })).toContainText(alice!.name);
  await page.goto(`/admin/results/${sessionId}`);
  await page.getByRole("button", { name: "向考生发布成绩" }).click();
  await expect(page.getByText(/^已发布（/)).toBeVisible();

  // Only now the examiners see the names beside the codes.
  await chief.reload();
  await expect(chief.getByText("成绩已发布，已显示考生姓名。")).toBeVisible();
  await expect(chief.getByRole("rowheader").filter({ hasText: aliceCode })).toContainText(alice!.name);
});

