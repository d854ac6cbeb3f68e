// For server actions of certificates, reviews and photos: an expected error (invalid input,
// conflict, not found, forbidden) as the message to show; anything else is rethrown (logged,
// generic message).
import { toAppError } from "../errors";

export function expectedError(error: unknown, notFound = "记录不存在"): string {
  const e = toAppError(error);
  if (!["VALIDATION", "CONFLICT", "NOT_FOUND", "FORBIDDEN"].includes(e.code)) throw error;
  if (e.message !== e.code) return e.message;
  if (e.issues.length > 0) return e.issues.map((i) => i.message).join("；");
  return e.code === "NOT_FOUND" ? notFound : e.code === "FORBIDDEN" ? "没有权限" : "输入有误";
}
