import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { LevelCodeSchema, TrackCodeSchema, applicableContents, standard, weightsFor, type AreaCode } from "@/standard";
import { getTranslator } from "@/server/i18n";

// Public: the standard is a published document.
const Params = z.object({ level: LevelCodeSchema, track: TrackCodeSchema });

export default async function LevelTrackPage({ params }: { params: Promise<{ level: string; track: string }> }) {
  const parsed = Params.safeParse(await params);
  if (!parsed.success) notFound();
  const { level, track } = parsed.data;
  const { t } = await getTranslator();
  const contents = applicableContents(level, track);
  const theory = weightsFor("theory", level, track);
  const skill = weightsFor("skill", level, track);
  const areaName = (a: AreaCode) => standard.areas.find((x) => x.code === a)?.name ?? a;
  const title = t("standard.levelTrack.link", { level: t(`standard.level.${level}`), track: t(`standard.track.${track}`) });

  return (
    <div className="space-y-8">
      <p>
        <Link href="/standard" className="text-blue-700 underline">
          {t("standard.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{title}</h1>

      <section aria-labelledby="w-heading" className="overflow-x-auto">
        <h2 id="w-heading" className="mb-2 text-xl font-semibold">
          {t("standard.weights.theory")} / {t("standard.weights.skill")}
        </h2>
        <table className="border-collapse text-sm">
          <thead>
            <tr className="bg-slate-100">
              <th scope="col" className="border px-2 py-1 text-left">
                {t("standard.weights.area")}
              </th>
              <th scope="col" className="border px-2 py-1">
                {t("standard.weights.theory")}
              </th>
              <th scope="col" className="border px-2 py-1">
                {t("standard.weights.skill")}
              </th>
            </tr>
          </thead>
          <tbody>
            {(["ethics", "basics", "1", "2", "3", "4", "5", "6"] as const).map((a) => (
              <tr key={a}>
                <th scope="row" className="border px-2 py-1 text-left font-normal">
                  {areaName(a)}
                </th>
                <td className="border px-2 py-1 text-center">{theory[a] || t("standard.weights.none")}</td>
                <td className="border px-2 py-1 text-center">{a === "ethics" || a === "basics" ? "" : skill[a] || t("standard.weights.none")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="work-heading" className="space-y-6">
        <h2 id="work-heading" className="text-xl font-semibold">
          {t("standard.work.title")}
        </h2>
        {standard.duties.map((duty) => {
          const own = contents.filter((c) => c.duty === duty.code);
          if (own.length === 0) return null;
          return (
            <section key={duty.code} aria-labelledby={`duty-${duty.code}`} className="space-y-3">
              <h3 id={`duty-${duty.code}`} className="text-lg font-semibold">
                {t("standard.work.duty")} {duty.code}. {duty.name}
              </h3>
              {own.map((c) => (
                <article key={`${c.level}-${c.code}`} className="rounded border border-slate-200 bg-white p-3">
                  <h4 className="font-medium">
                    {c.code} {c.name}
                    {c.level !== level && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs">{t("standard.work.fromLevel5")}</span>}
                  </h4>
                  <p className="text-xs text-slate-500">
                    {t("standard.work.tracks")}：{c.tracks.map((tr) => t(`standard.track.${tr}`)).join("、")}
                  </p>
                  <div className="mt-2 grid gap-4 sm:grid-cols-2">
                    <div>
                      <h5 className="text-sm font-semibold">{t("standard.kind.skill")}</h5>
                      <ul className="text-sm">
                        {c.skills.map((i) => (
                          <li key={i.code}>
                            <span className="font-mono">{i.code}</span> {i.text}
                          </li>
                        ))}
                      </ul>
                    </div>
                    <div>
                      <h5 className="text-sm font-semibold">{t("standard.kind.knowledge")}</h5>
                      <ul className="text-sm">
                        {c.knowledge.map((i) => (
                          <li key={i.code}>
                            <span className="font-mono">{i.code}</span> {i.text}
                          </li>
                        ))}
                      </ul>
                    </div>
                  </div>
                </article>
              ))}
            </section>
          );
        })}
      </section>
    </div>
  );
}
