import { requireApiUser } from "@/server/auth/session";
import { AppError } from "@/server/errors";
import { withErrors } from "@/server/http";
import { getSeal } from "@/server/settings/seal";

// Admin only: the seal image, for its preview on the settings page.
export const GET = withErrors(async () => {
  await requireApiUser({ roles: ["ADMIN"] });
  const seal = await getSeal();
  if (!seal) throw new AppError("NOT_FOUND");
  return new Response(Buffer.from(seal.bytes), { headers: { "Content-Type": seal.mime, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } });
});
