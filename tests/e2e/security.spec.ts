// Issue 12: revocable sessions (a copied cookie stops working after sign-out, a password change
// or an admin ending the sessions, on a Next.js route and on the front server's fast save path),
// security headers with a CSP the pages pass with, and redirects that keep the public origin
// (the language switch returns to the page it was used on; a candidate stays in the exam).
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { DEMO, signInByApi } from "./helpers/auth";
import { createExamSession, db, DEMO_CANDIDATE_ID_NUMBER } from "./helpers/exam-setup";

test.describe.configure({ timeout: 240_000 });

const PORT = Number(process.env.E2E_PORT || 3100);
const BASE = `http://localhost:${PORT}`;

async function startExam(page: Page, name: string) {
  const { sessionId } = await createExamSession({ opened: true, name });
  await signInByApi(page.request, "candidate");
  const started = await page.request.post(`/api/exam/sessions/${sessionId}/start`);
  expect(started.ok()).toBe(true);
  const { attemptId } = (await started.json()) as { attemptId: string };
  const sc = await (await db()).sessionCandidate.findFirstOrThrow({ where: { sessionId } });
  const item = await (await db()).paperItem.findFirstOrThrow({ where: { paperId: sc.paperId! }, include: { itemVersion: true } });
  const key = (item.itemVersion.options as Array<{ key: string }>)[0]!.key;
  return { attemptId, itemVersionId: item.itemVersionId, key };
}

/** A second client holding a copy of the browser's session cookie. */
async function copiedCookie(context: BrowserContext, playwright: { request: { newContext(o: object): Promise<APIRequestContext> } }) {
  const token = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(token, "session cookie").toBeTruthy();
  return playwright.request.newContext({ baseURL: BASE, extraHTTPHeaders: { cookie: `${token!.name}=${token!.value}` } });
}

let seq = 1;
async function probe(copy: APIRequestContext, exam: { attemptId: string; itemVersionId: string; key: string }) {
  const route = await copy.post(`/api/exam/attempts/${exam.attemptId}/heartbeat`);
  const save = await copy.post(`/api/exam/attempts/${exam.attemptId}/answers`, { data: { itemVersionId: exam.itemVersionId, response: [exam.key], seq: seq++ } });
  return { route: route.status(), save: save.status() };
}

test("a copied session cookie stops working after sign-out, on the Next.js route and the fast save path", async ({ page, context, playwright }) => {
  const exam = await startExam(page, `撤销-退出-${Date.now()}`);
  const copy = await copiedCookie(context, playwright);
  expect(await probe(copy, exam)).toEqual({ route: 200, save: 200 });

  await page.goto("/candidate");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("link", { name: "登录" }).first()).toBeVisible();
  expect(await probe(copy, exam)).toEqual({ route: 401, save: 401 });
  await copy.dispose();
});

test("a copied session cookie stops working after a password change; the changing browser stays signed in", async ({ page, context, playwright }) => {
  const exam = await startExam(page, `撤销-改密-${Date.now()}`);
  const copy = await copiedCookie(context, playwright);
  expect(await probe(copy, exam)).toEqual({ route: 200, save: 200 });
  const prisma = await db();
  const before = await prisma.user.findFirstOrThrow({ where: { candidate: { idNumber: DEMO_CANDIDATE_ID_NUMBER } }, select: { id: true, passwordHash: true } });
  try {
    await page.goto("/account/password");
    await page.getByLabel("当前密码").fill(DEMO.candidate.password);
    await page.getByLabel("新密码", { exact: true }).fill("changed-pass-2026");
    await page.getByLabel("确认新密码").fill("changed-pass-2026");
    await page.getByRole("button", { name: "保存新密码" }).click();
    await expect(page).not.toHaveURL(/\/account\/password/);
    expect(await probe(copy, exam)).toEqual({ route: 401, save: 401 });
    // The browser that changed the password keeps working.
    expect((await page.request.post(`/api/exam/attempts/${exam.attemptId}/heartbeat`)).status()).toBe(200);
    const own = await page.request.post(`/api/exam/attempts/${exam.attemptId}/answers`, { data: { itemVersionId: exam.itemVersionId, response: [exam.key], seq: seq++ } });
    expect(own.status()).toBe(200);
  } finally {
    await prisma.user.update({ where: { id: before.id }, data: { passwordHash: before.passwordHash } });
    await copy.dispose();
  }
});

test("an admin ends a candidate's sessions from the candidate's page", async ({ page, context, playwright, browser }) => {
  const exam = await startExam(page, `撤销-管理员-${Date.now()}`);
  const copy = await copiedCookie(context, playwright);
  expect(await probe(copy, exam)).toEqual({ route: 200, save: 200 });
  const candidate = await (await db()).candidate.findUniqueOrThrow({ where: { idNumber: DEMO_CANDIDATE_ID_NUMBER } });
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInByApi(admin.request, "admin");
  await admin.goto(`/admin/candidates/${candidate.id}`);
  await admin.getByRole("button", { name: "结束该账号的所有登录" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "已结束该账号的所有登录。" })).toBeVisible();
  expect(await probe(copy, exam)).toEqual({ route: 401, save: 401 });
  expect(await (await db()).auditLog.count({ where: { action: "user.endSessions", subject: candidate.userId } })).toBeGreaterThan(0);
  await adminContext.close();
  await copy.dispose();
});

test("pages carry a CSP with a nonce and report no violation; every response has the security headers", async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const check = async (path: string, visible: () => Promise<void>) => {
    const response = await page.goto(path);
    const csp = response!.headers()["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(response!.headers()["x-frame-options"], path).toBe("DENY");
    await visible();
    expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []), path).toEqual([]);
  };
  await check("/", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
  await check("/standard", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
  await check("/signin", () => expect(page.getByRole("button", { name: "登录" })).toBeVisible());
  // A page that runs client components: the sign-in form signs in through a server action.
  await page.getByLabel(/账号|用户名|准考证/).first().fill(DEMO.admin.identifier);
  await page.getByLabel("密码").fill(DEMO.admin.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/admin/);
  await check("/admin/candidates", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
  await check("/admin/sessions", () => expect(page.getByRole("heading", { level: 1 })).toBeVisible());
  expect(violations).toEqual([]);

  const api = await page.request.get("/api/health");
  expect(api.headers()["x-frame-options"]).toBe("DENY");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const save = await page.request.post("/api/exam/attempts/none/answers", { data: {} });
  expect(save.headers()["x-frame-options"]).toBe("DENY");
});

test("redirects keep the public origin; the language switch returns to the page, a candidate stays in the exam", async ({ page }) => {
  const raw = await page.request.post("/api/locale", { form: { locale: "en" }, headers: { referer: `${BASE}/standard?q=4` }, maxRedirects: 0 });
  expect(raw.status()).toBe(303);
  expect(raw.headers()["location"]).toBe("/standard?q=4");
  const foreign = await page.request.post("/api/locale", { form: { locale: "zh-CN" }, headers: { referer: "http://evil.example/x" }, maxRedirects: 0 });
  expect(foreign.headers()["location"]).toBe("/");

  // Auth.js's sign-in redirect names the origin the browser used, never the internal port.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signIn = await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, ...DEMO.candidate, callbackUrl: "/me" }, maxRedirects: 0 });
  const location = signIn.headers()["location"] ?? "";
  expect(location.startsWith("/") || location.startsWith(BASE)).toBe(true);

  const exam = await startExam(page, `语言切换-${Date.now()}`);
  await page.goto(`/exam/attempt/${exam.attemptId}`);
  await expect(page.getByRole("timer", { name: "剩余时间" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(`${BASE}/exam/attempt/${exam.attemptId}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page).toHaveURL(`${BASE}/exam/attempt/${exam.attemptId}`);
  await expect(page.getByRole("timer", { name: "剩余时间" })).toBeVisible();
});
