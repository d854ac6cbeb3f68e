import { z } from "zod";
import { requireApiUser } from "@/server/auth/session";
import { DuplicateModeSchema, ImportModeSchema, importItems } from "@/server/bank/import-items";
import { importSourceFromForm } from "@/server/bank/import-form";
import { withErrors } from "@/server/http";

const Form = z.object({ duplicates: DuplicateModeSchema.default("skip"), mode: ImportModeSchema.default("all-or-nothing"), batchId: z.string().uuid().optional() });

// Admin only: import items (after the preview): a file in any supported format, or pasted text.
export const POST = withErrors(async (request: Request) => {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const form = await request.formData();
  const { duplicates, mode, batchId } = Form.parse({ duplicates: form.get("duplicates") ?? undefined, mode: form.get("mode") ?? undefined, batchId: form.get("batchId") ?? undefined });
  const result = await importItems({ actorId: user.id, batchId, source: await importSourceFromForm(form), mode, duplicates, now: new Date() });
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
