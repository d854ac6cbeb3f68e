// Storage keys: "/"-separated segments of letters, digits, ".", "_" and "-", each starting with a
// letter or digit (so no "..", no hidden names, no absolute paths, no backslashes): safe as a
// relative path under the folder driver's root and as an S3 object key.
import { AppError } from "../errors";

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
export const MAX_KEY_LENGTH = 512;

/** True when `key` is a valid storage key. */
export function isValidStorageKey(key: string): boolean {
  if (typeof key !== "string" || key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split("/").every((segment) => SEGMENT.test(segment) && segment !== "." && segment !== "..");
}

/** Returns the key, or throws AppError("INTERNAL"): an invalid key is a programming error. */
export function assertStorageKey(key: string): string {
  if (!isValidStorageKey(key)) throw new AppError("INTERNAL", { message: `invalid storage key: ${JSON.stringify(String(key).slice(0, 80))}` });
  return key;
}

/** Validates a byte range (inclusive end) against nothing but itself. */
export function assertRange(range: { start: number; end: number } | undefined): void {
  if (!range) return;
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new AppError("VALIDATION", { message: "请求的字节范围无效" });
  }
}
