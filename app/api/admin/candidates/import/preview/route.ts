import { requireApiUser } from "@/server/auth/session";
import { previewRosterImport } from "@/server/candidates/preview-roster-import";
import { AppError } from "@/server/errors";
import { withErrors } from "@/server/http";

// Admin only: what a roster import would write, before anything is written.
export const POST = withErrors(async (request: Request) => {
  await requireApiUser({ roles: ["ADMIN"] });
  const form = await request.formData();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION", { message: "请选择名单文件", issues: [{ path: "file", message: "必填" }] });
  const preview = await previewRosterImport({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), now: new Date() });
  return Response.json(preview, { headers: { "Cache-Control": "no-store" } });
});
