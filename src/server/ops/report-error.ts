// The shared error path's hook (errors.ts errorResponseBody, used by route handlers and the front
// server alike): every error response is counted by code, and an unexpected one (INTERNAL) is
// logged with its request id and stack.
import { logger } from "./log";
import { metrics } from "./metrics";

export function reportError(code: string, cause: unknown, requestId?: string): void {
  metrics().errors.inc({ code });
  if (code === "INTERNAL") logger().error({ reqId: requestId, err: cause }, "internal error");
}
