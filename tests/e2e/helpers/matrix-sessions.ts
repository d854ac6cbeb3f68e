// Authorization-matrix rows for the sessions feature's routes (see authorization-matrix.spec.ts).
import type { Row } from "./matrix";

export const SESSION_ROUTES: Record<string, Row> = {};
