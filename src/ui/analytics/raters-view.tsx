// Rater agreement of one group (the whole session or one task): the agreement figures and the
// examiners' severity table.
import type { Translate } from "@/i18n";
import type { RaterGroup } from "@/server/analytics/get-rater-analysis";
import { cell, FigureCell, num } from "./figure-cell";

const ICC_ROWS = ["icc11", "icc21", "icc31", "icc1k", "icc2k", "icc3k"] as const;

export function AgreementTable({ t, caption, group }: { t: Translate; caption: string; group: RaterGroup }) {
  return (
    <table className="border-collapse text-sm">
      <caption className="text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="bg-slate-100">
          <th scope="col" className={`${cell} text-left`}>{t("analytics.test.col.figure")}</th>
          <th scope="col" className={cell}>{t("analytics.test.col.value")}</th>
        </tr>
      </thead>
      <tbody>
        {ICC_ROWS.map((k) => (
          <tr key={k}>
            <th scope="row" className={`${cell} text-left font-normal`}>{t(`analytics.raters.${k}`)}</th>
            <FigureCell t={t} f={group.icc[k]} digits={4} />
          </tr>
        ))}
        <tr>
          <th scope="row" className={`${cell} text-left font-normal`}>{t("analytics.raters.kInterval")}</th>
          <FigureCell t={t} f={group.krippendorff.interval} digits={4} />
        </tr>
        <tr>
          <th scope="row" className={`${cell} text-left font-normal`}>{t("analytics.raters.kNominal")}</th>
          <FigureCell t={t} f={group.krippendorff.nominal} digits={4} />
        </tr>
      </tbody>
    </table>
  );
}

export function ExaminerTable({ t, caption, group }: { t: Translate; caption: string; group: RaterGroup }) {
  const cols = ["examiner", "rated", "compared", "severity", "sd", "adjudicated", "share", "flag"] as const;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="bg-slate-100">
            {cols.map((c) => (
              <th key={c} scope="col" className={cell}>
                {t(`analytics.raters.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {group.examiners.map((e) => (
            <tr key={e.rater}>
              <th scope="row" className={`${cell} text-left font-normal`}>{e.name}</th>
              <td className={num}>{e.rated}</td>
              <td className={num}>{e.compared}</td>
              <FigureCell t={t} f={e.severity} digits={2} />
              <FigureCell t={t} f={e.sdDeviation} digits={2} />
              <td className={num}>{e.adjudicated}</td>
              <FigureCell t={t} f={e.adjudicatedShare} digits={1} scale={100} suffix="%" />
              <td className={`${cell} text-red-800`}>{e.flag ? t(`analytics.raters.flag.${e.flag}`) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
