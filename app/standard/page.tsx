import Link from "next/link";
import { z } from "zod";
import { LEVEL_CODES, TRACK_CODES, standard } from "@/standard";
import { searchStandard } from "@/standard/search";
import { getTranslator } from "@/server/i18n";
import { WeightTable } from "@/ui/standard/weight-table";

// Public: the standard is a published document.
const Query = z.object({ q: z.string().max(100).optional() });

export default async function StandardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t } = await getTranslator();
  const parsed = Query.safeParse(await searchParams);
  const q = parsed.success ? (parsed.data.q ?? "").trim() : "";
  const hits = q ? searchStandard(q) : [];
  const p = standard.profile;

  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("standard.title")}</h1>
        <p className="text-slate-700">{t("standard.subtitle")}</p>
        <p className="text-sm text-slate-600">
          {p.title}（{p.edition}）· {p.issuer} ·{" "}
          <a className="text-blue-700 underline" href="/api/standard">
            {t("standard.openData")}
          </a>
        </p>
      </header>

      <section className="space-y-3">
        <form method="get" action="/standard" role="search" className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-sm">
            {t("standard.search.label")}
            <input
              type="search"
              name="q"
              defaultValue={q}
              placeholder={t("standard.search.placeholder")}
              className="mt-1 w-72 rounded border border-slate-300 px-2 py-1"
            />
          </label>
          <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 text-white hover:bg-blue-800">
            {t("standard.search.submit")}
          </button>
        </form>
        {q && (
          <div aria-live="polite">
            <p className="font-medium">
              {hits.length > 0 ? t("standard.search.results", { q, count: hits.length }) : t("standard.search.none", { q })}
            </p>
            {hits.length > 0 && (
              <ul aria-label={t("standard.search.results", { q, count: hits.length })} className="mt-2 space-y-1">
                {hits.map((h, i) => (
                  <li key={i} className="rounded border border-slate-200 bg-white px-3 py-2">
                    <span className="mr-2 rounded bg-slate-100 px-1.5 text-xs">
                      {"level" in h ? `${t(`standard.level.${h.level}`)} · ` : ""}
                      {t(`standard.kind.${h.kind}`)}
                    </span>
                    <span className="font-mono">{h.code}</span> {h.text}
                    {"contentName" in h && (
                      <span className="ml-2 text-sm text-slate-500">
                        （{h.contentCode} {h.contentName}）
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>

      <nav aria-labelledby="lt-heading" className="space-y-2">
        <h2 id="lt-heading" className="text-xl font-semibold">
          {t("standard.levelTrack.title")}
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {LEVEL_CODES.flatMap((level) =>
            TRACK_CODES.map((track) => (
              <li key={`${level}-${track}`}>
                <Link href={`/standard/${level}/${track}`} className="block rounded border border-slate-300 bg-white px-3 py-2 hover:bg-slate-50">
                  {t("standard.levelTrack.link", { level: t(`standard.level.${level}`), track: t(`standard.track.${track}`) })}
                </Link>
              </li>
            )),
          )}
        </ul>
      </nav>

      <section aria-labelledby="profile-heading" className="space-y-3">
        <h2 id="profile-heading" className="text-xl font-semibold">
          {t("standard.profile.title")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">{t("standard.profile.levels")}</dt>
          <dd>
            {p.levels.map((l) => (
              <div key={l.code}>
                {l.name}（{t("standard.profile.trainingHours", { hours: l.trainingHours })}）
              </div>
            ))}
          </dd>
          <dt className="font-medium">{t("standard.profile.tracks")}</dt>
          <dd>{p.tracks.map((tr) => tr.name).join("、")}</dd>
          <dt className="font-medium">{t("standard.profile.pass")}</dt>
          <dd>{p.assessment.passText}</dd>
          <dt className="font-medium">{t("standard.profile.durations")}</dt>
          <dd>{p.minMinutes.text}</dd>
          <dt className="font-medium">{t("standard.profile.ratios")}</dt>
          <dd>{p.ratios.text}</dd>
          <dt className="font-medium">{t("standard.profile.venues")}</dt>
          <dd>{p.venues.text}</dd>
          <dt className="font-medium">{t("standard.eligibility.title")}</dt>
          <dd className="space-y-1">
            {LEVEL_CODES.map((level) => (
              <div key={level}>
                <div>{standard.eligibility.intro[level]}</div>
                <ol className="list-decimal pl-6">
                  {standard.eligibility.rules
                    .filter((r) => r.level === level)
                    .map((r) => (
                      <li key={r.id}>{r.text}</li>
                    ))}
                </ol>
              </div>
            ))}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="basics-heading" className="space-y-3">
        <h2 id="basics-heading" className="text-xl font-semibold">
          {t("standard.basics.title")}
        </h2>
        <h3 className="font-semibold">2.1 {t("standard.ethics.title")}</h3>
        <p>
          {standard.ethics.basicKnowledge.code} {standard.ethics.basicKnowledge.name}
        </p>
        <p>
          {standard.ethics.codeOfConduct.code} {standard.ethics.codeOfConduct.name}
        </p>
        <ol className="list-decimal pl-6">
          {standard.ethics.codeOfConduct.items.map((i) => (
            <li key={i.code}>{i.text}</li>
          ))}
        </ol>
        <h3 className="font-semibold">2.2</h3>
        <div className="grid gap-4 sm:grid-cols-2">
          {standard.basics.map((g) => (
            <div key={g.code}>
              <h4 className="font-medium">
                {g.code} {g.name}
              </h4>
              <ol className="list-decimal pl-6 text-sm">
                {g.items.map((i) => (
                  <li key={i.code}>{i.text}</li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      </section>

      <section aria-label={t("standard.weights.theory")} className="space-y-6 overflow-x-auto">
        <WeightTable kind="theory" t={t} caption={t("standard.weights.theory")} />
        <WeightTable kind="skill" t={t} caption={t("standard.weights.skill")} />
      </section>
    </div>
  );
}
