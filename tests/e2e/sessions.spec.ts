// An admin adds a room and schedules a theory session in the browser: the rule violations are
// explained (with the numbers) while editing and when saving, and after fixing them the session
// is saved and listed.
import { expect, test } from "@playwright/test";
import { signInByApi } from "./helpers/auth";

test("an admin schedules a theory session, sees the broken rules explained, fixes them and saves", async ({ page }) => {
  const stamp = `${Date.now()}`.slice(-7);
  const roomName = `E2E考场${stamp}`;
  const sessionName = `E2E理论场次${stamp}`;
  // A date far from other tests' sessions (no overlap with their rooms or people).
  const day = String(1 + (Number(stamp) % 28)).padStart(2, "0");
  const startsAt = `2031-0${1 + (Number(stamp) % 9)}-${day}T09:00`;

  await signInByApi(page.request, "admin");
  await page.goto("/admin/rooms");
  await expect(page.getByRole("heading", { level: 1, name: "考场管理" })).toBeVisible();
  await page.getByLabel("考场名称").fill(roomName);
  await page.getByLabel("考场类型").selectOption({ label: "计算机教室" });
  await page.getByLabel("座位数（最多可容纳考生人数）").fill("30");
  await page.getByRole("button", { name: "添加考场" }).click();
  await expect(page.getByRole("status")).toHaveText(`已添加考场「${roomName}」。`);
  await expect(page.getByRole("table", { name: "考场列表" }).getByRole("row").filter({ hasText: roomName })).toContainText("计算机教室");

  await page.goto("/admin/sessions/new");
  await expect(page.getByRole("heading", { level: 1, name: "新建场次" })).toBeVisible();
  await page.getByLabel("场次名称", { exact: true }).fill(sessionName);
  await page.getByLabel("考核方式").selectOption({ label: "理论知识考试" });
  await page.getByLabel("等级").selectOption({ label: "五级/初级工" });
  await page.getByLabel("工种").selectOption({ label: "网商" });
  await page.getByLabel("开考时间（北京时间）").fill(startsAt);
  await page.getByLabel("考试时长（分钟）").fill("89");
  await page.getByRole("checkbox", { name: `${roomName}（计算机教室，30 座）` }).check();
  await page.getByRole("checkbox", { name: /^安排 演示考生甲/ }).check();
  await expect(page.getByText(/符合条件的考生 \d+ 人，已选 1 人/)).toBeVisible();
  await page.getByRole("checkbox", { name: `考场「${roomName}」监考人员：演示监考员一` }).check();

  // The live check explains each broken rule with its numbers and the standard's section.
  const broken = page.getByRole("alert").filter({ hasText: "不符合编排规则" });
  await expect(broken).toContainText("不符合编排规则（共 2 项）");
  await expect(broken).toContainText("理论知识考试时长 89 分钟，少于标准 1.8.4 规定的不少于 90 分钟");
  await expect(broken).toContainText(
    `考场「${roomName}」：考生 1 人，监考人员 1 人，少于要求的 2 人（标准 1.8.3：每个考场不少于 2 名监考人员，且监考人员与考生配比不低于 1:15）`,
  );

  // Saving is refused by the server with the same explanation.
  await page.getByRole("button", { name: "保存场次" }).click();
  await expect(broken).toContainText("理论知识考试时长 89 分钟");
  await expect(page).toHaveURL(/\/admin\/sessions\/new$/);

  // Fix both, see the rules met, save.
  await page.getByLabel("考试时长（分钟）").fill("90");
  await page.getByRole("checkbox", { name: `考场「${roomName}」监考人员：演示监考员二` }).check();
  await expect(page.getByRole("status").filter({ hasText: "符合全部编排规则。" })).toBeVisible();
  await expect(broken).toHaveCount(0);
  await page.getByRole("button", { name: "保存场次" }).click();
  await expect(page.getByRole("heading", { level: 1, name: sessionName })).toBeVisible();
  await expect(page.getByText(`考场「${roomName}」：考生 1 人，监考人员：演示监考员一、演示监考员二`)).toBeVisible();

  // The printable admission ticket (one A4 page per candidate).
  await page.getByRole("link", { name: "打印：准考证" }).click();
  const ticket = page.getByRole("article", { name: /准考证 演示考生甲/ });
  await expect(ticket).toContainText(roomName);
  await expect(ticket).toContainText(sessionName);
  await expect(ticket.getByRole("definition").filter({ hasText: /^\d{11}$/ })).toBeVisible();
  await page.goBack();

  await page.getByRole("link", { name: "返回场次列表" }).click();
  const row = page.getByRole("table", { name: "场次列表" }).getByRole("row").filter({ hasText: sessionName });
  await expect(row).toContainText("09:00 至 10:30");
  await expect(row).toContainText(roomName);
  await expect(row).toContainText("草稿");
});

test("a skill session's form asks for an examiner panel and its chief instead of proctors", async ({ page }) => {
  await signInByApi(page.request, "admin");
  await page.goto("/admin/sessions/new");
  await page.getByLabel("考核方式").selectOption({ label: "技能考核" });
  const panel = page.getByRole("group", { name: /考评人员（本场次至少 \d+ 人，且为单数）/ });
  await expect(panel).toBeVisible();
  await expect(page.getByRole("group", { name: /监考人员/ })).toHaveCount(0);
  await panel.getByRole("checkbox", { name: "演示考评员一" }).check();
  await panel.getByRole("checkbox", { name: "演示考评员三（主考）" }).check();
  const chief = page.getByLabel("考评组长");
  // Only ticked examiners can be the chief.
  await expect(chief.getByRole("option")).toHaveText(["（不指定）", "演示考评员一", "演示考评员三（主考）"]);
  await chief.selectOption({ label: "演示考评员三（主考）" });
  await expect(chief).toHaveValue(/.+/);
  await panel.getByRole("checkbox", { name: "演示考评员一" }).uncheck();
  await expect(chief.getByRole("option")).toHaveText(["（不指定）", "演示考评员三（主考）"]);
});
