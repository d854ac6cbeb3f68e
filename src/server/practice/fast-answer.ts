// The practice answer served next to Next.js by the launcher's front server, like the exam's
// answer save (src/server/exam/fast-save.ts, whose cookie and body helpers it uses): the same
// service (answerPractice: one SQL statement) behind the same session token, without the
// framework's per-request work. A token without a candidate goes on to Next.js, whose route
// handler (app/api/practice/drills/[drillId]/answers) does the same job. See docs/practice.md.
import type { IncomingMessage, ServerResponse } from "node:http";
import { errorResponseBody } from "../errors";
import { candidateFromToken, readBody, send } from "../exam/fast-save";
import { answerPractice } from "./answer-practice";

const ROUTE = /^\/api\/practice\/drills\/([A-Za-z0-9_-]{1,64})\/answers$/;

/** The drill id when this request is a practice answer the front server may serve itself. */
export function fastPracticeRoute(req: IncomingMessage): string | null {
  if (req.method !== "POST" || !req.url) return null;
  return ROUTE.exec(req.url.split("?")[0]!)?.[1] ?? null;
}

/** Serves a practice answer, or returns false (before reading the body) when the token carries no candidate. */
export async function handleFastPractice(req: IncomingMessage, res: ServerResponse, options: { drillId: string; secret: string }): Promise<boolean> {
  const caller = await candidateFromToken(req, options.secret);
  if (!caller) return false;
  const { userId, candidateId, sessionVersion, t } = caller;
  try {
    const input = JSON.parse(await readBody(req)) as unknown;
    send(res, 200, await answerPractice({ drillId: options.drillId, candidateId, userId, sessionVersion, input }));
  } catch (error) {
    const { status, body } = errorResponseBody(error, t);
    send(res, status, body);
  }
  return true;
}
