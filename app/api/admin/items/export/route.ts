import { requireApiUser } from "@/server/auth/session";
import { ExportFormatSchema, exportItems, ItemFilterSchema } from "@/server/bank/list-items";
import { withErrors } from "@/server/http";

const Query = ItemFilterSchema.omit({ page: true }).extend({ format: ExportFormatSchema.default("xlsx") });
const TYPES = {
  xlsx: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"],
  csv: ["text/csv; charset=utf-8", "csv"],
  moodle: ["application/xml; charset=utf-8", "xml"],
  gift: ["text/plain; charset=utf-8", "gift.txt"],
  aiken: ["text/plain; charset=utf-8", "aiken.txt"],
} as const;

// Admin only: export the bank, or a filtered part, as XLSX/CSV (the import template), Moodle XML, GIFT or Aiken.
export const GET = withErrors(async (request: Request) => {
  await requireApiUser({ roles: ["ADMIN"] });
  const { format, ...filter } = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { body, skipped } = await exportItems(filter, format);
  const [type, ext] = TYPES[format];
  return new Response(Buffer.from(body), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="items.${ext}"; filename*=UTF-8''${encodeURIComponent(`题库.${ext}`)}`,
      // Items the format cannot hold (Aiken: anything but one-line single choice).
      "X-Items-Skipped": String(skipped),
    },
  });
});
