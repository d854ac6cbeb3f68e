import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { idCheckChar } from "../../src/server/roster/id-number";
import { signInByApi } from "./helpers/auth";

function uniqueId(gender: "男" | "女"): string {
  const seq = 100 + Math.floor(Math.random() * 800);
  const s = (seq % 2 === 1) === (gender === "男") ? seq : seq + 1;
  const first17 = `440101200${Math.floor(Math.random() * 7)}0${1 + Math.floor(Math.random() * 9)}1${Math.floor(Math.random() * 9)}${String(s).padStart(3, "0")}`;
  return first17 + idCheckChar(first17);
}

test("an admin imports a roster in the browser; a candidate from it signs in and must change the password", async ({ page, browser }) => {
  // A real roster file on disk.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("考生名单");
  ws.addRow(["姓名", "身份证号", "性别", "工种", "级别", "从事职业", "本职业或相关职业工作年限", "联系电话"]);
  const idA = uniqueId("女");
  ws.addRow(["赵小红", idA, "女", "网商", "五级/初级工", "营销员", "2", "13800001111"]);
  ws.addRow(["钱小明", uniqueId("男"), "男", "跨境电子商务师", "四级/中级工", "电子商务师", "7", ""]);
  ws.getColumn(2).numFmt = "@";
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-roster-"));
  const rosterFile = path.join(dir, "考生名单.xlsx");
  await wb.xlsx.writeFile(rosterFile);

  await signInByApi(page.request, "admin");
  await page.goto("/admin/candidates/import");
  await expect(page.getByRole("heading", { level: 1, name: "导入考生名单" })).toBeVisible();
  await page.getByLabel("名单文件（XLSX 或 CSV）").setInputFiles(rosterFile);
  await page.getByRole("radio", { name: "全部无误才导入（有任何问题则不写入）" }).check();
  await page.getByRole("button", { name: "预览" }).click();
  const preview = page.getByRole("region", { name: "导入预览（尚未写入）" });
  await expect(preview).toContainText("可导入 2 名考生，有问题的行 0 个。");
  await expect(preview.getByRole("table", { name: "前 2 名考生（导入后的样子）" })).toContainText(`${idA.slice(0, 3)}***********${idA.slice(14)}`);
  await page.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByRole("status")).toHaveText("导入完成：导入 2 名考生，跳过 0 行。");
  await expect(page.getByRole("progressbar", { name: "导入进度" })).toHaveAttribute("value", "2");

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "生成初始密码单（XLSX）" }).click();
  const download = await downloadPromise;
  const slipFile = path.join(dir, "slips.xlsx");
  await download.saveAs(slipFile);
  const slips = new ExcelJS.Workbook();
  await slips.xlsx.readFile(slipFile);
  const rows = slips.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
  const zhao = rows.find((r) => r?.[1] === "赵小红")!;
  const [ticket, password] = [String(zhao[2]), String(zhao[6])];
  expect(ticket).toMatch(/^\d{4}5100\d{3}$/);
  expect(String(zhao[3])).not.toBe(idA);

  // The roster list shows them, numbers masked.
  await page.goto("/admin/candidates?q=赵小红");
  const table = page.getByRole("table", { name: "考生名单" });
  await expect(table.getByRole("row").filter({ hasText: ticket })).toContainText(`${idA.slice(0, 3)}***********${idA.slice(14)}`);

  // The candidate, in a browser of their own, signs in with the form.
  const candidate = await browser.newContext();
  const cpage = await candidate.newPage();
  await cpage.goto("/signin");
  await cpage.getByLabel("账号（用户名、准考证号或身份证号）").fill(ticket);
  await cpage.getByLabel("密码", { exact: true }).fill("wrong-password-1");
  await cpage.getByRole("button", { name: "登录" }).click();
  await expect(cpage.getByRole("alert").filter({ hasText: "账号或密码不正确。" })).toBeVisible();
  await cpage.getByLabel("密码", { exact: true }).fill(password);
  await cpage.getByRole("button", { name: "登录" }).click();
  await expect(cpage.getByRole("heading", { level: 1, name: "修改密码" })).toBeVisible();
  await expect(cpage.getByRole("status")).toHaveText("首次登录请先修改初始密码，然后才能继续使用。");
  // Nothing else opens before the change.
  await cpage.goto("/candidate");
  await expect(cpage.getByRole("heading", { level: 1, name: "修改密码" })).toBeVisible();

  await cpage.getByLabel("当前密码").fill(password);
  await cpage.getByLabel("新密码", { exact: true }).fill("MyNewPass2026");
  await cpage.getByLabel("确认新密码").fill("MyNewPass2026");
  await cpage.getByRole("button", { name: "保存新密码" }).click();
  await expect(cpage.getByRole("heading", { level: 1, name: "我的考试" })).toBeVisible();
  await expect(cpage.getByText(`准考证号：${ticket}`)).toBeVisible();
  await expect(cpage.getByText("申报审核：符合申报条件")).toBeVisible();
  await candidate.close();
});
