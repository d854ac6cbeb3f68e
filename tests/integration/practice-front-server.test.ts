// The launcher's front server serves the practice answer with feedback itself, with the same
// service and checks as the route handler; a token without a candidate goes on to Next.js.
import http from "node:http";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDrill } from "@/server/practice/start-drill";
import { freePort, startFrontServer } from "../../scripts/lib/front-server";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate } from "./helpers/exam-fixture";
import { seedBank } from "./helpers/practice-fixture";

const SECRET = "practice-front-secret-0123456789abc";
let upstream: http.Server;
let front: http.Server;
let base: string;
let upstreamHits = 0;

beforeAll(async () => {
  await resetDatabase();
  const upstreamPort = await freePort();
  upstream = http.createServer((req, res) => {
    upstreamHits += 1;
    req.resume();
    req.on("end", () => {
      res.writeHead(299);
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

describe("front server: practice answers", () => {
  it("records the answer and returns the feedback for the drill's own candidate only", async () => {
    await seedBank({ use: "practice", perCell: 2, seed: "前端练习", explanation: "前端解析", now: new Date() });
    const c = await createCandidate("前端练习考生");
    const { drillId } = await startDrill({ candidateId: c.id, input: { mode: "content", scope: { kind: "area", area: "ethics" }, size: 2 }, now: new Date() });
    const item = await prisma.practiceDrillItem.findFirstOrThrow({ where: { drillId, position: 0 } });
    const key = (await prisma.itemVersion.findUniqueOrThrow({ where: { id: item.itemVersionId } })).answer;
    const post = async (ck: string, body: unknown) =>
      fetch(`${base}/api/practice/drills/${drillId}/answers`, { method: "POST", headers: { cookie: ck, "content-type": "application/json" }, body: JSON.stringify(body) });

    const other = await createCandidate("别人");
    expect((await post(await cookie({ sub: other.userId, cid: other.id }), { itemVersionId: item.itemVersionId, response: key, seq: 1 })).status).toBe(404);
    const empty = await post(await cookie({ sub: c.userId, cid: c.id }), { itemVersionId: item.itemVersionId, response: [], seq: 1 });
    expect(empty.status).toBe(422);
    expect(JSON.stringify(await empty.json())).not.toContain("前端解析");

    const ok = await post(await cookie({ sub: c.userId, cid: c.id }), { itemVersionId: item.itemVersionId, response: key, seq: 2 });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ recorded: true, fresh: true, correct: true, key: [...key].sort(), explanation: "前端解析" });
    expect(upstreamHits).toBe(0);

    // No candidate in the token: passed on to Next.js, nothing recorded here.
    expect((await post(await cookie({ sub: c.userId }), { itemVersionId: item.itemVersionId, response: key, seq: 3 })).status).toBe(299);
    expect(upstreamHits).toBe(1);
    expect(await prisma.practiceAnswer.count({ where: { drillId } })).toBe(1);
  });
});
