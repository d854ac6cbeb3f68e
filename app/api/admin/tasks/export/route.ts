import { requireApiUser } from "@/server/auth/session";
import { exportTasksJson } from "@/server/bank/task-store";
import { withErrors } from "@/server/http";

// Admin only: the skill-task bank as JSON.
export const GET = withErrors(async () => {
  await requireApiUser({ roles: ["ADMIN"] });
  return new Response(await exportTasksJson(), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="tasks.json"` },
  });
});
