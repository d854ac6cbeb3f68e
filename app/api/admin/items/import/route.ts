import { z } from "zod";
import { ItemUseSchema } from "@/exam/practice";
import { requireApiUser } from "@/server/auth/session";
import { DuplicateModeSchema, importItems } from "@/server/bank/import-items";
import { AppError } from "@/server/errors";
import { withErrors } from "@/server/http";

const Form = z.object({ duplicates: DuplicateModeSchema.default("skip"), use: ItemUseSchema.default("secure") });

// Admin only: import items (XLSX/CSV template or Moodle XML).
export const POST = withErrors(async (request: Request) => {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const form = await request.formData();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION", { message: "请选择题目文件", issues: [{ path: "file", message: "必填" }] });
  const { duplicates, use } = Form.parse({ duplicates: form.get("duplicates") ?? undefined, use: form.get("use") ?? undefined });
  const result = await importItems({ actorId: user.id, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()), duplicates, use, now: new Date() });
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
