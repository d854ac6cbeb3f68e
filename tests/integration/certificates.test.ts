// Certificates on a real PostgreSQL: bulk issue per session and cohort, numbering from the pattern,
// uniqueness under concurrent issuers, revocation, flag and reissue after a correction, the PDF
// (read back) and the XLSX register (read back).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { shanghaiYear } from "@/server/candidates/ticket-number";
import { exportCertificateRegister, REGISTER_HEADER } from "@/server/certificates/export-register";
import { issueCertificates } from "@/server/certificates/issue-certificates";
import { listCertificates, listCertificatesByIds } from "@/server/certificates/list-certificates";
import { reissueCertificate } from "@/server/certificates/reissue-certificate";
import { revokeCertificate } from "@/server/certificates/revoke-certificate";
import { buildCertificates } from "@/server/pdf/build-certificates";
import { correctSkillScore } from "@/server/results/skill-panel";
import { DEFAULT_CERTIFICATE_SETTINGS, saveCertificateSettings } from "@/server/settings/certificate-settings";
import { prisma, resetDatabase } from "./helpers/db";
import { day, makeCandidate, skillPlan, skillSession, theorySession } from "./helpers/results-fixture";
import { createStaff } from "./helpers/users";

let adminId: string;
let plan: Awaited<ReturnType<typeof skillPlan>>;
const now = day("2026-07-01");
const year = shanghaiYear(now);

/** `count` candidates who passed both parts, in sessions of their own. */
async function passedCohort(prefix: string, count: number, o: { failLast?: boolean } = {}) {
  const people = [];
  for (let i = 0; i < count; i++) people.push(await makeCandidate(`${prefix}${i + 1}`));
  const theory = await theorySession({ name: `${prefix}理论`, startsAt: day("2026-06-01"), scores: Object.fromEntries(people.map((p) => [p.id, 7000])), createdById: adminId });
  const finals = Object.fromEntries(people.map((p, i) => [p.id, (o.failLast && i === count - 1 ? [1000, 1000] : [4000, 3000]) as [number, number]]));
  const skill = await skillSession({ name: `${prefix}技能`, startsAt: day("2026-06-08"), plan, finals, createdById: adminId });
  return { people, theory, skill };
}

beforeAll(async () => {
  await resetDatabase();
  adminId = (await createStaff("cert-admin")).id;
  plan = await skillPlan(adminId);
});

describe("issuing", () => {
  it("issues to passed candidates of a session only, numbered {school}{year}{level}{serial:5}; a second run skips them", async () => {
    const { people, skill } = await passedCohort("发证", 3, { failLast: true });
    const r = await issueCertificates({ actorId: adminId, input: { scope: "session", sessionId: skill.id }, now });
    expect(r.issued.map((c) => [c.name, c.number])).toEqual([
      ["发证1", `MZNX${year}500001`],
      ["发证2", `MZNX${year}500002`],
    ]);
    expect(r.skipped).toEqual([{ candidateId: people[2]!.id, name: "发证3", reason: "fail" }]);
    const [cert] = await listCertificatesByIds([r.issued[0]!.certificateId]);
    expect(cert).toMatchObject({ name: "发证1", level: "5", track: "online-merchant", theoryScore: 7000, skillScore: 7000, status: "valid" });
    const again = await issueCertificates({ actorId: adminId, input: { scope: "session", sessionId: skill.id }, now });
    expect(again.issued).toEqual([]);
    expect(again.skipped.map((s) => s.reason).sort()).toEqual(["certified", "certified", "fail"]);
    // Candidates are notified; the issue is audited.
    expect(await prisma.notification.count({ where: { kind: "certificate.issued", userId: { in: people.map((p) => p.userId) } } })).toBe(2);
    expect(await prisma.auditLog.count({ where: { action: "certificate.issue" } })).toBe(2);
  });

  it("numbers stay unique, gapless and one per candidate with parallel issuers on the real database", async () => {
    await resetDatabase();
    adminId = (await createStaff("cert-admin")).id;
    plan = await skillPlan(adminId);
    const { people, skill, theory } = await passedCohort("并发", 24);
    const ids = people.map((p) => p.id);
    // Six issuers at once over overlapping scopes: the session, the cohort, and slices of candidates.
    const results = await Promise.all([
      issueCertificates({ actorId: adminId, input: { scope: "session", sessionId: skill.id }, now }),
      issueCertificates({ actorId: adminId, input: { scope: "session", sessionId: theory.id }, now }),
      issueCertificates({ actorId: adminId, input: { scope: "cohort", level: "5", track: "online-merchant" }, now }),
      issueCertificates({ actorId: adminId, input: { scope: "candidates", candidateIds: ids.slice(0, 12) }, now }),
      issueCertificates({ actorId: adminId, input: { scope: "candidates", candidateIds: ids.slice(12) }, now }),
      issueCertificates({ actorId: adminId, input: { scope: "candidates", candidateIds: [...ids].reverse() }, now }),
    ]);
    const certs = await prisma.certificate.findMany({ where: { candidateId: { in: ids } }, select: { number: true, candidateId: true } });
    expect(certs).toHaveLength(24);
    expect(new Set(certs.map((c) => c.candidateId)).size).toBe(24);
    expect(certs.map((c) => c.number).sort()).toEqual(Array.from({ length: 24 }, (_, i) => `MZNX${year}5${String(i + 1).padStart(5, "0")}`));
    expect(results.reduce((n, r) => n + r.issued.length, 0)).toBe(24);
  });

  it("follows a changed pattern and school code, and refuses an invalid pattern", async () => {
    const { skill } = await passedCohort("规则", 2);
    await saveCertificateSettings({ actorId: adminId, now, input: { ...DEFAULT_CERTIFICATE_SETTINGS, schoolCode: "gd01", numberPattern: "DZSW-{school}-{yy}{level}{track}-{serial:4}" } });
    const r = await issueCertificates({ actorId: adminId, input: { scope: "session", sessionId: skill.id }, now });
    expect(r.issued.map((c) => c.number)).toEqual([`DZSW-GD01-${String(year).slice(2)}51-0001`, `DZSW-GD01-${String(year).slice(2)}51-0002`]);
    await expect(saveCertificateSettings({ actorId: adminId, now, input: { ...DEFAULT_CERTIFICATE_SETTINGS, numberPattern: "{school}{year}" } })).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: expect.stringContaining("流水号") })],
    });
    await saveCertificateSettings({ actorId: adminId, now, input: DEFAULT_CERTIFICATE_SETTINGS });
  });
});

describe("revocation, correction and reissue", () => {
  it("revokes with a reason (audited, once); a correction flags the certificate; reissue revokes it and issues a new number", async () => {
    const { people, skill } = await passedCohort("更正", 1);
    const examiner = await createStaff("corr-admin", ["ADMIN"]);
    const [issued] = (await issueCertificates({ actorId: adminId, input: { scope: "session", sessionId: skill.id }, now })).issued;
    // An admin's correction of a skill task score flags the certificate that shows it.
    await correctSkillScore({ caller: { id: examiner.id, roles: ["ADMIN"] }, sessionId: skill.id, input: { candidateId: people[0]!.id, taskVersionId: plan.tasks[1]!.versionId, points: 3500, reason: "登分错误" } });
    const flagged = (await listCertificatesByIds([issued!.certificateId]))[0]!;
    expect(flagged.flaggedAt).not.toBeNull();
    expect(flagged.flagReason).toBe("登分错误");
    expect((await listCertificates({ filter: { status: "flagged" } })).map((c) => c.id)).toEqual([issued!.certificateId]);

    const fresh = await reissueCertificate({ actorId: adminId, input: { certificateId: issued!.certificateId }, now });
    const [oldOne, newOne] = await listCertificatesByIds([issued!.certificateId, fresh.id]);
    expect(oldOne).toMatchObject({ status: "revoked", revokeReason: `成绩更正后换发，新证书编号 ${fresh.number}` });
    expect(newOne).toMatchObject({ status: "valid", skillScore: 7500, replacesNumber: issued!.number, flaggedAt: null });

    await revokeCertificate({ actorId: adminId, input: { certificateId: fresh.id, reason: "考试违纪，经核实撤销" }, now });
    await expect(revokeCertificate({ actorId: adminId, input: { certificateId: fresh.id, reason: "再次撤销" }, now })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(revokeCertificate({ actorId: adminId, input: { certificateId: fresh.id, reason: "" }, now })).rejects.toMatchObject({ issues: [expect.objectContaining({ message: "请填写撤销原因" })] });
    expect(await prisma.auditLog.findFirst({ where: { action: "certificate.revoke", subject: fresh.number }, select: { details: true } })).toMatchObject({ details: { reason: "考试违纪，经核实撤销" } });
    // Revoked: the candidate can be issued again only while passing, which they still are.
    const again = await issueCertificates({ actorId: adminId, input: { scope: "candidates", candidateIds: [people[0]!.id] }, now });
    expect(again.issued).toHaveLength(1);
  });
});

describe("documents", () => {
  it("builds an A4 landscape PDF per certificate with the verification URL, and an XLSX register", async () => {
    const all = await listCertificates({ filter: { status: "valid" } });
    const file = await buildCertificates({ certificates: all.slice(0, 3), baseUrl: "https://cert.example.edu", now });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "certs-"));
    const pdfPath = path.join(dir, "c.pdf");
    fs.writeFileSync(pdfPath, file.body);
    const doc = await PDFDocument.load(fs.readFileSync(pdfPath));
    expect(doc.getPageCount()).toBe(3);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    let hasPdftotext = true;
    try {
      execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    } catch {
      hasPdftotext = false;
    }
    if (hasPdftotext) {
      const text = execFileSync("pdftotext", ["-layout", "-f", "1", "-l", "1", pdfPath, "-"]).toString("utf8");
      expect(text).toContain("职业技能等级证书");
      expect(text).toContain(all[0]!.number);
      expect(text).toContain(all[0]!.name);
      expect(text).toContain("梅州农业学校");
      expect(text).toContain(`https://cert.example.edu/verify/${all[0]!.number}`);
    }

    const reg = await exportCertificateRegister({ filter: {} });
    const wb = new ExcelJS.Workbook();
    const xlsx = path.join(dir, "r.xlsx");
    fs.writeFileSync(xlsx, reg.body);
    await wb.xlsx.readFile(xlsx);
    const sheet = wb.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(REGISTER_HEADER);
    expect(sheet.rowCount - 1).toBe(await prisma.certificate.count());
    const statuses = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n > 1) statuses.add(String(row.getCell(10).value));
    });
    expect([...statuses].sort()).toEqual(["已撤销", "有效"]);
  });
});
