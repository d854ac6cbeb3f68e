// The front server while the Next.js server is down or restarting (issue 12, fault 2): answer
// saves are still served, pages get the bilingual 503 page that refreshes itself, API calls a
// JSON 503; once Next.js is back (the supervisor restarted it) requests reach it again.
import http from "node:http";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAttempt } from "@/server/exam/start-attempt";
import { freePort, startFrontServer } from "../../scripts/lib/front-server";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate, makeProctor, publishedSession, seedBankAndPaper } from "./helpers/exam-fixture";
import { createStaff } from "./helpers/users";

const SECRET = "front-server-restart-secret-0123456789";
let front: http.Server;
let base: string;
let nextPort: number | null = null;
let upstream: http.Server | undefined;
let upstreamPort: number;

async function startUpstream() {
  upstream = http.createServer((req, res) => res.end("from next"));
  await new Promise<void>((r) => upstream!.listen(upstreamPort, "127.0.0.1", () => r()));
}

beforeAll(async () => {
  await resetDatabase();
  upstreamPort = await freePort();
  const port = await freePort();
  front = await startFrontServer({ port, upstreamPort: () => nextPort, authSecret: SECRET });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  front.closeAllConnections();
  await new Promise((r) => front.close(r));
  if (upstream) await new Promise((r) => upstream!.close(r));
});

describe("front server while Next.js is down", () => {
  it("serves answer saves, a 503 page for pages and a JSON 503 for API calls, then passes requests on again", async () => {
    const admin = await createStaff("restart-admin");
    const paperId = await seedBankAndPaper(admin.id, new Date());
    const c = await createCandidate("重启考生");
    const proctor = await makeProctor("restart-proctor");
    const { session, paperItems } = await publishedSession({ paperId, candidateIds: [c.id], proctorIds: [proctor.id] });
    const { attemptId } = await startAttempt({ candidateId: c.id, sessionId: session.id });
    const cookie = `authjs.session-token=${await encode({ token: { sub: c.userId, cid: c.id }, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 })}`;

    // Next.js is down (the supervisor reports it so): the save is served all the same.
    const save = await fetch(`${base}/api/exam/attempts/${attemptId}/answers`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ itemVersionId: paperItems[0]!.itemVersionId, response: ["B"], seq: 1 }),
    });
    expect(save.status).toBe(200);
    expect((await prisma.answer.findFirstOrThrow({ where: { attemptId } })).response).toEqual(["B"]);

    const page = await fetch(`${base}/exam/${attemptId}`, { headers: { accept: "text/html,application/xhtml+xml" } });
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("3");
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain("系统正在恢复，请稍候");
    expect(html).toContain("Recovering, please wait");
    expect(html).toMatch(/<meta http-equiv="refresh" content="3">/);
    expect(html).not.toMatch(/<script/);

    const api = await fetch(`${base}/api/auth/session`);
    expect(api.status).toBe(503);
    expect(await api.json()).toMatchObject({ error: { code: "UNAVAILABLE", message: expect.stringContaining("服务正在自动重启") } });

    // Reported up but not listening (it died a moment ago): the same 503, not a crash or a 502.
    nextPort = upstreamPort;
    const refused = await fetch(`${base}/`, { headers: { accept: "text/html" } });
    expect(refused.status).toBe(503);

    // Back: requests reach it again.
    await startUpstream();
    const back = await fetch(`${base}/`, { headers: { accept: "text/html" } });
    expect(back.status).toBe(200);
    expect(await back.text()).toBe("from next");
  });
});
