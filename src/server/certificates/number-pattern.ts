// Certificate numbers (证书编号) from a configurable pattern (docs/certificates.md). Pure: no I/O.
//
// Tokens: {school} the school code, {year} the year of issue (Asia/Shanghai, 4 digits), {yy} its
// last two digits, {level} 5 or 4, {track} 1 网商 / 2 跨境电子商务师, {serial} or {serial:N} the
// serial number, zero-padded to N digits (3–8, default 5). Other characters: A–Z, 0–9 and "-".
// Exactly one {serial}. Default: {school}{year}{level}{serial:5}, e.g. MZNX2026500001.
// The serial counts per prefix: the number with the serial left out, so each school code, year
// and level (as far as the pattern names them) has its own sequence from 1.

export const DEFAULT_NUMBER_PATTERN = "{school}{year}{level}{serial:5}";
export const MAX_NUMBER_LENGTH = 40;

export type NumberValues = { school: string; year: number; level: string; track: string };

type Part = { kind: "text"; text: string } | { kind: "token"; name: "school" | "year" | "yy" | "level" | "track" } | { kind: "serial"; digits: number };

const TRACK_DIGIT: Record<string, string> = { "online-merchant": "1", "cross-border": "2" };

/** The pattern's parts, or the Chinese reason it is not valid. */
export function parseNumberPattern(pattern: string): { ok: true; parts: Part[] } | { ok: false; message: string } {
  const parts: Part[] = [];
  const re = /\{([a-z]+)(?::(\d+))?\}|([A-Z0-9-]+)|(.)/g;
  let serials = 0;
  for (const m of pattern.matchAll(re)) {
    if (m[4] !== undefined) return { ok: false, message: `编号规则含有不允许的字符“${m[4]}”：只能使用大写字母、数字、“-”和 {school}{year}{yy}{level}{track}{serial:N}` };
    if (m[3] !== undefined) {
      parts.push({ kind: "text", text: m[3] });
      continue;
    }
    const name = m[1]!;
    if (name === "serial") {
      const digits = m[2] === undefined ? 5 : Number(m[2]);
      if (!(digits >= 3 && digits <= 8)) return { ok: false, message: "流水号位数须在 3 至 8 之间，如 {serial:5}" };
      serials += 1;
      parts.push({ kind: "serial", digits });
      continue;
    }
    if (m[2] !== undefined || !["school", "year", "yy", "level", "track"].includes(name)) return { ok: false, message: `编号规则中的“{${name}${m[2] ? `:${m[2]}` : ""}}”无法识别` };
    parts.push({ kind: "token", name: name as "school" });
  }
  if (serials !== 1) return { ok: false, message: "编号规则须含且只含一个流水号 {serial} 或 {serial:N}" };
  return { ok: true, parts };
}

function render(parts: Part[], v: NumberValues, serial: string | ((digits: number) => string)): string {
  return parts
    .map((p) => {
      if (p.kind === "text") return p.text;
      if (p.kind === "serial") return typeof serial === "string" ? serial : serial(p.digits);
      if (p.name === "school") return v.school;
      if (p.name === "year") return String(v.year);
      if (p.name === "yy") return String(v.year).slice(-2);
      if (p.name === "level") return v.level;
      return TRACK_DIGIT[v.track] ?? "0";
    })
    .join("");
}

function partsOf(pattern: string): Part[] {
  const parsed = parseNumberPattern(pattern);
  if (!parsed.ok) throw new RangeError(parsed.message);
  return parsed.parts;
}

/** The counter key of a number: the rendered pattern with "#" for the serial. */
export function numberPrefix(pattern: string, values: NumberValues): string {
  return render(partsOf(pattern), values, "#");
}

/** The largest serial the pattern can hold (99999 for {serial:5}). */
export function maxSerial(pattern: string): number {
  const serial = partsOf(pattern).find((p) => p.kind === "serial") as { digits: number };
  return 10 ** serial.digits - 1;
}

/** The number for `serial` (≥ 1). Throws RangeError when the serial does not fit the pattern. */
export function formatCertificateNumber(pattern: string, values: NumberValues, serial: number): string {
  if (!Number.isSafeInteger(serial) || serial < 1 || serial > maxSerial(pattern)) throw new RangeError(`流水号 ${serial} 超出编号规则的位数`);
  return render(partsOf(pattern), values, (digits) => String(serial).padStart(digits, "0"));
}

/** What people type or scan, as a stored number: trimmed, spaces removed, upper case. */
export function normaliseCertificateNumber(raw: string): string {
  return raw.replace(/[\s\u3000]+/g, "").toUpperCase();
}

/** A plausible number (checked before any database lookup). */
export const CERTIFICATE_NUMBER_RE = /^[A-Z0-9-]{4,40}$/;
