import { requireApiUser } from "@/server/auth/session";
import { withErrors } from "@/server/http";
import { mediaResponse, readItemMedia } from "@/server/media/read-item-media";

// Admin only: an image of the item bank.
export const GET = withErrors(async (_request: Request, context: { params: Promise<{ sha256: string }> }) => {
  await requireApiUser({ roles: ["ADMIN"] });
  const { sha256 } = await context.params;
  return mediaResponse(await readItemMedia({ sha256, viewer: { kind: "admin" } }));
});
