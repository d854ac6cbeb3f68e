// One coded error type (DESIGN.md). Each code maps to an HTTP status and a user message key;
// expected errors show their message, unexpected ones are logged and show a generic message.
import { ZodError } from "zod";
import { isNulDatabaseError } from "./text-input";
import type { MessageKey } from "@/i18n";
import { reportError } from "./ops/report-error";

export const errorCodes = {
  VALIDATION: { status: 422, messageKey: "error.validation" },
  UNAUTHENTICATED: { status: 401, messageKey: "error.unauthenticated" },
  FORBIDDEN: { status: 403, messageKey: "error.forbidden" },
  NOT_FOUND: { status: 404, messageKey: "error.notFound" },
  CONFLICT: { status: 409, messageKey: "error.conflict" },
  DEADLINE_PASSED: { status: 409, messageKey: "error.deadlinePassed" },
  RATE_LIMITED: { status: 429, messageKey: "error.rateLimited" },
  INTERNAL: { status: 500, messageKey: "error.generic" },
} as const satisfies Record<string, { status: number; messageKey: MessageKey }>;

export type ErrorCode = keyof typeof errorCodes;

export type FieldIssue = { path: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly messageKey: MessageKey;
  readonly issues: FieldIssue[];
  readonly params: Record<string, string | number>;

  constructor(
    code: ErrorCode,
    options: { message?: string; issues?: FieldIssue[]; params?: Record<string, string | number>; cause?: unknown } = {},
  ) {
    super(options.message ?? code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = errorCodes[code].status;
    this.messageKey = errorCodes[code].messageKey;
    this.issues = options.issues ?? [];
    this.params = options.params ?? {};
  }
}

/** Any thrown value as an AppError: zod errors become VALIDATION, unknown ones INTERNAL. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    return new AppError("VALIDATION", {
      issues: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    });
  }
  if (error instanceof SyntaxError) return new AppError("VALIDATION", { message: "请求内容不是有效的 JSON", cause: error });
  // Any text input that reached the database with a NUL character (src/server/text-input.ts).
  if (isNulDatabaseError(error)) return new AppError("VALIDATION", { message: "输入含有不允许的控制字符（NUL），请删除后重试", cause: error });
  return new AppError("INTERNAL", { cause: error });
}

export type ErrorBody = { error: { code: ErrorCode; message: string; issues?: FieldIssue[] } };

/** The JSON body and status for an error; internal details never leave the server. */
export function errorResponseBody(error: unknown, t: (key: MessageKey) => string, context: { requestId?: string } = {}): { status: number; body: ErrorBody } {
  const appError = toAppError(error);
  reportError(appError.code, appError.cause ?? appError, context.requestId);
  const message = appError.code !== "INTERNAL" && appError.message !== appError.code ? appError.message : t(appError.messageKey);
  const body: ErrorBody = { error: { code: appError.code, message } };
  if (appError.issues.length > 0) body.error.issues = appError.issues;
  return { status: appError.status, body };
}
