// Authorization-matrix rows for the sessions feature's routes (see authorization-matrix.spec.ts).
import { page, type Row } from "./matrix";

export const SESSION_ROUTES: Record<string, Row> = {
  "GET /admin/rooms": { url: "/admin/rooms", expect: page(["admin"]) },
  "GET /admin/sessions": { url: "/admin/sessions?status=draft", expect: page(["admin"]) },
  "GET /admin/sessions/new": { url: "/admin/sessions/new", expect: page(["admin"]) },
  "GET /admin/sessions/cohort": { url: "/admin/sessions/cohort", expect: page(["admin"]) },
  "GET /admin/sessions/relations": { url: "/admin/sessions/relations", expect: page(["admin"]) },
  "GET /admin/sessions/[id]": { url: "/admin/sessions/no-such-session", expect: { ...page(["admin"]), admin: 404 } },
  "GET /admin/sessions/[id]/seating": { url: "/admin/sessions/no-such-session/seating", expect: { ...page(["admin"]), admin: 404 } },
  "GET /admin/sessions/[id]/tickets": { url: "/admin/sessions/no-such-session/tickets", expect: { ...page(["admin"]), admin: 404 } },
};
