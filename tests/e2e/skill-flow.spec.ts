// Issue 14 "Done means", the whole skill assessment in one flow in Chromium (with issue 18's
// "an examiner scores three candidates with the keyboard only"): a candidate downloads a material,
// writes a text deliverable, fills a form, uploads an XLSX and an image, the network drops
// mid-upload, the page is closed and opened again, the upload resumes and completes (SHA-256 of the
// stored bytes equals the file's), submits (the automatic checks ran); three examiners score blind
// (codes, never names) with the files on screen, the first one with the keyboard only across three
// candidates; one disagrees; the chief adjudicates and locks; the admin sees the mapping and
// releases; only then do the names appear to the examiners. The session is seeded by a test-only
// step (helpers/skill-flow-setup.ts) from the demo bank's deliverables and material.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInByApi } from "./helpers/auth";
import { CANDIDATE_PASSWORD, signInAs } from "./helpers/certificate-setup";
import { cleanedOrdersXlsx, codesOf, createDeliverySession, DELIVERY_RUBRIC, noisyPng, skillAttemptOf, tempFile } from "./helpers/skill-flow-setup";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const TITLE = "梅州金柚 新鲜当季 5斤装 产地直发";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
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

/** The candidate opens the session from their list, starts, and lands on the skill attempt page. */
async function startFromList(cand: Page, name: string) {
  await cand.goto("/candidate");
  await cand.getByRole("table", { name: "我的考试场次" }).getByRole("row").filter({ hasText: name }).getByRole("link", { name: "进入考场" }).click();
  await cand.getByRole("button", { name: "开始考试" }).click();
  await expect(cand.getByRole("timer", { name: "剩余时间" })).toBeVisible();
  await expect(cand).toHaveURL(/\/exam\/skill\//);
}

test("a candidate hands in work that survives a network cut and a reload; three examiners score it blind with the files on screen; the chief adjudicates; names appear only after release", async ({ browser, page }) => {
  test.setTimeout(360_000);
  const name = `技能流程-${Date.now()}`;
  const { sessionId, taskTitle, taskVersionId, candidates } = await createDeliverySession(name);
  const [alice] = candidates;

  // ── The candidate ──────────────────────────────────────────────────────────────────────────
  const candContext = await browser.newContext();
  const cand = await candContext.newPage();
  await signInAs(cand.request, alice!.ticket, CANDIDATE_PASSWORD);
  await startFromList(cand, name);
  const attemptUrl = cand.url();
  const task = cand.getByRole("region", { name: `任务 1：${taskTitle}` });

  // A material downloads with its name and real content.
  const [download] = await Promise.all([cand.waitForEvent("download"), task.getByRole("link", { name: /下载 商品原始照片/ }).click()]);
  expect(download.suggestedFilename()).toBe("商品原始照片.png");
  const photo = await download.createReadStream().then(async (s) => {
    const parts: Buffer[] = [];
    for await (const c of s) parts.push(Buffer.from(c));
    return Buffer.concat(parts);
  });
  expect(photo.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");

  // Text and form: saved as they change.
  await task.getByRole("textbox", { name: "商品标题" }).fill(TITLE);
  await expect(task.getByTestId("saved-title")).toHaveText("商品标题：已保存");
  await task.getByRole("textbox", { name: "价格（元）" }).fill("59.90");
  await task.getByRole("textbox", { name: "库存" }).fill("200");
  await task.getByRole("textbox", { name: "产地" }).fill("广东梅州");
  await expect(task.getByTestId("saved-listing")).toHaveText("商品信息：已保存");

  // The cleaned spreadsheet.
  const xlsx = tempFile("清洗后订单.xlsx", await cleanedOrdersXlsx());
  await task.getByLabel("选择文件：清洗后的订单表").setInputFiles(xlsx.path);
  await expect(task.getByText(/已保存：清洗后订单\.xlsx/)).toBeVisible({ timeout: 30_000 });

  // The main image (≈ 25 MB, four chunks): the network drops after its first chunk reached the server.
  const image = tempFile("主图.png", noisyPng(2900));
  let patches = 0;
  let releaseCut: () => void = () => undefined;
  const cut = new Promise<void>((resolve) => (releaseCut = resolve));
  await cand.route("**/api/uploads/**", async (route) => {
    if (route.request().method() === "PATCH" && ++patches === 2) {
      await cut;
      return route.abort("internetdisconnected");
    }
    return route.continue();
  });
  await task.getByLabel("选择文件：商品主图").setInputFiles(image.path);
  await expect.poll(() => patches, { timeout: 60_000 }).toBe(2);
  await candContext.setOffline(true);
  releaseCut();
  await expect(task.getByRole("status").filter({ hasText: "网络已断开，恢复后自动继续上传 主图.png" })).toBeVisible({ timeout: 30_000 });
  expect((await skillAttemptOf(sessionId, alice!.id))!.submissionFiles.filter((f) => f.deliverableId === "main-image")).toEqual([]);

  // The page is closed while offline; the network comes back; the candidate opens the page again.
  await cand.close();
  await candContext.setOffline(false);
  const again = await candContext.newPage();
  await again.goto(attemptUrl);
  const task2 = again.getByRole("region", { name: `任务 1：${taskTitle}` });
  await expect(task2.getByText(/已保存：主图\.png/)).toBeVisible({ timeout: 90_000 });
  await expect(task2.getByRole("textbox", { name: "商品标题" })).toHaveValue(TITLE);

  // Stored byte-exact: the SHA-256 verified on upload is the file's.
  const stored = (await skillAttemptOf(sessionId, alice!.id))!;
  const byDeliverable = Object.fromEntries(stored.submissionFiles.map((f) => [f.deliverableId, f.file]));
  expect(byDeliverable["main-image"]).toMatchObject({ sha256: image.sha256, mime: "image/png", originalName: "主图.png" });
  expect(byDeliverable["clean-sheet"]).toMatchObject({ sha256: xlsx.sha256, mime: XLSX, originalName: "清洗后订单.xlsx" });

  // Submit; the automatic checks have run.
  await again.getByRole("button", { name: "交卷" }).click();
  await again.getByRole("dialog").getByRole("button", { name: "确认交卷" }).click();
  await expect(again.getByRole("status")).toHaveText("你已交卷，考试结束。");
  const done = (await skillAttemptOf(sessionId, alice!.id))!;
  expect(done).toMatchObject({ status: "submitted", submittedBy: "candidate" });
  const passed = Object.fromEntries(done.checks.map((c) => [`${c.deliverableId}#${c.checkIndex}`, (c.result as { passed: boolean }).passed]));
  expect(passed).toMatchObject({ "title#0": true, "title#1": true, "listing#0": true, "main-image#0": true, "clean-sheet#0": true });
  await candContext.close();

  // ── Examiner 1, keyboard only, three candidates in code order, no list in between ─────────
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
      // The work beside the rubric: text, form, the image, the spreadsheet as a table, the checks as evidence.
      const work = e1.getByRole("region", { name: "考生提交的作品" });
      await expect(work.getByText(TITLE)).toBeVisible();
      await expect(work.getByRole("definition").filter({ hasText: /^59\.90$/ })).toBeVisible();
      // Blind marking: the file under a neutral name (code, deliverable, index), never "主图.png".
      await expect(work.getByRole("img", { name: `${aliceCode}-商品主图-1.png` })).toBeVisible();
      await expect(work.getByText("主图.png", { exact: true })).toHaveCount(0);
      await expect.poll(() => work.getByRole("img", { name: `${aliceCode}-商品主图-1.png` }).evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 30_000 }).toBe(2900);
      await expect(work.getByRole("cell", { name: "DD1003" })).toBeVisible();
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

  // ── Examiner 2 agrees; the chief disagrees on the candidate's work ────────────────────────
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
      // Disagrees: 2 for the title (overriding the automatic score) and low marks.
      await expect(criterion(chief, "标题合规").getByLabel("得分")).toHaveValue("4");
      await criterion(chief, "标题合规").getByLabel("得分").fill("2");
      await expect(criterion(chief, "标题合规").getByText("标题合规：已保存")).toBeVisible();
      await criterion(chief, "商品信息").getByLabel("得分").focus();
      await scoreByKeyboard(chief, code, taskTitle, { info: "2", image: "3" });
    } else {
      await scoreByKeyboard(chief, code, taskTitle, { title: "0", info: "1", image: "2" });
    }
  }
  // Totals 17, 17, 7 for the candidate: beyond the threshold, the chief adjudicates and locks.
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

  // ── The admin sees the mapping and releases the results ───────────────────────────────────
  await signInByApi(page.request, "admin");
  await page.goto(`/admin/sessions/${sessionId}/blind-codes`);
  await expect(page.getByRole("row").filter({ hasText: aliceCode })).toContainText(alice!.name);
  await page.goto(`/admin/results/${sessionId}`);
  await page.getByRole("button", { name: "向考生发布成绩" }).click();
  await expect(page.getByText(/^已发布（/)).toBeVisible();

  // Only now do the examiners see the names beside the codes.
  await chief.reload();
  await expect(chief.getByText("成绩已发布，已显示考生姓名。")).toBeVisible();
  await expect(chief.getByRole("rowheader").filter({ hasText: aliceCode })).toContainText(alice!.name);
});

test("a deliverable save over 2 MiB is refused unread with a Chinese message and nothing is written; a normal one is saved", async ({ browser }) => {
  const name = `技能上限-${Date.now()}`;
  const { sessionId, taskVersionId, candidates } = await createDeliverySession(name);
  const [c] = candidates;
  const cand = await newPage(browser);
  await signInAs(cand.request, c!.ticket, CANDIDATE_PASSWORD);
  await startFromList(cand, name);
  const attemptId = new URL(cand.url()).pathname.split("/").pop()!;
  const save = (text: string, seq: number) => cand.request.post(`/api/exam/skill/${attemptId}/deliverables`, { data: { taskVersionId, deliverableId: "title", value: { text }, seq } });

  const big = await save("大".repeat(1024 * 1024), 1); // 3 MiB of UTF-8
  expect(big.status()).toBe(422);
  expect((await big.json()).error.message).toBe("请求内容过大（上限 2097152 字节）");
  expect((await skillAttemptOf(sessionId, c!.id))!.deliverableAnswers).toEqual([]);

  const ok = await save("短标题", 1); // the same sequence number: had the big one been written, this one would be stale
  expect(ok.status()).toBe(200);
  expect((await skillAttemptOf(sessionId, c!.id))!.deliverableAnswers).toMatchObject([{ deliverableId: "title", seq: 1, value: { text: "短标题" } }]);
});
