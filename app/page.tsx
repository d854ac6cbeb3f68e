import Link from "next/link";
import { getTranslator } from "@/server/i18n";

// Public: the home page says what the platform is. No data, no authorization needed.
export default async function HomePage() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold">{t("home.title")}</h1>
        <p className="text-lg text-slate-700">{t("app.tagline")}</p>
        <p className="leading-7">{t("home.intro")}</p>
        <p className="leading-7">{t("home.conformance")}</p>
      </section>
      <section aria-labelledby="roles" className="space-y-2">
        <h2 id="roles" className="text-xl font-semibold">
          {t("home.roles.title")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("home.roles.candidate")}</li>
          <li>{t("home.roles.proctor")}</li>
          <li>{t("home.roles.examiner")}</li>
          <li>{t("home.roles.admin")}</li>
        </ul>
      </section>
      <section aria-labelledby="facts" className="space-y-2">
        <h2 id="facts" className="text-xl font-semibold">
          {t("home.facts.title")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("home.facts.passMark")}</li>
          <li>{t("home.facts.duration")}</li>
          <li>{t("home.facts.ratio")}</li>
        </ul>
      </section>
      <Link href="/standard" className="inline-block rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800">
        {t("home.standardLink")}
      </Link>
    </div>
  );
}
