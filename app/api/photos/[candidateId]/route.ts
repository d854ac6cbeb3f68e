import { requireApiUser } from "@/server/auth/session";
import { withErrors } from "@/server/http";
import { getPhoto } from "@/server/photos/get-photo";

// A candidate's photo: admins, the proctors of a session the candidate sits, and the candidate
// only (404 for anyone else, as for no photo). Never cached by a shared cache.
export const GET = withErrors(async (_request: Request, { params }: { params: Promise<{ candidateId: string }> }) => {
  const user = await requireApiUser();
  const { candidateId } = await params;
  const photo = await getPhoto({ caller: user, candidateId });
  return new Response(Buffer.from(photo.bytes), {
    headers: { "Content-Type": photo.mime, "Cache-Control": "private, no-store", ETag: `"${photo.sha256}"`, "X-Content-Type-Options": "nosniff" },
  });
});
