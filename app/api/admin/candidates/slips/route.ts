import { z } from "zod";
import { requireApiUser } from "@/server/auth/session";
import { issueInitialPasswords } from "@/server/candidates/issue-passwords";
import { withErrors } from "@/server/http";

const Form = z.object({ batchId: z.string().min(1).max(64) });

// Admin only: generate initial passwords for an import batch and download them once (XLSX).
export const POST = withErrors(async (request: Request) => {
  const user = await requireApiUser({ roles: ["ADMIN"] });
  const { batchId } = Form.parse(Object.fromEntries(await request.formData()));
  const { xlsx } = await issueInitialPasswords({ batchId, actorId: user.id, now: new Date() });
  const name = encodeURIComponent("初始密码单.xlsx");
  return new Response(Buffer.from(xlsx), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="password-slips.xlsx"; filename*=UTF-8''${name}`,
      "Cache-Control": "no-store",
    },
  });
});
