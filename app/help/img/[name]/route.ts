import { guideImageResponse } from "@/server/help/guide-image";

// Public, as the user guide is: the whitelisted screenshots of docs/guide/img only (404 for any
// other name, a path included).
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  return guideImageResponse(name);
}
