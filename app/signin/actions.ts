"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/server/auth/auth";
import { safeNextPath } from "@/server/auth/landing";
import { getTranslator } from "@/server/i18n";

export type SignInState = { error?: string; identifier?: string };

// Public by nature (it is the sign-in); the credentials provider rate-limits it.
export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const { t } = await getTranslator();
  const identifier = String(form.get("identifier") ?? "");
  try {
    await signIn("credentials", {
      identifier,
      password: String(form.get("password") ?? ""),
      redirectTo: safeNextPath(form.get("next")) ?? "/me",
    });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const locked = /^locked-(\d+)$/.exec(error.code);
      return { identifier, error: locked ? t("signin.locked", { minutes: Number(locked[1]) }) : t("signin.invalid") };
    }
    if (error instanceof AuthError) return { identifier, error: t("signin.invalid") };
    throw error; // the success redirect, or an unexpected error
  }
}
