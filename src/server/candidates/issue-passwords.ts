// Use case: generate initial passwords for candidates and export them ONCE as a slip list
// (XLSX). The passwords exist only in the returned file; the database keeps their hashes and
// the candidates must change them at first sign-in. Issuing again replaces earlier passwords.
import bcrypt from "bcryptjs";
import ExcelJS from "exceljs";
import { z } from "zod";
import { standard } from "@/standard";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { maskIdNumber } from "../roster/id-number";
import { xlsxBytes } from "../sheets/write-safe";
import { generateInitialPassword } from "./initial-password";

// Random 10-character initial passwords (~57 bits) that must be changed at first sign-in are
// hashed with a lower bcrypt cost than chosen passwords, so a 10,000-candidate list is issued
// in seconds rather than minutes (docs/accounts.md).
const INITIAL_PASSWORD_COST = 6;

export const IssuePasswordsInput = z.object({
  batchId: z.string().min(1).optional(),
  candidateIds: z.array(z.string().min(1)).max(20_000).optional(),
  onlyNotIssued: z.boolean().default(true),
});

export type Slip = { name: string; ticketNumber: string; idNumberMasked: string; level: string; track: string; password: string };

export async function issueInitialPasswords(options: z.input<typeof IssuePasswordsInput> & { actorId: string; now: Date }) {
  const input = IssuePasswordsInput.parse(options);
  if (!input.batchId && !input.candidateIds) throw new AppError("VALIDATION", { message: "请选择导入批次或考生" });
  const prisma = getPrisma();
  const candidates = await prisma.candidate.findMany({
    where: {
      ...(input.batchId ? { importBatchId: input.batchId } : {}),
      ...(input.candidateIds ? { id: { in: input.candidateIds } } : {}),
      ...(input.onlyNotIssued ? { user: { passwordIssuedAt: null } } : {}),
    },
    orderBy: { ticketNumber: "asc" },
    select: { id: true, userId: true, name: true, ticketNumber: true, idNumber: true, level: true, track: true },
  });
  const slips: Slip[] = [];
  const updates: Array<{ userId: string; hash: string }> = [];
  for (const c of candidates) {
    const password = generateInitialPassword();
    updates.push({ userId: c.userId, hash: await bcrypt.hash(password, INITIAL_PASSWORD_COST) });
    slips.push({
      name: c.name,
      ticketNumber: c.ticketNumber,
      idNumberMasked: maskIdNumber(c.idNumber),
      level: standard.profile.levels.find((l) => l.code === c.level)?.name ?? c.level,
      track: standard.profile.tracks.find((t) => t.code === c.track)?.name ?? c.track,
      password,
    });
  }
  await prisma.$transaction(
    async (tx) => {
      for (const u of updates) {
        await tx.user.update({
          where: { id: u.userId },
          data: { passwordHash: u.hash, mustChangePassword: true, passwordIssuedAt: options.now },
        });
        // A fresh password also lifts a lock from earlier wrong attempts.
        await tx.loginAttempt.create({ data: { accountKey: `user:${u.userId}`, success: true, at: options.now } });
      }
      await tx.auditLog.create({
        data: { actorId: options.actorId, action: "candidate.issuePasswords", subject: input.batchId ?? null, at: options.now, details: { count: updates.length } },
      });
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
  return { slips, xlsx: await slipsWorkbook(slips) };
}

export async function slipsWorkbook(slips: Slip[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("初始密码单", { pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [
    { header: "姓名", key: "name", width: 14 },
    { header: "准考证号", key: "ticketNumber", width: 16 },
    { header: "身份证号", key: "idNumberMasked", width: 22 },
    { header: "级别", key: "level", width: 14 },
    { header: "工种", key: "track", width: 16 },
    { header: "初始密码", key: "password", width: 14 },
    { header: "说明", key: "note", width: 40 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const s of slips) ws.addRow({ ...s, note: "用准考证号或身份证号登录，首次登录须修改密码" });
  ws.getColumn("ticketNumber").numFmt = "@";
  return xlsxBytes(wb);
}
