import { redirect } from "next/navigation";
import { getEnv } from "@/server/env";
import { getCurrentUser } from "@/server/auth/session";
import { landingPath, safeNextPath } from "@/server/auth/landing";
import { getTranslator } from "@/server/i18n";
import { SignInForm } from "@/ui/auth/sign-in-form";
import { signInAction } from "./actions";

// Public: the sign-in page. A signed-in visitor goes to their workspace.
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { t } = await getTranslator();
  const user = await getCurrentUser();
  const next = safeNextPath((await searchParams).next);
  if (user) redirect(user.mustChangePassword ? "/account/password" : (next ?? landingPath(user)));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("signin.title")}</h1>
      <SignInForm
        action={signInAction}
        next={next}
        labels={{ identifier: t("signin.identifier"), password: t("signin.password"), submit: t("signin.submit"), pending: t("signin.pending") }}
      />
      {getEnv().DEMO_MODE === "1" && <p className="text-sm text-slate-600">{t("signin.demoHint")}</p>}
    </div>
  );
}
