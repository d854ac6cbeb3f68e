// The answer save served next to Next.js by the launcher's front server (scripts/start.ts), for
// throughput: the same service (saveAnswer: one SQL statement that checks the attempt, the
// candidate, an active account, the deadline and the sequence number) behind the same session
// token, without the framework's per-request work. Anything it does not recognise goes on to
// Next.js, whose route handler (app/api/exam/attempts/[attemptId]/answers) does the same job.
import type { IncomingMessage, ServerResponse } from "node:http";
import { defaultLocale, isLocale, LOCALE_COOKIE, translator } from "@/i18n";
import { decodeSessionToken } from "../auth/token-cache";
import { errorResponseBody } from "../errors";
import { saveAnswer } from "./save-answer";

const ROUTE = /^\/api\/exam\/attempts\/([A-Za-z0-9_-]{1,64})\/answers$/;
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];
const MAX_BODY = 16 * 1024;

function cookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) out.set(part.slice(0, i).trim(), decodeURIComponent(part.slice(i + 1).trim()));
  }
  return out;
}

export function send(res: ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store, max-age=0", "Content-Length": Buffer.byteLength(json) });
  res.end(json);
}

export async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new SyntaxError("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The caller of a route the front server serves itself: the user and the candidate from the
 * signed session token, and a translator for their locale; null when the token carries no
 * candidate (the request then goes on to Next.js).
 */
export async function candidateFromToken(req: IncomingMessage, secret: string) {
  const jar = cookies(req.headers.cookie);
  const name = SESSION_COOKIES.find((n) => jar.has(n));
  const token = name ? await decodeSessionToken({ token: jar.get(name), secret, salt: name }) : null;
  const candidateId = typeof token?.cid === "string" ? token.cid : null;
  if (!token?.sub || !candidateId) return null;
  const locale = jar.get(LOCALE_COOKIE);
  return { userId: token.sub, candidateId, t: translator(isLocale(locale) ? locale : defaultLocale) };
}

/** The attempt id when this request is an answer save the front server may serve itself. */
export function fastSaveRoute(req: IncomingMessage): string | null {
  if (req.method !== "POST" || !req.url) return null;
  return ROUTE.exec(req.url.split("?")[0]!)?.[1] ?? null;
}

/**
 * Serves an answer save, or returns false (before reading the body) when the session token does
 * not carry a candidate, so the caller passes the request on to Next.js unchanged.
 */
export async function handleFastSave(req: IncomingMessage, res: ServerResponse, options: { attemptId: string; secret: string }): Promise<boolean> {
  const caller = await candidateFromToken(req, options.secret);
  if (!caller) return false;
  const { userId, candidateId, t } = caller;
  try {
    const input = JSON.parse(await readBody(req)) as unknown;
    send(res, 200, await saveAnswer({ attemptId: options.attemptId, candidateId, userId, input }));
  } catch (error) {
    const { status, body } = errorResponseBody(error, t);
    send(res, status, body);
  }
  return true;
}
