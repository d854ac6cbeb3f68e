"use server";

import { redirect } from "next/navigation";
import { unstable_update } from "@/server/auth/auth";
import { changePassword } from "@/server/auth/change-password";
import { landingPath } from "@/server/auth/landing";
import { getCurrentUser } from "@/server/auth/session";
import { sessionUpdateProof } from "@/server/auth/session-token";
import { authSecret } from "@/server/env";
import { getTranslator } from "@/server/i18n";

export type PasswordState = { error?: string };

// Any signed-in user, for their own account only.
export async function changePasswordAction(_prev: PasswordState, form: FormData): Promise<PasswordState> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?next=/account/password");
  const { t } = await getTranslator();
  const result = await changePassword({
    userId: user.id,
    current: String(form.get("current") ?? ""),
    next: String(form.get("next") ?? ""),
    confirm: String(form.get("confirm") ?? ""),
    now: new Date(),
  });
  if (!result.ok) return { error: t(`password.error.${result.problem}`) };
  // Every other copy of the old token is now revoked; this browser's token moves to the new version.
  await unstable_update({ sv: result.sessionVersion, proof: sessionUpdateProof(authSecret(), user.id, result.sessionVersion) } as never);
  redirect(landingPath({ ...user, mustChangePassword: false }));
}
