import { z } from "zod";
import { requireApiUser } from "@/server/auth/session";
import { withErrors } from "@/server/http";
import { buildRosterTemplateCsv, buildRosterTemplateXlsx } from "@/server/roster/template";

const Query = z.object({ format: z.enum(["xlsx", "csv"]).default("xlsx") });

// Admin only: the roster template.
export const GET = withErrors(async (request: Request) => {
  await requireApiUser({ roles: ["ADMIN"] });
  const { format } = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const name = encodeURIComponent(`考生名单模板.${format}`);
  const body = format === "xlsx" ? await buildRosterTemplateXlsx() : buildRosterTemplateCsv();
  return new Response(Buffer.from(body), {
    headers: {
      "Content-Type": format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="roster-template.${format}"; filename*=UTF-8''${name}`,
    },
  });
});
