// `npm run docs:screenshots`: the screenshots of the user guide (docs/guide/img/*.png), taken by
// Playwright (Debian's Chromium) against the launcher with --demo and a throwaway database, so
// that they always show the current app. Needs a current build (`npm run build`). Uses the e2e
// data directory (.data/e2e: the test helpers read the database URL there), so do not run it
// while the e2e suite runs in the same checkout. Port: DOCS_PORT (default 3300), embedded
// PostgreSQL: DOCS_PG_PORT (default 54600). Chromium needs a Chinese font, or every 汉字 is drawn
// as an empty box: `apt-get install -y fonts-noto-cjk` on Debian. The app serves the guide at
// /help and only the screenshots named in GUIDE_IMAGES (src/server/help/guides.ts): a new one is
// added there too (tests/unit/help/guides.test.ts compares the list with this folder).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { createExamSession } from "../tests/e2e/helpers/exam-setup";
import { DEMO } from "../tests/e2e/helpers/auth";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.DOCS_PORT || 3300);
const base = `http://localhost:${port}`;
const out = path.join(root, "docs", "guide", "img");

async function waitForHealth(deadline: number) {
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the app did not start in time");
}

async function signedIn(browser: Browser, who: keyof typeof DEMO, viewport = { width: 1280, height: 860 }): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ baseURL: base, locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport });
  const req = ctx.request;
  const { csrfToken } = (await (await req.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await req.post("/api/auth/callback/credentials", { form: { csrfToken, ...DEMO[who], callbackUrl: "/me" }, maxRedirects: 0 });
  if (res.status() !== 302) throw new Error(`sign-in of ${who} failed: ${res.status()}`);
  return { ctx, page: await ctx.newPage() };
}

async function shot(page: Page, name: string, url: string | null, ready: (p: Page) => Promise<unknown>) {
  if (url) await page.goto(url);
  await ready(page);
  await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: false });
  console.log(`[docs] ${name}.png`);
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build", "--fresh-db", "--demo"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, PORT: String(port), DATA_DIR: ".data/e2e", EMBEDDED_PG_PORT: process.env.DOCS_PG_PORT || "54600", NEXT_TELEMETRY_DISABLED: "1", TZ: "UTC" },
  });
  const stop = () => new Promise<void>((resolve) => {
    if (app.exitCode !== null) return resolve();
    app.once("exit", () => resolve());
    app.kill("SIGTERM");
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    await waitForHealth(Date.now() + 180_000);
    const h1 = (p: Page) => p.getByRole("heading", { level: 1 }).first().waitFor();

    const admin = await signedIn(browser, "admin");
    await shot(admin.page, "admin-home", "/admin", h1);
    await shot(admin.page, "admin-session-new", "/admin/sessions/new", h1);
    await shot(admin.page, "admin-coverage", "/admin/items/coverage", h1);
    await admin.ctx.close();

    const { sessionId } = await createExamSession({ opened: true, name: "演示理论考试" });
    const proctor = await signedIn(browser, "proctor");
    await shot(proctor.page, "proctor-console", `/proctor/sessions/${sessionId}`, (p) => p.getByRole("table").first().waitFor());
    await shot(proctor.page, "proctor-room", `/proctor/sessions/${sessionId}/room`, (p) => p.getByRole("timer").waitFor());
    await proctor.ctx.close();

    const candidate = await signedIn(browser, "candidate");
    await shot(candidate.page, "candidate-home", "/candidate", h1);
    await shot(candidate.page, "candidate-waiting", `/exam/${sessionId}`, (p) => p.getByRole("button", { name: "开始考试" }).waitFor());
    await candidate.page.getByRole("button", { name: "开始考试" }).click();
    await shot(candidate.page, "candidate-exam", null, (p) => p.getByRole("timer", { name: "剩余时间" }).waitFor());
    const attemptUrl = candidate.page.url();
    await candidate.page.getByRole("button", { name: "交卷", exact: true }).click();
    await shot(candidate.page, "candidate-submit", null, (p) => p.getByRole("dialog").waitFor());
    await candidate.ctx.close();
    const phone = await signedIn(browser, "candidate", { width: 390, height: 844 });
    await shot(phone.page, "candidate-exam-phone", attemptUrl, (p) => p.getByRole("timer", { name: "剩余时间" }).waitFor());
    await phone.ctx.close();

    const examiner = await signedIn(browser, "examiner");
    await shot(examiner.page, "examiner-home", "/examiner", h1);
    await examiner.ctx.close();

    const teacher = await signedIn(browser, "teacher");
    await shot(teacher.page, "teacher-home", "/teacher", h1);
    await teacher.ctx.close();
  } finally {
    await browser.close();
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
