import { requireApiUser } from "@/server/auth/session";
import { addTaskMaterial } from "@/server/bank/add-task-material";
import { AppError } from "@/server/errors";
import { withErrors } from "@/server/http";

// Admin only: add a material file to a task. The body is the file's bytes (streamed, not
// buffered); `?name=` its file name, `?title=` the title shown to candidates (optional).
export const POST = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const { id } = await params;
  const url = new URL(request.url);
  if (!request.body) throw new AppError("VALIDATION", { message: "请选择要上传的材料文件", issues: [{ path: "file", message: "必填" }] });
  const r = await addTaskMaterial({ taskId: id, name: url.searchParams.get("name") ?? "", title: url.searchParams.get("title") ?? undefined, body: request.body, actorId: user.id, now: new Date() });
  return Response.json(r, { status: 201, headers: { "Cache-Control": "no-store" } });
});
