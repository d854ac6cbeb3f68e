import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { PasswordForm } from "@/ui/auth/password-form";
import { changePasswordAction } from "./actions";

// Any signed-in user (including one who must change the initial password).
export default async function PasswordPage() {
  const user = await requirePageUser({ returnTo: "/account/password", allowPasswordChange: true });
  const { t } = await getTranslator();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("password.title")}</h1>
      {user.mustChangePassword && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
          {t("password.mustChange")}
        </p>
      )}
      <PasswordForm
        action={changePasswordAction}
        labels={{
          current: t("password.current"),
          next: t("password.new"),
          confirm: t("password.confirm"),
          rules: t("password.rules"),
          submit: t("password.submit"),
        }}
      />
    </div>
  );
}
