// Authorization-matrix rows for the exam feature's routes (see authorization-matrix.spec.ts).
import type { Row } from "./matrix";

export const EXAM_ROUTES: Record<string, Row> = {};
