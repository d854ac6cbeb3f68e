// For server actions of the sessions feature: an expected error (invalid input, conflict, not
// found) as the message to show; anything else is rethrown (logged, generic message).
import { toAppError } from "../errors";

export function expectedErrorMessage(error: unknown): string {
  const e = toAppError(error);
  if (e.code !== "VALIDATION" && e.code !== "CONFLICT" && e.code !== "NOT_FOUND") throw error;
  if (e.message !== e.code) return e.message;
  if (e.issues.length > 0) return e.issues.map((i) => i.message).join("；");
  return e.code === "NOT_FOUND" ? "场次不存在" : "输入有误";
}
