// Authorization-matrix rows for the PDF documents' routes (see authorization-matrix.spec.ts).
import type { Row } from "./matrix";

export const PDF_ROUTES: Record<string, Row> = {};
