// The school's seal image (印章), printed on certificates. Stored in AppSetting as JSON
// { mime, sha256, base64 } (a few hundred kilobytes at most). PNG (with transparency, the usual
// form of a scanned seal) or JPEG, checked by content.
import { createHash } from "node:crypto";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { sniffImage } from "../photos/sniff-image";

const KEY = "certificates.seal";
export const MAX_SEAL_BYTES = 512 * 1024;

export type Seal = { mime: "image/png" | "image/jpeg"; sha256: string; bytes: Uint8Array };

export async function getSeal(): Promise<Seal | null> {
  const row = await getPrisma().appSetting.findUnique({ where: { key: KEY }, select: { value: true } });
  if (!row) return null;
  try {
    const v = JSON.parse(row.value) as { mime: Seal["mime"]; sha256: string; base64: string };
    return { mime: v.mime, sha256: v.sha256, bytes: new Uint8Array(Buffer.from(v.base64, "base64")) };
  } catch {
    return null;
  }
}

/** Replaces the seal (bytes null: removes it). Audited. */
export async function saveSeal(options: { actorId: string; bytes: Uint8Array | null; now: Date }): Promise<void> {
  const prisma = getPrisma();
  if (options.bytes === null) {
    await prisma.$transaction([
      prisma.appSetting.deleteMany({ where: { key: KEY } }),
      prisma.auditLog.create({ data: { actorId: options.actorId, action: "settings.seal.remove", at: options.now } }),
    ]);
    return;
  }
  if (options.bytes.byteLength > MAX_SEAL_BYTES) throw new AppError("VALIDATION", { message: `印章图片过大：最大 ${MAX_SEAL_BYTES / 1024} KB`, issues: [{ path: "seal", message: "过大" }] });
  const kind = sniffImage(options.bytes);
  if (!kind) throw new AppError("VALIDATION", { message: "印章图片须为 PNG 或 JPEG 文件", issues: [{ path: "seal", message: "格式" }] });
  const sha256 = createHash("sha256").update(options.bytes).digest("hex");
  const value = JSON.stringify({ mime: kind, sha256, base64: Buffer.from(options.bytes).toString("base64") });
  await prisma.$transaction([
    prisma.appSetting.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } }),
    prisma.auditLog.create({ data: { actorId: options.actorId, action: "settings.seal", at: options.now, details: { sha256, bytes: options.bytes.byteLength } } }),
  ]);
}
