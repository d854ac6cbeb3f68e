// The candidate's half of the skill assessment (issue 14, Done means): download a material, write
// a text deliverable, fill a form, upload an XLSX and an image, lose the network mid-upload, close
// the page and come back, the upload resumes and completes, submit; the stored files are
// byte-exact (SHA-256) and the automatic checks ran. The examiner half extends this flow.
import { expect, test } from "@playwright/test";
import { signInByApi } from "./helpers/auth";
import { cleanedOrdersXlsx, createSkillSession, noisyPng, SKILL_TASK_TITLES, skillAttemptOf, tempFile } from "./helpers/skill-setup";

test("a candidate hands in text, a form, an XLSX and an image that survives a network cut and a reload, then submits", async ({ page, context }) => {
  test.setTimeout(180_000);
  const name = `技能考核-${Date.now()}`;
  const { sessionId, candidateId } = await createSkillSession({ name });
  await signInByApi(page.request, "candidate");

  await page.goto("/candidate");
  await page.getByRole("row").filter({ hasText: name }).getByRole("link", { name: "进入考场" }).click();
  await page.getByRole("button", { name: "开始考试" }).click();
  await expect(page.getByRole("timer", { name: "剩余时间" })).toBeVisible();
  await expect(page).toHaveURL(/\/exam\/skill\//);
  const attemptUrl = page.url();
  const listing = page.getByRole("region", { name: `任务 1：${SKILL_TASK_TITLES.listing}` });
  const data = page.getByRole("region", { name: `任务 2：${SKILL_TASK_TITLES.data}` });

  // A material downloads with its name and real content.
  const [download] = await Promise.all([page.waitForEvent("download"), listing.getByRole("link", { name: /下载 商品原始照片/ }).click()]);
  expect(download.suggestedFilename()).toBe("商品原始照片.png");
  const png = await download.createReadStream().then(async (s) => {
    const parts: Buffer[] = [];
    for await (const c of s) parts.push(Buffer.from(c));
    return Buffer.concat(parts);
  });
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");

  // Text and form: saved as they change.
  await listing.getByRole("textbox", { name: "商品标题" }).fill("梅州金柚 新鲜当季 5斤装 产地直发");
  await expect(listing.getByTestId("saved-title")).toHaveText("商品标题：已保存");
  await listing.getByRole("textbox", { name: "价格（元）" }).fill("59.90");
  await listing.getByRole("textbox", { name: "库存" }).fill("200");
  await listing.getByRole("textbox", { name: "产地" }).fill("广东梅州");
  await expect(listing.getByTestId("saved-listing")).toHaveText("商品信息：已保存");

  // The cleaned spreadsheet.
  const xlsx = tempFile("清洗后订单.xlsx", await cleanedOrdersXlsx());
  await data.getByLabel("选择文件：清洗后的订单表").setInputFiles(xlsx.path);
  await expect(data.getByText(/已保存：清洗后订单\.xlsx/)).toBeVisible({ timeout: 30_000 });

  // The main image: the network drops after its first chunk reached the server.
  const image = tempFile("主图.png", noisyPng(2900));
  let patches = 0;
  let releaseCut: () => void = () => undefined;
  const cut = new Promise<void>((resolve) => (releaseCut = resolve));
  await page.route("**/api/uploads/**", async (route) => {
    if (route.request().method() === "PATCH" && ++patches === 2) {
      await cut;
      return route.abort("internetdisconnected");
    }
    return route.continue();
  });
  await listing.getByLabel("选择文件：商品主图").setInputFiles(image.path);
  await expect.poll(() => patches, { timeout: 60_000 }).toBe(2);
  await context.setOffline(true);
  releaseCut();
  await expect(listing.getByRole("status").filter({ hasText: "网络已断开，恢复后自动继续上传 主图.png" })).toBeVisible({ timeout: 30_000 });
  expect((await skillAttemptOf(sessionId, candidateId))!.submissionFiles.filter((f) => f.deliverableId === "main-image")).toEqual([]);

  // The page is closed while offline; the network comes back; the candidate opens the page again.
  await page.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(attemptUrl);
  const listing2 = again.getByRole("region", { name: `任务 1：${SKILL_TASK_TITLES.listing}` });
  await expect(listing2.getByText(/已保存：主图\.png/)).toBeVisible({ timeout: 90_000 });
  await expect(listing2.getByRole("textbox", { name: "商品标题" })).toHaveValue("梅州金柚 新鲜当季 5斤装 产地直发");

  const stored = (await skillAttemptOf(sessionId, candidateId))!;
  const byDeliverable = Object.fromEntries(stored.submissionFiles.map((f) => [f.deliverableId, f.file]));
  expect(byDeliverable["main-image"]).toMatchObject({ sha256: image.sha256, mime: "image/png", originalName: "主图.png" });
  expect(byDeliverable["clean-sheet"]).toMatchObject({ sha256: xlsx.sha256, mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });

  // Submit; the automatic checks have run.
  await again.getByRole("button", { name: "交卷" }).click();
  await again.getByRole("dialog").getByRole("button", { name: "确认交卷" }).click();
  await expect(again.getByRole("status")).toHaveText("你已交卷，考试结束。");
  const done = (await skillAttemptOf(sessionId, candidateId))!;
  expect(done).toMatchObject({ status: "submitted", submittedBy: "candidate" });
  const passed = Object.fromEntries(done.checks.map((c) => [`${c.deliverableId}#${c.checkIndex}`, (c.result as { passed: boolean }).passed]));
  expect(passed).toMatchObject({ "title#0": true, "title#1": true, "listing#0": true, "main-image#0": true, "clean-sheet#0": true });
});
