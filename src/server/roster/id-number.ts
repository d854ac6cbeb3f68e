// 居民身份证号码 (GB 11643-1999) validation and masking. Pure: no I/O.

export type IdNumberProblem = "length" | "format" | "birthdate" | "checksum";

export type IdNumberResult =
  | { ok: true; id: string; birthDate: string; gender: "男" | "女" }
  | { ok: false; reason: IdNumberProblem };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = "10X98765432";
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Normalises what people type or paste: removes all whitespace (including the full-width
 * space), turns full-width digits and Ｘ/ｘ into ASCII, and upper-cases x.
 */
export function normaliseIdNumber(raw: string): string {
  return raw
    .replace(/[\s\u3000]+/g, "")
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[xＸｘ]/g, "X");
}

/** The check character (0–9 or X) for the first 17 digits. Throws on anything but 17 digits. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error("idCheckChar needs exactly 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** Today's date in Asia/Shanghai as YYYY-MM-DD (ID numbers carry a Chinese calendar date). */
function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Validates an 18-character ID number: 17 digits + check character (digit or X, lowercase x
 * accepted), ISO 7064 MOD 11-2 checksum, a real birth date (chars 7–14) between 1900-01-01 and
 * today (Asia/Shanghai) at `now`. Gender from the 17th digit (odd = 男).
 * Problems are reported in this order: length, format, birthdate, checksum.
 */
export function validateIdNumber(raw: string, now: Date = new Date()): IdNumberResult {
  const id = normaliseIdNumber(raw);
  if (id.length !== 18) return { ok: false, reason: "length" };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: "format" };
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (year < 1900 || !isRealDate(year, month, day) || birthDate > shanghaiToday(now))
    return { ok: false, reason: "birthdate" };
  if (idCheckChar(id.slice(0, 17)) !== id.charAt(17)) return { ok: false, reason: "checksum" };
  const gender = Number(id.charAt(16)) % 2 === 1 ? "男" : "女";
  return { ok: true, id, birthDate, gender };
}

/** "110***********123X": first 3 and last 4 kept. Strings of 7 characters or fewer are fully masked. */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length <= 7) return "*".repeat(s.length);
  return `${s.slice(0, 3)}${"*".repeat(s.length - 7)}${s.slice(-4)}`;
}

/** "138****5678" for an 11-digit mobile; otherwise only the last 4 characters are kept. */
export function maskPhone(phone: string): string {
  const s = phone.trim();
  if (/^1\d{10}$/.test(s)) return `${s.slice(0, 3)}****${s.slice(-4)}`;
  if (s.length <= 4) return "*".repeat(s.length);
  return `${"*".repeat(s.length - 4)}${s.slice(-4)}`;
}
