// Authorization-matrix rows for skill scoring and results.
import type { Row } from "./matrix";

const NO = "no-such-id";
const examinerApi = (status: number) => ({ anonymous: 401, admin: 403, proctor: 403, examiner: status, candidate: 403 });

export const RESULT_ROUTES: Record<string, Row> = {
  "GET /examiner/sessions/[sessionId]": { url: `/examiner/sessions/${NO}`, expect: { anonymous: 307, admin: 403, proctor: 403, examiner: 404, candidate: 403 } },
  "GET /examiner/sessions/[sessionId]/score": {
    url: `/examiner/sessions/${NO}/score?code=A-1234&task=y`,
    expect: { anonymous: 307, admin: 403, proctor: 403, examiner: 404, candidate: 403 },
  },
  "GET /api/examiner/sessions/[sessionId]/files/[fileId]": {
    url: `/api/examiner/sessions/${NO}/files/${NO}`,
    expect: { anonymous: 401, admin: 404, proctor: 403, examiner: 404, candidate: 403 },
  },
  "GET /admin/sessions/[id]/blind-codes": { url: `/admin/sessions/${NO}/blind-codes`, expect: { anonymous: 307, admin: 404, proctor: 403, examiner: 403, candidate: 403 } },
  "GET /api/admin/sessions/[id]/archive": { url: `/api/admin/sessions/${NO}/archive`, expect: { anonymous: 401, admin: 404, proctor: 403, examiner: 403, candidate: 403 } },
  "GET /admin/results": { url: "/admin/results", expect: { anonymous: 307, admin: 200, proctor: 403, examiner: 403, candidate: 403 } },
  "GET /admin/results/[sessionId]": { url: `/admin/results/${NO}`, expect: { anonymous: 307, admin: 404, proctor: 403, examiner: 403, candidate: 403 } },
  "POST /api/examiner/sessions/[sessionId]/scores": {
    url: `/api/examiner/sessions/${NO}/scores`,
    expect: examinerApi(404),
    json: { code: "A-1234", taskVersionId: "y", criterionId: "c1", points: 100, seq: 1 },
  },
  "POST /api/examiner/sessions/[sessionId]/submit": { url: `/api/examiner/sessions/${NO}/submit`, expect: examinerApi(404), json: { candidateId: "x", taskVersionId: "y" } },
  "POST /api/examiner/sessions/[sessionId]/adjudicate": {
    url: `/api/examiner/sessions/${NO}/adjudicate`,
    expect: examinerApi(404),
    json: { candidateId: "x", taskVersionId: "y", points: 100, reason: "测试理由" },
  },
};
