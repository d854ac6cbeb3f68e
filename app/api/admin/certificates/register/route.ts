import { requireApiUser } from "@/server/auth/session";
import { exportCertificateRegister } from "@/server/certificates/export-register";
import { withErrors } from "@/server/http";

// Admin only: the register of issued certificates as XLSX (filters: level, track, status, year).
export const GET = withErrors(async (request: Request) => {
  await requireApiUser({ roles: ["ADMIN"] });
  const file = await exportCertificateRegister({ filter: Object.fromEntries(new URL(request.url).searchParams) });
  return new Response(Buffer.from(file.body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "no-store",
    },
  });
});
