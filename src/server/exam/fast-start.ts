// The exam start and the paper load served next to Next.js by the launcher's front server
// (scripts/lib/front-server.ts), for the synchronised start of a whole exam day: the same services
// as the route handlers (app/api/exam/sessions/[sessionId]/start, app/api/exam/attempts/[attemptId])
// behind the same session token, each one SQL statement, without the framework's per-request
// work. A request whose token carries no candidate, or whose account fails the statement's check
// (inactive, awaiting a password change), goes on to Next.js, which answers it in full.
import type { IncomingMessage, ServerResponse } from "node:http";
import { errorResponseBody } from "../errors";
import { candidateFromToken, send } from "./fast-save";
import { attemptViewBody, loadAttemptView } from "./get-attempt";
import { startAttemptFor } from "./start-attempt";

const START_ROUTE = /^\/api\/exam\/sessions\/([A-Za-z0-9_-]{1,64})\/start$/;
const PAPER_ROUTE = /^\/api\/exam\/attempts\/([A-Za-z0-9_-]{1,64})$/;

type FastExamRoute = { kind: "start"; sessionId: string } | { kind: "paper"; attemptId: string };

/** The exam start or paper load this request is, when the front server may serve it itself. */
export function fastExamRoute(req: IncomingMessage): FastExamRoute | null {
  if (!req.url) return null;
  const path = req.url.split("?")[0]!;
  if (req.method === "POST") {
    const m = START_ROUTE.exec(path);
    return m ? { kind: "start", sessionId: m[1]! } : null;
  }
  if (req.method === "GET") {
    const m = PAPER_ROUTE.exec(path);
    return m ? { kind: "paper", attemptId: m[1]! } : null;
  }
  return null;
}

function sendJsonText(res: ServerResponse, json: string) {
  res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store, max-age=0", Pragma: "no-cache", "Content-Length": Buffer.byteLength(json) });
  res.end(json);
}

/**
 * Serves the start or the paper load, or resolves false (having written nothing and read no body)
 * when the request must go on to Next.js unchanged.
 */
export async function handleFastExam(req: IncomingMessage, res: ServerResponse, options: { route: FastExamRoute; secret: string }): Promise<boolean> {
  const caller = await candidateFromToken(req, options.secret);
  if (!caller) return false;
  const { userId, candidateId, sessionVersion, t } = caller;
  const { route } = options;
  try {
    if (route.kind === "start") {
      const started = await startAttemptFor({ sessionId: route.sessionId, candidateId, userId, sessionVersion });
      if (started.attemptId === null) return false;
      req.resume();
      send(res, 200, { attemptId: started.attemptId });
    } else {
      const view = await loadAttemptView({ attemptId: route.attemptId, candidateId, userId, sessionVersion });
      if (!("head" in view)) return false;
      sendJsonText(res, attemptViewBody(view));
    }
  } catch (error) {
    req.resume();
    const { status, body } = errorResponseBody(error, t);
    send(res, status, body);
  }
  return true;
}
