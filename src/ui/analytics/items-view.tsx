// The item analysis of one paper: the item map, the item table (figures, flags, and one click to
// mark an item for review), the flag legend and the distractor table.
import Link from "next/link";
import { ITEM_FLAGS, type ItemFlag } from "@/grading/analytics";
import type { Translate } from "@/i18n";
import type { AnalysedItem } from "@/server/analytics/paper-data";
import { areaName, typeName } from "../reports/labels";
import { cell, FigureCell, num } from "./figure-cell";
import { ItemMap } from "./item-map";

const short = (s: string, n = 36) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function FlagLegend({ t }: { t: Translate }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold">{t("analytics.items.legend")}</summary>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {ITEM_FLAGS.map((f) => (
          <div key={f} className="contents">
            <dt className="font-medium">{t(`analytics.flag.${f}`)}</dt>
            <dd>{t(`analytics.flagExplain.${f}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export function PaperItemMap({ t, id, items }: { t: Translate; id: string; items: AnalysedItem[] }) {
  const drawn = items.filter((i) => i.analysis.facility.value !== null && i.analysis.discriminationIndex.value !== null);
  const points = drawn.map((i) => {
    const facility = i.analysis.facility.value!;
    const di = i.analysis.discriminationIndex.value!;
    return { no: i.position, facility, di, flagged: i.analysis.flags.length > 0, label: t("analytics.map.point", { no: i.position, facility: facility.toFixed(2), di: di.toFixed(1) }) };
  });
  return (
    <div className="space-y-1">
      <ItemMap id={id} title={t("analytics.map.title")} description={t("analytics.map.desc", { n: items.length })} points={points} xLabel={t("analytics.map.x")} yLabel={t("analytics.map.y")} />
      {drawn.length < items.length && <p className="text-sm text-slate-700">{t("analytics.map.omitted", { n: items.length - drawn.length })}</p>}
    </div>
  );
}

function Flags({ t, flags }: { t: Translate; flags: ItemFlag[] }) {
  return (
    <ul className="space-y-0.5">
      {flags.map((f) => (
        <li key={f} title={t(`analytics.flagExplain.${f}`)} className="whitespace-nowrap text-red-800">
          {t(`analytics.flag.${f}`)}
        </li>
      ))}
    </ul>
  );
}

export function ItemTable({
  t,
  caption,
  items,
  sessionId,
  flagAction,
}: {
  t: Translate;
  caption: string;
  items: AnalysedItem[];
  sessionId: string;
  flagAction: (form: FormData) => Promise<void>;
}) {
  const cols = ["no", "stem", "type", "area", "facility", "sd", "di", "de", "ew", "ul", "flags", "action"] as const;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="bg-slate-100">
            {cols.map((c) => (
              <th key={c} scope="col" className={`${cell} ${c === "stem" ? "text-left" : ""}`}>
                {t(`analytics.items.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((i) => {
            const a = i.analysis;
            const ul = a.upperLower;
            return (
              <tr key={i.versionId}>
                <td className={num}>{i.position}</td>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  <Link className="text-blue-700 underline" href={`/admin/analytics/items/${i.itemId}`}>
                    {short(i.stem)}
                  </Link>
                </th>
                <td className={cell}>{typeName(t, i.type)}</td>
                <td className={cell}>{areaName(t, i.area)}</td>
                <FigureCell t={t} f={a.facility} digits={2} />
                <FigureCell t={t} f={a.sd} digits={2} />
                <FigureCell t={t} f={a.discriminationIndex} digits={1} />
                <FigureCell t={t} f={a.discriminativeEfficiency} digits={1} />
                <FigureCell t={t} f={a.effectiveWeight} digits={1} suffix="%" />
                {ul ? <td className={num}>{ul.d.toFixed(2)}</td> : <FigureCell t={t} f={{ value: null, reason: a.n === 0 ? "no-data" : "too-few-attempts" }} digits={2} />}
                <td className={cell}>
                  <Flags t={t} flags={a.flags} />
                </td>
                <td className={cell}>
                  {i.underReview ? (
                    <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">{t("analytics.items.underReview")}</span>
                  ) : a.flags.length > 0 ? (
                    <form action={flagAction}>
                      <input type="hidden" name="itemId" value={i.itemId} />
                      <input type="hidden" name="sessionId" value={sessionId} />
                      {a.flags.map((f) => (
                        <input key={f} type="hidden" name="flags" value={f} />
                      ))}
                      <button type="submit" aria-label={t("analytics.items.flagButtonLabel", { no: i.position })} className="whitespace-nowrap rounded border border-slate-400 px-2 py-0.5 hover:bg-slate-100">
                        {t("analytics.items.flagButton")}
                      </button>
                    </form>
                  ) : null}
                  {a.flags.includes("possible-wrong-key") && (
                    <Link className="mt-1 block whitespace-nowrap text-blue-700 underline" href={`/admin/items/${i.itemId}`}>
                      {t("analytics.items.regrade")}
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function DistractorTable({ t, caption, items }: { t: Translate; caption: string; items: AnalysedItem[] }) {
  const cols = ["option", "key", "chosen", "share", "upper", "lower", "note"] as const;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="bg-slate-100">
            <th scope="col" className={cell}>
              {t("analytics.items.col.no")}
            </th>
            {cols.map((c) => (
              <th key={c} scope="col" className={cell}>
                {t(`analytics.distractors.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.flatMap((i) => {
            const d = i.analysis.distractors;
            if (!d) return [];
            const text = new Map(i.options.map((o) => [o.key, o.text]));
            return [
              ...d.options.map((o, k) => (
                <tr key={`${i.versionId}-${o.key}`} className={k === 0 ? "border-t-2 border-slate-400" : ""}>
                  {k === 0 && (
                    <th scope="rowgroup" rowSpan={d.options.length + 1} className={`${num} align-top font-normal`}>
                      {i.position}
                    </th>
                  )}
                  <td className={cell} title={text.get(o.key)}>
                    {o.key}. {short(text.get(o.key) ?? "", 20)}
                  </td>
                  <td className={`${cell} text-center`}>{o.keyed ? t("analytics.distractors.isKey") : ""}</td>
                  <td className={num}>{o.chosen}</td>
                  <td className={num}>{o.share === null ? "—" : `${(o.share * 100).toFixed(1)}%`}</td>
                  <td className={num}>{o.upper}</td>
                  <td className={num}>{o.lower}</td>
                  <td className={`${cell} text-red-800`}>
                    {[o.dead && t("analytics.distractors.dead"), o.attractsUpper && t("analytics.distractors.attractsUpper"), o.beatsKey && t("analytics.distractors.beatsKey")].filter(Boolean).join("；")}
                  </td>
                </tr>
              )),
              <tr key={`${i.versionId}-omitted`}>
                <td className={cell}>{t("analytics.distractors.omitted")}</td>
                <td className={cell} />
                <td className={num}>{d.omitted}</td>
                <td className={num}>{d.n ? `${((d.omitted / d.n) * 100).toFixed(1)}%` : "—"}</td>
                <td className={cell} />
                <td className={cell} />
                <td className={cell} />
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}

