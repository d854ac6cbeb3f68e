// The synchronised start (issue 15): the items prepared at publish are what the exam page gets,
// identical to the items built from the stored order and without keys; the launcher's front
// server serves the start and the paper load with the same rules as the route handlers, and
// passes on what it may not serve.
import http from "node:http";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAttemptForCandidate } from "@/server/exam/get-attempt";
import { prepareCandidatePapers } from "@/server/sessions/prepare-candidate-papers";
import { freePort, startFrontServer } from "../../scripts/lib/front-server";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate, makeProctor, publishedSession, seedBankAndPaper } from "./helpers/exam-fixture";
import { createStaff } from "./helpers/users";

const SECRET = "exam-start-fast-test-secret-0123456789";
let upstream: http.Server;
let front: http.Server;
let base: string;
let paperId: string;
let proctorId: string;
const passedOn: string[] = [];

beforeAll(async () => {
  await resetDatabase();
  const admin = await createStaff("fast-admin");
  paperId = await seedBankAndPaper(admin.id, new Date());
  proctorId = (await makeProctor("fast-proctor")).id;
  const upstreamPort = await freePort();
  upstream = http.createServer((req, res) => {
    passedOn.push(`${req.method} ${req.url}`);
    req.resume();
    req.on("end", () => {
      res.writeHead(299, { "Content-Type": "text/plain" });
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

const cookie = async (c: { userId: string; id: string }) =>
  `authjs.session-token=${await encode({ token: { sub: c.userId, cid: c.id }, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 })}`;

describe("prepared exam items", () => {
  it("are stored at preparation, equal the items built from the order, and carry no keys", async () => {
    const c = await createCandidate("预备考生");
    const { session } = await publishedSession({ paperId, candidateIds: [c.id], proctorIds: [proctorId] });
    const seat = () => prisma.sessionCandidate.findFirstOrThrow({ where: { sessionId: session.id, candidateId: c.id } });
    expect((await seat()).examItems).toBeNull();
    const start = await fetch(`${base}/api/exam/sessions/${session.id}/start`, { method: "POST", headers: { cookie: await cookie(c) } });
    const { attemptId } = (await start.json()) as { attemptId: string };
    const built = await getAttemptForCandidate({ attemptId, candidateId: c.id });

    await prisma.$transaction((tx) => prepareCandidatePapers(tx, session.id));
    const stored = (await seat()).examItems;
    expect(stored).not.toBeNull();
    const prepared = await getAttemptForCandidate({ attemptId, candidateId: c.id });
    expect(prepared.items).toEqual(built.items);
    expect(prepared.items.map((i) => i.versionId)).toEqual((await seat()).itemOrder);
    expect(stored).not.toMatch(/"answer"|"correct"|"explanation"/);
    for (const item of prepared.items) for (const o of item.options) expect(Object.keys(o).sort()).toEqual(["key", "text"]);
  });
});

describe("front server: start and paper", () => {
  it("starts once by the database clock and serves the same paper as the route handler's service", async () => {
    const c = await createCandidate("快速考生");
    const { session } = await publishedSession({ paperId, candidateIds: [c.id], proctorIds: [proctorId] });
    await prisma.$transaction((tx) => prepareCandidatePapers(tx, session.id));
    const before = passedOn.length;
    const headers = { cookie: await cookie(c) };
    const starts = await Promise.all([1, 2, 3].map(() => fetch(`${base}/api/exam/sessions/${session.id}/start`, { method: "POST", headers })));
    expect(starts.map((r) => r.status)).toEqual([200, 200, 200]);
    const ids = await Promise.all(starts.map(async (r) => ((await r.json()) as { attemptId: string }).attemptId));
    expect(new Set(ids).size).toBe(1);
    expect(await prisma.attempt.count({ where: { sessionId: session.id, candidateId: c.id } })).toBe(1);
    const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: ids[0] } });
    expect(attempt.deadline.getTime() - attempt.startedAt.getTime()).toBe(90 * 60_000);
    const [{ now }] = (await prisma.$queryRaw<Array<{ now: Date }>>`SELECT now() AS now`) as [{ now: Date }];
    expect(Math.abs(attempt.startedAt.getTime() - now.getTime())).toBeLessThan(10_000);

    const paper = await fetch(`${base}/api/exam/attempts/${ids[0]}`, { headers });
    expect(paper.status).toBe(200);
    expect(paper.headers.get("cache-control")).toContain("no-store");
    const body = (await paper.json()) as Awaited<ReturnType<typeof getAttemptForCandidate>>;
    const service = await getAttemptForCandidate({ attemptId: ids[0]!, candidateId: c.id });
    expect(body.items).toEqual(service.items);
    expect(body).toMatchObject({ attemptId: ids[0], sessionId: session.id, status: "in_progress", lastSeq: 0, answers: {} });
    expect(body.remainingSeconds).toBeGreaterThan(89 * 60);
    expect(passedOn.length).toBe(before);
  });

  it("refuses with the reason, hides another's attempt, and passes on tokens it may not serve", async () => {
    const c = await createCandidate("未开考生");
    const closed = await publishedSession({ paperId, candidateIds: [c.id], proctorIds: [proctorId], opened: false });
    const early = await fetch(`${base}/api/exam/sessions/${closed.session.id}/start`, { method: "POST", headers: { cookie: await cookie(c) } });
    expect(early.status).toBe(409);
    expect(((await early.json()) as { error: { message: string } }).error.message).toBe("监考人员尚未开考，请稍候");
    expect(await prisma.attempt.count({ where: { candidateId: c.id } })).toBe(0);

    const owner = await createCandidate("本人");
    const { session } = await publishedSession({ paperId, candidateIds: [owner.id], proctorIds: [proctorId] });
    const { attemptId } = (await (await fetch(`${base}/api/exam/sessions/${session.id}/start`, { method: "POST", headers: { cookie: await cookie(owner) } })).json()) as { attemptId: string };
    expect((await fetch(`${base}/api/exam/attempts/${attemptId}`, { headers: { cookie: await cookie(c) } })).status).toBe(404);
    expect((await fetch(`${base}/api/exam/sessions/${session.id}/start`, { method: "POST", headers: { cookie: await cookie(c) } })).status).toBe(404);

    // A disabled account or a pending password change: nothing written, Next.js answers in full.
    const before = passedOn.length;
    await prisma.user.update({ where: { id: owner.userId }, data: { mustChangePassword: true } });
    expect((await fetch(`${base}/api/exam/attempts/${attemptId}`, { headers: { cookie: await cookie(owner) } })).status).toBe(299);
    const d = await createCandidate("停用考生");
    const other = await publishedSession({ paperId, candidateIds: [d.id], proctorIds: [proctorId] });
    await prisma.user.update({ where: { id: d.userId }, data: { disabled: true } });
    expect((await fetch(`${base}/api/exam/sessions/${other.session.id}/start`, { method: "POST", headers: { cookie: await cookie(d) } })).status).toBe(299);
    expect(await prisma.attempt.count({ where: { candidateId: d.id } })).toBe(0);
    expect((await fetch(`${base}/api/exam/attempts/${attemptId}`)).status).toBe(299);
    expect(passedOn.slice(before)).toEqual([`GET /api/exam/attempts/${attemptId}`, `POST /api/exam/sessions/${other.session.id}/start`, `GET /api/exam/attempts/${attemptId}`]);
  });
});
