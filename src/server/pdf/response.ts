// The HTTP response of a generated PDF: a download with a UTF-8 file name (RFC 6266 filename*)
// and an ASCII fallback; never cached (the documents carry personal data).
import type { PdfFile } from "./build-admission-tickets";

export function pdfResponse(file: PdfFile): Response {
  return new Response(Buffer.from(file.body), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Content-Length": String(file.body.byteLength),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
