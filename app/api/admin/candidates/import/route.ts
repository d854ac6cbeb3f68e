import { z } from "zod";
import { requireApiUser } from "@/server/auth/session";
import { ImportModeSchema, importRoster } from "@/server/candidates/import-roster";
import { AppError } from "@/server/errors";
import { withErrors } from "@/server/http";

const Form = z.object({ mode: ImportModeSchema, batchId: z.string().uuid() });

// Admin only: import a roster file (multipart: file, mode, batchId).
export const POST = withErrors(async (request: Request) => {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const form = await request.formData();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    throw new AppError("VALIDATION", { message: "请选择名单文件", issues: [{ path: "file", message: "必填" }] });
  }
  const { mode, batchId } = Form.parse({ mode: form.get("mode") ?? "all-or-nothing", batchId: form.get("batchId") });
  const result = await importRoster({
    actorId: user.id,
    batchId,
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    mode,
    now: new Date(),
  });
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
