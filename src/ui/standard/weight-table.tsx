import { LEVEL_CODES, TRACK_CODES, standard, weightsFor, type AreaCode, type WeightKind } from "@/standard";
import type { Translate } from "@/i18n";

/** A weight table laid out like section 4 of the standard: areas down, level × track across. */
export function WeightTable({ kind, t, caption }: { kind: WeightKind; t: Translate; caption: string }) {
  const columns = LEVEL_CODES.flatMap((level) => TRACK_CODES.map((track) => ({ level, track, w: weightsFor(kind, level, track) })));
  const areas: AreaCode[] = kind === "theory" ? ["ethics", "basics", "1", "2", "3", "4", "5", "6"] : ["1", "2", "3", "4", "5", "6"];
  const areaName = (a: AreaCode) => standard.areas.find((x) => x.code === a)?.name ?? a;
  const cell = (n: number) => (n === 0 ? t("standard.weights.none") : String(n));
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="mb-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="bg-slate-100">
          <th scope="col" className="border px-2 py-1 text-left">
            {t("standard.weights.area")}
          </th>
          {columns.map((c) => (
            <th scope="col" key={`${c.level}-${c.track}`} className="border px-2 py-1">
              {t(`standard.level.${c.level}`)}
              <br />
              {t(`standard.track.${c.track}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {areas.map((a) => (
          <tr key={a}>
            <th scope="row" className="border px-2 py-1 text-left font-normal">
              {areaName(a)}
            </th>
            {columns.map((c) => (
              <td key={`${c.level}-${c.track}`} className="border px-2 py-1 text-center">
                {cell(c.w[a])}
              </td>
            ))}
          </tr>
        ))}
        {standard.zeroWeightAreas.map((z) => (
          <tr key={z.name}>
            <th scope="row" className="border px-2 py-1 text-left font-normal">
              {z.name}
            </th>
            {columns.map((c) => (
              <td key={`${c.level}-${c.track}`} className="border px-2 py-1 text-center">
                {t("standard.weights.none")}
              </td>
            ))}
          </tr>
        ))}
        <tr className="font-semibold">
          <th scope="row" className="border px-2 py-1 text-left">
            {t("standard.weights.total")}
          </th>
          {columns.map((c) => (
            <td key={`${c.level}-${c.track}`} className="border px-2 py-1 text-center">
              {Object.values(c.w).reduce((s, n) => s + n, 0)}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
