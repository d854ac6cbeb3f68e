// Authorization matrix rows of the skill task authoring routes (issue 14).
import { adminApi, type Row } from "./matrix";

export const AUTHORING_ROUTES: Record<string, Row> = {
  // Admin only; an unknown task is 404 before the body is read.
  "POST /api/admin/tasks/[id]/materials": { url: "/api/admin/tasks/no-such-task/materials?name=a.png", expect: adminApi(404), form: { x: "" } },
};
