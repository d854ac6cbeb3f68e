import Link from "next/link";
import { requirePageUser } from "@/server/auth/session";
import { getTranslator } from "@/server/i18n";
import { getCertificateSettings } from "@/server/settings/certificate-settings";
import { getSeal, MAX_SEAL_BYTES } from "@/server/settings/seal";
import { ActionForm } from "@/ui/certificates/action-form";
import { sealAction, settingsAction } from "../actions";
import { FileInput } from "@/ui/forms/file-input";

export const dynamic = "force-dynamic";

// Admin only: the school's name and code, certificate number pattern, retention of passed parts,
// review window, and the seal image.
export default async function CertificateSettingsPage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/certificates/settings" });
  const { t } = await getTranslator();
  const [s, seal] = await Promise.all([getCertificateSettings(), getSeal()]);
  const input = "mt-1 block w-full rounded border border-slate-300 px-2 py-1";
  const field = (name: keyof typeof s, type: "text" | "number", extra: { min?: number; max?: number; maxLength?: number } = {}) => (
    <label className="block">
      {t(`cert.settings.${name}`)}
      <input name={name} type={type} required defaultValue={String(s[name])} className={input} {...extra} />
      <span className="text-sm text-slate-600">{t(`cert.settings.${name}.help`)}</span>
    </label>
  );
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link className="text-blue-700 underline" href="/admin/certificates">← {t("cert.title")}</Link>
      </p>
      <h1 className="text-2xl font-bold">{t("cert.settings.title")}</h1>
      <ActionForm action={settingsAction} submit={t("cert.settings.save")} pending={t("cert.working")} className="space-y-3 rounded border border-slate-200 bg-white p-4">
        {field("schoolName", "text", { maxLength: 60 })}
        {field("schoolCode", "text", { maxLength: 10 })}
        {field("numberPattern", "text", { maxLength: 60 })}
        {field("retentionMonths", "number", { min: 1, max: 60 })}
        {field("reviewWindowDays", "number", { min: 1, max: 90 })}
      </ActionForm>
      <section aria-labelledby="seal" className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <h2 id="seal" className="text-lg font-semibold">{t("cert.seal.title")}</h2>
        <p className="text-sm">{t("cert.seal.help", { kb: MAX_SEAL_BYTES / 1024 })}</p>
        {seal ? (
          <img src={`/api/admin/certificates/seal?v=${seal.sha256.slice(0, 12)}`} alt={t("cert.seal.current")} width={120} height={120} className="h-28 w-28 object-contain" />
        ) : (
          <p className="text-slate-600">{t("cert.seal.none")}</p>
        )}
        <ActionForm action={sealAction} submit={t("cert.seal.upload")} pending={t("cert.working")}>
          <label className="block">
            {t("cert.seal.file")}
            <FileInput name="seal" accept="image/png,image/jpeg" required />
          </label>
        </ActionForm>
        {seal && (
          <ActionForm action={sealAction} submit={t("cert.seal.remove")} pending={t("cert.working")} danger>
            <input type="hidden" name="remove" value="1" />
          </ActionForm>
        )}
      </section>
    </div>
  );
}
