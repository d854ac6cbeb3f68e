// Free text from users: PostgreSQL cannot store the NUL character (U+0000) in text or jsonb, so a
// NUL must be refused with a message naming the field (422), never reach the database (500).
import { z } from "zod";

export const NUL = "\u0000";

/** Message for a field that contains NUL (zh-CN; the field's name is given by the caller). */
export const nulMessage = (field: string) => `${field}含有不允许的控制字符（NUL），请删除后重试`;

/** A string schema that refuses NUL, naming `field` in the message. */
export function textWithoutNul(field: string) {
  return z.string().refine((s) => !s.includes(NUL), { message: nulMessage(field) });
}

/** Removes NUL characters (for search terms and other input where dropping them is harmless). */
export function stripNul(s: string): string {
  return s.split(NUL).join("");
}

/** True for a PostgreSQL error caused by a NUL character (text: 22021, jsonb: 22P05). */
export function isNulDatabaseError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const message = String((e as { message?: unknown }).message ?? "");
    if (/0x00|\\u0000 cannot be converted|22021|22P05/.test(message)) return true;
    const code = (e as { code?: unknown }).code ?? (e as { originalCode?: unknown }).originalCode;
    if (code === "22021" || code === "22P05") return true;
  }
  return false;
}
