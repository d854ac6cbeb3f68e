// The public verification: exact number only, valid / revoked with the name masked, unknown
// numbers, and the database-kept rate limit (the same for every app instance).
import { beforeAll, describe, expect, it } from "vitest";
import { issueCertificates } from "@/server/certificates/issue-certificates";
import { revokeCertificate } from "@/server/certificates/revoke-certificate";
import { VERIFY_LIMIT } from "@/server/certificates/verify-rate-limit";
import { verifyCertificate } from "@/server/certificates/verify-certificate";
import { prisma, resetDatabase } from "./helpers/db";
import { day, makeCandidate, skillPlan, skillSession, theorySession } from "./helpers/results-fixture";
import { createStaff } from "./helpers/users";

let valid: { number: string; id: string };
let revoked: { number: string; id: string };
const t0 = day("2026-07-01");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

beforeAll(async () => {
  await resetDatabase();
  const adminId = (await createStaff("verify-admin")).id;
  const plan = await skillPlan(adminId);
  const a = await makeCandidate("欧阳娜娜");
  const b = await makeCandidate("张三");
  await theorySession({ name: "理论", startsAt: day("2026-06-01"), scores: { [a.id]: 8000, [b.id]: 8000 }, createdById: adminId });
  const skill = await skillSession({ name: "技能", startsAt: day("2026-06-08"), plan, finals: { [a.id]: [4000, 3000], [b.id]: [4000, 3000] }, createdById: adminId });
  const r = await issueCertificates({ actorId: adminId, input: { scope: "session", sessionId: skill.id }, now: t0 });
  const ids = Object.fromEntries(r.issued.map((c) => [c.name, { number: c.number, id: c.certificateId }]));
  valid = ids["欧阳娜娜"]!;
  revoked = ids["张三"]!;
  await revokeCertificate({ actorId: adminId, input: { certificateId: revoked.id, reason: "违纪" }, now: t0 });
});

describe("verification", () => {
  it("valid: masked name, level, track, date — nothing else", async () => {
    const r = await verifyCertificate({ number: valid.number, address: "10.0.0.1", now: at(1) });
    expect(r).toEqual({ state: "valid", number: valid.number, maskedName: "欧***", level: "5", track: "online-merchant", issuedAt: t0, revokedAt: null });
  });

  it("accepts what people type (spaces, lower case) but only the exact number", async () => {
    const typed = ` ${valid.number.slice(0, 4).toLowerCase()} ${valid.number.slice(4)} `;
    expect((await verifyCertificate({ number: typed, address: "10.0.0.2", now: at(1) })).state).toBe("valid");
    expect((await verifyCertificate({ number: valid.number.slice(0, -1), address: "10.0.0.2", now: at(1) })).state).toBe("not-found");
    expect((await verifyCertificate({ number: "%", address: "10.0.0.2", now: at(1) })).state).toBe("not-found");
  });

  it("revoked: says so, with the date of revocation, never the reason", async () => {
    const r = await verifyCertificate({ number: revoked.number, address: "10.0.0.3", now: at(1) });
    expect(r).toMatchObject({ state: "revoked", maskedName: "张*", revokedAt: t0 });
    expect(JSON.stringify(r)).not.toContain("违纪");
  });

  it("unknown number: not found", async () => {
    expect(await verifyCertificate({ number: "MZNX2026599999", address: "10.0.0.4", now: at(1) })).toEqual({ state: "not-found", number: "MZNX2026599999" });
  });

  it("rate limit: misses per address, counted in the database even for parallel requests; other addresses unaffected; the window slides", async () => {
    const address = "10.9.9.9";
    const results = await Promise.all(Array.from({ length: VERIFY_LIMIT.maxMisses + 5 }, (_, i) => verifyCertificate({ number: `NOPE${1000 + i}`, address, now: at(2) })));
    expect(results.filter((r) => r.state === "not-found")).toHaveLength(VERIFY_LIMIT.maxMisses);
    expect(results.filter((r) => r.state === "rate-limited")).toHaveLength(5);
    // While limited, even a real number is not looked up.
    expect(await verifyCertificate({ number: valid.number, address, now: at(3) })).toEqual({ state: "rate-limited", retryAfterMinutes: VERIFY_LIMIT.windowMinutes - 1 });
    expect((await verifyCertificate({ number: valid.number, address: "10.9.9.10", now: at(3) })).state).toBe("valid");
    expect((await verifyCertificate({ number: valid.number, address, now: at(2 + VERIFY_LIMIT.windowMinutes) })).state).toBe("valid");
    // Found lookups are limited too, at a higher count.
    const many = [];
    for (let i = 0; i < VERIFY_LIMIT.maxLookups + 1; i++) many.push(await verifyCertificate({ number: valid.number, address: "10.8.8.8", now: at(30) }));
    expect(many.at(-1)!.state).toBe("rate-limited");
    expect(many.filter((r) => r.state === "valid")).toHaveLength(VERIFY_LIMIT.maxLookups);
    // Without an address (no proxy) every visitor shares one key.
    expect(await prisma.verificationLookup.count({ where: { address: "unknown" } })).toBe(0);
    await verifyCertificate({ number: valid.number, now: at(40) });
    expect(await prisma.verificationLookup.count({ where: { address: "unknown" } })).toBe(1);
  });
});
