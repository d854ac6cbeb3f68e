import { metricsResponse } from "@/server/ops/metrics";

// Prometheus metrics of THIS process (Next.js under `npm run dev`; under `npm start` the front
// server answers /api/metrics itself, from the process that serves saves and uploads).
// Bearer METRICS_TOKEN; 404 when no token is configured.
export const dynamic = "force-dynamic";
export async function GET(request: Request) {
  const { status, contentType, body } = await metricsResponse(request.headers.get("authorization"));
  return new Response(body, { status, headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}
