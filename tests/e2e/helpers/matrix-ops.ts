// Authorization matrix rows for the operations routes (docs/operations.md).
import { all, type Row } from "./matrix";

export const OPS_ROUTES: Record<string, Row> = {
  // Prometheus metrics: only the METRICS_TOKEN bearer (set for the e2e server in
  // playwright.config.ts) opens it; no session of any role does.
  "GET /api/metrics": { url: "/api/metrics", expect: all(401) },
};
