// Revocable sessions: a copied session token stops working on the front server's fast paths
// (answer saves, uploads) after a sign-out, a password change or an admin ending the sessions;
// the user's version moves on and a token of the new version works.
import http from "node:http";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/server/auth/password";
import { changePassword } from "@/server/auth/change-password";
import { endCandidateSessions, revokeSessions } from "@/server/auth/revoke-sessions";
import { sessionUpdateProof, verifySessionUpdateProof } from "@/server/auth/session-token";
import { startAttempt } from "@/server/exam/start-attempt";
import { parseCookies, readUploadCaller } from "@/server/uploads/caller";
import { freePort, startFrontServer } from "../../scripts/lib/front-server";
import { prisma, resetDatabase } from "./helpers/db";
import { createCandidate, makeProctor, publishedSession, seedBankAndPaper } from "./helpers/exam-fixture";
import { createStaff } from "./helpers/users";

const SECRET = "revocation-test-secret-0123456789";
let upstream: http.Server;
let front: http.Server;
let base: string;
let admin: { id: string };
let paperId: string;

beforeAll(async () => {
  await resetDatabase();
  admin = await createStaff("rev-admin");
  paperId = await seedBankAndPaper(admin.id, new Date());
  const upstreamPort = await freePort();
  upstream = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(299).end("from next"));
  });
  await new Promise<void>((r) => upstream.listen(upstreamPort, "127.0.0.1", () => r()));
  const port = await freePort();
  front = await startFrontServer({ port, upstreamPort, authSecret: SECRET });
  base = `http://127.0.0.1:${port}`;
}, 180_000);

afterAll(async () => {
  front.closeAllConnections();
  await new Promise((r) => front.close(r));
  await new Promise((r) => upstream.close(r));
});

const cookie = async (token: Record<string, unknown>) => `authjs.session-token=${await encode({ token, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 })}`;

async function setup() {
  const c = await createCandidate("撤销考生");
  await prisma.user.update({ where: { id: c.userId }, data: { passwordHash: await hashPassword("oldpass123") } });
  const proctor = await makeProctor(`rev-proctor-${Date.now()}`);
  const { session, paperItems } = await publishedSession({ paperId, candidateIds: [c.id], proctorIds: [proctor.id] });
  const { attemptId } = await startAttempt({ candidateId: c.id, sessionId: session.id });
  const item = paperItems[0]!.itemVersionId;
  let seq = 0;
  const save = async (ck: string) => {
    seq += 1;
    return fetch(`${base}/api/exam/attempts/${attemptId}/answers`, {
      method: "POST",
      headers: { cookie: ck, "content-type": "application/json" },
      body: JSON.stringify({ itemVersionId: item, response: ["A"], seq }),
    });
  };
  const answerSeq = async () => (await prisma.answer.findFirst({ where: { attemptId } }))?.seq ?? null;
  return { c, save, answerSeq };
}

describe("revocable sessions on the fast paths", { timeout: 120_000 }, () => {
  it("a copied token stops working after sign-out; a new sign-in's token works", async () => {
    const { c, save, answerSeq } = await setup();
    const copied = await cookie({ sub: c.userId, cid: c.id, sv: 0 });
    expect((await save(copied)).status).toBe(200);
    expect(await answerSeq()).toBe(1);

    // Sign-out (Auth.js's signOut event) bumps the version of the token signing out.
    expect(await revokeSessions({ userId: c.userId, ifVersion: 0 })).toBe(1);
    const refused = await save(copied);
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.code).toBe("UNAUTHENTICATED");
    expect(await answerSeq()).toBe(1);
    // A stale copy cannot sign the user out again (no version bump).
    expect(await revokeSessions({ userId: c.userId, ifVersion: 0 })).toBeNull();

    const fresh = await cookie({ sub: c.userId, cid: c.id, sv: 1 });
    expect((await save(fresh)).status).toBe(200);
    expect(await answerSeq()).toBe(3);
  });

  it("a copied token stops working after a password change, and for uploads too", async () => {
    const { c, save, answerSeq } = await setup();
    const copied = await cookie({ sub: c.userId, cid: c.id });
    expect((await save(copied)).status).toBe(200);
    const jar = parseCookies(copied);
    expect(await readUploadCaller(jar, SECRET)).toEqual({ userId: c.userId, candidateId: c.id });

    const result = await changePassword({ userId: c.userId, current: "oldpass123", next: "newpass456", confirm: "newpass456", now: new Date() });
    expect(result).toEqual({ ok: true, sessionVersion: 1 });
    expect((await save(copied)).status).toBe(401);
    expect(await answerSeq()).toBe(1);
    expect(await readUploadCaller(jar, SECRET)).toBeNull();

    // The user's own token moves to the new version only with the server's proof.
    const proof = sessionUpdateProof(SECRET, c.userId, 1);
    expect(verifySessionUpdateProof(SECRET, c.userId, 1, proof)).toBe(true);
    expect(verifySessionUpdateProof(SECRET, c.userId, 2, proof)).toBe(false);
    expect(verifySessionUpdateProof(SECRET, "someone-else", 1, proof)).toBe(false);
    expect(verifySessionUpdateProof("another-secret-0123456789", c.userId, 1, proof)).toBe(false);
    expect(verifySessionUpdateProof(SECRET, c.userId, 1, "forged")).toBe(false);
  });

  it("an admin ends a candidate's sessions, with an audit row", async () => {
    const { c, save } = await setup();
    const copied = await cookie({ sub: c.userId, cid: c.id, sv: 0 });
    expect((await save(copied)).status).toBe(200);
    await endCandidateSessions({ actorId: admin.id, candidateId: c.id, now: new Date() });
    expect((await save(copied)).status).toBe(401);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.endSessions" } });
    expect(audit).toMatchObject({ actorId: admin.id, subject: c.userId });
    await expect(endCandidateSessions({ actorId: admin.id, candidateId: "no-such-candidate", now: new Date() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
