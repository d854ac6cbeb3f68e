// Authorization-matrix rows for the candidate's skill attempt and stored files (issue 14).
// Skill attempt routes are the candidate's own (another's or an unknown id: 404); a stored file is
// served only to its candidate, that session's examiners and admins (an unknown id: 404 to all).
import type { Row } from "./matrix";

const NO = "no-such-id";
const candidateApi = (candidateStatus: number) => ({ anonymous: 401, admin: 403, proctor: 403, examiner: 403, candidate: candidateStatus });

export const SKILL_ROUTES: Record<string, Row> = {
  "GET /exam/skill/[attemptId]": { url: `/exam/skill/${NO}`, expect: { anonymous: 307, admin: 403, proctor: 403, examiner: 403, candidate: 404 } },
  "GET /api/exam/skill/[attemptId]": { url: `/api/exam/skill/${NO}`, expect: candidateApi(404) },
  "POST /api/exam/skill/[attemptId]/deliverables": {
    url: `/api/exam/skill/${NO}/deliverables`,
    expect: candidateApi(404),
    json: { taskVersionId: "x", deliverableId: "title", value: { text: "x" }, seq: 1 },
  },
  "POST /api/exam/skill/[attemptId]/submit": { url: `/api/exam/skill/${NO}/submit`, expect: candidateApi(404), json: {} },
  "DELETE /api/exam/skill/[attemptId]/files/[submissionFileId]": { url: `/api/exam/skill/${NO}/files/${NO}`, expect: candidateApi(404) },
  "GET /api/files/[fileId]": { url: `/api/files/${NO}`, expect: { anonymous: 401, admin: 404, proctor: 404, examiner: 404, candidate: 404, teacher: 404 } },
};
