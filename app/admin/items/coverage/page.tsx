import { ITEM_TYPES } from "@/exam/types";
import { requirePageUser } from "@/server/auth/session";
import { getCoverage } from "@/server/bank/coverage";
import { getTranslator } from "@/server/i18n";
import { areaLabel } from "@/ui/bank/editor-labels";

export default async function CoveragePage() {
  await requirePageUser({ roles: ["ADMIN"], returnTo: "/admin/items/coverage" });
  const { t } = await getTranslator();
  const tables = await getCoverage();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("coverage.title")}</h1>
      <p className="text-sm text-slate-700">{t("coverage.help")}</p>
      {tables.map((table) => {
        const caption = `${t(`standard.level.${table.level}`)} · ${t(`standard.track.${table.track}`)}（${t("coverage.col.papers")}：${table.papers}）`;
        return (
          <table key={`${table.level}-${table.track}`} className="w-full border-collapse text-sm">
            <caption className="mb-1 text-left font-semibold">{caption}</caption>
            <thead>
              <tr className="bg-slate-100">
                <th scope="col" className="border px-2 py-1 text-left">
                  {t("coverage.col.area")}
                </th>
                <th scope="col" className="border px-2 py-1">
                  {t("coverage.col.weight")}
                </th>
                {ITEM_TYPES.map((type) => (
                  <th key={type} scope="col" className="border px-2 py-1">
                    {t(`item.type.${type}`)}
                    <br />
                    {t("coverage.col.have")} / {t("coverage.col.need")}
                  </th>
                ))}
                <th scope="col" className="border px-2 py-1">
                  {t("coverage.col.papers")}
                </th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.area}>
                  <th scope="row" className="border px-2 py-1 text-left font-normal">
                    {areaLabel(t, r.area)}
                  </th>
                  <td className="border px-2 py-1 text-center">{r.weight}</td>
                  {ITEM_TYPES.map((type) => (
                    <td key={type} className={`border px-2 py-1 text-center ${r.have[type] < r.need[type] ? "bg-red-50 text-red-800" : ""}`}>
                      {r.have[type]} / {r.need[type]}
                      {r.have[type] < r.need[type] && <span className="ml-1">（{t("coverage.short")}）</span>}
                    </td>
                  ))}
                  <td className="border px-2 py-1 text-center">{r.papers}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
