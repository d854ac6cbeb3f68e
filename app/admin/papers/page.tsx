import Link from "next/link";
import { ITEM_TYPES } from "@/exam/types";
import { LEVEL_CODES, TRACK_CODES } from "@/standard";
import { requirePageUser } from "@/server/auth/session";
import { formatShanghai } from "@/server/format";
import { listSkillPlans } from "@/server/papers/create-skill-plan";
import { listPapers } from "@/server/papers/get-paper";
import { getTranslator } from "@/server/i18n";
import { AssembleForm } from "@/ui/papers/paper-forms";
import { createPapersAction, createSkillPlanAction } from "./actions";

export default async function PapersPage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/papers" });
  const { t, locale } = await getTranslator();
  const [papers, plans] = await Promise.all([listPapers(), listSkillPlans()]);
  const levels = LEVEL_CODES.map((k) => ({ key: k, text: t(`standard.level.${k}`) }));
  const tracks = TRACK_CODES.map((k) => ({ key: k, text: t(`standard.track.${k}`) }));
  const common = {
    name: t("papers.field.name"),
    level: t("papers.field.level"),
    track: t("papers.field.track"),
    seed: t("papers.field.seed"),
    shortage: t("papers.shortage"),
    skillFailed: t("skillplan.failed"),
  };
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("papers.title")}</h1>
      <section aria-labelledby="theory" className="space-y-3">
        <h2 id="theory" className="text-xl font-semibold">
          {t("papers.theory")}
        </h2>
        <AssembleForm
          kind="theory"
          action={createPapersAction}
          levels={levels}
          tracks={tracks}
          types={ITEM_TYPES.map((k) => ({ key: k, text: t(`item.type.${k}`) }))}
          labels={{
            ...common,
            forms: t("papers.field.forms"),
            forms1: t("papers.field.forms.1"),
            forms2: t("papers.field.forms.2"),
            structure: t("papers.field.structure"),
            count: t("papers.field.count"),
            points: t("papers.field.points"),
            avoid: t("papers.field.avoid"),
            submit: t("papers.create"),
          }}
        />
        {papers.length === 0 ? (
          <p>{t("papers.list.empty")}</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{t("papers.theory")}</caption>
            <thead>
              <tr className="bg-slate-100 text-left">
                {(["name", "levelTrack", "items", "seed", "created"] as const).map((c) => (
                  <th key={c} scope="col" className="border px-2 py-1">
                    {t(`papers.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {papers.map((p) => (
                <tr key={p.id}>
                  <td className="border px-2 py-1">
                    <Link href={`/admin/papers/${p.id}`} className="text-blue-700 underline">
                      {p.name}
                    </Link>
                  </td>
                  <td className="border px-2 py-1">
                    {t(`standard.level.${p.level as "5" | "4"}`)} · {t(`standard.track.${p.track as "online-merchant" | "cross-border"}`)}
                  </td>
                  <td className="border px-2 py-1">{p._count.items}</td>
                  <td className="border px-2 py-1 font-mono">{p.seed}</td>
                  <td className="border px-2 py-1">{formatShanghai(p.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="skill" className="space-y-3">
        <h2 id="skill" className="text-xl font-semibold">
          {t("papers.skill")}
        </h2>
        <AssembleForm kind="skill" action={createSkillPlanAction} levels={levels} tracks={tracks} labels={{ ...common, submit: t("skillplan.create") }} />
        <ul className="list-disc pl-6">
          {plans.map((p) => (
            <li key={p.id}>
              <Link href={`/admin/skill-plans/${p.id}`} className="text-blue-700 underline">
                {p.name}
              </Link>{" "}
              （{t(`standard.level.${p.level as "5" | "4"}`)} · {t(`standard.track.${p.track as "online-merchant" | "cross-border"}`)}）
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
