// The admin home is the exam workflow: for a level · track nobody has worked on yet (四级·跨境 in
// the demo data) it names the next step and what blocks it, and it moves on after each step.
import { expect, test } from "@playwright/test";
import { signInByApi } from "./helpers/auth";
import { db } from "./helpers/exam-setup";

test("the admin home shows the next step of a fresh level · track and moves on after each step", async ({ page }) => {
  await signInByApi(page.request, "admin");
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "考务流程" })).toBeVisible();
  const lane = page.getByRole("region", { name: "四级/中级工 · 跨境电子商务师" });
  await expect(lane.getByTestId("next-4-cross-border")).toHaveText("下一步：考生名单");
  await expect(lane).toContainText("四级/中级工·跨境电子商务师 尚无考生：请导入名单");
  await expect(lane.getByRole("link", { name: "去办理：考生名单" })).toHaveAttribute("href", "/admin/candidates/import");
  await expect(page.getByRole("heading", { name: "今天和明天的场次" })).toBeVisible();

  // Step: a candidate is on the roster, not (yet) eligible.
  const p = await db();
  const stamp = String(Date.now()).slice(-9);
  const user = await p.user.create({ data: { displayName: "流程考生", roles: ["CANDIDATE"] } });
  const candidate = await p.candidate.create({
    data: {
      userId: user.id,
      name: "流程考生",
      idNumber: `E2EW${stamp}`,
      gender: "女",
      level: "4",
      track: "cross-border",
      ticketNumber: `W${stamp}`,
      evidence: {},
      eligibilityStatus: "NOT_ELIGIBLE",
      eligibilityResult: {},
      eligibilityEvaluatedAt: new Date(),
    },
  });
  await page.reload();
  await expect(lane.getByTestId("next-4-cross-border")).toHaveText("下一步：申报条件审核");
  await expect(lane.getByRole("listitem").filter({ hasText: "考生名单" })).toContainText("（已完成）1 名考生");
  await expect(lane).toContainText("没有符合申报条件的考生（1 名不符合）");

  // Step: the admin approves the application; the next step is past eligibility.
  await p.candidate.update({ where: { id: candidate.id }, data: { eligibilityStatus: "APPROVED", overrideReason: "e2e" } });
  await page.reload();
  await expect(lane.getByRole("listitem").filter({ hasText: "申报条件审核" })).toContainText("（已完成）1 名符合申报条件");
  await expect(lane.getByTestId("next-4-cross-border")).toHaveText(/^下一步：(题库覆盖|组卷与技能考核方案)$/);
});
