// Structured logs: one JSON object per line on stdout (pino), each with the request id when one
// is known, so that a line of the front server, of Next.js and of the client's report can be
// joined. Level from LOG_LEVEL (default info). See docs/operations.md, "Logs, health and metrics".
import { randomUUID } from "node:crypto";
import pino, { type Logger } from "pino";
import { getEnv } from "../env";

export const REQUEST_ID_HEADER = "x-request-id";
const VALID_ID = /^[A-Za-z0-9._:-]{1,64}$/;

const globalForLog = globalThis as unknown as { opsLogger?: Logger };

/** The process's logger (JSON lines on stdout). */
export function logger(): Logger {
  globalForLog.opsLogger ??= createLogger();
  return globalForLog.opsLogger;
}

/** Makes logger() write to `destination` (tests read the lines back); stdout when omitted. */
export function setLogDestination(destination?: pino.DestinationStream): void {
  globalForLog.opsLogger = createLogger(destination);
}

function createLogger(destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: getEnv().LOG_LEVEL,
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Never log credentials even when a caller passes a whole request or headers.
    redact: { paths: ["headers.cookie", "headers.authorization", "*.headers.cookie", "*.headers.authorization", "password", "*.password"], remove: true },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A caller's X-Request-Id when it is a plain token of at most 64 characters, else a new UUID. */
export function requestIdFrom(header: string | string[] | null | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && VALID_ID.test(value) ? value : randomUUID();
}
