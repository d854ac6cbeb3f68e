// Authorization-matrix rows for exam delivery and the proctor console.
import type { Row } from "./matrix";

const NO = "no-such-id";
const candidateApi = (candidateStatus: number) => ({ anonymous: 401, admin: 403, proctor: 403, examiner: 403, candidate: candidateStatus });
const proctorApi = (status: number) => ({ anonymous: 401, admin: status, proctor: status, examiner: 403, candidate: 403 });

export const EXAM_ROUTES: Record<string, Row> = {
  "GET /exam/[sessionId]": { url: `/exam/${NO}`, expect: { anonymous: 307, admin: 403, proctor: 403, examiner: 403, candidate: 404 } },
  "GET /exam/attempt/[attemptId]": { url: `/exam/attempt/${NO}`, expect: { anonymous: 307, admin: 403, proctor: 403, examiner: 403, candidate: 404 } },
  "GET /proctor/sessions/[sessionId]": { url: `/proctor/sessions/${NO}`, expect: { anonymous: 307, admin: 404, proctor: 404, examiner: 403, candidate: 403 } },
  "POST /api/exam/sessions/[sessionId]/start": { url: `/api/exam/sessions/${NO}/start`, expect: candidateApi(404), json: {} },
  "GET /api/exam/attempts/[attemptId]": { url: `/api/exam/attempts/${NO}`, expect: candidateApi(404) },
  "POST /api/exam/attempts/[attemptId]/answers": { url: `/api/exam/attempts/${NO}/answers`, expect: candidateApi(404), json: { itemVersionId: "x", response: ["A"], seq: 1 } },
  "POST /api/exam/attempts/[attemptId]/submit": { url: `/api/exam/attempts/${NO}/submit`, expect: candidateApi(404), json: {} },
  "POST /api/exam/attempts/[attemptId]/events": { url: `/api/exam/attempts/${NO}/events`, expect: candidateApi(404), json: { kind: "copy" } },
  "POST /api/exam/attempts/[attemptId]/heartbeat": { url: `/api/exam/attempts/${NO}/heartbeat`, expect: candidateApi(404), json: {} },
  "GET /api/proctor/sessions/[sessionId]": { url: `/api/proctor/sessions/${NO}`, expect: proctorApi(404) },
  "POST /api/proctor/sessions/[sessionId]/rooms/[sessionRoomId]/open": { url: `/api/proctor/sessions/${NO}/rooms/${NO}/open`, expect: proctorApi(404), json: {} },
  "GET /api/proctor/sessions/[sessionId]/attempts/[attemptId]": { url: `/api/proctor/sessions/${NO}/attempts/${NO}`, expect: proctorApi(404) },
  "GET /proctor/sessions/[sessionId]/room": { url: `/proctor/sessions/${NO}/room`, expect: { anonymous: 307, admin: 404, proctor: 404, examiner: 403, candidate: 403 } },
  "POST /api/proctor/sessions/[sessionId]/attempts/[attemptId]": {
    url: `/api/proctor/sessions/${NO}/attempts/${NO}`,
    expect: proctorApi(404),
    json: { action: "irregularity", reason: "测试记录" },
  },
};
