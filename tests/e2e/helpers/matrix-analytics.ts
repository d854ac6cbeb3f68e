// Authorization-matrix rows for the analytics feature's routes (see authorization-matrix.spec.ts).
import { adminApi, page, type Row } from "./matrix";

const NO = "no-such-id";

export const ANALYTICS_ROUTES: Record<string, Row> = {
  "GET /admin/analytics": { url: "/admin/analytics", expect: page(["admin"]) },
  "GET /admin/analytics/sessions/[sessionId]/items": { url: `/admin/analytics/sessions/${NO}/items`, expect: { ...page(["admin"]), admin: 404 } },
  "GET /admin/analytics/sessions/[sessionId]/test": { url: `/admin/analytics/sessions/${NO}/test`, expect: { ...page(["admin"]), admin: 404 } },
  "GET /admin/analytics/sessions/[sessionId]/raters": { url: `/admin/analytics/sessions/${NO}/raters`, expect: { ...page(["admin"]), admin: 404 } },
  "GET /admin/analytics/items/[itemId]": { url: `/admin/analytics/items/${NO}`, expect: { ...page(["admin"]), admin: 404 } },
  "GET /api/admin/analytics/sessions/[sessionId]/export": { url: `/api/admin/analytics/sessions/${NO}/export?view=items`, expect: adminApi(404) },
  "GET /api/admin/analytics/items/[itemId]/export": { url: `/api/admin/analytics/items/${NO}/export`, expect: adminApi(404) },
};
