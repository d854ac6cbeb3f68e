import { z } from "zod";
import { requireApiUser } from "@/server/auth/session";
import { AppError } from "@/server/errors";
import { withErrors } from "@/server/http";
import { importPhotos } from "@/server/photos/import-photos";

const Form = z.object({ mode: z.enum(["all-or-nothing", "valid-only"]), crop: z.enum(["0", "1"]), batchId: z.string().uuid() });

// Admin only: import a ZIP of candidate photos (multipart: file, mode, crop, batchId).
export const POST = withErrors(async (request: Request) => {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const form = await request.formData();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION", { message: "请选择照片压缩包（.zip）", issues: [{ path: "file", message: "必填" }] });
  const f = Form.parse({ mode: form.get("mode") ?? "all-or-nothing", crop: form.get("crop") === "1" ? "1" : "0", batchId: form.get("batchId") });
  const result = await importPhotos({ actorId: user.id, batchId: f.batchId, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), input: { mode: f.mode, crop: f.crop === "1" }, now: new Date() });
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
