// Authorization-matrix rows for practice (candidates), classes (teachers and admins) and the
// class assignment from the candidate list.
import type { Row } from "./matrix";

const NO = "no-such-id";
const own = { anonymous: 307, admin: 403, proctor: 403, examiner: 403, candidate: 200, teacher: 403 };
const ownMissing = { ...own, candidate: 404 };
const candidateApi = (status: number) => ({ anonymous: 401, admin: 403, proctor: 403, examiner: 403, candidate: status, teacher: 403 });

export const PRACTICE_ROUTES: Record<string, Row> = {
  "GET /practice": { url: "/practice", expect: own },
  "GET /practice/mistakes": { url: "/practice/mistakes", expect: own },
  "GET /practice/mocks": { url: "/practice/mocks", expect: own },
  "GET /practice/progress": { url: "/practice/progress", expect: own },
  "GET /practice/drills/[drillId]": { url: `/practice/drills/${NO}`, expect: ownMissing },
  "GET /practice/mocks/[mockId]": { url: `/practice/mocks/${NO}`, expect: ownMissing },
  "GET /api/practice/drills/[drillId]": { url: `/api/practice/drills/${NO}`, expect: candidateApi(404) },
  "POST /api/practice/drills/[drillId]/answers": { url: `/api/practice/drills/${NO}/answers`, expect: candidateApi(404), json: { itemVersionId: "x", response: ["A"], seq: 1 } },
  "GET /api/practice/mocks/[mockId]": { url: `/api/practice/mocks/${NO}`, expect: candidateApi(404) },
  "POST /api/practice/mocks/[mockId]/answers": { url: `/api/practice/mocks/${NO}/answers`, expect: candidateApi(404), json: { itemVersionId: "x", response: ["A"], seq: 1 } },
  "POST /api/practice/mocks/[mockId]/submit": { url: `/api/practice/mocks/${NO}/submit`, expect: candidateApi(404), json: {} },
  "GET /teacher": { url: "/teacher", expect: { anonymous: 307, admin: 200, proctor: 403, examiner: 403, candidate: 403, teacher: 200 } },
  "GET /teacher/classes/[classId]": { url: `/teacher/classes/${NO}`, expect: { anonymous: 307, admin: 404, proctor: 403, examiner: 403, candidate: 403, teacher: 404 } },
  "GET /api/teacher/classes/[classId]/export": {
    url: `/api/teacher/classes/${NO}/export`,
    expect: { anonymous: 401, admin: 404, proctor: 403, examiner: 403, candidate: 403, teacher: 404 },
  },
};
