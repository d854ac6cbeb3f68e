import type { Translate } from "@/i18n";

/** The exact-number lookup of the public verification page (a plain GET form, no script). */
export function VerifyForm({ t }: { t: Translate }) {
  return (
    <form method="get" action="/verify" className="flex flex-wrap items-end gap-2">
      <label className="grow">
        {t("verify.input")}
        <input name="number" required maxLength={40} autoComplete="off" className="mt-1 block w-full rounded border border-slate-300 px-2 py-1 font-mono" />
      </label>
      <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800">
        {t("verify.submit")}
      </button>
    </form>
  );
}
