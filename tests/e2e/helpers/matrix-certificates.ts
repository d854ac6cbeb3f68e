// Authorization-matrix rows for decisions, resits, certificates, verification, score reviews and
// candidate photos (see authorization-matrix.spec.ts). /verify is public by design.
import { adminApi, all, page, type Row } from "./matrix";

const NO = "no-such-id";

export const CERTIFICATE_ROUTES: Record<string, Row> = {
  "GET /admin/certificates": { url: "/admin/certificates", expect: page(["admin"]) },
  "GET /admin/certificates/[id]": { url: `/admin/certificates/${NO}`, expect: { ...page(["admin"]), admin: 404 } },
  "GET /admin/certificates/settings": { url: "/admin/certificates/settings", expect: page(["admin"]) },
  "GET /admin/decisions": { url: "/admin/decisions?level=5&track=online-merchant", expect: page(["admin"]) },
  "GET /admin/candidates/[id]/decision": { url: `/admin/candidates/${NO}/decision`, expect: { ...page(["admin"]), admin: 404 } },
  "GET /admin/resits": { url: "/admin/resits?mode=skill", expect: page(["admin"]) },
  "GET /admin/photos": { url: "/admin/photos", expect: page(["admin"]) },
  "GET /admin/reviews": { url: "/admin/reviews", expect: page(["admin"]) },
  "GET /admin/reviews/[id]": { url: `/admin/reviews/${NO}`, expect: { ...page(["admin"]), admin: 404 } },
  "GET /examiner/reviews": { url: "/examiner/reviews", expect: page(["examiner"]) },
  "GET /examiner/reviews/[id]": { url: `/examiner/reviews/${NO}`, expect: { ...page(["examiner"]), examiner: 404 } },
  "GET /verify": { url: "/verify", expect: all(200) },
  "GET /verify/[number]": { url: "/verify/NO-SUCH-NUMBER", expect: all(200) },
  "GET /api/admin/certificates/[id]/pdf": { url: `/api/admin/certificates/${NO}/pdf`, expect: adminApi(404) },
  "POST /api/admin/certificates/pdf": { url: "/api/admin/certificates/pdf", expect: adminApi(422), json: { level: "5" } },
  "GET /api/admin/certificates/register": { url: "/api/admin/certificates/register?status=valid", expect: adminApi(200) },
  "GET /api/admin/certificates/seal": { url: "/api/admin/certificates/seal", expect: adminApi(404) },
  "POST /api/admin/photos/import": { url: "/api/admin/photos/import", expect: adminApi(422), form: { mode: "valid-only" } },
  "GET /api/photos/[candidateId]": { url: `/api/photos/${NO}`, expect: { anonymous: 401, admin: 404, proctor: 404, examiner: 404, candidate: 404 } },
};
