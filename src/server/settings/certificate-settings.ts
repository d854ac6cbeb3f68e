// The school's settings for results and certificates, kept in AppSetting (one row per key),
// editable by admins: school name and code, certificate number pattern, retention of passed
// parts, review window; the seal image lives beside them (seal.ts). Defaults are documented in
// docs/certificates.md and used for every key not yet saved.
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { DEFAULT_RETENTION_MONTHS, DEFAULT_REVIEW_WINDOW_DAYS } from "@/grading";
import { getPrisma } from "../db/client";
import { DEFAULT_NUMBER_PATTERN, parseNumberPattern } from "../certificates/number-pattern";

type Db = Prisma.TransactionClient;

export const CertificateSettingsSchema = z.object({
  schoolName: z.string().trim().min(1, "学校名称必填").max(60, "学校名称最多 60 个字"),
  schoolCode: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9]{1,10}$/, "学校代码只能由 1–10 位大写字母或数字组成")),
  numberPattern: z
    .string()
    .trim()
    .max(60, "编号规则过长")
    .superRefine((p, ctx) => {
      const parsed = parseNumberPattern(p);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
    }),
  retentionMonths: z.coerce.number().int("成绩保留期须为整数月").min(1, "成绩保留期至少 1 个月").max(60, "成绩保留期最多 60 个月"),
  reviewWindowDays: z.coerce.number().int("复核申请期限须为整数天").min(1, "复核申请期限至少 1 天").max(90, "复核申请期限最多 90 天"),
});
export type CertificateSettings = z.output<typeof CertificateSettingsSchema>;

export const DEFAULT_CERTIFICATE_SETTINGS: CertificateSettings = {
  schoolName: "梅州农业学校",
  schoolCode: "MZNX",
  numberPattern: DEFAULT_NUMBER_PATTERN,
  retentionMonths: DEFAULT_RETENTION_MONTHS,
  reviewWindowDays: DEFAULT_REVIEW_WINDOW_DAYS,
};

const PREFIX = "certificates.";
const KEYS = Object.keys(DEFAULT_CERTIFICATE_SETTINGS) as Array<keyof CertificateSettings>;

/** The settings in force: saved values over the defaults (a bad stored value falls back to its default). */
export async function getCertificateSettings(db: Db = getPrisma()): Promise<CertificateSettings> {
  const rows = await db.appSetting.findMany({ where: { key: { in: KEYS.map((k) => PREFIX + k) } }, select: { key: true, value: true } });
  const stored = Object.fromEntries(rows.map((r) => [r.key.slice(PREFIX.length), r.value]));
  const out = { ...DEFAULT_CERTIFICATE_SETTINGS } as Record<string, unknown>;
  for (const key of KEYS) {
    if (stored[key] === undefined) continue;
    const one = CertificateSettingsSchema.shape[key].safeParse(stored[key]);
    if (one.success) out[key] = one.data;
  }
  return out as CertificateSettings;
}

/** Saves all settings (validated; Chinese messages by field), audited with the old and new values. */
export async function saveCertificateSettings(options: { actorId: string; input: unknown; now: Date }): Promise<CertificateSettings> {
  const input = CertificateSettingsSchema.parse(options.input);
  const prisma = getPrisma();
  await prisma.$transaction(async (tx) => {
    const before = await getCertificateSettings(tx);
    for (const key of KEYS) {
      const value = String(input[key]);
      await tx.appSetting.upsert({ where: { key: PREFIX + key }, create: { key: PREFIX + key, value }, update: { value } });
    }
    await tx.auditLog.create({ data: { actorId: options.actorId, action: "settings.certificates", at: options.now, details: { before, after: input } } });
  });
  return input;
}
