import { requireApiUser } from "@/server/auth/session";
import { importTasksJson } from "@/server/bank/task-store";
import { AppError } from "@/server/errors";
import { withErrors } from "@/server/http";

// Admin only: import tasks from JSON (all valid, or nothing written).
export const POST = withErrors(async (request: Request) => {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const file = (await request.formData()).get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION", { message: "请选择 JSON 文件", issues: [{ path: "file", message: "必填" }] });
  const result = await importTasksJson({ text: await file.text(), actorId: user.id, now: new Date() });
  return Response.json(result, { status: result.problems.length ? 422 : 200 });
});
