import { z } from "zod";
import { ItemUseSchema } from "@/exam/practice";
import { requireApiUser } from "@/server/auth/session";
import { DuplicateModeSchema, ImportModeSchema, importItems } from "@/server/bank/import-items";
import { importSourceFromForm } from "@/server/bank/import-form";
import { withErrors } from "@/server/http";

const Form = z.object({
  duplicates: DuplicateModeSchema.default("skip"),
  mode: ImportModeSchema.default("all-or-nothing"),
  use: ItemUseSchema.default("secure"),
  batchId: z.string().uuid().optional(),
});

// Admin only: import items (after the preview): a file in any supported format, or pasted text.
export const POST = withErrors(async (request: Request) => {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const form = await request.formData();
  const { duplicates, mode, use, batchId } = Form.parse({
    duplicates: form.get("duplicates") ?? undefined,
    mode: form.get("mode") ?? undefined,
    use: form.get("use") ?? undefined,
    batchId: form.get("batchId") ?? undefined,
  });
  const result = await importItems({ actorId: user.id, batchId, source: await importSourceFromForm(form), mode, duplicates, use, now: new Date() });
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
