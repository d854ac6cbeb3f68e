// Who is calling, and may they? Every page, route handler and server action calls one of these
// itself (a layout or middleware check is not authorization).
import type { Role } from "@prisma/client";
import { forbidden, redirect } from "next/navigation";
import { getPrisma } from "../db/client";
import { AppError } from "../errors";
import { auth } from "./auth";

export type CurrentUser = {
  id: string;
  displayName: string;
  roles: Role[];
  mustChangePassword: boolean;
  candidateId: string | null;
};

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getPrisma().user.findUnique({
    where: { id },
    select: { id: true, displayName: true, roles: true, mustChangePassword: true, disabled: true, sessionVersion: true, candidate: { select: { id: true } } },
  });
  // A token issued before the user's last sign-out, password change or ended sessions is revoked.
  if (!user || user.disabled || user.sessionVersion !== (session.user.sessionVersion ?? 0)) return null;
  return {
    id: user.id,
    displayName: user.displayName,
    roles: user.roles,
    mustChangePassword: user.mustChangePassword,
    candidateId: user.candidate?.id ?? null,
  };
}

export const hasRole = (user: CurrentUser, roles: readonly Role[]) => user.roles.some((r) => roles.includes(r));

/**
 * For pages: anonymous visitors are sent to sign in, a user who must change the password is sent
 * to do so, and a user without one of `roles` gets 403.
 */
export async function requirePageUser(options: { roles?: readonly Role[]; returnTo: string; allowPasswordChange?: boolean }): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?next=${encodeURIComponent(options.returnTo)}`);
  if (user.mustChangePassword && !options.allowPasswordChange) redirect("/account/password");
  if (options.roles && !hasRole(user, options.roles)) forbidden();
  return user;
}

/** For route handlers and server actions: throws 401/403 as AppError. */
export async function requireApiUser(options: { roles?: readonly Role[] } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (user.mustChangePassword) throw new AppError("FORBIDDEN", { message: "password-change-required" });
  if (options.roles && !hasRole(user, options.roles)) throw new AppError("FORBIDDEN");
  return user;
}
