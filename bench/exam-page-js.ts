// Benchmark (not a test), issue 15: the JavaScript the exam page (/exam/attempt/:id) makes a
// candidate's browser download, as served by the production build: every <script src> of the
// page's HTML, fetched and gzipped (level 9, what a gzip-serving proxy sends at most; Next.js
// itself compresses with gzip too). Also prints the inline scripts (the React Server Components
// payload) and the HTML itself. Budget: under 150 KB gzipped. Numbers are printed, never asserted.
//
// Needs a production build (`npm run build`); starts the app like bench/start-storm.ts.
// Run:   npx tsx bench/exam-page-js.ts [--port 3200]
import { gzipSync } from "node:zlib";
import { createPrismaClient } from "../src/server/db/client";
import { intFlag, readFlags, rejectUnknown } from "./lib/args";
import { sessionCookie } from "./lib/auth-cookie";
import { startApp } from "./lib/app";
import { onCleanup, runMain } from "./lib/cleanup";
import { createExamSession } from "./lib/exam-data";
import { keepAliveAgent, request } from "./lib/http";
import { table } from "./lib/stats";

const flags = readFlags();
rejectUnknown(flags, ["port"]);
const PORT = intFlag(flags, "port", 3200, { min: 1024, max: 65535 });
const BUDGET = 150 * 1024;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  const app = await startApp({ port: PORT });
  const prisma = createPrismaClient(app.databaseUrl);
  onCleanup("prisma disconnect", () => prisma.$disconnect());
  const agent = keepAliveAgent(4);
  onCleanup("http agent", () => agent.destroy());
  const exam = await createExamSession(prisma, { candidates: 1, name: `bench-page-${Date.now()}` });
  const c = exam.candidates[0]!;
  const cookie = await sessionCookie({ userId: c.userId, name: c.name, secret: app.authSecret, candidateId: c.candidateId });
  const start = await request({ agent, method: "POST", url: `${app.baseUrl}/api/exam/sessions/${exam.sessionId}/start`, cookie });
  if (start.status !== 200) throw new Error(`start failed: ${start.status} ${start.body.slice(0, 200)}`);
  const { attemptId } = JSON.parse(start.body) as { attemptId: string };
  const page = await request({ agent, method: "GET", url: `${app.baseUrl}/exam/attempt/${attemptId}`, cookie });
  if (page.status !== 200) throw new Error(`the exam page answered ${page.status}`);

  // Scripts marked noModule (Next.js's legacy polyfills) are neither downloaded nor run by a
  // browser that supports modules (every browser the exam supports); they are listed apart.
  const tags = [...page.body.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].map((m) => ({ src: m[2]!.replace(/&amp;/g, "&"), noModule: /\snomodule/i.test(`${m[1]} ${m[3]}`) }));
  const srcs = [...new Map(tags.map((t) => [t.src, t])).values()];
  const inline = [...page.body.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join("");
  const rows: Array<Array<string | number>> = [];
  let raw = 0;
  let gz = 0;
  let legacyGz = 0;
  for (const { src, noModule } of srcs) {
    const r = await request({ agent, method: "GET", url: new URL(src, app.baseUrl).toString() });
    if (r.status !== 200) throw new Error(`${src}: ${r.status}`);
    const bytes = Buffer.from(r.body, "utf8");
    const g = gzipSync(bytes, { level: 9 }).length;
    if (noModule) legacyGz += g;
    else {
      raw += bytes.length;
      gz += g;
    }
    rows.push([`${src.replace(/^.*\/_next\/static\//, "…/")}${noModule ? " (noModule: legacy browsers only)" : ""}`, kb(bytes.length), kb(g)]);
  }
  rows.push(["**all script files a current browser loads**", `**${kb(raw)}**`, `**${kb(gz)}**`]);
  rows.push(["noModule polyfills (not loaded by current browsers)", "", kb(legacyGz)]);
  rows.push(["inline scripts (RSC payload, in the HTML)", kb(Buffer.byteLength(inline)), kb(gzipSync(Buffer.from(inline)).length)]);
  rows.push(["the HTML document", kb(Buffer.byteLength(page.body)), kb(gzipSync(Buffer.from(page.body)).length)]);
  console.log(`# The exam page's JavaScript (/exam/attempt/:id), ${srcs.length} script files`);
  console.log(table(["file", "size", "gzipped"], rows));
  console.log(`exam page JS gzipped: ${kb(gz)} (budget < ${kb(BUDGET)}: ${gz < BUDGET ? "met" : "NOT met"})`);
}

runMain(main);
