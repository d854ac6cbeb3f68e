// From result to certificate, in Chromium: the admin issues a certificate to a candidate who
// passed; the PDF's QR code (decoded here from the rendered page) opens the public verification
// page, which says valid, then revoked after the admin revokes it. A second candidate fails the
// skill assessment, requests a review, the chief examiner corrects the score to a pass, and the
// certificate is then issued.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import jsQR from "jsqr";
import sharp from "sharp";
import { signInByApi } from "./helpers/auth";
import { CANDIDATE_PASSWORD, createCandidate, releasedResults, signInAs } from "./helpers/certificate-setup";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** The URL in the QR code of the PDF's first page: rendered with poppler's pdftoppm, decoded with jsQR. */
async function qrUrl(pdfPath: string): Promise<string> {
  const prefix = path.join(path.dirname(pdfPath), "page");
  execFileSync("pdftoppm", ["-r", "150", "-png", "-f", "1", "-l", "1", "-singlefile", pdfPath, prefix]);
  const { data, info } = await sharp(`${prefix}.png`).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height);
  expect(code, "a QR code on the certificate").not.toBeNull();
  return code!.data;
}

async function issueForSession(admin: Page, sessionName: string, sessionId: string): Promise<void> {
  await admin.goto("/admin/certificates");
  const form = admin.locator("form").filter({ has: admin.getByRole("button", { name: "为该场次的合格考生颁发证书" }) });
  const select = form.getByLabel("按场次（该场次的全部考生）");
  await expect(select.locator(`option[value="${sessionId}"]`)).toHaveText(`${sessionName}（五级/初级工 · 网商）`);
  await select.selectOption(sessionId);
  await form.getByRole("button", { name: "为该场次的合格考生颁发证书" }).click();
  await expect(form.getByRole("status")).toHaveText("已颁发 1 份证书，0 名考生未颁发。");
}

test("a passed candidate's certificate: issued, its QR code opens the verification page (valid), then revoked", async ({ browser, page, baseURL }) => {
  const stamp = Date.now().toString(36);
  const passer = await createCandidate(`证书考生${stamp}`);
  const { skillName, skillId } = await releasedResults({ name: `发证-${stamp}`, theory: { [passer.id]: 8250 }, skill: { [passer.id]: [4500, 3100] } });

  await signInByApi(page.request, "admin");
  await issueForSession(page, skillName, skillId);
  const row = page.getByRole("row").filter({ hasText: passer.name });
  await expect(row).toContainText("82.5");
  await expect(row).toContainText("76.0");
  const number = (await row.getByRole("link").textContent())!.trim();
  expect(number).toMatch(/^MZNX\d{4}5\d{5}$/);
  await row.getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { name: `证书 ${number}` })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载证书（PDF）" }).click();
  const pdf = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "e2e-cert-")), "certificate.pdf");
  await (await download).saveAs(pdf);
  expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
  const url = await qrUrl(pdf);
  expect(url).toBe(`${baseURL}/verify/${number}`);

  // Anyone opens the QR code's address: valid, the name partly masked, nothing else personal.
  const visitor = await newPage(browser);
  await visitor.goto(url);
  const result = visitor.getByRole("region", { name: "证书有效" });
  await expect(result).toBeVisible();
  await expect(result).toContainText(number);
  await expect(result).toContainText(`证${"*".repeat(passer.name.length - 1)}`);
  await expect(result).toContainText("五级/初级工 · 网商");
  await expect(visitor.getByText(passer.name)).toHaveCount(0);
  await expect(visitor.getByText(passer.ticket)).toHaveCount(0);

  // The admin revokes it, with a reason; the page then says revoked.
  await page.getByLabel("撤销原因（将记入日志，不在核验页显示）").fill("证书信息有误，予以撤销");
  await page.getByRole("button", { name: "撤销证书" }).click();
  // The page now shows the revocation (and no longer offers it).
  await expect(page.getByRole("definition").filter({ hasText: "证书信息有误，予以撤销" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^已撤销$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "撤销证书" })).toHaveCount(0);
  await visitor.reload();
  await expect(visitor.getByRole("region", { name: "证书已撤销" })).toBeVisible();
  await expect(visitor.getByText("证书信息有误")).toHaveCount(0);
});

test("a candidate who failed skill requests a review, the chief examiner corrects it to a pass, the certificate is issued", async ({ browser, page }) => {
  const stamp = Date.now().toString(36);
  const failer = await createCandidate(`复核考生${stamp}`);
  const { skillName, skillId } = await releasedResults({ name: `复核-${stamp}`, theory: { [failer.id]: 7000 }, skill: { [failer.id]: [3000, 2500] } });

  // The candidate sees the fail and requests a review of the skill score.
  const candidate = await newPage(browser);
  await signInAs(candidate.request, failer.ticket, CANDIDATE_PASSWORD);
  await candidate.goto("/candidate");
  await expect(candidate.getByRole("region", { name: "我的认定结果" })).toContainText("五级/初级工 · 网商：不合格");
  const reviews = candidate.getByRole("region", { name: "成绩复核", exact: true });
  const choice = reviews.getByLabel("复核的成绩");
  await expect(choice.locator(`option[value="${skillId}"]`)).toContainText(`${skillName}（技能考核，55.0 分；`);
  await choice.selectOption(skillId);
  await reviews.getByLabel("申请理由").fill("店铺数据分析题我全部完成，成绩明显偏低，请复核");
  await reviews.getByRole("button", { name: "提交复核申请" }).click();
  await expect(reviews.getByRole("status")).toHaveText("复核申请已提交。");
  await expect(reviews).toContainText(`${skillName}（技能考核）：已提交`);

  // The chief examiner of the session reviews the panel's scores and corrects one task.
  const chief = await newPage(browser);
  await signInByApi(chief.request, "examiner3");
  await chief.goto("/examiner");
  await chief.getByRole("link", { name: "分配给我的成绩复核" }).click();
  await chief.getByRole("link", { name: `${failer.name} · 技能考核` }).click();
  await expect(chief.getByText("考生提交的作品").first()).toBeVisible();
  await chief.getByRole("button", { name: "开始复核" }).click();
  // In review: the decision form replaces the start button.
  await expect(chief.getByRole("definition").filter({ hasText: /^复核中$/ })).toBeVisible();
  await chief.getByRole("radio", { name: "更正成绩（按下方各题的新成绩）" }).check();
  await chief.getByLabel("店铺数据分析：最终成绩（0–40 分）").fill("35");
  await chief.getByLabel("复核结论说明（考生可见）").fill("数据分析题第 2 项漏评，补评 10 分");
  await chief.getByRole("button", { name: "提交复核结论" }).click();
  await expect(chief.getByRole("definition").filter({ hasText: /^成绩已更正$/ })).toBeVisible();
  await expect(chief.getByRole("definition").filter({ hasText: "数据分析题第 2 项漏评，补评 10 分" })).toBeVisible();
  await expect(chief.getByRole("button", { name: "提交复核结论" })).toHaveCount(0);

  // The candidate is notified and now passes.
  await candidate.reload();
  await expect(candidate.getByRole("region", { name: "通知" })).toContainText(`“${skillName}”的成绩复核已完成：成绩由 55.0 分更正为 65.0 分。`);
  await expect(reviews).toContainText(`${skillName}（技能考核）：成绩已更正`);
  await expect(candidate.getByRole("region", { name: "我的认定结果" })).toContainText("五级/初级工 · 网商：合格");

  // The admin issues the certificate.
  await signInByApi(page.request, "admin");
  await issueForSession(page, skillName, skillId);
  await expect(page.getByRole("row").filter({ hasText: failer.name })).toContainText("65.0");
});
