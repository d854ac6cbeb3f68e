// Issue 13 in the browser: every import shows a preview before writing; Word files keep their
// images; pasted text is previewed; the candidate's exam page shows an item's image.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { docxFile, png } from "../fixtures/imports/make-files";
import { signInByApi } from "./helpers/auth";
import { createExamSession } from "./helpers/exam-setup";
import { showImageInFirstQuestion, storeImage } from "./helpers/item-media";

test("a Word file is previewed (per type, skipped rows, the first items with their image) and then imported", async ({ page }) => {
  const tag = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-items-"));
  const file = path.join(dir, "题库.docx");
  fs.writeFileSync(
    file,
    await docxFile([
      "一、单项选择题",
      [`1. 下图所示的网店区域是（编号 ${tag}）？`, { png: png(30, 20, [10, 130, 60]) }],
      "A. 店招 B. 详情页 C. 购物车 D. 订单页",
      "答案：A",
      "解析：店招在首页顶部。",
      "二、判断题",
      `1. 诚信为本是职业守则之一（编号 ${tag}）。`,
      "答案：√",
      "三、填空题",
      "1. 转化率 = ____ ÷ 访客数",
      "答案：成交人数",
    ]),
  );
  await signInByApi(page.request, "admin");
  await page.goto("/admin/items/import");
  await page.getByLabel("题目文件（XLSX、CSV、Moodle XML、Word .docx、GIFT、Aiken）").setInputFiles(file);
  await page.getByRole("button", { name: "预览" }).click();

  const preview = page.getByRole("region", { name: "导入预览（尚未写入）" });
  await expect(preview.getByText("格式：Word（.docx）。可导入 2 道题（判断 1、单选 1、多选 0）；有问题的行 0 个；跳过 1 个；重复 0 个。")).toBeVisible();
  await expect(preview.getByRole("table", { name: "跳过的内容（不支持的题型）" })).toContainText("第 1 题（第 10 段）：填空题不是本平台支持的题型");
  const first = preview.getByRole("listitem", { name: "第 1 题（第 2 段）" });
  await expect(first).toContainText(`下图所示的网店区域是（编号 ${tag}）？`);
  await expect(first).toContainText("正确答案：A");
  const image = first.getByRole("img", { name: "题目图片" });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(30);

  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByRole("status")).toHaveText("导入完成：导入 2 道题；未导入 1 个（有问题 0 行、重复 0 个、不支持的题型 1 个）。");

  // The admin sees the stored image on the item's page.
  await page.goto(`/admin/items?q=${encodeURIComponent(`编号 ${tag}）？`)}`);
  await page.getByRole("link", { name: /下图所示的网店区域是/ }).click();
  const stored = page.getByRole("region", { name: "考生看到的样子" }).getByRole("img", { name: "题目图片" });
  await expect.poll(() => stored.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(30);
});

test("pasted question text is previewed, a bad question listed, and only valid rows imported when chosen", async ({ page }) => {
  const tag = Date.now();
  await signInByApi(page.request, "admin");
  await page.goto("/admin/items/import");
  await page.getByRole("radio", { name: "粘贴文字" }).check();
  await page
    .getByLabel("题目文字（如 1. 题干 / A. 选项 / 答案：A / 解析：…）")
    .fill(`一、多选题\n1. 网店推广方式有（${tag}）\nA. 搜索推广 B. 直播推广 C. 刷单\n答案：AB\n2. 没有答案的题（${tag}）\nA. 甲 B. 乙\n`);
  await page.getByRole("button", { name: "预览" }).click();
  const preview = page.getByRole("region", { name: "导入预览（尚未写入）" });
  await expect(preview.getByText("全部无误才导入：将写入 0 道题；只导入无误的行：将写入 1 道题。")).toBeVisible();
  await expect(preview.getByRole("table", { name: "有问题的行（不会导入）" })).toContainText("第 2 题（第 5 行）：没有找到答案");
  await page.getByRole("radio", { name: "只导入无误的行，跳过有问题的行" }).check();
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByRole("status")).toHaveText("导入完成：导入 1 道题；未导入 1 个（有问题 1 行、重复 0 个、不支持的题型 0 个）。");
  await expect(page.getByRole("table", { name: "有问题的行（不会导入）" })).toContainText("没有找到答案");
});

test("the candidate's exam page shows the image of a question on their paper, and no other image", async ({ page }) => {
  const { sessionId, candidateId } = await createExamSession({ opened: true, name: `看图题-${Date.now()}` });
  await showImageInFirstQuestion({ sessionId, candidateId, image: png(40, 25, [250, 200, 0]) });
  const elsewhere = await storeImage(png(7, 7, [1, 1, 1]));
  await signInByApi(page.request, "candidate");
  const started = await page.request.post(`/api/exam/sessions/${sessionId}/start`);
  const { attemptId } = (await started.json()) as { attemptId: string };
  await page.goto(`/exam/attempt/${attemptId}`);
  const q1 = page.getByRole("group", { name: /^第 1 题（共 90 题）/ });
  await expect(q1).toContainText("看图作答：");
  const image = q1.getByRole("img", { name: "题目图片" });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
  expect((await page.request.get(`/api/exam/attempts/${attemptId}/media/${elsewhere}`)).status()).toBe(404);
});
