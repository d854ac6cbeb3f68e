import { z } from "zod";
import { requireApiUser } from "@/server/auth/session";
import { buildItemCsv, buildItemWorkbook, TEMPLATE_EXAMPLES } from "@/server/bank/item-sheet";
import { withErrors } from "@/server/http";

const Query = z.object({ format: z.enum(["xlsx", "csv"]).default("xlsx") });

// Admin only: the item import template, with two example rows (drafts).
export const GET = withErrors(async (request: Request) => {
  await requireApiUser({ roles: ["ADMIN"] });
  const { format } = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const body = format === "xlsx" ? await buildItemWorkbook(TEMPLATE_EXAMPLES, { template: true }) : buildItemCsv(TEMPLATE_EXAMPLES);
  return new Response(Buffer.from(body), {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="item-template.${format}"; filename*=UTF-8''${encodeURIComponent(`题库模板.${format}`)}`,
    },
  });
});
