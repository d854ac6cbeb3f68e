// Authorization-matrix rows for the reports feature's routes (see authorization-matrix.spec.ts).
import { adminApi, page, type Row } from "./matrix";

export const REPORT_ROUTES: Record<string, Row> = {
  "GET /admin/statistics": { url: "/admin/statistics?level=5", expect: page(["admin"]) },
  "GET /admin/results/[sessionId]/notice": { url: "/admin/results/no-such-session/notice", expect: { ...page(["admin"]), admin: 404 } },
  "GET /admin/results/[sessionId]/transcripts": { url: "/admin/results/no-such-session/transcripts", expect: { ...page(["admin"]), admin: 404 } },
  "GET /api/admin/results/[sessionId]/export": { url: "/api/admin/results/no-such-session/export?format=csv", expect: adminApi(404) },
};
