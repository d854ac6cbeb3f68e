// Authorization-matrix rows for the reports feature's routes (see authorization-matrix.spec.ts).
import type { Row } from "./matrix";

export const REPORT_ROUTES: Record<string, Row> = {};
