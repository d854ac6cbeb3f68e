import { requireApiUser } from "@/server/auth/session";
import { exportClassReport } from "@/server/classes/export-class-report";
import { withErrors } from "@/server/http";

// A teacher of the class, or an admin (another teacher's class is 404): the practice report as XLSX.
export const GET = withErrors(async (_request: Request, { params }: { params: Promise<{ classId: string }> }) => {
  const user = await requireApiUser({ roles: ["ADMIN", "TEACHER"] });
  const { classId } = await params;
  const file = await exportClassReport({ classId, caller: user });
  return new Response(Buffer.from(file.body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="class-practice.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "no-store",
    },
  });
});
