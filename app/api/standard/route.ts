import { toOpenData } from "@/standard";

// Public open data: the whole standard as JSON.
export const dynamic = "force-static";
export function GET() {
  return Response.json(toOpenData());
}
