import { z } from "zod";
import { requireApiUser } from "@/server/auth/session";
import { importSourceFromForm } from "@/server/bank/import-form";
import { DuplicateModeSchema } from "@/server/bank/prepare-item-import";
import { previewItemImport } from "@/server/bank/preview-item-import";
import { withErrors } from "@/server/http";

const Form = z.object({ duplicates: DuplicateModeSchema.default("skip") });

// Admin only: what an item import would do, before anything is written.
export const POST = withErrors(async (request: Request) => {
  await requireApiUser({ roles: ["ADMIN"] });
  const form = await request.formData();
  const { duplicates } = Form.parse({ duplicates: form.get("duplicates") ?? undefined });
  const preview = await previewItemImport({ source: await importSourceFromForm(form), duplicates });
  return Response.json(preview, { headers: { "Cache-Control": "no-store" } });
});
