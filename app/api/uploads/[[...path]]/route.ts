// Resumable uploads (tus): the same handler that the launcher's front server serves directly
// (src/server/uploads); this route is what `npm run dev` uses. The handler authorizes every
// request itself (session token → caller; the purpose's UploadPolicy decides).
import { authSecret } from "@/server/env";
import { countUploadBytes } from "@/server/ops/metrics";
import { getUploadHandler } from "@/server/uploads";

export const dynamic = "force-dynamic";

const handle = async (request: Request) => {
  const response = await getUploadHandler().handle(request, { secret: authSecret() });
  countUploadBytes(request.method, request.headers.get("upload-offset"), response.status, response.headers.get("upload-offset"));
  return response;
};

export const POST = handle;
export const PATCH = handle;
export const HEAD = handle;
export const OPTIONS = handle;
export const DELETE = handle;
