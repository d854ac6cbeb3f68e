import { expect, test, type Page } from "@playwright/test";
import { signInByApi, signInWith } from "./helpers/auth";
import { createPracticeStudent, latestDrillItems, practiceAnswers } from "./helpers/practice-setup";

// Most students practise on a phone.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const optionLabel = (item: { type: string; options: Array<{ key: string; text: string }> }, key: string) => {
  const o = item.options.find((x) => x.key === key)!;
  return item.type === "true-false" ? o.text : `${o.key}. ${o.text}`;
};

async function masteryDescription(page: Page): Promise<string> {
  await page.goto("/practice/progress");
  const chart = page.getByRole("img", { name: /各部分掌握度/ });
  await expect(chart).toBeVisible();
  return (await chart.locator("desc").textContent()) ?? "";
}

test("a student drills a work content on a phone, gets feedback, finds the item in 错题本, takes a timed mock exam and sees it in the results; the teacher sees the student", async ({ page, browser, context }) => {
  const stamp = Date.now();
  const name = `练习同学${stamp % 100000}`;
  const { candidateId, credentials } = await createPracticeStudent({ name, className: `E2E练习班-${stamp}` });

  // An admin puts the student into the class from the candidate list.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInByApi(admin.request, "admin");
  await admin.goto(`/admin/candidates?q=${encodeURIComponent(name)}`);
  await admin.getByRole("checkbox", { name: `选择考生 ${name}` }).check();
  await admin.getByLabel("把勾选的考生加入班级").selectOption({ label: `E2E练习班-${stamp}` });
  await admin.getByRole("button", { name: "加入班级" }).click();
  await expect(admin.getByRole("status")).toHaveText("已加入 1 人（0 人原本就在该班）。");
  await expect(admin.getByRole("row").filter({ hasText: name })).toContainText(`E2E练习班-${stamp}`);
  await adminContext.close();

  // The teacher publishes the demo bank's sample items to the class.
  const teacherContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const teacher = await teacherContext.newPage();
  await signInByApi(teacher.request, "teacher");
  await teacher.goto("/teacher");
  await teacher.getByRole("link", { name: `E2E练习班-${stamp}` }).click();
  await teacher.getByRole("button", { name: "把示例题库开放给本班练习" }).click();
  await expect(teacher.getByRole("status")).toHaveText(/示例题已开放给本班练习（\d+ 道）/);

  // The student, before practising: mastery of duty 1 is not known yet.
  await signInWith(page.request, credentials);
  expect(await masteryDescription(page)).toMatch(/职业功能 1 \S+ —/);

  // Drill one work content of duty 1.
  await page.goto("/practice");
  await expect(page.getByRole("heading", { name: "练习", exact: true })).toBeVisible();
  const duty1 = page.locator("details").filter({ has: page.locator("summary", { hasText: /^职业功能 1 / }) }).first();
  await duty1.locator("summary").first().click();
  const practise = duty1.getByRole("button", { name: /^练习 1\.\d+ / }).first();
  const contentName = ((await practise.getAttribute("aria-label")) ?? "").replace(/^练习 /, "");
  await practise.click();
  await expect(page.getByText(/第 1 题 \/ 共 \d+ 题/).first()).toBeVisible();
  const items = await latestDrillItems(candidateId);

  // Question 1: answered wrongly on purpose; the feedback shows the key and the explanation.
  const first = items[0]!;
  const wrongKey = first.options.find((o) => !first.answer.includes(o.key))!.key;
  await page.getByRole("group").getByText(optionLabel(first, wrongKey), { exact: true }).click();
  const submit = page.getByRole("button", { name: "提交答案" });
  expect((await submit.boundingBox())!.height).toBeGreaterThanOrEqual(44); // a finger-sized target
  await submit.click();
  const feedback = page.getByRole("status").filter({ hasText: "回答错误" });
  await expect(feedback).toContainText(`正确答案：${first.type === "true-false" ? first.options.find((o) => first.answer.includes(o.key))!.text : [...first.answer].sort().join("、")}`);
  await expect(feedback).toContainText("解析");

  // Question 2, with the network down: the answer waits on the phone, the feedback comes later.
  await page.getByRole("button", { name: "下一题" }).click();
  const second = items[1]!;
  await context.setOffline(true);
  await page.getByRole("group").getByText(optionLabel(second, [...second.answer].sort()[0]!), { exact: true }).click();
  await page.getByRole("button", { name: "提交答案" }).click();
  await expect(page.getByRole("status").filter({ hasText: "答案已保存在本机" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "网络已断开" })).toContainText("网络已断开：1 个答案保存在本机");
  await context.setOffline(false);
  await expect(page.getByRole("status").filter({ hasText: /回答(正确|错误)/ })).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await practiceAnswers(candidateId)).length).toBe(2);

  // The wrong item is in the wrong-answer book, under its work content.
  await page.goto("/practice/mistakes");
  const group = page.getByRole("region", { name: contentName });
  await expect(group).toContainText(first.stem);
  await expect(group).toContainText("再连续答对 2 次即移出");

  // A timed mock exam: assembled, answered, submitted, scored at once.
  await page.goto("/practice/mocks");
  await page.getByRole("button", { name: "开始模拟考试" }).click();
  const timer = page.getByRole("timer", { name: "剩余时间" });
  await expect(timer).toHaveText(/^(89|90):\d\d$/);
  await expect(page.getByRole("group", { name: /^第 1 题（共 90 题）/ })).toBeVisible();
  await page.getByRole("group", { name: /^第 1 题（共 90 题）/ }).getByRole("radio").first().check();
  await expect(page.getByTestId("mock-saved-1")).toHaveText("第 1 题：已保存");
  await page.getByRole("button", { name: "交卷" }).click();
  const dialog = page.getByRole("dialog", { name: "确认交卷？" });
  await expect(dialog).toContainText("还有 89 题未作答");
  await dialog.getByRole("button", { name: "确认交卷" }).click();
  await expect(page.getByRole("heading", { name: "模拟考试成绩" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(/得分 \d+\.\d 分/);
  await expect(page.getByRole("status")).toContainText(/不?合格（合格线 60 分）/);
  await expect(page.getByRole("table", { name: "各部分得分" })).toContainText("职业道德");

  // Progress: mastery of duty 1 now has a share, and the mock score is on its chart.
  expect(await masteryDescription(page)).toMatch(/职业功能 1 \S+ \d+%/);
  await expect(page.getByRole("img", { name: /模拟考试成绩变化/ })).toBeVisible();

  // The teacher sees the student in the class view.
  await teacher.reload();
  const row = teacher.getByRole("row", { name: new RegExp(name) }).first();
  await expect(row).toBeVisible();
  await expect(teacher.getByRole("table", { name: "练习情况" })).toContainText(name);
  await expect(teacher.getByRole("table", { name: /掌握度热力图/ })).toContainText(name);
  await teacherContext.close();
});
