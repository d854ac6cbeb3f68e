import { requireApiUser } from "@/server/auth/session";
import { listCertificatesByIds } from "@/server/certificates/list-certificates";
import { publicBaseUrl } from "@/server/certificates/public-url";
import { AppError } from "@/server/errors";
import { withErrors } from "@/server/http";
import { buildCertificates } from "@/server/pdf/build-certificates";
import { pdfResponse } from "@/server/pdf/response";

// Admin only: one certificate as an A4 landscape PDF with its verification QR code.
export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireApiUser({ roles: ["ADMIN"] });
  const { id } = await params;
  const certificates = await listCertificatesByIds([id]);
  if (certificates.length === 0) throw new AppError("NOT_FOUND");
  return pdfResponse(await buildCertificates({ certificates, baseUrl: publicBaseUrl(request), now: new Date() }));
});
