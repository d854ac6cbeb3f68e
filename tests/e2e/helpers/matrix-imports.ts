// Authorization-matrix rows for import previews and item images (issue 13).
import { adminApi, type Row } from "./matrix";

const SHA = "0".repeat(64);

export const IMPORT_ROUTES: Record<string, Row> = {
  "POST /api/admin/items/import/preview": { url: "/api/admin/items/import/preview", expect: adminApi(422), form: { duplicates: "skip" } },
  "POST /api/admin/candidates/import/preview": { url: "/api/admin/candidates/import/preview", expect: adminApi(422), form: { nothing: "" } },
  "GET /api/admin/media/[sha256]": { url: `/api/admin/media/${SHA}`, expect: adminApi(404) },
  "GET /api/exam/attempts/[attemptId]/media/[sha256]": {
    url: `/api/exam/attempts/no-such-id/media/${SHA}`,
    expect: { anonymous: 401, admin: 403, proctor: 403, examiner: 403, candidate: 404 },
  },
};
