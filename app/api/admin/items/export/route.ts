import { z } from "zod";
import { requireApiUser } from "@/server/auth/session";
import { exportItems, ItemFilterSchema } from "@/server/bank/list-items";
import { withErrors } from "@/server/http";

const Query = ItemFilterSchema.omit({ page: true }).extend({ format: z.enum(["xlsx", "csv", "moodle"]).default("xlsx") });
const TYPES = {
  xlsx: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"],
  csv: ["text/csv; charset=utf-8", "csv"],
  moodle: ["application/xml; charset=utf-8", "xml"],
} as const;

// Admin only: export the bank, or a filtered part, as XLSX/CSV (the import template) or Moodle XML.
export const GET = withErrors(async (request: Request) => {
  await requireApiUser({ roles: ["ADMIN"] });
  const { format, ...filter } = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { body } = await exportItems(filter, format);
  const [type, ext] = TYPES[format];
  return new Response(Buffer.from(body), {
    headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="items.${ext}"; filename*=UTF-8''${encodeURIComponent(`题库.${ext}`)}` },
  });
});
