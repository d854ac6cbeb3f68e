// The test analysis of one paper: the summary table, the score histogram with the pass mark drawn
// (reusing the reports' bar chart) and its data table, and pass rates per blueprint area.
import type { AreaPassRate, TestFigures } from "@/grading/analytics";
import type { Translate } from "@/i18n";
import { BarChart, BarTable } from "../reports/bar-chart";
import { areaName, percent } from "../reports/labels";
import { cell, FigureCell, num } from "./figure-cell";

export function TestSummary({ t, caption, test }: { t: Translate; caption: string; test: TestFigures }) {
  const rows: Array<[string, React.ReactNode]> = [
    [t("analytics.test.n"), <td key="n" className={num}>{test.n}</td>],
    [t("analytics.test.mean"), <FigureCell key="mean" t={t} f={test.mean} digits={2} />],
    [t("analytics.test.median"), <FigureCell key="median" t={t} f={test.median} digits={2} />],
    [t("analytics.test.sd"), <FigureCell key="sd" t={t} f={test.sd} digits={2} />],
    [t("analytics.test.skewness"), <FigureCell key="skew" t={t} f={test.skewness} digits={4} />],
    [t("analytics.test.kurtosis"), <FigureCell key="kurt" t={t} f={test.kurtosis} digits={4} />],
    [test.kr20 ? t("analytics.test.kr20") : t("analytics.test.alpha"), <FigureCell key="alpha" t={t} f={test.alpha} digits={4} />],
    [t("analytics.test.sem"), <FigureCell key="sem" t={t} f={test.sem} digits={2} />],
    [t("analytics.test.errorRatio"), <FigureCell key="er" t={t} f={test.errorRatio} digits={2} />],
    [t("analytics.test.passed"), <td key="passed" className={num}>{test.passed}</td>],
    [t("analytics.test.passRate"), <td key="rate" className={num}>{percent(test.passRate.value)}</td>],
  ];
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
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row" className={`${cell} text-left font-normal`}>{label}</th>
            {value}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ScoreHistogram({ t, id, test }: { t: Translate; id: string; test: TestFigures }) {
  const bars = test.histogram.map((b) => ({ label: b.label, value: b.count }));
  // The pass mark in points, to the hundredth (the maximum is a sum of item points).
  const pass = Math.round(test.passPercent * test.maxTotal) / 100;
  const title = t("analytics.test.histogram", { pass });
  return (
    <div className="space-y-2">
      <BarChart
        id={id}
        title={title}
        description={t("analytics.test.histogram.desc", { n: test.n, pass })}
        bars={bars}
        xLabel={t("analytics.test.bin")}
        yLabel={t("analytics.test.count")}
        marker={{ at: test.passPercent / 10, label: `${t("analytics.test.passLine")} ${pass}` }}
      />
      <div className="overflow-x-auto">
        <BarTable caption={title} bars={bars} labelHeader={t("analytics.test.bin")} valueHeader={t("analytics.test.count")} />
      </div>
    </div>
  );
}

export function AreaTable({ t, caption, areas }: { t: Translate; caption: string; areas: AreaPassRate[] }) {
  return (
    <table className="border-collapse text-sm">
      <caption className="text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="bg-slate-100">
          {(["area", "n", "passed", "rate"] as const).map((c) => (
            <th key={c} scope="col" className={cell}>
              {t(`analytics.test.col.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {areas.map((a) => (
          <tr key={a.area}>
            <th scope="row" className={`${cell} text-left font-normal`}>{areaName(t, a.area)}</th>
            <td className={num}>{a.n}</td>
            <td className={num}>{a.passed}</td>
            <td className={num}>{percent(a.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
