// The launcher's front server: answer saves served next to Next.js with the same service, every
// other request passed on (with X-Forwarded-For from the connection).
import http from "node:http";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAttempt } from "@/server/exam/start-attempt";
import { freePort, startFrontServer } from "../../scripts/lib/front-server";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate, makeProctor, publishedSession, seedBankAndPaper } from "./helpers/exam-fixture";
import { createStaff } from "./helpers/users";

const SECRET = "front-server-test-secret-0123456789";
let upstream: http.Server;
let front: http.Server;
let base: string;
const seenByUpstream: Array<{ url: string; xff: string | undefined }> = [];

beforeAll(async () => {
  await resetDatabase();
  const upstreamPort = await freePort();
  upstream = http.createServer((req, res) => {
    seenByUpstream.push({ url: req.url ?? "", xff: req.headers["x-forwarded-for"] as string | undefined });
    req.resume();
    req.on("end", () => {
      res.writeHead(299, { "Content-Type": "text/plain", "Set-Cookie": ["a=1", "b=2"] });
      res.end("from next");
    });
  });
  await new Promise<void>((r) => upstream.listen(upstreamPort, "127.0.0.1", () => r()));
  const port = await freePort();
  front = await startFrontServer({ port, upstreamPort, authSecret: SECRET });
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  front.closeAllConnections();
  await new Promise((r) => front.close(r));
  await new Promise((r) => upstream.close(r));
});

const cookie = async (token: Record<string, unknown>) => `authjs.session-token=${await encode({ token, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 })}`;

describe("front server", { timeout: 180_000 }, () => {
  it("serves answer saves itself for a candidate's session token, with the same checks", async () => {
    const admin = await createStaff("front-admin");
    const paperId = await seedBankAndPaper(admin.id, new Date());
    const c = await createCandidate("前端考生");
    const proctor = await makeProctor("front-proctor");
    const { session, paperItems } = await publishedSession({ paperId, candidateIds: [c.id], proctorIds: [proctor.id] });
    const { attemptId } = await startAttempt({ candidateId: c.id, sessionId: session.id });
    const item = paperItems[0]!.itemVersionId;
    const save = async (ck: string, body: unknown) =>
      fetch(`${base}/api/exam/attempts/${attemptId}/answers`, { method: "POST", headers: { cookie: ck, "content-type": "application/json" }, body: JSON.stringify(body) });

    const ok = await save(await cookie({ sub: c.userId, cid: c.id }), { itemVersionId: item, response: ["A"], seq: 5 });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ saved: true, seq: 5, stale: false });
    expect((await prisma.answer.findFirstOrThrow({ where: { attemptId } })).response).toEqual(["A"]);

    // Another candidate's token: not found; a bad body: 422 with a Chinese message.
    const other = await createCandidate("别的考生");
    expect((await save(await cookie({ sub: other.userId, cid: other.id }), { itemVersionId: item, response: ["B"], seq: 6 })).status).toBe(404);
    const bad = await save(await cookie({ sub: c.userId, cid: c.id }), { itemVersionId: item, response: ["Z"], seq: 7 });
    expect(bad.status).toBe(422);
    expect(seenByUpstream).toHaveLength(0);

    // No token, or a token without a candidate: passed on to Next.js unchanged.
    expect((await save("", { itemVersionId: item, response: ["B"], seq: 8 })).status).toBe(299);
    expect((await save(await cookie({ sub: admin.id }), { itemVersionId: item, response: ["B"], seq: 9 })).status).toBe(299);
    expect((await prisma.answer.findFirstOrThrow({ where: { attemptId } })).response).toEqual(["A"]);
  });

  it("passes everything else to Next.js with the client's address and all response headers", async () => {
    const res = await fetch(`${base}/standard?q=4.5`, { headers: { "x-forwarded-for": "6.6.6.6" } });
    expect(res.status).toBe(299);
    expect(await res.text()).toBe("from next");
    expect(res.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    const last = seenByUpstream.at(-1)!;
    expect(last.url).toBe("/standard?q=4.5");
    expect(last.xff).toMatch(/127\.0\.0\.1$/);
  });
});
