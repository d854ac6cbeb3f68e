import type { PaperConformance } from "@/exam";
import type { Translate } from "@/i18n";
import { areaLabel } from "@/ui/bank/editor-labels";
import { ItemText } from "@/ui/item-text";

const adminImage = (sha256: string) => `/api/admin/media/${sha256}`;

type Item = {
  position: number;
  type: "true-false" | "single" | "multiple";
  points: number;
  stem: string;
  options: Array<{ key: string; text: string }>;
  answer?: string[];
  explanation?: string;
};

const pts = (hundredths: number) => (hundredths % 100 === 0 ? String(hundredths / 100) : (hundredths / 100).toFixed(2));

export function ConformanceReport({ report, t }: { report: PaperConformance; t: Translate }) {
  return (
    <section aria-labelledby="conf" className="space-y-2">
      <h2 id="conf" className="text-xl font-semibold">
        {t("paper.conformance")}：{report.conforms ? t("paper.conformance.conforms") : t("paper.conformance.notConforms")}
      </h2>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t("paper.conformance")}</caption>
        <thead>
          <tr className="bg-slate-100">
            <th scope="col" className="border px-2 py-1 text-left">
              {t("coverage.col.area")}
            </th>
            <th scope="col" className="border px-2 py-1">
              {t("paper.conformance.target")}
            </th>
            <th scope="col" className="border px-2 py-1">
              {t("paper.conformance.actual")}
            </th>
            <th scope="col" className="border px-2 py-1">
              {t("item.type.true-false")} / {t("item.type.single")} / {t("item.type.multiple")}
            </th>
            <th scope="col" className="border px-2 py-1">
              {t("paper.conformance.kps")}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.areas.map((a) => (
            <tr key={a.area}>
              <th scope="row" className="border px-2 py-1 text-left font-normal">
                {areaLabel(t, a.area)}
              </th>
              <td className="border px-2 py-1 text-center">{pts(a.targetPoints)}</td>
              <td className={`border px-2 py-1 text-center ${a.deviation !== 0 ? "bg-red-50" : ""}`}>{pts(a.actualPoints)}</td>
              <td className="border px-2 py-1 text-center">
                {a.counts["true-false"]} / {a.counts.single} / {a.counts.multiple}
              </td>
              <td className="border px-2 py-1 text-center">{a.knowledgePoints.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm">
        {t("paper.conformance.typeMix")}：{report.typeMix.map((m) => `${m.name} ${m.count} 题 ${pts(m.points)} 分`).join("；")}。
        {t("paper.conformance.difficulty")}：{report.difficultyMean ?? "—"}。
      </p>
      {report.problems.length > 0 && (
        <ul className="list-disc pl-6 text-red-800">
          {report.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function PaperItems({ items, t, withKey }: { items: Item[]; t: Translate; withKey: boolean }) {
  const sections: Array<{ type: Item["type"]; items: Item[] }> = [];
  for (const item of items) {
    const last = sections[sections.length - 1];
    if (last && last.type === item.type) last.items.push(item);
    else sections.push({ type: item.type, items: [item] });
  }
  let n = 0;
  return (
    <div className="space-y-6">
      {sections.map((s) => (
        <section key={s.type} className="space-y-3">
          <h3 className="font-semibold">{t("paper.section", { type: t(`item.type.${s.type}`), count: s.items.length, points: pts(s.items[0]?.points ?? 0) })}</h3>
          <ol className="space-y-3">
            {s.items.map((item) => {
              n += 1;
              return (
                <li key={item.position} className="break-inside-avoid">
                  <p>
                    {n}. <ItemText text={item.stem} imageSrc={adminImage} imageAlt={t("exam.itemImage")} />
                  </p>
                  <ul className="ml-6">
                    {item.options.map((o) => (
                      <li key={o.key}>
                        {item.type === "true-false" ? "" : `${o.key}. `}
                        <ItemText text={o.text} imageSrc={adminImage} imageAlt={t("exam.itemImage")} />
                      </li>
                    ))}
                  </ul>
                  {withKey && item.answer && (
                    <p className="ml-6 text-sm text-green-900">
                      {t("paper.answer", { answer: item.type === "true-false" ? (item.answer[0] === "A" ? "对" : "错") : item.answer.join("") })}
                      {item.explanation ? ` ${t("paper.explanation", { text: item.explanation })}` : ""}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
