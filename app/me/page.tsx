import { redirect } from "next/navigation";
import { landingPath } from "@/server/auth/landing";
import { requirePageUser } from "@/server/auth/session";

// Any signed-in user: sends them to their workspace.
export default async function MePage() {
  const user = await requirePageUser({ returnTo: "/me", allowPasswordChange: true });
  redirect(landingPath(user));
}
