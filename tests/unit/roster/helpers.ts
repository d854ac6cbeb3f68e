import { idCheckChar } from "@/server/roster/id-number";

export const NOW = new Date("2026-03-01T04:00:00Z");

/** A valid ID number for a region (default 110101), birth date YYYYMMDD and a 3-digit sequence. */
export function makeId(birth: string, seq: string, region = "110101"): string {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idCheckChar(first17);
}

/** An ID number with the given valid prefix but a wrong check character. */
export function withWrongCheck(id: string): string {
  const last = id.charAt(17);
  return id.slice(0, 17) + (last === "0" ? "1" : "0");
}

export function csvBytes(lines: string[], bom = false): Uint8Array {
  const body = new TextEncoder().encode(lines.join("\r\n") + "\r\n");
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
