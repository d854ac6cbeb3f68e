// Authorization-matrix rows for the results feature's routes (see authorization-matrix.spec.ts).
import type { Row } from "./matrix";

export const RESULT_ROUTES: Record<string, Row> = {};
