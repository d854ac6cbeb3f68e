// The score distribution beside a session's results table: ten bins of 10 points (src/grading
// histogram) with the pass mark drawn as a line, and the same numbers as a table.
import { histogram, passMarkHundredths } from "@/grading";
import type { Translate } from "@/i18n";
import { BarChart, BarTable } from "@/ui/reports/bar-chart";

export function ScoreDistribution({ t, id, mode, totals }: { t: Translate; id: string; mode: "theory" | "skill"; totals: number[] }) {
  const modeName = t(`reports.mode.${mode}`);
  if (totals.length === 0) return <p>{t("reports.stats.noScores", { mode: modeName })}</p>;
  const bars = histogram(totals).map((b) => ({ label: b.label, value: b.count }));
  const title = t("reports.stats.distribution", { mode: modeName });
  const pass = passMarkHundredths() / 100;
  return (
    <div className="space-y-2">
      <BarChart
        id={id}
        title={title}
        description={t("reports.stats.chart.desc", { n: totals.length })}
        bars={bars}
        xLabel={t("reports.stats.bin")}
        yLabel={t("reports.stats.count")}
        marker={{ at: pass / 10, label: t("results.chart.passMark", { pass }) }}
      />
      <div className="overflow-x-auto">
        <BarTable caption={title} bars={bars} labelHeader={t("reports.stats.bin")} valueHeader={t("reports.stats.count")} />
      </div>
    </div>
  );
}
