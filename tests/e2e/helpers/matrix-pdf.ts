// Authorization-matrix rows for the PDF documents' routes (see authorization-matrix.spec.ts).
import { adminApi, type Row } from "./matrix";

export const PDF_ROUTES: Record<string, Row> = {
  "GET /api/admin/sessions/[id]/tickets/pdf": { url: "/api/admin/sessions/no-such-id/tickets/pdf", expect: adminApi(404) },
  "GET /api/admin/results/[sessionId]/transcripts/pdf": { url: "/api/admin/results/no-such-id/transcripts/pdf", expect: adminApi(404) },
};
